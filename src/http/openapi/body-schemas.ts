import {
  COMPARATOR_WORDS,
  type FieldSpec,
  PLAN_FIELDS,
  TARGET_FIELDS,
} from '../../core/plans/plan-fields.ts';
import { type Json, periodSchema, ref } from './common.ts';
import { PLAN_STATUSES } from './plan-schemas.ts';

/**
 * Request bodies. Property names are the field keys of src/core/plans/plan-fields.ts (one validator
 * reads JSON and workbooks alike), so values may be written as an officer types them in a cell:
 * numbers as text in Vietnamese format, dates as DD/MM/YYYY, years as text.
 */

const text: Json = { type: ['string', 'null'] };
const code = {
  type: ['string', 'integer', 'null'],
  description:
    'Mã đơn vị; số mất số 0 đầu (6 → 06) cũng được nhận / Unit code; a number that lost its leading zero is padded',
  examples: ['19', 'VN', '01840'],
};
const numberLike = {
  type: ['number', 'string', 'null'],
  description:
    'Số, hoặc chuỗi viết kiểu Việt Nam: "90,5" (dấu phẩy thập phân), "1.234,5" (dấu chấm nghìn), "1,234.5", "90%" / A number, or text in Vietnamese number format',
  examples: [90.5, '90,5', '1.234,5', '95%'],
};
const yearLike = {
  type: ['integer', 'string', 'null'],
  description: 'Năm 1900–2100, số hoặc chuỗi / A year, as a number or text',
  examples: [2025, '2025'],
};
const dateLike = {
  type: ['string', 'null'],
  description: 'Ngày YYYY-MM-DD hoặc DD/MM/YYYY / A date, ISO or Vietnamese',
  examples: ['2025-12-31', '31/12/2025'],
};

/** How each field is read (validate-plan.ts); a field missing here is read as text. */
const FIELD_TYPES: Record<string, Json> = {
  issuedOn: dateLike,
  periodStart: yearLike,
  periodEnd: yearLike,
  visionYear: yearLike,
  scopeUnit: code,
  scopeDate: dateLike,
  status: { type: ['string', 'null'], enum: [...PLAN_STATUSES, null], default: 'in_force' },
  scope: {
    type: ['string', 'integer', 'null'],
    description:
      'Mã đơn vị, hoặc mọi đơn vị một cấp: "mọi xã", "mọi huyện", "mọi tỉnh", "commune", "level:commune"; trống = phạm vi kế hoạch',
    examples: ['19', 'mọi xã', 'level:province'],
  },
  comparator: {
    type: 'string',
    description: 'Không phân biệt hoa thường / Case-insensitive',
    enum: Object.keys(COMPARATOR_WORDS),
  },
  value: numberLike,
  min: numberLike,
  max: numberLike,
  deadline: {
    type: ['integer', 'string', 'null'],
    description:
      'Năm (2025 = 31/12/2025) hoặc ngày YYYY-MM-DD / DD/MM/YYYY / A year (its last day) or a date',
    examples: [2025, '2025', '2025-06-30', '30/06/2025'],
  },
  baselineValue: numberLike,
  baselineYear: yearLike,
};

const EXAMPLES: Record<string, unknown> = {
  code: '660/KH-UBND',
  titleVi: 'Kế hoạch phát triển hạ tầng số tỉnh Thái Nguyên',
  issuer: 'UBND tỉnh Thái Nguyên',
  indicator: 'VILLAGE_MBB_COVERAGE',
};

/** A required field must hold something: null is dropped from its types. */
function required(schema: Json): Json {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  return {
    ...schema,
    type: types.length === 1 ? types[0] : types,
    ...(Array.isArray(schema.enum) ? { enum: schema.enum.filter((v) => v !== null) } : {}),
  };
}

function fieldsSchema(fields: readonly FieldSpec[], description: string) {
  const properties: Record<string, Json> = {};
  for (const spec of fields) {
    const typed = FIELD_TYPES[spec.key] ?? text;
    const base = spec.required ? required(typed) : typed;
    properties[spec.key] = {
      ...base,
      title: `${spec.vi} / ${spec.en}`,
      description: [spec.hintVi, base.description].filter(Boolean).join('. '),
      ...(EXAMPLES[spec.key] !== undefined ? { example: EXAMPLES[spec.key] } : {}),
    };
  }
  return {
    type: 'object',
    description,
    required: fields.filter((f) => f.required).map((f) => f.key),
    properties,
  };
}

export const bodySchemas = {
  PlanFields: fieldsSchema(
    PLAN_FIELDS,
    'Thông tin kế hoạch. Trong thân kế hoạch, tên thuộc tính cũng có thể là nhãn cột ("Số hiệu văn bản"); thuộc tính lạ bị bỏ qua. / Plan fields; in a plan body a property may also be named by its column label, unknown ones are ignored.',
  ),
  TargetRecord: fieldsSchema(
    TARGET_FIELDS,
    'Một chỉ tiêu: đối tượng JSON phẳng, giá trị lồng nhau bị từ chối. Với comparator "khoảng"/"range" cần min và max, ngược lại cần value. / One target as a flat JSON object.',
  ),
  PlanSubmission: {
    type: 'object',
    description: 'Cả kế hoạch, giống tệp kế hoạch JSON / A whole plan, as in the JSON plan file',
    required: ['plan'],
    properties: {
      plan: ref('PlanFields'),
      targets: { type: 'array', items: ref('TargetRecord'), default: [] },
    },
  },
  ObservationRecord: {
    type: 'object',
    description:
      'Một số liệu: đối tượng JSON phẳng. Cần value, hoặc numerator và denominator (chỉ tiêu tỷ lệ) / One observation as a flat JSON object; value, or numerator and denominator for ratios',
    required: ['indicator', 'unit', 'period'],
    properties: {
      indicator: { type: 'string', title: 'Mã chỉ tiêu / Indicator code', example: 'VILLAGE_MBB_COVERAGE' },
      unit: { ...required(code), title: 'Mã đơn vị / Unit code' },
      unitDate: {
        ...dateLike,
        title: 'Ngày áp dụng mã đơn vị / Date the unit code is read on',
        description:
          'Mặc định: ngày cuối kỳ. YYYY-MM-DD hoặc DD/MM/YYYY / Default: the last day of the period',
      },
      period: { ...periodSchema, title: 'Kỳ số liệu / Period' },
      value: { ...numberLike, title: 'Giá trị / Value', minimum: 0 },
      numerator: { ...numberLike, title: 'Tử số / Numerator' },
      denominator: { ...numberLike, title: 'Mẫu số / Denominator', exclusiveMinimum: 0 },
      sourceUrl: { ...text, title: 'Nguồn (đường dẫn) / Source URL' },
      note: { ...text, title: 'Ghi chú / Note' },
    },
  },
};
