/**
 * One entry point for judging a target: picks the method (Open SDG ratio for point targets, the
 * range rule of range.ts for ranges), adds the ESCAP current status index and the projection to
 * the deadline, and explains the result in Vietnamese and English. Pure: no clock (the caller says
 * which year it evaluates as of), no I/O.
 *
 * Choices:
 * - The status is the Open SDG status (an achieved target overrides everything). The ESCAP index
 *   and the projection are reported beside it, never mixed into it, so each number stays the one
 *   its method defines.
 * - Direction: `>=` means higher is better and `<=` lower is better whatever the indicator says (a
 *   plan may cap a "higher is better" figure); `=` and ranges follow the indicator's direction.
 * - Base year: options.baseYear, else the target's baseline year (the year the plan measures from),
 *   else sdg-build's default 2015; Open SDG then moves it to the first later year with data.
 * - Target year: the deadline's year (`2025-12-31` → 2025).
 * - The natural limit is not passed to the Open SDG ratio: sdg-build ignores it when there is a target
 *   (every target here has one); it clamps the projection instead.
 */

import type { Comparator, Direction, Indicator, Target, TargetValue } from '../plans/plan-model.ts';
import { currentStatusIndex, type EscapResult } from './escap.ts';
import {
  escapSentence,
  inputSentences,
  join,
  noteSentences,
  openSdgSentence,
  projectionSentence,
  rangeSentence,
  statusSentence,
  when,
} from './explain.ts';
import { evaluateOpenSdg, OPEN_SDG_DEFAULT_BASE_YEAR, type OpenSdgResult } from './open-sdg.ts';
import { type ProjectionResult, type ProjectionWeighting, projectToDeadline } from './projection.ts';
import { assessRange, type RangeAssessment } from './range.ts';
import { deadlineYear, prepareSeries, type SeriesPoint } from './series.ts';
import type { Bilingual, ProgressStatus, ProgressThresholds } from './status.ts';

export interface EvaluateTargetOptions {
  /** Base year for the Open SDG and ESCAP measures (default: the baseline's year, else 2015). */
  baseYear?: number;
  /** Cut-offs for the Open SDG ratio (default 0.95 / 0.6 / 0). */
  thresholds?: Partial<ProgressThresholds>;
  /** Weights of the projection (default ESCAP time weights). */
  projectionWeighting?: ProjectionWeighting;
  /** Floor the projection at 0 (default: counts, and shares in % whose values are all ≥ 0). */
  nonNegative?: boolean;
}

export interface EvaluateTargetInput {
  indicator: Pick<Indicator, 'direction' | 'naturalLimit' | 'unit'>;
  target: Pick<Target, 'value' | 'deadline' | 'baseline'>;
  series: readonly SeriesPoint[];
  asOfYear: number;
  options?: EvaluateTargetOptions;
}

export type EvaluationMethod = 'open_sdg' | 'range';

/** Why the status is what it is, in one code (the explanation says it in words). */
export type EvaluationReason =
  | 'open_sdg'
  | 'range_within'
  | 'range_overshoot'
  | 'range_towards_bound'
  | 'invalid_deadline'
  | 'invalid_range'
  | 'duplicate_years'
  | 'no_data';

export interface EvaluationInputs {
  indicatorDirection: Direction;
  /** Direction the target asks for (see the module comment). */
  direction: Direction;
  comparator: Comparator | 'range';
  target: TargetValue;
  /** Point value the measures were computed against (target value or range bound); null if none. */
  evaluatedAgainst: number | null;
  deadline: string;
  deadlineYear: number | null;
  asOfYear: number;
  baseYear: number;
  naturalLimit: number | null;
  unit: string;
  /** The points every measure saw: year ≤ asOfYear, finite, with the baseline added if missing. */
  points: SeriesPoint[];
  /** The target's baseline, and whether it was added as a point (the series lacked its year). */
  baseline: { value: number; year: number } | null;
  baselineAdded: boolean;
  droppedAfterAsOf: number;
  droppedNonFinite: number;
}

export interface TargetEvaluation {
  status: ProgressStatus;
  method: EvaluationMethod;
  reason: EvaluationReason;
  openSdg?: OpenSdgResult;
  escap?: EscapResult;
  projection?: ProjectionResult;
  range?: RangeAssessment;
  explanation: Bilingual;
  inputs: EvaluationInputs;
}

export function evaluateTarget(input: EvaluateTargetInput): TargetEvaluation {
  const { indicator, target, asOfYear } = input;
  const options = input.options ?? {};
  const tv = target.value;
  const direction: Direction =
    tv.comparator === '>=' ? 'higher' : tv.comparator === '<=' ? 'lower' : indicator.direction;
  const prepared = prepareSeries(input.series, asOfYear, target.baseline);
  const dlYear = deadlineYear(target.deadline);
  const inputs: EvaluationInputs = {
    indicatorDirection: indicator.direction,
    direction,
    comparator: tv.comparator,
    target: tv,
    evaluatedAgainst: tv.comparator === 'range' ? null : tv.value,
    deadline: target.deadline,
    deadlineYear: dlYear,
    asOfYear,
    baseYear: options.baseYear ?? target.baseline?.year ?? OPEN_SDG_DEFAULT_BASE_YEAR,
    naturalLimit: indicator.naturalLimit,
    unit: indicator.unit,
    points: prepared.points,
    baseline: target.baseline,
    baselineAdded: prepared.baselineAdded,
    droppedAfterAsOf: prepared.droppedAfterAsOf,
    droppedNonFinite: prepared.droppedNonFinite,
  };
  const method: EvaluationMethod = tv.comparator === 'range' ? 'range' : 'open_sdg';
  const stop = (reason: EvaluationReason, why: Bilingual): TargetEvaluation => ({
    status: 'insufficient_data',
    method,
    reason,
    explanation: join([statusSentence('insufficient_data'), why]),
    inputs,
  });
  if (dlYear === null) {
    return stop('invalid_deadline', {
      vi: `Hạn "${target.deadline}" không phải ngày ISO.`,
      en: `Deadline "${target.deadline}" is not an ISO date.`,
    });
  }
  if (prepared.duplicateYears.length > 0) {
    const years = prepared.duplicateYears.join(', ');
    return stop('duplicate_years', {
      vi: `Có nhiều giá trị cho cùng năm (${years}).`,
      en: `More than one value for the same year (${years}).`,
    });
  }
  const current = prepared.points.at(-1);
  if (current === undefined) {
    return stop('no_data', {
      vi: `Không có số liệu đến ${when(asOfYear, 'vi')}.`,
      en: `No data up to ${when(asOfYear, 'en')}.`,
    });
  }

  const context = { points: prepared.points, direction, dlYear, inputs, options, indicator };
  if (tv.comparator !== 'range') return judgePoint(context, tv.value, 'open_sdg', method, null);

  const range = assessRange(current.value, tv, direction);
  if (range === null) {
    return stop('invalid_range', {
      vi: `Khoảng mục tiêu ${tv.min}–${tv.max} không hợp lệ.`,
      en: `Target range ${tv.min}–${tv.max} is not a range.`,
    });
  }
  if (range.chaseBound !== null)
    return judgePoint(context, range.chaseBound, 'range_towards_bound', method, range);
  // Achieved (within, or past the far bound): the projection still shows whether the value is heading
  // out of the range, against the bound the plan requires at least (min when higher is better).
  const floorBound = direction === 'higher' ? range.min : range.max;
  inputs.evaluatedAgainst = floorBound;
  const projection = project(context, floorBound);
  const evaluation: TargetEvaluation = {
    status: 'achieved',
    method,
    reason: range.overshoot ? 'range_overshoot' : 'range_within',
    range,
    explanation: join([statusSentence('achieved'), rangeSentence(range), ...inputSentences(inputs, dlYear)]),
    inputs,
  };
  if (projection !== null) {
    evaluation.projection = projection;
    evaluation.explanation = join([evaluation.explanation, projectionSentence(projection)]);
  }
  return evaluation;
}

interface Context {
  points: SeriesPoint[];
  direction: Direction;
  dlYear: number;
  inputs: EvaluationInputs;
  options: EvaluateTargetOptions;
  indicator: EvaluateTargetInput['indicator'];
}

/** The point-target machinery: Open SDG status, ESCAP index and projection against `value`. */
function judgePoint(
  ctx: Context,
  value: number,
  reason: EvaluationReason,
  method: EvaluationMethod,
  range: RangeAssessment | null,
): TargetEvaluation {
  ctx.inputs.evaluatedAgainst = value;
  const openSdg = evaluateOpenSdg({
    series: ctx.points,
    direction: ctx.direction,
    baseYear: ctx.inputs.baseYear,
    target: value,
    targetYear: ctx.dlYear,
    limit: null,
    ...(ctx.options.thresholds ? { thresholds: ctx.options.thresholds } : {}),
  });
  const parts: Bilingual[] = [statusSentence(openSdg.status)];
  if (range !== null) parts.push(rangeSentence(range));
  parts.push(openSdgSentence(openSdg), ...noteSentences(openSdg.notes));
  const evaluation: TargetEvaluation = {
    status: openSdg.status,
    method,
    reason,
    openSdg,
    explanation: { vi: '', en: '' },
    inputs: ctx.inputs,
  };
  if (range !== null) evaluation.range = range;
  // ESCAP reads the raw base value (the 0.001 substitution is an artefact of the growth rate).
  const base = ctx.points.find((p) => p.year === openSdg.baseYear);
  const current = ctx.points.at(-1);
  if (base !== undefined && current !== undefined && current.year > base.year) {
    const escap = currentStatusIndex({
      baseYear: base.year,
      baseValue: base.value,
      currentYear: current.year,
      currentValue: current.value,
      target: value,
      targetYear: ctx.dlYear,
      direction: ctx.direction,
    });
    evaluation.escap = escap;
    parts.push(escapSentence(escap));
  }
  const projection = project(ctx, value);
  if (projection !== null) {
    evaluation.projection = projection;
    parts.push(projectionSentence(projection));
  }
  parts.push(...inputSentences(ctx.inputs, ctx.dlYear));
  evaluation.explanation = join(parts);
  return evaluation;
}

function project(ctx: Context, target: number): ProjectionResult | null {
  const shareOrCount = ctx.indicator.unit === 'count' || ctx.indicator.unit === '%';
  const nonNegative = ctx.options.nonNegative ?? (shareOrCount && ctx.points.every((p) => p.value >= 0));
  return projectToDeadline({
    series: ctx.points,
    deadlineYear: ctx.dlYear,
    target,
    direction: ctx.direction,
    naturalLimit: ctx.indicator.naturalLimit,
    nonNegative,
    ...(ctx.options.projectionWeighting ? { weighting: ctx.options.projectionWeighting } : {}),
  });
}
