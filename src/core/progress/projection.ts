/**
 * Projection to the deadline: weighted least-squares line value = a + b·year, recent years weighing
 * more, evaluated at the deadline and clamped to the indicator's natural limit.
 *
 * Weights (choose with `weighting`; default `escap`):
 * - `escap`: w_t = (P − t_min) / (P − t), P the year projected to. This is the time-related weight of
 *   ESCAP's weighted extrapolation (Statistics Division working paper SD/WP/04, March 2017, "weighted
 *   extrapolation method for measuring SDGs"; the UNECE/ESCAP technical notes describe the Anticipated
 *   Progress Index as "time-weighted linear regression … gives more importance to more recent data");
 *   the formula is the one of a public R implementation of that method (UNICEF MENARO SDG trend
 *   scripts, `wi = (year.to.predict − year.min)/(year.to.predict − time.period)`). It grows as an
 *   observation gets closer to the year projected to, and is 1 for the oldest point. It needs
 *   P > every year, so P = max(deadline, last year + 1): once the deadline is past, the fitted value
 *   at the deadline is an in-sample estimate and the weights stay those of one year ahead.
 * - `recency`: w_t = 1 / (1 + t_last − t): the last year weighs 1, the one before ½, then ⅓ …
 * - `half_life`: w_t = 2^(−(t_last − t)/h): a point h years older counts half as much.
 * - `uniform`: ordinary least squares.
 * The weights only re-balance the points; a series lying on a straight line is fitted exactly by all.
 */

import type { Direction } from '../plans/plan-model.ts';
import type { SeriesPoint } from './series.ts';

export type ProjectionWeighting =
  | { kind: 'escap' }
  | { kind: 'recency' }
  | { kind: 'half_life'; years: number }
  | { kind: 'uniform' };

export interface ProjectionInput {
  series: readonly SeriesPoint[];
  deadlineYear: number;
  /** The value to reach, or null to project without judging. */
  target: number | null;
  /** Which side of the target is good (the target's own direction). */
  direction: Direction;
  /** Value that cannot be passed; the projection is clamped to it. */
  naturalLimit: number | null;
  /** A floor of 0 for quantities that cannot be negative (counts, shares). */
  nonNegative?: boolean;
  weighting?: ProjectionWeighting;
}

/** How the target relates to the trend: met by the last observation, met later, or never. */
export type MetOutlook = 'already_met' | 'will_meet' | 'never';

export interface ProjectionResult {
  weighting: ProjectionWeighting;
  /** Year P the escap weights are computed for (null for the other weightings). */
  weightReferenceYear: number | null;
  weights: { year: number; value: number; weight: number }[];
  /** value = intercept + slope · year. */
  slope: number;
  intercept: number;
  deadlineYear: number;
  /** Fitted value at the deadline before clamping. */
  unclampedValue: number;
  /** Fitted value at the deadline, clamped to [lower, upper]. */
  projectedValue: number;
  clamped: boolean;
  bounds: { lower: number | null; upper: number | null };
  /** d·(projected − target): ≥ 0 the target is met at the deadline, < 0 the shortfall. */
  gap: number | null;
  outlook: MetOutlook | null;
  /**
   * Year the target is met: with `already_met`, the first year of the last unbroken run of observed
   * values meeting it (≤ last year); with `will_meet`, the first whole year in which the fitted line
   * meets it (at least the year after the last observation); null when never or without target.
   */
  metYear: number | null;
}

/** Bounds from the natural limit: a limit at or above the latest value caps, below it floors. */
export function projectionBounds(
  latest: number,
  naturalLimit: number | null,
  nonNegative: boolean,
): { lower: number | null; upper: number | null } {
  let lower: number | null = nonNegative ? 0 : null;
  let upper: number | null = null;
  if (naturalLimit !== null) {
    if (naturalLimit >= latest) upper = naturalLimit;
    else lower = lower === null ? naturalLimit : Math.max(lower, naturalLimit);
  }
  return { lower, upper };
}

export function weightFor(
  year: number,
  points: readonly SeriesPoint[],
  w: ProjectionWeighting,
  P: number,
): number {
  const first = points[0]?.year ?? year;
  const last = points.at(-1)?.year ?? year;
  switch (w.kind) {
    case 'escap':
      return (P - first) / (P - year);
    case 'recency':
      return 1 / (1 + last - year);
    case 'half_life':
      return 2 ** (-(last - year) / w.years);
    case 'uniform':
      return 1;
  }
}

/** Weighted least squares on centred years (centring avoids cancellation with years near 2000). */
export function weightedLine(
  points: readonly { year: number; value: number; weight: number }[],
): { slope: number; intercept: number } | null {
  let sw = 0;
  let st = 0;
  let sy = 0;
  for (const p of points) {
    sw += p.weight;
    st += p.weight * p.year;
    sy += p.weight * p.value;
  }
  if (!(sw > 0)) return null;
  const tBar = st / sw;
  const yBar = sy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += p.weight * (p.year - tBar) ** 2;
    sxy += p.weight * (p.year - tBar) * (p.value - yBar);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  return { slope, intercept: yBar - slope * tBar };
}

/** Null when fewer than two distinct years are available (no line through one point). */
export function projectToDeadline(input: ProjectionInput): ProjectionResult | null {
  const points = [...input.series].sort((a, b) => a.year - b.year);
  const last = points.at(-1);
  if (last === undefined) return null;
  const weighting = input.weighting ?? { kind: 'escap' };
  const P = Math.max(input.deadlineYear, last.year + 1);
  const weights = points.map((p) => ({
    year: p.year,
    value: p.value,
    weight: weightFor(p.year, points, weighting, P),
  }));
  const line = weightedLine(weights);
  if (line === null) return null;
  const bounds = projectionBounds(last.value, input.naturalLimit, input.nonNegative ?? false);
  const unclampedValue = line.intercept + line.slope * input.deadlineYear;
  const projectedValue = clamp(unclampedValue, bounds);
  const result: ProjectionResult = {
    weighting,
    weightReferenceYear: weighting.kind === 'escap' ? P : null,
    weights,
    slope: line.slope,
    intercept: line.intercept,
    deadlineYear: input.deadlineYear,
    unclampedValue,
    projectedValue,
    clamped: projectedValue !== unclampedValue,
    bounds,
    gap: null,
    outlook: null,
    metYear: null,
  };
  if (input.target === null) return result;
  const target = input.target;
  const d = input.direction === 'higher' ? 1 : -1;
  const meets = (value: number): boolean => d * (value - target) >= 0;
  result.gap = d * (projectedValue - target);
  if (meets(last.value)) {
    let since = last.year;
    for (let i = points.length - 1; i >= 0; i--) {
      const p = points[i];
      if (p === undefined || !meets(p.value)) break;
      since = p.year;
    }
    result.outlook = 'already_met';
    result.metYear = since;
    return result;
  }
  // A target beyond the natural limit can never be met; nor can one the line moves away from.
  const reachable = meets(clamp(target, bounds)) && d * line.slope > 0;
  if (!reachable) {
    result.outlook = 'never';
    return result;
  }
  const crossing = (target - line.intercept) / line.slope;
  // 1e-9 absorbs rounding in the division so an exact crossing at 2027 is not pushed to 2028.
  result.metYear = Math.max(Math.ceil(crossing - 1e-9), last.year + 1);
  result.outlook = 'will_meet';
  return result;
}

function clamp(value: number, bounds: { lower: number | null; upper: number | null }): number {
  let v = value;
  if (bounds.upper !== null && v > bounds.upper) v = bounds.upper;
  if (bounds.lower !== null && v < bounds.lower) v = bounds.lower;
  return v;
}
