import { ERROR_STATUS } from '../../core/errors/error-codes.ts';
import { UNIT_LEVELS } from '../../core/units/admin-unit.ts';
import { orNull, ref } from './common.ts';

/**
 * Schemas of errors and of administrative units (src/http/app.ts, presenters/unit-presenter.ts).
 */

const level = { type: 'string', enum: [...UNIT_LEVELS] };

const unitBriefProperties = {
  code: { type: 'string', example: '19' },
  name: { type: 'string', example: 'Thái Nguyên' },
  fullName: { type: 'string', example: 'Tỉnh Thái Nguyên' },
  level,
  unitType: { type: 'string', example: 'Tỉnh' },
  validFrom: { ...orNull('string'), format: 'date' },
  validTo: { ...orNull('string'), format: 'date' },
};
const unitBriefRequired = ['code', 'name', 'fullName', 'level', 'unitType', 'validFrom', 'validTo'];

export const unitSchemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: Object.keys(ERROR_STATUS), example: 'UNIT_NOT_FOUND' },
          message: { type: 'string', description: 'Theo ngôn ngữ yêu cầu (lang) / In the request language' },
          details: {
            type: 'object',
            description: 'Dữ kiện của lỗi (field, value, expected, …) / Facts of the error',
            additionalProperties: { type: ['string', 'number'] },
          },
          rows: {
            type: 'array',
            description:
              'Chỉ khi VALIDATION_FAILED: mỗi vấn đề một mục / Row-level report, one entry per problem',
            items: ref('RowProblem'),
          },
        },
      },
    },
  },
  ValidationError: {
    allOf: [
      ref('Error'),
      {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message', 'details', 'rows'],
            properties: { code: { const: 'VALIDATION_FAILED' } },
          },
        },
      },
    ],
  },
  RowProblem: {
    type: 'object',
    required: ['row', 'field', 'column', 'value', 'message'],
    properties: {
      sheet: {
        type: 'string',
        description: 'Trang tính (chỉ với XLSX) / Worksheet, XLSX only',
        example: 'Chỉ tiêu',
      },
      row: {
        type: 'integer',
        description:
          'Dòng trong trang tính; với JSON: 0 = kế hoạch, n = chỉ tiêu thứ n / Worksheet row; in JSON 0 is the plan, n the n-th target',
        example: 7,
      },
      field: { type: 'string', description: 'Khoá trường / Field key', example: 'value' },
      column: { type: 'string', description: 'Nhãn cột / Column label', example: 'Giá trị mục tiêu' },
      value: { type: 'string', description: 'Giá trị đã gửi / Value as sent', example: 'chín mươi' },
      message: { type: 'string', example: 'không phải là số' },
      point: {
        type: 'array',
        items: { type: 'number' },
        minItems: 2,
        maxItems: 2,
        description:
          'Chỉ với tệp dữ liệu có tọa độ: [kinh độ, vĩ độ] WGS84 của dòng khi đọc được / Only for uploads with coordinates: the row’s [longitude, latitude] (WGS84) when they could be read',
        example: [105.8348, 22.147],
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'engine', 'versions', 'units'],
    properties: {
      status: { type: 'string', enum: ['ok'] },
      engine: { type: 'string', enum: ['pglite', 'postgres'] },
      versions: { type: 'object', additionalProperties: { type: 'string' } },
      date: { type: 'string', format: 'date' },
      units: { type: 'object', additionalProperties: { type: 'integer' } },
    },
  },
  UnitBrief: { type: 'object', required: unitBriefRequired, properties: unitBriefProperties },
  Unit: {
    type: 'object',
    required: unitBriefRequired,
    properties: {
      ...unitBriefProperties,
      nameEn: orNull('string'),
      parentCode: orNull('string'),
      provinceCode: orNull('string'),
      aliases: { type: 'array', items: { type: 'string' } },
      areaKm2: orNull('number'),
      hasGeometry: { type: 'boolean' },
    },
  },
  LinkedUnit: {
    type: 'object',
    required: unitBriefRequired,
    properties: {
      ...unitBriefProperties,
      provinceCode: orNull('string'),
      kind: { type: 'string', enum: ['full', 'partial'] },
      effective: { type: 'string', format: 'date' },
    },
  },
  UnitDetail: {
    allOf: [
      ref('Unit'),
      {
        type: 'object',
        properties: {
          date: { type: 'string', format: 'date' },
          parents: { type: 'array', items: ref('UnitBrief') },
          childrenCount: { type: 'integer' },
          predecessors: { type: 'array', items: ref('LinkedUnit') },
          successors: { type: 'array', items: ref('LinkedUnit') },
          geometry: { type: 'object', description: 'GeoJSON MultiPolygon' },
        },
      },
    ],
  },
  Candidate: {
    type: 'object',
    required: ['code', 'name', 'fullName', 'level', 'score', 'match'],
    properties: {
      ...unitBriefProperties,
      provinceCode: orNull('string'),
      provinceName: orNull('string'),
      validOnDate: { type: 'boolean' },
      score: { type: 'number', minimum: 0, maximum: 1 },
      match: { type: 'string', enum: ['exact', 'tone', 'folded', 'fuzzy', 'alias'] },
      successors: { type: 'array', items: { type: 'object' } },
    },
  },
  /** A unit version as plans and observations name it (presentUnitRef): no unit type. */
  UnitVersion: {
    type: 'object',
    required: ['code', 'name', 'fullName', 'level', 'validFrom', 'validTo'],
    properties: {
      code: unitBriefProperties.code,
      name: unitBriefProperties.name,
      fullName: unitBriefProperties.fullName,
      level,
      validFrom: unitBriefProperties.validFrom,
      validTo: unitBriefProperties.validTo,
    },
  },
};

/** The example of a 422 answer, referenced as `#/components/examples/ValidationFailed`. */
export const validationFailedExample = {
  summary: 'Một chỉ tiêu có giá trị không phải số / A target whose value is not a number',
  value: {
    error: {
      code: 'VALIDATION_FAILED',
      message: 'Có 1 lỗi; không có gì được lưu. Xem danh sách lỗi theo dòng.',
      details: { count: 1 },
      rows: [
        {
          sheet: 'Chỉ tiêu',
          row: 7,
          field: 'value',
          column: 'Giá trị mục tiêu',
          value: 'chín mươi',
          message: 'không phải là số',
        },
      ],
    },
  },
};
