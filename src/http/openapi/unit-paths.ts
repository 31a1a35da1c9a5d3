import {
  BAD_PARAMETER,
  errors,
  levelParam,
  limitParam,
  offsetParam,
  ok,
  paramRef,
  periodSchema,
  ref,
  unitCodeSchema,
} from './common.ts';

/** Operations of src/http/routes/health-routes.ts, unit-routes.ts and the document itself. */

const LEVELS = ['country', 'province', 'district', 'commune'];
const tags = ['units'];

export const unitPaths = {
  '/api/health': {
    get: {
      operationId: 'getHealth',
      tags: ['system'],
      summary: 'Tình trạng hệ thống / Service health',
      parameters: [paramRef('lang')],
      responses: {
        '200': ok('Engine, versions and the number of units in force today', ref('Health')),
        ...errors({ '400': BAD_PARAMETER }),
      },
    },
  },
  '/api/units': {
    get: {
      operationId: 'listUnits',
      tags,
      summary: 'Danh sách đơn vị hành chính / List administrative units',
      parameters: [
        levelParam(LEVELS),
        {
          name: 'parent',
          in: 'query',
          description:
            'Mã đơn vị cha; với level, trả mọi đơn vị cấp đó bên trong (every descendant of that level)',
          schema: { ...unitCodeSchema, maxLength: 10 },
        },
        {
          name: 'q',
          in: 'query',
          description: 'Tìm theo tên, có hoặc không dấu (diacritic-insensitive)',
          schema: { type: 'string', maxLength: 200, example: 'thai nguyen' },
        },
        paramRef('date'),
        limitParam(50, 0, 1000),
        offsetParam,
        paramRef('lang'),
      ],
      responses: {
        '200': ok('A page of units', {
          type: 'object',
          required: ['items', 'total', 'date'],
          properties: {
            items: { type: 'array', items: ref('Unit') },
            total: { type: 'integer' },
            date: { type: 'string', format: 'date' },
          },
        }),
        ...errors({ '400': BAD_PARAMETER, '404': 'Unknown parent unit (UNIT_NOT_FOUND)' }),
      },
    },
  },
  '/api/units/{code}': {
    get: {
      operationId: 'getUnit',
      tags,
      summary: 'Một đơn vị, các cấp trên và nguồn gốc sáp nhập / One unit with parents and lineage',
      parameters: [
        paramRef('unitCode'),
        paramRef('date'),
        {
          name: 'geometry',
          in: 'query',
          description: 'Thêm ranh giới GeoJSON (true/1, false/0)',
          schema: { type: 'boolean', default: false },
        },
        paramRef('lang'),
      ],
      responses: {
        '200': ok('The unit', ref('UnitDetail')),
        ...errors({
          '400': BAD_PARAMETER,
          '404': 'No such unit on that date (UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)',
        }),
      },
    },
  },
  '/api/units/{code}/indicators': {
    get: {
      operationId: 'getUnitIndicators',
      tags,
      summary:
        'Giá trị mọi chỉ tiêu của một đơn vị: theo kỳ hoặc mới nhất / Every indicator value of a unit: for a period or the latest',
      description:
        'Gồm số liệu của đơn vị, cộng từ đơn vị con và mang qua từ đơn vị tiền thân. Includes values rolled up from children and carried through the lineage.',
      parameters: [
        paramRef('unitCode'),
        {
          name: 'period',
          in: 'query',
          description: 'Kỳ; mặc định giá trị mới nhất của từng chỉ tiêu / Period; default the latest',
          schema: periodSchema,
        },
        paramRef('date'),
        paramRef('lang'),
      ],
      responses: {
        '200': ok('Indicator values of the unit', {
          type: 'object',
          required: ['unit', 'period', 'items', 'total'],
          properties: {
            unit: ref('Unit'),
            period: { type: ['string', 'null'] },
            items: { type: 'array', items: ref('UnitIndicatorValue') },
            total: { type: 'integer' },
          },
        }),
        ...errors({
          '400': BAD_PARAMETER,
          '404': 'No such unit on that date (UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)',
        }),
      },
    },
  },
  '/api/resolve': {
    get: {
      operationId: 'resolveUnitName',
      tags,
      summary: 'Nhận dạng tên đơn vị thành mã / Resolve a unit name to codes',
      parameters: [
        {
          name: 'name',
          in: 'query',
          required: true,
          description: 'Tên như người dùng gõ hoặc như trong bảng tính: có/không dấu, có/không tiền tố',
          schema: { type: 'string', minLength: 1, maxLength: 200, example: 'TP. Bắc Kạn' },
        },
        {
          name: 'province',
          in: 'query',
          description: 'Tỉnh (mã hoặc tên) để thu hẹp',
          schema: { type: 'string', maxLength: 100, example: 'Bac Kan' },
        },
        levelParam(LEVELS),
        paramRef('date'),
        limitParam(20, 1, 200),
        paramRef('lang'),
      ],
      responses: {
        '200': ok('Candidates, best first; several when the name is ambiguous', {
          type: 'object',
          required: ['candidates', 'date'],
          properties: {
            candidates: { type: 'array', items: ref('Candidate') },
            date: { type: 'string', format: 'date' },
          },
        }),
        ...errors({ '400': BAD_PARAMETER }),
      },
    },
  },
  '/api/geo/units': {
    get: {
      operationId: 'getUnitGeometries',
      tags,
      summary: 'Ranh giới đơn vị dạng GeoJSON / Unit boundaries as GeoJSON',
      parameters: [
        levelParam(['province', 'commune'], 'province'),
        {
          name: 'parent',
          in: 'query',
          description: 'Chỉ các đơn vị trong tỉnh này',
          schema: { ...unitCodeSchema, maxLength: 10 },
        },
        paramRef('date'),
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'A GeoJSON FeatureCollection (WGS84), simplified for display',
          content: { 'application/geo+json': { schema: { type: 'object' } } },
        },
        ...errors({ '400': BAD_PARAMETER, '404': 'Unknown parent unit (UNIT_NOT_FOUND)' }),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['system'],
      summary: 'Tài liệu OpenAPI này / This OpenAPI document',
      responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
    },
  },
};
