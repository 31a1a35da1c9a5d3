/**
 * Open SDG / Statistics Canada progress measure, reproduced from sdg-build
 * `sdg/ProgressMeasure.py` (repository open-sdg/sdg-build, commit
 * 139fede74ba534d2ed8b9eee4cd878b41f54cb67, class SeriesProgress and the module functions
 * growth_calculation, get_progress_status), with the formulas of the Open SDG documentation
 * `docs/progress-methodology.md` (open-sdg/open-sdg). Our own code, same arithmetic and same order
 * of operations, so the same inputs give the same status.
 *
 *   CAGR_obs = (y_cur / y_0)^(1 / (t_cur − t_0)) − 1
 *   with a target:    CAGR_req = (y_T / y_0)^(1 / (t_T − t_0)) − 1,
 *                     R = sign(y_0) · d · CAGR_obs / |CAGR_req|,   cut-offs 0.95 / 0.60 / 0
 *   without a target: v = sign(y_0) · d · CAGR_obs,                cut-offs 1.5 % / 0.5 % / 0, each × C
 *   C = 1 − (|y_0| / |y_lim|)^4.44 (limit as a maximum; mirrored above the limit), no target only.
 *
 * Where sdg-build raises an exception instead of answering we answer `not_available` and say why
 * (see the notes): no data year at or after the base year, and a target year not after the base
 * year (sdg-build divides by zero there; a target year before the base year gives it a number
 * without meaning, which we refuse too).
 */

import type { Direction } from '../plans/plan-model.ts';
import type { SeriesPoint } from './series.ts';
import {
  classifyProgress,
  type ProgressStatus,
  type ProgressThresholds,
  type SdgBuildStatus,
  statusFromSdgBuild,
} from './status.ts';

/** Defaults of `SeriesProgress.__init__`: base year 2015, target year 2030. */
export const OPEN_SDG_DEFAULT_BASE_YEAR = 2015;
export const OPEN_SDG_DEFAULT_TARGET_YEAR = 2030;
/** A zero base or zero target makes the growth rate undefined; sdg-build substitutes 0.001. */
export const ZERO_SUBSTITUTE = 0.001;
/** Exponent of the natural-limit scaling coefficient in `get_progress_thresholds`. */
export const LIMIT_EXPONENT = 4.44;
/** Default cut-offs of `get_progress_thresholds`: method 2 (target) and method 1 (no target). */
export const TARGET_THRESHOLDS: ProgressThresholds = { high: 0.95, med: 0.6, low: 0 };
export const NO_TARGET_THRESHOLDS: ProgressThresholds = { high: 0.015, med: 0.005, low: 0 };

export interface OpenSdgInput {
  series: readonly SeriesPoint[];
  direction: Direction;
  /** Configured base year (sdg-build `base_year`, default 2015). */
  baseYear?: number;
  /** Target value, or null for the no-target method. */
  target: number | null;
  /** Year the target is due (sdg-build `target_year`, default 2030). */
  targetYear?: number;
  /** Natural limit (sdg-build `limit`); scales the no-target cut-offs only. */
  limit?: number | null;
  /** User cut-offs, merged over the defaults before any scaling, as sdg-build does. */
  thresholds?: Partial<ProgressThresholds>;
}

/** Why a value is missing or was altered; each has a sentence in explain.ts. */
export type OpenSdgNote =
  | 'no_data'
  | 'duplicate_year'
  | 'base_year_shifted'
  | 'no_data_from_base_year'
  | 'zero_target_replaced'
  | 'zero_base_replaced'
  | 'sign_change'
  | 'fewer_than_two_points'
  | 'target_year_not_after_base'
  | 'limit_ignored_with_target'
  | 'base_beyond_limit'
  | 'not_a_number';

export interface OpenSdgResult {
  /** sdg-build method 2 (quantitative target) or method 1 (no target). */
  methodology: 'target' | 'no_target';
  sdgBuildStatus: SdgBuildStatus;
  status: ProgressStatus;
  baseYearConfigured: number;
  baseYear: number | null;
  /** Base value as used in the formulas (0 is replaced by 0.001). */
  baseValue: number | null;
  currentYear: number | null;
  currentValue: number | null;
  /** Target as used (0 is replaced by 0.001); null without a target. */
  target: number | null;
  targetYear: number;
  /** +1 when higher is better, −1 when lower is better. */
  d: 1 | -1;
  /** −1 when the base value is negative, else +1 (taken before the zero substitution). */
  sign: 1 | -1;
  cagrObserved: number | null;
  cagrRequired: number | null;
  /** R with a target, sign·d·CAGR_obs without one. */
  progressValue: number | null;
  /** Cut-offs actually applied (after the natural-limit scaling). */
  thresholds: ProgressThresholds;
  /** Natural-limit coefficient C, when it was applied. */
  limitCoefficient: number | null;
  targetAchieved: boolean;
  /** sdg-build `get_score`, on [−5, 5]; 5 when the target is achieved. */
  score: number | null;
  notes: OpenSdgNote[];
}

/** `growth_calculation(val1, val2, t1, t2)`: compound annual growth rate. */
export function growthRate(current: number, base: number, currentYear: number, baseYear: number): number {
  return (current / base) ** (1 / (currentYear - baseYear)) - 1;
}

/**
 * Natural-limit coefficient of `get_progress_thresholds` (method 1 only). The first test comes
 * first so that a zero base with a zero limit gives 1 rather than 0/0.
 */
export function limitCoefficient(baseValue: number, limit: number): number {
  const base = Math.abs(baseValue);
  const lim = Math.abs(limit);
  if (base >= 2 * lim) return 1;
  if (base <= lim) return 1 - (base / lim) ** LIMIT_EXPONENT;
  return 1 - ((2 * lim - base) / lim) ** LIMIT_EXPONENT;
}

export function evaluateOpenSdg(input: OpenSdgInput): OpenSdgResult {
  const d: 1 | -1 = input.direction === 'higher' ? 1 : -1;
  const baseYearConfigured = input.baseYear ?? OPEN_SDG_DEFAULT_BASE_YEAR;
  const targetYear = input.targetYear ?? OPEN_SDG_DEFAULT_TARGET_YEAR;
  const limit = input.limit ?? null;
  const notes: OpenSdgNote[] = [];
  // The zero-target substitution happens in the constructor, so the "achieved" test below already
  // compares with 0.001 (a lower-is-better target of 0 is met by any value ≤ 0.001).
  let target = input.target;
  if (target === 0) {
    target = ZERO_SUBSTITUTE;
    notes.push('zero_target_replaced');
  }
  const methodology = target === null ? 'no_target' : 'target';
  const thresholds: ProgressThresholds = {
    ...(methodology === 'target' ? TARGET_THRESHOLDS : NO_TARGET_THRESHOLDS),
    ...input.thresholds,
  };
  const result: OpenSdgResult = {
    methodology,
    sdgBuildStatus: 'not_available',
    status: 'insufficient_data',
    baseYearConfigured,
    baseYear: null,
    baseValue: null,
    currentYear: null,
    currentValue: null,
    target,
    targetYear,
    d,
    sign: 1,
    cagrObserved: null,
    cagrRequired: null,
    progressValue: null,
    thresholds,
    limitCoefficient: null,
    targetAchieved: false,
    score: null,
    notes,
  };

  const points = input.series.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
  const current = points.at(-1);
  if (current === undefined) {
    notes.push('no_data');
    return result;
  }
  if (points.some((p, i) => i > 0 && p.year === points[i - 1]?.year)) {
    notes.push('duplicate_year');
    return result;
  }
  result.currentYear = current.year;
  result.currentValue = current.value;
  // Achievement depends on the current value only: sdg-build reports `target_achieved` even when the
  // growth rate cannot be computed (one data point, sign change).
  result.targetAchieved =
    target !== null && ((d === -1 && current.value <= target) || (d === 1 && current.value >= target));

  // Base year: the configured year if it has data, else the next year that has (not the nearest).
  let base = points.find((p) => p.year === baseYearConfigured);
  if (base === undefined) {
    base = points.find((p) => p.year > baseYearConfigured);
    if (base !== undefined) notes.push('base_year_shifted');
  }
  if (base === undefined) {
    notes.push('no_data_from_base_year');
    return finish(result);
  }
  result.baseYear = base.year;
  result.sign = base.value < 0 ? -1 : 1;

  if (methodology === 'no_target' && limit !== null) {
    if ((base.value < limit && d === -1) || (base.value > limit && d === 1)) notes.push('base_beyond_limit');
    // Computed from the base value before its zero substitution, as in sdg-build's constructor.
    const coefficient = limitCoefficient(base.value, limit);
    thresholds.high *= coefficient;
    thresholds.med *= coefficient;
    thresholds.low *= coefficient;
    result.limitCoefficient = coefficient;
  } else if (limit !== null) {
    notes.push('limit_ignored_with_target');
  }

  // calculate_progress_value(): the checks run in sdg-build's order.
  let baseValue = base.value;
  if (baseValue === 0) {
    baseValue = ZERO_SUBSTITUTE;
    notes.push('zero_base_replaced');
  }
  result.baseValue = baseValue;
  if ((baseValue > 0 && current.value < 0) || (baseValue < 0 && current.value > 0)) {
    notes.push('sign_change');
    return finish(result);
  }
  if (current.year - base.year < 1) {
    notes.push('fewer_than_two_points');
    return finish(result);
  }
  const cagrObserved = growthRate(current.value, baseValue, current.year, base.year);
  result.cagrObserved = cagrObserved;
  if (target === null) {
    result.progressValue = result.sign * d * cagrObserved;
  } else {
    if (targetYear <= base.year) {
      notes.push('target_year_not_after_base');
      return finish(result);
    }
    const cagrRequired = growthRate(target, baseValue, targetYear, base.year);
    result.cagrRequired = cagrRequired;
    // Same association as Python's `sign * direction * cagr_o / abs(cagr_r)`; a zero CAGR_req (target
    // equal to the base) gives ±Infinity exactly as numpy does, i.e. deterioration when not achieved.
    result.progressValue = (result.sign * d * cagrObserved) / Math.abs(cagrRequired);
  }
  return finish(result);
}

function finish(result: OpenSdgResult): OpenSdgResult {
  if (result.progressValue !== null && Number.isNaN(result.progressValue)) result.notes.push('not_a_number');
  result.sdgBuildStatus = classifyProgress(result.progressValue, result.thresholds, result.targetAchieved);
  result.status = statusFromSdgBuild(result.sdgBuildStatus);
  result.score = progressScore(result);
  return result;
}

/**
 * `SeriesProgress.get_score`: maps the progress value to [−5, 5] with the piecewise-linear
 * functions hard-coded in sdg-build for the default cut-offs (2.5 / 0 / −2.5 are the category
 * boundaries used by `get_progress_status_from_score` when series are averaged into an indicator).
 * The constants 7.1429, 4.2857 and 4.1667 are sdg-build's roundings of 50/7, 30/7 and 25/6.
 */
export function progressScore(result: OpenSdgResult): number | null {
  if (result.targetAchieved) return 5;
  const v = result.progressValue;
  if (v === null) return null;
  const { high, med, low } = result.thresholds;
  if (result.methodology === 'no_target') {
    const coeff = result.limitCoefficient ?? 1;
    if (v < low) return Math.max(125 * v - 2.5, -5);
    if (coeff === 0) return 5;
    if (v >= high) return Math.min((500 * v) / coeff - 5, 5);
    if (v >= med) return (250 * v) / coeff - 1.25;
    if (v >= low) return (500 * v) / coeff - 2.5;
    return null;
  }
  if (v >= high || v >= med) return Math.min(7.1429 * v - 4.2857, 5);
  if (v >= low || v < low) return Math.max(4.1667 * v - 2.5, -5);
  return null;
}
