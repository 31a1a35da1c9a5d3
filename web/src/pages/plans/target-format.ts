import type { ProgressStatus, SeriesPoint } from '../../api/types.ts';
import { fill, formatNumber, type Lang } from '../../i18n/i18n.tsx';
import { plans } from '../../i18n/messages/plans.ts';
import type { PlanStatus, PlanTarget } from './plan-types.ts';

// How the plan page writes targets, values and periods: the way a decision states them
// ("tối thiểu 90%", "từ 12 đến 14"), numbers in the page's language (vi 93.000, en 93,000).

/** A number with the indicator's unit of measure: 90%, 40 Mb/s, 5 ngày, hạng 20; counts carry none. */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  const n = formatNumber(value, lang, 2);
  const msg =
    unit === '%'
      ? plans.unitPercent
      : unit === 'rank'
        ? plans.unitRank
        : unit === 'days'
          ? plans.unitDays
          : unit === 'tonnes/day'
            ? plans.unitTonnesPerDay
            : null;
  if (msg) return fill(msg[lang], { n }, lang);
  if (unit === 'count' || unit === '') return n;
  return fill(plans.unitOther[lang], { n, unit }, lang);
}

/** The target as the plan states it: comparator, value (or range) and unit. */
export function formatTarget(target: PlanTarget, unit: string, lang: Lang): string {
  if (target.comparator === 'range' && target.min !== undefined && target.max !== undefined) {
    const a = formatQuantity(target.min, unit, lang);
    const b = formatQuantity(target.max, unit, lang);
    return fill(plans.between[lang], { a, b }, lang);
  }
  if (target.value === null) return '';
  const v = formatQuantity(target.value, unit, lang);
  const msg =
    target.comparator === '<=' ? plans.atMost : target.comparator === '=' ? plans.exactly : plans.atLeast;
  return fill(msg[lang], { v }, lang);
}

/** Reporting periods: 2025, 2025-Q2 (Quý 2/2025, Q2 2025), 2025-06 (Tháng 6/2025, Jun 2025). */
export function formatPeriod(period: string, lang: Lang): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return fill(plans.periodQuarter[lang], { y: quarter[1] ?? '', q: quarter[2] ?? '' }, lang);
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const y = month[1] ?? '';
    const m = Number(month[2]);
    const name = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(y), m - 1, 1)),
    );
    return fill(plans.periodMonth[lang], { y, m: String(m), month: name }, lang);
  }
  return period;
}

/** The latest reported or computed value of a series (the server lists periods in order). */
export function latestPoint(series: readonly SeriesPoint[]): SeriesPoint | null {
  return series.length > 0 ? (series[series.length - 1] ?? null) : null;
}

/** The statuses in the order of the Open SDG legend, best first. */
export const STATUS_ORDER: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'insufficient_data',
];

/** The summary's non-zero counts in legend order, and their total. */
export function statusCounts(summary: Readonly<Record<ProgressStatus, number>>): {
  counts: { status: ProgressStatus; n: number }[];
  total: number;
} {
  const counts = STATUS_ORDER.map((status) => ({ status, n: summary[status] ?? 0 })).filter((c) => c.n > 0);
  return { counts, total: counts.reduce((sum, c) => sum + c.n, 0) };
}

const PLAN_STATUS = {
  draft: plans.statusDraft,
  in_force: plans.statusInForce,
  expired: plans.statusExpired,
  superseded: plans.statusSuperseded,
} as const;

export function planStatusLabel(status: string, lang: Lang): string {
  const msg = PLAN_STATUS[status as PlanStatus] as (typeof PLAN_STATUS)[PlanStatus] | undefined;
  return msg ? msg[lang] : status;
}

/** 2021–2030, or 2021–2030 with the vision year when the plan states one. */
export function formatPlanPeriod(
  plan: { periodStart: number; periodEnd: number; visionYear?: number | null },
  lang: Lang,
): string {
  const params = { start: String(plan.periodStart), end: String(plan.periodEnd) };
  return plan.visionYear
    ? fill(plans.periodVision[lang], { ...params, vision: String(plan.visionYear) }, lang)
    : fill(plans.period[lang], params, lang);
}
