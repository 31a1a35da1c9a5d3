import { type IsoDate, isUnitLevel, type UnitLevel } from '../units/admin-unit.ts';
import {
  isEmpty,
  isProblem,
  type Problem,
  readDate,
  readDeadline,
  readNumber,
  readText,
  readYear,
  show,
} from './cell-values.ts';
import { COMPARATOR_WORDS, type FieldSpec, PLAN_FIELDS, TARGET_FIELDS } from './plan-fields.ts';
import type { PlanInput, RawPlanSubmission, RawRecord, RowError, TargetInput } from './plan-input.ts';
import type { Indicator, PlanStatus, TargetScope, TargetValue } from './plan-model.ts';

export interface PlanValidationContext {
  /** Indicators by code and by the plan codes that name them (IT_PARKS_2025 → IT_PARKS). */
  findIndicator(code: string): Indicator | null;
  /** Whether a unit with this code is in force on the date. */
  unitExists(code: string, on: IsoDate): boolean;
  /** Plan codes that may be named as parent. */
  planExists(code: string): boolean;
  /**
   * Whether unit `code` is `ancestor` or lies inside it on the date. Optional: without it a target's
   * unit is not checked against the plan's scope.
   */
  unitWithin?(code: string, ancestor: string, on: IsoDate): boolean;
}

export type PlanValidationResult =
  | { ok: true; plan: PlanInput; targets: TargetInput[] }
  | { ok: false; errors: RowError[] };

const STATUSES: PlanStatus[] = ['draft', 'in_force', 'expired', 'superseded'];
const LEVEL_WORDS: Record<string, UnitLevel> = {
  'mọi tỉnh': 'province',
  'mọi xã': 'commune',
  'mọi huyện': 'district',
  'level:province': 'province',
  'level:commune': 'commune',
  'level:district': 'district',
};

/**
 * A unit code as typed, or as Excel turned it into a number (`06` → 6, `01840` → 1840): the code
 * itself if it exists on the day, else the first zero-padded reading (2, 3 or 5 digits) that does.
 */
export function unitCodeOn(
  text: string,
  on: IsoDate,
  ctx: Pick<PlanValidationContext, 'unitExists'>,
): string | null {
  const code = text.trim().toUpperCase();
  if (ctx.unitExists(code, on)) return code;
  if (!/^\d{1,4}$/.test(code)) return null;
  for (const width of [2, 3, 5]) {
    const padded = code.padStart(width, '0');
    if (padded !== code && ctx.unitExists(padded, on)) return padded;
  }
  return null;
}

/** Collects every problem of one record (a plan, or one target row) with its location and column label. */
class RecordReader {
  constructor(
    private readonly record: RawRecord,
    private readonly fields: FieldSpec[],
    private readonly errors: RowError[],
  ) {}

  raw(key: string) {
    return this.record.fields[key];
  }

  fail(key: string, message: { vi: string; en: string }): void {
    const spec = this.fields.find((f) => f.key === key);
    this.errors.push({
      ...(this.record.location.sheet !== undefined ? { sheet: this.record.location.sheet } : {}),
      row: this.record.location.row,
      field: key,
      column: spec?.vi ?? key,
      value: show(this.raw(key)),
      message,
    });
  }

  read<T>(
    key: string,
    reader: (raw: RawPlanSubmission['plan']['fields'][string]) => T | null | Problem,
  ): T | null {
    const raw = this.raw(key);
    const spec = this.fields.find((f) => f.key === key);
    if (isEmpty(raw)) {
      if (spec?.required) this.fail(key, { vi: 'bắt buộc, đang để trống', en: 'is required but empty' });
      return null;
    }
    const value = reader(raw);
    if (isProblem(value)) {
      this.fail(key, value.problem);
      return null;
    }
    return value;
  }
}

function validatePlanRecord(
  record: RawRecord,
  ctx: PlanValidationContext,
  errors: RowError[],
): PlanInput | null {
  const r = new RecordReader(record, PLAN_FIELDS, errors);
  const before = errors.length;
  const code = r.read('code', readText);
  const titleVi = r.read('titleVi', readText);
  const issuer = r.read('issuer', readText);
  const issuedOn = r.read('issuedOn', readDate);
  const periodStart = r.read('periodStart', readYear);
  const periodEnd = r.read('periodEnd', readYear);
  const visionYear = r.read('visionYear', readYear);
  const scopeText = r.read('scopeUnit', readText);
  const scopeDate = r.read('scopeDate', readDate);
  const parentPlan = r.read('parentPlan', readText);
  const status = r.read('status', readText) ?? 'in_force';
  if (periodStart !== null && periodEnd !== null && periodStart > periodEnd) {
    r.fail('periodEnd', {
      vi: `năm kết thúc trước năm bắt đầu (${periodStart})`,
      en: `ends before it starts (${periodStart})`,
    });
  }
  if (visionYear !== null && periodEnd !== null && visionYear < periodEnd) {
    r.fail('visionYear', { vi: 'tầm nhìn trước năm kết thúc', en: 'is before the last year' });
  }
  if (!STATUSES.includes(status as PlanStatus)) {
    r.fail('status', {
      vi: `cần một trong: ${STATUSES.join(', ')}`,
      en: `expected one of: ${STATUSES.join(', ')}`,
    });
  }
  const readOn = scopeDate ?? issuedOn ?? (periodStart !== null ? `${periodStart}-01-01` : null);
  const scopeUnit = scopeText !== null && readOn !== null ? unitCodeOn(scopeText, readOn, ctx) : null;
  if (scopeText !== null && readOn !== null && scopeUnit === null) {
    r.fail('scopeUnit', {
      vi: `không có đơn vị hành chính mã "${scopeText}" vào ngày ${readOn}`,
      en: `no administrative unit with code "${scopeText}" on ${readOn}`,
    });
  }
  if (parentPlan !== null && !ctx.planExists(parentPlan)) {
    r.fail('parentPlan', { vi: 'không có kế hoạch nào với số hiệu này', en: 'no plan has this code' });
  }
  if (errors.length > before || !code || !titleVi || !issuer || periodStart === null || periodEnd === null)
    return null;
  if (!scopeUnit || !readOn) return null;
  return {
    code,
    titleVi,
    titleEn: r.read('titleEn', readText),
    issuer,
    issuedOn,
    periodStart,
    periodEnd,
    visionYear,
    scopeUnitCode: scopeUnit,
    scopeDate: readOn,
    parentPlanCode: parentPlan,
    status: status as PlanStatus,
    sourceUrl: r.read('sourceUrl', readText),
  };
}

function readScope(text: string): TargetScope | { level: null; code: string } {
  const lower = text.toLowerCase();
  const level = LEVEL_WORDS[lower] ?? (isUnitLevel(lower) ? lower : undefined);
  if (level) return { kind: 'level', level };
  return { level: null, code: text.toUpperCase() };
}

function validateTargetRecord(
  record: RawRecord,
  plan: PlanInput | null,
  ctx: PlanValidationContext,
  errors: RowError[],
): TargetInput | null {
  const r = new RecordReader(record, TARGET_FIELDS, errors);
  const before = errors.length;
  const indicatorCode = r.read('indicator', readText);
  const indicator = indicatorCode ? ctx.findIndicator(indicatorCode.toUpperCase()) : null;
  if (indicatorCode && !indicator) {
    r.fail('indicator', { vi: 'không có chỉ tiêu nào với mã này', en: 'no indicator has this code' });
  }
  const comparatorText = r.read('comparator', readText);
  const comparator = comparatorText ? COMPARATOR_WORDS[comparatorText.toLowerCase()] : undefined;
  if (comparatorText && !comparator) {
    r.fail('comparator', { vi: 'cần >=, <=, = hoặc khoảng', en: 'expected >=, <=, = or range' });
  }
  const value = r.read('value', readNumber);
  const min = r.read('min', readNumber);
  const max = r.read('max', readNumber);
  const deadline = r.read('deadline', readDeadline);
  const baselineValue = r.read('baselineValue', readNumber);
  const baselineYear = r.read('baselineYear', readYear);
  let targetValue: TargetValue | null = null;
  if (comparator === 'range') {
    if (min === null) r.fail('min', { vi: 'khoảng cần giá trị tối thiểu', en: 'a range needs a minimum' });
    if (max === null) r.fail('max', { vi: 'khoảng cần giá trị tối đa', en: 'a range needs a maximum' });
    if (min !== null && max !== null && min > max)
      r.fail('max', { vi: 'nhỏ hơn giá trị tối thiểu', en: 'is below the minimum' });
    if (min !== null && max !== null && min <= max) targetValue = { comparator: 'range', min, max };
  } else if (comparator) {
    if (isEmpty(r.raw('value'))) {
      r.fail('value', { vi: 'cần giá trị mục tiêu', en: 'a target value is required' });
    }
    if (value !== null) targetValue = { comparator, value };
  }
  if (indicator?.naturalLimit != null && targetValue) {
    const highest = targetValue.comparator === 'range' ? targetValue.max : targetValue.value;
    if (highest > indicator.naturalLimit) {
      r.fail(targetValue.comparator === 'range' ? 'max' : 'value', {
        vi: `vượt giới hạn tự nhiên ${indicator.naturalLimit} ${indicator.unit} của chỉ tiêu`,
        en: `exceeds the indicator's natural limit of ${indicator.naturalLimit} ${indicator.unit}`,
      });
    }
  }
  if (isEmpty(r.raw('baselineValue')) !== isEmpty(r.raw('baselineYear'))) {
    r.fail(isEmpty(r.raw('baselineValue')) ? 'baselineValue' : 'baselineYear', {
      vi: 'giá trị cơ sở và năm cơ sở phải đi cùng nhau',
      en: 'baseline value and baseline year go together',
    });
  }
  if (deadline !== null && baselineYear !== null && Number(deadline.slice(0, 4)) < baselineYear) {
    r.fail('deadline', {
      vi: `hạn hoàn thành trước năm cơ sở ${baselineYear}`,
      en: `the deadline is before the baseline year ${baselineYear}`,
    });
  }
  let scope: TargetScope | null = null;
  const scopeText = r.read('scope', readText);
  if (scopeText === null) {
    if (plan) scope = { kind: 'unit', unit: { code: plan.scopeUnitCode, on: plan.scopeDate } };
  } else {
    const parsed = readScope(scopeText);
    const code = plan && !('kind' in parsed) ? unitCodeOn(parsed.code, plan.scopeDate, ctx) : null;
    if ('kind' in parsed) scope = parsed;
    else if (plan && code === null) {
      r.fail('scope', {
        vi: `không có đơn vị hành chính mã "${parsed.code}" vào ngày ${plan.scopeDate}`,
        en: `no administrative unit with code "${parsed.code}" on ${plan.scopeDate}`,
      });
    } else if (plan && code !== null) {
      // A province's plan sets targets for the province and its units, not for another province.
      if (
        plan.scopeUnitCode !== 'VN' &&
        ctx.unitWithin &&
        !ctx.unitWithin(code, plan.scopeUnitCode, plan.scopeDate)
      ) {
        r.fail('scope', {
          vi: `đơn vị mã ${code} không thuộc phạm vi của kế hoạch (mã ${plan.scopeUnitCode})`,
          en: `unit ${code} is outside the plan's scope (${plan.scopeUnitCode})`,
        });
      } else scope = { kind: 'unit', unit: { code, on: plan.scopeDate } };
    }
  }
  if (errors.length > before || !indicator || !targetValue || !deadline || !scope) return null;
  return {
    indicatorCode: indicator.code,
    scope,
    value: targetValue,
    deadline,
    baseline:
      baselineValue !== null && baselineYear !== null ? { value: baselineValue, year: baselineYear } : null,
    sourceClause: r.read('sourceClause', readText),
    sourceUrl: r.read('sourceUrl', readText),
  };
}

/**
 * Validates a whole submission: every problem of every row is reported (never only the first), and
 * nothing is returned to save unless there is none — a plan is stored all or nothing.
 */
export function validatePlanSubmission(
  submission: RawPlanSubmission,
  ctx: PlanValidationContext,
): PlanValidationResult {
  const errors: RowError[] = [];
  const plan = validatePlanRecord(submission.plan, ctx, errors);
  const targets: TargetInput[] = [];
  for (const record of submission.targets) {
    const target = validateTargetRecord(record, plan, ctx, errors);
    if (target) targets.push(target);
  }
  if (errors.length > 0 || !plan) return { ok: false, errors };
  return { ok: true, plan, targets };
}
