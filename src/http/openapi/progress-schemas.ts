import { FINDING_KINDS } from '../../core/plans/consistency-types.ts';
import { STATUS_LABELS } from '../../core/progress/status.ts';
import { orNull, ref } from './common.ts';

/**
 * Schemas of indicator values, plan progress and consistency reports
 * (src/http/presenters/progress-presenter.ts, services/plans/consistency-service.ts).
 */

const STATUSES = Object.keys(STATUS_LABELS);
const bilingual = {
  type: 'object',
  required: ['vi', 'en'],
  properties: { vi: { type: 'string' }, en: { type: 'string' } },
};
const nullableObject = (description: string, properties: object = {}) => ({
  type: ['object', 'null'],
  description,
  properties,
});
const severity = { type: 'string', enum: ['error', 'warning', 'info'] };
const mapUnitProperties = {
  code: { type: 'string', example: '19' },
  name: { type: 'string', example: 'Thái Nguyên' },
  fullName: { type: 'string', example: 'Tỉnh Thái Nguyên' },
  nameEn: orNull('string'),
};
const mapUnitRequired = ['code', 'name', 'fullName', 'nameEn'];

export const progressSchemas = {
  SeriesPoint: {
    type: 'object',
    required: ['period', 'value', 'numerator', 'denominator', 'estimated', 'source', 'from', 'provenance'],
    properties: {
      period: { type: 'string', example: '2025' },
      value: { type: 'number' },
      numerator: orNull('number'),
      denominator: orNull('number'),
      estimated: { type: 'boolean', description: 'Ước tính qua tách đơn vị / Estimated through a split' },
      source: {
        type: 'string',
        enum: ['observed', 'aggregated', 'lineage'],
        description: 'Số liệu của chính đơn vị, cộng từ đơn vị con, hoặc từ đơn vị tiền thân',
      },
      from: {
        type: 'array',
        items: { type: 'string' },
        description: 'Mã đơn vị góp vào / Contributing units',
      },
      provenance: { type: 'array', items: ref('Provenance') },
    },
  },
  UnitIndicatorValue: {
    allOf: [
      {
        type: 'object',
        required: ['indicator'],
        properties: {
          indicator: {
            type: 'object',
            required: ['code', 'nameVi', 'nameEn', 'unit', 'kind', 'aggregation'],
            properties: {
              code: { type: 'string' },
              nameVi: { type: 'string' },
              nameEn: { type: 'string' },
              unit: { type: 'string' },
              kind: { type: 'string', enum: ['computed', 'reported'] },
              aggregation: { type: 'string', enum: ['sum', 'ratio', 'none'] },
            },
          },
        },
      },
      ref('SeriesPoint'),
    ],
  },
  IndicatorValues: {
    type: 'object',
    required: ['indicator', 'level', 'parent', 'period', 'periods', 'items'],
    properties: {
      indicator: {
        type: 'object',
        required: ['code', 'nameVi', 'nameEn', 'unit', 'direction'],
        properties: {
          code: { type: 'string', example: 'VILLAGE_MBB_COVERAGE' },
          nameVi: { type: 'string' },
          nameEn: { type: 'string' },
          unit: { type: 'string', example: '%' },
          direction: { type: 'string', enum: ['higher', 'lower'] },
        },
      },
      level: { type: 'string', enum: ['province', 'commune'] },
      parent: {
        oneOf: [
          {
            type: 'object',
            required: mapUnitRequired,
            properties: mapUnitProperties,
          },
          { type: 'null' },
        ],
        description: 'Tỉnh chứa các xã (level=commune) / The province of the communes',
      },
      period: {
        ...orNull('string'),
        description: 'Kỳ hiển thị; null khi không có số liệu nào / The period shown; null without any value',
      },
      periods: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Các kỳ có giá trị cho ít nhất một đơn vị, cũ trước / Periods with a value, oldest first',
      },
      items: {
        type: 'array',
        description: 'Mọi đơn vị hiện hành của cấp, theo mã / Every current unit of the level, in code order',
        items: {
          type: 'object',
          required: ['unit', 'value', 'numerator', 'denominator', 'estimated', 'source'],
          properties: {
            unit: {
              type: 'object',
              required: [...mapUnitRequired, 'level'],
              properties: { ...mapUnitProperties, level: { type: 'string', enum: ['province', 'commune'] } },
            },
            value: orNull('number'),
            numerator: orNull('number'),
            denominator: orNull('number'),
            estimated: { type: 'boolean' },
            source: { type: ['string', 'null'], enum: ['observed', 'aggregated', 'lineage', null] },
          },
        },
      },
    },
  },
  Evaluation: {
    type: 'object',
    required: ['unit', 'status', 'method', 'reason', 'explanation', 'explanations', 'inputs', 'series'],
    properties: {
      unit: ref('UnitBrief'),
      status: { type: 'string', enum: STATUSES },
      method: { type: 'string', enum: ['open_sdg', 'range'] },
      reason: {
        type: 'string',
        enum: [
          'open_sdg',
          'range_within',
          'range_overshoot',
          'range_towards_bound',
          'invalid_deadline',
          'invalid_range',
          'duplicate_years',
          'no_data',
        ],
      },
      explanation: {
        type: 'string',
        description: 'Giải thích theo ngôn ngữ yêu cầu / In the request language',
      },
      explanations: { ...bilingual, description: 'Cả hai ngôn ngữ / Both languages' },
      openSdg: nullableObject('Phương pháp Open SDG (sdg-build ProgressMeasure) / Open SDG measure', {
        methodology: { type: 'string', enum: ['target', 'no_target'] },
        status: { type: 'string', enum: STATUSES },
        progressValue: orNull('number'),
        score: orNull('number'),
        notes: { type: 'array', items: { type: 'string' } },
      }),
      escap: nullableObject('Chỉ số tình trạng hiện tại ESCAP / ESCAP current status index', {
        index: orNull('number'),
        capped: orNull('number'),
        band: { type: 'string', enum: ['achieved', 'progress', 'no_change', 'regression', 'undefined'] },
      }),
      projection: nullableObject('Ngoại suy đến hạn / Projection to the deadline', {
        projectedValue: { type: 'number' },
        gap: orNull('number'),
        outlook: { type: ['string', 'null'], enum: ['already_met', 'will_meet', 'never', null] },
        metYear: orNull('number'),
      }),
      range: nullableObject('Đánh giá khoảng mục tiêu / Range assessment', {
        min: { type: 'number' },
        max: { type: 'number' },
        value: { type: 'number' },
        position: { type: 'string', enum: ['below', 'within', 'above'] },
        achieved: { type: 'boolean' },
      }),
      inputs: {
        type: 'object',
        description: 'Dữ liệu đầu vào mà mọi phép đo đã thấy / The inputs every measure saw',
        properties: {
          direction: { type: 'string', enum: ['higher', 'lower'] },
          comparator: { type: 'string', enum: ['>=', '<=', '=', 'range'] },
          target: ref('TargetValue'),
          deadline: { type: 'string' },
          asOfYear: { type: 'number' },
          baseYear: { type: 'number' },
          points: {
            type: 'array',
            items: {
              type: 'object',
              required: ['year', 'value'],
              properties: {
                year: { type: 'number' },
                value: { type: 'number' },
                estimated: { type: 'boolean' },
              },
            },
          },
        },
      },
      series: { type: 'array', items: ref('SeriesPoint') },
    },
  },
  PlanProgress: {
    type: 'object',
    required: ['plan', 'asOf', 'unit', 'summary', 'targets'],
    properties: {
      plan: ref('Plan'),
      asOf: { type: 'string', format: 'date' },
      unit: { oneOf: [ref('UnitBrief'), { type: 'null' }] },
      summary: {
        type: 'object',
        description: 'Số đánh giá theo trạng thái / Evaluations per status',
        properties: Object.fromEntries(STATUSES.map((s) => [s, { type: 'integer', minimum: 0 }])),
      },
      targets: {
        type: 'array',
        items: {
          type: 'object',
          required: ['target', 'indicator', 'evaluations'],
          properties: {
            target: ref('Target'),
            indicator: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                nameVi: { type: 'string' },
                nameEn: { type: 'string' },
                unit: { type: 'string' },
                direction: { type: 'string', enum: ['higher', 'lower'] },
              },
            },
            evaluations: { type: 'array', items: ref('Evaluation') },
          },
        },
      },
    },
  },
  TargetRef: {
    type: ['object', 'null'],
    required: ['planCode', 'index', 'indicatorCode', 'deadline'],
    properties: {
      planCode: { type: 'string' },
      index: {
        type: 'integer',
        description: 'Vị trí trong danh sách chỉ tiêu / Position in the target list',
      },
      indicatorCode: { type: 'string' },
      deadline: { type: 'string', format: 'date' },
    },
  },
  ConsistencyFinding: {
    type: 'object',
    required: ['kind', 'severity', 'provincialPlanCode', 'national', 'provincial', 'values', 'message'],
    description:
      'Tuỳ `kind` có thêm: reasons, units, period, unit, successors, ref, sum, side, indicatorCode / Extra fields by kind',
    properties: {
      kind: { type: 'string', enum: [...FINDING_KINDS] },
      severity,
      provincialPlanCode: orNull('string'),
      national: ref('TargetRef'),
      provincial: ref('TargetRef'),
      values: {
        type: 'object',
        properties: {
          national: { oneOf: [ref('TargetValue'), { type: 'null' }] },
          provincial: { oneOf: [ref('TargetValue'), { type: 'null' }] },
        },
      },
      message: bilingual,
    },
  },
  ConsistencyReport: {
    type: 'object',
    required: ['asOf', 'nationalPlanCode', 'provincialPlanCodes', 'findings', 'summary', 'text'],
    properties: {
      asOf: { type: 'string', format: 'date' },
      nationalPlanCode: { type: 'string', example: '36/QĐ-TTg' },
      provincialPlanCodes: { type: 'array', items: { type: 'string' } },
      findings: { type: 'array', items: ref('ConsistencyFinding') },
      summary: {
        type: 'object',
        required: ['total', 'bySeverity', 'byKind', 'applicableNationalTargets', 'consistent'],
        properties: {
          total: { type: 'integer' },
          bySeverity: { type: 'object', additionalProperties: { type: 'integer' } },
          byKind: { type: 'object', additionalProperties: { type: 'integer' } },
          applicableNationalTargets: { type: 'object', additionalProperties: { type: 'integer' } },
          consistent: { type: 'boolean', description: 'Không có lỗi mức error / No error-level finding' },
        },
      },
      text: { type: 'string', description: 'Báo cáo dạng văn bản theo ngôn ngữ yêu cầu / Text report' },
    },
  },
};
