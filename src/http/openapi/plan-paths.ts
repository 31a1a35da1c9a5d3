import {
  BAD_PARAMETER,
  BODY_ERRORS,
  errors,
  jsonContent,
  levelParam,
  noContent,
  ok,
  page,
  paramRef,
  periodSchema,
  ref,
  unitCodeSchema,
  XLSX_TYPE,
} from './common.ts';

/** Operations on indicators and plans (src/http/routes/plan-routes.ts, first half). */

const lang = paramRef('lang');
const plan = paramRef('plan');
const NO_PLAN = 'No plan with that id or code (PLAN_NOT_FOUND)';
const tags = ['plans'];
const indicatorCode = {
  name: 'code',
  in: 'path',
  required: true,
  description: 'Mã chỉ tiêu, không phân biệt hoa thường / Indicator code, case-insensitive',
  schema: { type: 'string', example: 'VILLAGE_MBB_COVERAGE' },
};
const CSV_TYPE = 'text/csv; charset=utf-8';
const planBody = {
  required: true,
  content: jsonContent(ref('PlanSubmission')),
};

export const planPaths = {
  '/api/indicators': {
    get: {
      operationId: 'listIndicators',
      tags: ['indicators'],
      summary: 'Danh mục chỉ tiêu / The indicator catalogue',
      parameters: [lang],
      responses: { '200': page('Indicator', 'Every indicator'), ...errors({ '400': BAD_PARAMETER }) },
    },
  },
  '/api/indicators/{code}': {
    get: {
      operationId: 'getIndicator',
      tags: ['indicators'],
      summary: 'Một chỉ tiêu / One indicator',
      parameters: [indicatorCode, lang],
      responses: {
        '200': ok('The indicator', ref('Indicator')),
        ...errors({ '400': BAD_PARAMETER, '404': 'No such indicator (INDICATOR_NOT_FOUND)' }),
      },
    },
  },
  '/api/indicators/{code}/values': {
    get: {
      operationId: 'getIndicatorValues',
      tags: ['indicators'],
      summary: 'Giá trị một chỉ tiêu theo từng đơn vị (bản đồ) / One indicator for every unit (choropleth)',
      description:
        'Mọi tỉnh hiện hành, hoặc mọi xã của một tỉnh (level=commune&parent=19), theo thứ tự mã; giá trị null khi không có. Mỗi giá trị bằng giá trị /api/units/{code}/indicators?period= cho đơn vị đó. Every current province, or every commune of one province, in code order; each value is what the unit’s own indicator page shows for the period.',
      parameters: [
        indicatorCode,
        levelParam(['province', 'commune'], 'province'),
        {
          name: 'parent',
          in: 'query',
          description:
            'Mã tỉnh hiện hành; bắt buộc với level=commune, không dùng với level=province / Current province code: required with level=commune only',
          schema: { type: 'string', pattern: '^[0-9]{2}$', example: '19' },
        },
        {
          name: 'period',
          in: 'query',
          description:
            'Kỳ số liệu; mặc định: kỳ mới nhất trong `periods` / Period; default the latest in `periods`',
          schema: periodSchema,
        },
        lang,
      ],
      responses: {
        '200': ok('A value (or null) per unit, and the periods with values', ref('IndicatorValues')),
        ...errors({
          '400':
            'Tham số sai: level, parent (không phải mã tỉnh hiện hành), period / Invalid level, parent or period (INVALID_PARAMETER)',
          '404': 'No such indicator (INDICATOR_NOT_FOUND)',
        }),
      },
    },
  },
  '/api/plans': {
    get: {
      operationId: 'listPlans',
      tags,
      summary: 'Danh sách kế hoạch / List plans',
      parameters: [lang],
      responses: { '200': page('Plan', 'Every plan, without targets'), ...errors({ '400': BAD_PARAMETER }) },
    },
    post: {
      operationId: 'createPlan',
      tags,
      summary: 'Tạo kế hoạch cùng các chỉ tiêu / Create a plan with its targets',
      description:
        'Kiểm tra toàn bộ; có lỗi thì không lưu gì và trả báo cáo từng dòng. All or nothing: any problem is reported row by row and nothing is saved.',
      parameters: [lang],
      requestBody: planBody,
      responses: {
        '201': ok('The created plan with its targets', ref('PlanDetail')),
        ...errors({ ...BODY_ERRORS, '409': 'A plan with that code exists (PLAN_CODE_TAKEN)' }),
      },
    },
  },
  '/api/plans/import': {
    post: {
      operationId: 'importPlan',
      tags,
      summary:
        'Nhập tệp kế hoạch XLSX hoặc JSON (tạo hoặc thay) / Import a plan file, XLSX or JSON (create or replace)',
      description:
        'multipart/form-data với trường `file`, hoặc chính tệp làm thân yêu cầu. Loại tệp được nhận biết theo nội dung. Kế hoạch cùng số hiệu bị thay thế. Multipart with a `file` field, or the file itself as the body; a plan with the same code is replaced.',
      parameters: [lang],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: {
                  type: 'string',
                  contentMediaType: 'application/octet-stream',
                  description: 'Tệp kế hoạch .xlsx (theo mẫu) hoặc .json / The plan file',
                },
              },
            },
            encoding: { file: { contentType: `${XLSX_TYPE}, application/json, application/octet-stream` } },
          },
          [XLSX_TYPE]: { schema: { type: 'string', contentMediaType: XLSX_TYPE } },
          'application/json': { schema: ref('PlanSubmission') },
        },
      },
      responses: {
        '200': ok('An existing plan with that code was replaced', ref('PlanImportResult')),
        '201': ok('A new plan was created', ref('PlanImportResult')),
        ...errors({
          '400':
            'Tham số sai, thiếu trường file, hoặc tệp không đọc được / Invalid parameter, no `file` field, or an unreadable file (INVALID_PARAMETER, INVALID_BODY, INVALID_FILE)',
          '413': BODY_ERRORS['413'],
          '422': BODY_ERRORS['422'],
        }),
      },
    },
  },
  '/api/plans/template.xlsx': {
    get: {
      operationId: 'getPlanTemplate',
      tags,
      summary: 'Tải mẫu bảng tính kế hoạch / Download the plan workbook template',
      parameters: [
        {
          name: 'example',
          in: 'query',
          description:
            'true: điền sẵn một kế hoạch mẫu; giá trị khác: mẫu trống / true fills in an example plan',
          schema: { type: 'boolean', default: false },
        },
        lang,
      ],
      responses: {
        '200': {
          description: 'The XLSX template, with the indicator catalogue in its drop-down lists',
          headers: {
            'Content-Disposition': {
              schema: { type: 'string', example: 'attachment; filename="mau-ke-hoach-chi-tieu.xlsx"' },
            },
          },
          content: { [XLSX_TYPE]: { schema: { type: 'string', contentMediaType: XLSX_TYPE } } },
        },
        ...errors({ '400': BAD_PARAMETER }),
      },
    },
  },
  '/api/plans/{plan}': {
    get: {
      operationId: 'getPlan',
      tags,
      summary: 'Một kế hoạch và các chỉ tiêu / One plan with its targets',
      parameters: [plan, lang],
      responses: {
        '200': ok('The plan', ref('PlanDetail')),
        ...errors({ '400': BAD_PARAMETER, '404': NO_PLAN }),
      },
    },
    put: {
      operationId: 'replacePlan',
      tags,
      summary: 'Thay cả kế hoạch và mọi chỉ tiêu / Replace a plan and all its targets',
      parameters: [plan, lang],
      requestBody: planBody,
      responses: {
        '200': ok('The replaced plan', ref('PlanDetail')),
        ...errors({
          ...BODY_ERRORS,
          '404': NO_PLAN,
          '409': 'The new code belongs to another plan (PLAN_CODE_TAKEN)',
        }),
      },
    },
    delete: {
      operationId: 'deletePlan',
      tags,
      summary: 'Xoá kế hoạch cùng các chỉ tiêu / Delete a plan with its targets',
      parameters: [plan, lang],
      responses: {
        '204': noContent,
        ...errors({
          '400': BAD_PARAMETER,
          '404': NO_PLAN,
          '409': 'The plan is the parent of other plans (PLAN_IN_USE)',
        }),
      },
    },
  },
  '/api/plans/{plan}/progress': {
    get: {
      operationId: 'getPlanProgress',
      tags,
      summary: 'Tiến độ thực hiện từng chỉ tiêu, có giải thích / Progress of every target, with explanations',
      parameters: [
        plan,
        {
          name: 'unit',
          in: 'query',
          description:
            'Đánh giá mọi chỉ tiêu cho đơn vị này; mặc định mỗi chỉ tiêu theo phạm vi của nó / Judge every target for this unit',
          schema: unitCodeSchema,
        },
        paramRef('asOf'),
        {
          name: 'format',
          in: 'query',
          description:
            'json (mặc định); csv, xlsx: bảng chỉ tiêu tải về, tiêu đề cột tiếng Việt, mỗi dòng một chỉ tiêu × đơn vị / json (default); csv or xlsx: the targets table as a download, one row per target and unit',
          schema: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
        },
        lang,
      ],
      responses: {
        '200': {
          description:
            "Evaluations per target and unit (JSON), or the targets table: columns Chỉ tiêu, Mã chỉ tiêu, Đơn vị hành chính, Mục tiêu, Hạn, Giá trị hiện tại, Kỳ số liệu, Trạng thái, Giải thích, Căn cứ. CSV: UTF-8 with BOM, `;`, formula-like text prefixed with `'`; XLSX: a title row, a bold frozen header",
          headers: {
            'Content-Disposition': {
              description: 'Only for csv and xlsx',
              schema: { type: 'string', example: 'attachment; filename="chi-tieu-36-qd-ttg.xlsx"' },
            },
          },
          content: {
            'application/json': { schema: ref('PlanProgress') },
            [CSV_TYPE]: { schema: { type: 'string' } },
            [XLSX_TYPE]: { schema: { type: 'string', contentMediaType: XLSX_TYPE } },
          },
        },
        ...errors({
          '400': BAD_PARAMETER,
          '404':
            'No such plan, or no such unit on that date (PLAN_NOT_FOUND, UNIT_NOT_FOUND, UNIT_NOT_IN_FORCE)',
        }),
      },
    },
  },
  '/api/plans/{plan}/consistency': {
    get: {
      operationId: 'checkPlanConsistency',
      tags,
      summary:
        'Đối chiếu kế hoạch với kế hoạch cấp trên / Check a plan against another (e.g. the national plan)',
      parameters: [
        plan,
        {
          name: 'against',
          in: 'query',
          required: true,
          description: 'Id hoặc số hiệu kế hoạch đối chiếu / Id or code of the plan to check against',
          schema: { type: 'string', minLength: 1, maxLength: 100, example: '36/QĐ-TTg' },
        },
        paramRef('asOf'),
        lang,
      ],
      responses: {
        '200': ok('Findings, summary and a text report', ref('ConsistencyReport')),
        ...errors({ '400': BAD_PARAMETER, '404': 'Either plan is unknown (PLAN_NOT_FOUND)' }),
      },
    },
  },
  '/api/plans/{plan}/targets': {
    get: {
      operationId: 'listPlanTargets',
      tags,
      summary: 'Các chỉ tiêu của kế hoạch / Targets of a plan',
      parameters: [plan, lang],
      responses: {
        '200': page('Target', 'The targets, in plan order'),
        ...errors({ '400': BAD_PARAMETER, '404': NO_PLAN }),
      },
    },
    post: {
      operationId: 'addPlanTarget',
      tags,
      summary: 'Thêm một chỉ tiêu vào kế hoạch / Add a target to a plan',
      parameters: [plan, lang],
      requestBody: { required: true, content: jsonContent(ref('TargetRecord')) },
      responses: {
        '201': ok('The new target, last in the plan', ref('Target')),
        ...errors({ ...BODY_ERRORS, '404': NO_PLAN }),
      },
    },
  },
};
