/**
 * Range targets ("12–14 concentrated IT parks by 2030"). Open SDG has no range targets, so the rule
 * is ours:
 * - within [min, max] (bounds inclusive) → achieved;
 * - on the side the indicator must move away from (below for higher-is-better, above for
 *   lower-is-better) → the range's near bound becomes a point target (`min` or `max`) and the
 *   ordinary machinery (Open SDG ratio, ESCAP index, projection) judges the progress towards it;
 * - past the far bound (above `max` when higher is better, below `min` when lower is better) →
 *   achieved, flagged `overshoot`. The plan's floor is met, and an indicator that is better than
 *   planned is not failing; but a plan that wrote a ceiling meant something by it (over-building IT
 *   parks or data centres the demand does not fill, a ceiling set by land or power budgets), so the
 *   explanation asks for the target or the build-out to be reviewed instead of hiding the excess.
 */

import type { Direction } from '../plans/plan-model.ts';

export type RangePosition = 'below' | 'within' | 'above';

export interface RangeAssessment {
  min: number;
  max: number;
  value: number;
  position: RangePosition;
  /** Within the range, or past the far bound. */
  achieved: boolean;
  /** Past the far bound: achieved, but outside what the plan wrote. */
  overshoot: boolean;
  /** The bound still to reach when the value is on the wrong side; null when achieved. */
  chaseBound: number | null;
}

export function rangePosition(value: number, min: number, max: number): RangePosition {
  if (value < min) return 'below';
  if (value > max) return 'above';
  return 'within';
}

/** Null when the range is not a range (min > max, or a bound that is not a number). */
export function assessRange(
  value: number,
  range: { min: number; max: number },
  direction: Direction,
): RangeAssessment | null {
  const { min, max } = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return null;
  const position = rangePosition(value, min, max);
  const wrongSide = direction === 'higher' ? 'below' : 'above';
  if (position === 'within') {
    return { min, max, value, position, achieved: true, overshoot: false, chaseBound: null };
  }
  if (position === wrongSide) {
    return {
      min,
      max,
      value,
      position,
      achieved: false,
      overshoot: false,
      chaseBound: direction === 'higher' ? min : max,
    };
  }
  return { min, max, value, position, achieved: true, overshoot: true, chaseBound: null };
}
