import { UNIT_LEVELS } from '../../core/units/admin-unit.ts';
import { orNull, ref } from './common.ts';

/**
 * Schemas of plans, targets, indicators and observations as the presenters answer them
 * (src/http/presenters/plan-presenter.ts).
 */

export const PLAN_STATUSES = ['draft', 'in_force', 'expired', 'superseded'];
const nullableDate = { ...orNull('string'), format: 'date' };

const provenance = (kind: string, field: string, schema: object) => ({
  type: 'object',
  required: ['kind', field],
  properties: { kind: { const: kind }, [field]: schema },
});

export const planSchemas = {
  Plan: {
    type: 'object',
    required: [
      'id',
      'code',
      'titleVi',
      'titleEn',
      'issuer',
      'issuedOn',
      'periodStart',
      'periodEnd',
      'visionYear',
      'scopeUnit',
      'parentPlanCode',
      'status',
      'sourceUrl',
      'targetCount',
    ],
    properties: {
      id: { type: 'integer', example: 1 },
      code: { type: 'string', description: 'Số hiệu văn bản / Document number', example: '36/QĐ-TTg' },
      titleVi: { type: 'string' },
      titleEn: orNull('string'),
      issuer: { type: 'string', example: 'Thủ tướng Chính phủ' },
      issuedOn: nullableDate,
      periodStart: { type: 'integer', example: 2021 },
      periodEnd: { type: 'integer', example: 2030 },
      visionYear: orNull('integer'),
      scopeUnit: ref('UnitVersion'),
      parentPlanCode: orNull('string'),
      status: { type: 'string', enum: PLAN_STATUSES },
      sourceUrl: orNull('string'),
      targetCount: { type: 'integer', minimum: 0 },
    },
  },
  PlanDetail: {
    allOf: [
      ref('Plan'),
      {
        type: 'object',
        required: ['targets'],
        properties: { targets: { type: 'array', items: ref('Target') } },
      },
    ],
  },
  PlanImportResult: {
    allOf: [
      ref('PlanDetail'),
      {
        type: 'object',
        required: ['created'],
        properties: {
          created: {
            type: 'boolean',
            description: 'true: kế hoạch mới (201); false: đã thay kế hoạch cùng số hiệu (200)',
          },
        },
      },
    ],
  },
  TargetValue: {
    oneOf: [
      {
        type: 'object',
        required: ['comparator', 'value'],
        properties: { comparator: { type: 'string', enum: ['>=', '<=', '='] }, value: { type: 'number' } },
      },
      {
        type: 'object',
        required: ['comparator', 'min', 'max'],
        properties: { comparator: { const: 'range' }, min: { type: 'number' }, max: { type: 'number' } },
      },
    ],
  },
  TargetScope: {
    oneOf: [
      {
        type: 'object',
        required: ['kind', 'unit'],
        properties: { kind: { const: 'unit' }, unit: ref('UnitVersion') },
      },
      {
        type: 'object',
        required: ['kind', 'level'],
        description: 'Mọi đơn vị cấp này trong phạm vi kế hoạch / Every unit of the level in the plan scope',
        properties: { kind: { const: 'level' }, level: { type: 'string', enum: [...UNIT_LEVELS] } },
      },
    ],
  },
  Baseline: {
    type: 'object',
    required: ['value', 'year'],
    properties: { value: { type: 'number' }, year: { type: 'integer' } },
  },
  Target: {
    allOf: [
      {
        type: 'object',
        required: [
          'id',
          'planId',
          'position',
          'indicatorCode',
          'scope',
          'deadline',
          'baseline',
          'sourceClause',
          'sourceUrl',
        ],
        properties: {
          id: { type: 'integer' },
          planId: { type: 'integer' },
          position: { type: 'integer', minimum: 0, description: 'Thứ tự trong kế hoạch / Order in the plan' },
          indicatorCode: { type: 'string', example: 'VILLAGE_MBB_COVERAGE' },
          scope: ref('TargetScope'),
          deadline: { type: 'string', format: 'date', example: '2025-12-31' },
          baseline: { oneOf: [ref('Baseline'), { type: 'null' }] },
          sourceClause: orNull('string'),
          sourceUrl: orNull('string'),
        },
      },
      ref('TargetValue'),
    ],
  },
  Indicator: {
    type: 'object',
    required: [
      'code',
      'nameVi',
      'nameEn',
      'unit',
      'direction',
      'naturalLimit',
      'kind',
      'aggregation',
      'scale',
    ],
    properties: {
      code: { type: 'string', example: 'VILLAGE_MBB_COVERAGE' },
      nameVi: { type: 'string' },
      nameEn: { type: 'string' },
      unit: { type: 'string', description: 'Đơn vị đo / Unit of measure', examples: ['%', 'count', 'Mb/s'] },
      direction: { type: 'string', enum: ['higher', 'lower'] },
      naturalLimit: { ...orNull('number'), description: 'Giới hạn tự nhiên (100 với %) / Natural limit' },
      kind: { type: 'string', enum: ['computed', 'reported'] },
      aggregation: { type: 'string', enum: ['sum', 'ratio', 'none'] },
      scale: { type: 'number', description: 'value = scale × numerator / denominator' },
      numeratorVi: orNull('string'),
      denominatorVi: orNull('string'),
      descriptionVi: orNull('string'),
      planCodes: { type: 'array', items: { type: 'string' } },
    },
  },
  Provenance: {
    oneOf: [
      provenance('source', 'url', { type: 'string' }),
      provenance('submission', 'submissionId', { type: 'integer' }),
      provenance('computation', 'runId', { type: 'integer' }),
      provenance('manual', 'note', orNull('string')),
    ],
  },
  Observation: {
    type: 'object',
    required: [
      'id',
      'indicatorCode',
      'unit',
      'period',
      'periodEnd',
      'value',
      'numerator',
      'denominator',
      'estimated',
      'provenance',
      'note',
      'recordedAt',
    ],
    properties: {
      id: { type: 'integer' },
      indicatorCode: { type: 'string' },
      unit: ref('UnitVersion'),
      period: { type: 'string', examples: ['2025', '2025-Q2', '2025-06'] },
      periodEnd: { type: 'string', format: 'date' },
      value: { type: 'number' },
      numerator: orNull('number'),
      denominator: orNull('number'),
      estimated: { type: 'boolean' },
      provenance: ref('Provenance'),
      note: orNull('string'),
      recordedAt: { type: 'string', description: 'Thời điểm ghi (ISO 8601) / When recorded' },
    },
  },
};
