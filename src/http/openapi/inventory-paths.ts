import { DATASET_TYPES } from '../../core/inventory-import/dataset-contract.ts';
import { TEXT_ENCODINGS } from '../../io/text/text-encoding.ts';
import { BAD_PARAMETER, errors, limitParam, offsetParam, paramRef, ref } from './common.ts';

const GAP_PROPERTIES = {
  villageCode: { type: 'string' },
  villageName: { type: 'string' },
  communeCode: { type: 'string' },
  communeName: { type: 'string' },
  provinceCode: { type: 'string' },
  lon: { type: 'number' },
  lat: { type: 'number' },
  population: { type: 'integer' },
  households: { type: 'integer' },
  synthetic: { type: 'boolean', description: 'Dữ liệu tổng hợp (demo), không phải số liệu thật' },
  nearestSiteCode: { type: ['string', 'null'] },
  nearestOperator: { type: ['string', 'null'] },
  nearestDistanceM: { type: ['number', 'null'] },
};

export const SUBMISSION = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    datasetType: {
      type: 'string',
      enum: [
        'sites',
        'villages',
        'fixed_broadband',
        'data_centres',
        'it_parks',
        'postal_facilities',
        'network_connections',
        'demo',
      ],
    },
    organisation: { type: 'string' },
    period: { type: 'string' },
    status: {
      type: 'string',
      enum: ['draft', 'submitted', 'approved', 'rejected', 'invalid'],
      description:
        'draft (đã kiểm tra, chưa gửi) → submitted (chờ duyệt) → approved (dữ liệu hiện hành) | rejected (kèm nhận xét); invalid: tệp có lỗi',
    },
    statusName: {
      type: 'string',
      description: 'Tên trạng thái theo ngôn ngữ / status in the language asked',
    },
    version: { type: 'integer' },
    fileName: { type: ['string', 'null'] },
    fileSha256: { type: ['string', 'null'] },
    encoding: { type: ['string', 'null'] },
    rowCount: { type: 'integer' },
    errorCount: { type: 'integer' },
    synthetic: { type: 'boolean' },
    createdAt: { type: 'string' },
    createdBy: { type: ['string', 'null'], description: 'Người gửi (null: dòng lệnh) / sender' },
    provinceCodes: {
      type: 'array',
      items: { type: 'string' },
      description: 'Các tỉnh có dữ liệu / provinces of its rows',
    },
    summary: { type: 'object', description: 'Tóm tắt kiểm tra / validation summary' },
    submittedAt: { type: ['string', 'null'] },
    reviewedBy: { type: ['string', 'null'] },
    reviewedAt: { type: ['string', 'null'] },
    reviewComment: { type: ['string', 'null'] },
    report: {
      type: 'array',
      items: ref('RowProblem'),
      description: 'Lỗi và cảnh báo theo dòng / Row-level report',
    },
  },
};

/** A list's submission: no report (up to 1,000 problems each), its size instead. */
const { report: _report, ...LIST_ITEM_PROPERTIES } = SUBMISSION.properties;
const SUBMISSION_LIST_ITEM = {
  ...SUBMISSION,
  properties: {
    ...LIST_ITEM_PROPERTIES,
    reportCount: {
      type: 'integer',
      description: 'Số lỗi và cảnh báo trong báo cáo / problems in its report',
    },
  },
};

const IMPORT_RESULT = {
  type: 'object',
  required: ['committed', 'submission', 'summary', 'errors', 'warnings'],
  properties: {
    committed: { type: 'boolean' },
    submission: { oneOf: [SUBMISSION, { type: 'null' }] },
    file: { type: 'object', description: 'Định dạng, bảng mã, dấu phân cách, cột đọc được / what was read' },
    summary: { type: 'object' },
    errors: { type: 'array', items: ref('RowProblem') },
    warnings: { type: 'array', items: ref('RowProblem') },
  },
};

/** Operations of src/http/routes/inventory-routes.ts and submission-routes.ts. */
export const inventoryPaths = {
  '/api/submissions': {
    post: {
      operationId: 'createSubmission',
      tags: ['inventory'],
      summary: 'Nộp tệp dữ liệu hạ tầng (cả tệp hoặc không gì) / Submit an inventory file (all or nothing)',
      parameters: [paramRef('lang')],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file', 'period'],
              properties: {
                file: {
                  type: 'string',
                  format: 'binary',
                  description: 'CSV (mọi bảng mã), XLSX hoặc GeoJSON',
                },
                datasetType: { type: 'string', enum: [...DATASET_TYPES], default: 'sites' },
                operator: {
                  type: 'string',
                  example: 'VIETTEL',
                  description: 'Nhà mạng nộp (sites, fixed_broadband) / submitting operator',
                },
                organisation: {
                  type: 'string',
                  example: 'Sở KH&CN Thái Nguyên',
                  description: 'Đơn vị nộp (các loại khác) / submitting organisation (other types)',
                },
                encoding: { type: 'string', enum: [...TEXT_ENCODINGS], description: 'Mặc định: tự nhận' },
                period: { type: 'string', example: '2025-Q2' },
                dryRun: { type: 'string', enum: ['true', 'false'], default: 'false' },
                submit: {
                  type: 'string',
                  enum: ['true', 'false'],
                  default: 'false',
                  description:
                    'true: gửi duyệt ngay; mặc định lưu bản nháp / submit for review at once (default: draft)',
                },
                acceptInvalid: {
                  type: 'string',
                  enum: ['true', 'false'],
                  default: 'false',
                  description:
                    'true: a file refused by validation answers 200 (report in the body, `committed` false) instead of 422 — for browsers, which log every 4xx as a failed request',
                },
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'Dry run: validated, nothing stored; or, with acceptInvalid=true, a refused file',
          content: { 'application/json': { schema: IMPORT_RESULT } },
        },
        '201': {
          description: 'Stored as a draft (or submitted): current only once approved',
          content: { 'application/json': { schema: IMPORT_RESULT } },
        },
        '422': {
          description: 'Refused row by row; nothing stored but the invalid submission and its report',
          content: { 'application/json': { schema: IMPORT_RESULT } },
        },
        ...errors({
          '400': BAD_PARAMETER,
          '413': 'Tệp quá 10 MB / File larger than 10 MB',
          '415': 'Cần multipart/form-data',
        }),
      },
    },
    get: {
      operationId: 'listSubmissions',
      tags: ['inventory'],
      summary: 'Các lần nộp dữ liệu / Submissions',
      parameters: [
        { name: 'organisation', in: 'query', schema: { type: 'string', example: 'VIETTEL' } },
        {
          name: 'status',
          in: 'query',
          schema: { type: 'string', enum: ['draft', 'submitted', 'approved', 'rejected', 'invalid'] },
        },
        { name: 'datasetType', in: 'query', schema: { type: 'string', enum: [...DATASET_TYPES] } },
        limitParam(50, 0, 500),
        offsetParam,
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'Newest first',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  items: { type: 'array', items: SUBMISSION_LIST_ITEM },
                  total: { type: 'integer' },
                },
              },
            },
          },
        },
        ...errors({ '400': BAD_PARAMETER }),
      },
    },
  },
  '/api/submissions/template.xlsx': {
    get: {
      operationId: 'getSubmissionTemplate',
      tags: ['inventory'],
      summary: 'Mẫu XLSX của một loại dữ liệu / XLSX template of a dataset type',
      parameters: [
        {
          name: 'datasetType',
          in: 'query',
          schema: { type: 'string', enum: [...DATASET_TYPES], default: 'sites' },
        },
        { name: 'example', in: 'query', schema: { type: 'boolean', default: false } },
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'The workbook',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
          },
        },
        ...errors({ '400': BAD_PARAMETER }),
      },
    },
  },
  '/api/submissions/{id}': {
    get: {
      operationId: 'getSubmission',
      tags: ['inventory'],
      summary: 'Một lần nộp và báo cáo lỗi theo dòng / A submission and its row-level report',
      parameters: [paramRef('id'), paramRef('lang')],
      responses: {
        '200': { description: 'The submission', content: { 'application/json': { schema: SUBMISSION } } },
        ...errors({
          '400': BAD_PARAMETER,
          '404': 'Không có lần nộp này / No such submission (SUBMISSION_NOT_FOUND)',
        }),
      },
    },
  },
  '/api/gaps': {
    get: {
      operationId: 'listGaps',
      tags: ['inventory'],
      summary: 'Thôn, bản chưa có sóng theo công nghệ / Villages not covered by a technology',
      parameters: [
        {
          name: 'tech',
          in: 'query',
          schema: { type: 'string', enum: ['2G', '3G', '4G', '5G'], default: '4G' },
        },
        {
          name: 'unit',
          in: 'query',
          description: 'Mã tỉnh hoặc xã hiện hành; bỏ trống = toàn quốc / Current province or commune code',
          schema: { type: 'string', example: '19' },
        },
        paramRef('date'),
        {
          name: 'format',
          in: 'query',
          description: 'json (một trang), hoặc tải về toàn bộ: csv (UTF-8, dấu ;), xlsx, geojson',
          schema: { type: 'string', enum: ['json', 'csv', 'xlsx', 'geojson'], default: 'json' },
        },
        limitParam(100, 0, 1000),
        offsetParam,
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'Uncovered villages with the nearest site offering the technology',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['items', 'total', 'technology'],
                properties: {
                  items: { type: 'array', items: { type: 'object', properties: GAP_PROPERTIES } },
                  total: { type: 'integer' },
                  technology: { type: 'string' },
                },
              },
            },
            'text/csv': { schema: { type: 'string' } },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'application/geo+json': { schema: { type: 'object' } },
          },
        },
        ...errors({
          '400': BAD_PARAMETER,
          '404': 'Không có đơn vị / No such unit (UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)',
        }),
      },
    },
  },
};
