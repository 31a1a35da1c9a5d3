/**
 * Building blocks of the OpenAPI document: references, responses and the query parameters most
 * routes share. Limits here mirror src/http/params.ts and the route files.
 */

export type Json = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const paramRef = (name: string) => ({ $ref: `#/components/parameters/${name}` });

/** A JSON Schema type that also admits null (an empty cell, an absent value). */
export const orNull = (type: string) => ({ type: [type, 'null'] });

export const jsonContent = (schema: Json) => ({ 'application/json': { schema } });

export const ok = (description: string, schema: Json) => ({ description, content: jsonContent(schema) });

export const noContent = { description: 'Đã xoá, không có nội dung / Deleted, no content' };

/** A page of `items` with the count of every match. */
export const page = (item: string, description: string) =>
  ok(description, {
    type: 'object',
    required: ['items', 'total'],
    properties: { items: { type: 'array', items: ref(item) }, total: { type: 'integer', minimum: 0 } },
  });

export type ErrorStatus = '400' | '401' | '403' | '404' | '409' | '413' | '415' | '422' | '429';

const errorResponse = (description: string) => ({ description, content: jsonContent(ref('Error')) });

/** Error responses of an operation, each with the Error schema; 422 carries the row-level report. */
export function errors(descriptions: Partial<Record<ErrorStatus, string>>) {
  const out: Record<string, Json> = {};
  for (const [status, description] of Object.entries(descriptions)) {
    out[status] =
      status === '422'
        ? {
            description,
            content: {
              'application/json': {
                schema: ref('ValidationError'),
                examples: { rows: { $ref: '#/components/examples/ValidationFailed' } },
              },
            },
          }
        : errorResponse(description);
  }
  return out;
}

export const BAD_PARAMETER =
  'Tham số sai hoặc không biết / Invalid or unknown query parameter (INVALID_PARAMETER)';

/** The errors of every operation that reads a JSON body. */
export const BODY_ERRORS = {
  '400':
    'Tham số sai, thân không phải JSON hoặc sai dạng / Invalid parameter, body not JSON or of the wrong shape (INVALID_PARAMETER, INVALID_BODY)',
  '413': 'Thân yêu cầu quá 10 MB / Body larger than 10 MB (PAYLOAD_TOO_LARGE)',
  '415': 'Content-Type không phải JSON / Content-Type is not JSON (UNSUPPORTED_MEDIA_TYPE)',
  '422':
    'Dữ liệu không hợp lệ: báo cáo từng dòng trong `rows`, không lưu gì / Validation failed: one entry per problem in `rows`, nothing saved (VALIDATION_FAILED)',
} as const;

/** Unit codes: `VN`, 2 (province), 3 (district) or 5 (commune) digits; trimmed and upper-cased. */
export const unitCodeSchema = {
  type: 'string',
  pattern: '^(?:[Vv][Nn]|[0-9]{2}|[0-9]{3}|[0-9]{5})$',
  example: '19',
};

export const limitParam = (fallback: number, min: number, max: number) => ({
  name: 'limit',
  in: 'query',
  description: 'Số mục tối đa / Page size',
  schema: { type: 'integer', minimum: min, maximum: max, default: fallback },
});

export const offsetParam = {
  name: 'offset',
  in: 'query',
  description: 'Bỏ qua bấy nhiêu mục đầu / Items to skip',
  schema: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
};

export const levelParam = (levels: string[], fallback?: string) => ({
  name: 'level',
  in: 'query',
  description: 'Cấp đơn vị / Unit level',
  schema: { type: 'string', enum: levels, ...(fallback ? { default: fallback } : {}) },
});

/** `period` as the code reads it: a year, a quarter or a month. */
export const periodSchema = {
  type: 'string',
  maxLength: 10,
  pattern: '^[0-9]{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$',
  examples: ['2025', '2025-Q2', '2025-06'],
};

/** Parameters referenced as `#/components/parameters/…`. */
export const parameters = {
  lang: {
    name: 'lang',
    in: 'query',
    description: 'Ngôn ngữ thông báo lỗi: vi (mặc định) hoặc en; Accept-Language cũng được dùng.',
    schema: { type: 'string', enum: ['vi', 'en'] },
  },
  date: {
    name: 'date',
    in: 'query',
    description:
      'Ngày tham chiếu của hệ thống đơn vị (mặc định: hôm nay, giờ Việt Nam). Reference date, default today.',
    schema: { type: 'string', format: 'date', example: '2025-06-30' },
  },
  asOf: {
    name: 'asOf',
    in: 'query',
    description: 'Đánh giá tại ngày này (mặc định: hôm nay) / Judge as of this day (default today)',
    schema: { type: 'string', format: 'date', example: '2026-01-01' },
  },
  unitCode: {
    name: 'code',
    in: 'path',
    required: true,
    description: 'Mã đơn vị: VN, 2, 3 hoặc 5 chữ số / Unit code: VN, 2, 3 or 5 digits',
    schema: unitCodeSchema,
  },
  plan: {
    name: 'plan',
    in: 'path',
    required: true,
    description:
      'Mã số (id) của kế hoạch, hoặc số hiệu văn bản đã mã hoá URL: `36%2FQĐ-TTg` cho 36/QĐ-TTg (dấu `/` phải viết là %2F). A numeric plan id, or the URL-encoded plan code.',
    schema: { type: 'string', minLength: 1, examples: ['1', '36%2FQĐ-TTg'] },
  },
  id: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'Mã số / Numeric id',
    schema: { type: 'integer', minimum: 1, maximum: 2_147_483_647, example: 1 },
  },
};

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
