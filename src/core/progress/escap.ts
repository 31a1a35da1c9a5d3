/**
 * UN ESCAP Current Status Index (Asia and the Pacific SDG Progress Report, technical notes
 * "Progress Assessment Methodology", data.unescap.org/resource-guides/progress-assessment-methodology):
 * "how much progress has been made since the base year", as a share of the whole distance from the
 * base value to the target value:
 *
 *   CSI = D · (I_cur − I_0) / |TV − I_0|,   D = +1 when higher is better, −1 when lower is better.
 *
 * Reading the raw index: < 0 the indicator regressed since the base year; 0 no change; between 0 and
 * 1 that share of the required distance has been covered; ≥ 1 the target value has been reached.
 * ESCAP's snapshots draw it on a 0–10 bar (the "progress needed to achieve target" is the full bar,
 * regression is drawn to the left of zero). The rule "target reached or passed → 10" (no credit
 * beyond the target, so goal averages are not inflated by over-achievers) is the one applied in a
 * public R implementation of the ESCAP indices (UNICEF MENARO SDG trend analysis scripts, function
 * `CS`: `if current reached target return 10 else D·10·(I_cv − I0)/|TV − I0|`); ESCAP's own page
 * could not be read in full here, so that capping rule is cited from that implementation.
 * Regression is not floored: the snapshot shows it as a negative bar.
 *
 * The ECA/ESCAP snapshot also draws the share of the period elapsed (the "expected progress to date"
 * line: a bar reaching it has made the expected progress, iprt.uneca.org/eca-progress), which we
 * return as `expectedShare` so a reader can compare the two.
 */

import type { Direction } from '../plans/plan-model.ts';

/** ESCAP dashboards draw the index on 0–10. */
export const ESCAP_SCALE = 10;

export interface EscapInput {
  baseYear: number;
  baseValue: number;
  currentYear: number;
  currentValue: number;
  target: number;
  targetYear: number;
  direction: Direction;
}

export type EscapBand = 'achieved' | 'progress' | 'no_change' | 'regression' | 'undefined';

export interface EscapResult {
  /** D·(I_cur − I_0)/|TV − I_0|; null when the target equals the base value (no distance to cover). */
  index: number | null;
  /** index × 10: the 0–10 scale of the ESCAP snapshot, before capping. */
  scaled: number | null;
  /** scaled, with 10 whenever the target is reached (ESCAP cap); regression stays negative. */
  capped: number | null;
  targetAchieved: boolean;
  band: EscapBand;
  /** (t_cur − t_0)/(t_T − t_0): share of the period elapsed; null when t_T ≤ t_0. */
  expectedShare: number | null;
  inputs: EscapInput;
}

export function currentStatusIndex(input: EscapInput): EscapResult {
  const D = input.direction === 'higher' ? 1 : -1;
  const { baseValue: i0, currentValue: cur, target: tv } = input;
  const targetAchieved = D === 1 ? cur >= tv : cur <= tv;
  const span = input.targetYear - input.baseYear;
  const expectedShare = span > 0 ? (input.currentYear - input.baseYear) / span : null;
  const distance = Math.abs(tv - i0);
  if (distance === 0) {
    // The base already sat on the target: the index is undefined (division by zero). Reaching the
    // target still earns the cap; otherwise the value has moved away from a target once met.
    return {
      index: null,
      scaled: null,
      capped: targetAchieved ? ESCAP_SCALE : null,
      targetAchieved,
      band: targetAchieved ? 'achieved' : 'undefined',
      expectedShare,
      inputs: input,
    };
  }
  const index = (D * (cur - i0)) / distance;
  const scaled = ESCAP_SCALE * index;
  const band: EscapBand = targetAchieved
    ? 'achieved'
    : index > 0
      ? 'progress'
      : index === 0
        ? 'no_change'
        : 'regression';
  return {
    index,
    scaled,
    capped: targetAchieved ? ESCAP_SCALE : Math.min(scaled, ESCAP_SCALE),
    targetAchieved,
    band,
    expectedShare,
    inputs: input,
  };
}
