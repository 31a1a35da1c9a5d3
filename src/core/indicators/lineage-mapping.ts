/**
 * Carries values recorded for pre-reorganisation units onto the units that replaced them, through
 * the lineage (DESIGN.md, UnitLineage: "a time series … written for an old unit (e.g. Bắc Kạn, now
 * part of Thái Nguyên) carries over"). One indicator × one period per call.
 *
 * Rules:
 * - A predecessor with a single `full` link moves its whole value to that successor (share 1).
 * - A predecessor with several links (a commune split between new communes), or whose only link is
 *   `partial`, is split: each link gets weight / Σ weights of that predecessor's links, where weights
 *   come from the caller (area or population of the piece, say). When a weight is missing, negative
 *   or not finite for any link of the predecessor, or they sum to 0, all its links get equal shares
 *   instead: without a measure of the pieces, an even split is the least arbitrary guess, and the
 *   result says so (`basis: 'equal'`). Normalising per predecessor conserves the total: the parts
 *   add back up to the predecessor's value. Every successor that received a split part is
 *   `estimated: true` (plan-model.ts Observation.estimated).
 * - `sum` values add up over a successor's predecessors.
 * - `ratio` values map numerator and denominator separately, then the share is recomputed as
 *   scale·Σnum/Σden: the new unit's % is a ratio of sums, never a mean of the old units' % (DESIGN.md,
 *   Indicator). Splitting both parts by the same share assumes the share is even over the territory,
 *   which is why a split is flagged as an estimate.
 * - `none` values (speeds, ranks, delivery days) are not additive: the speed of a merged unit is not
 *   the sum of its parts, and their mean would need weights the figure does not carry (the old units'
 *   subscribers, tests, …). So they pass only along a one-to-one `full` link (the same territory under
 *   a new code); a merge or a split is returned as not mappable, with the reason. A ratio recorded
 *   without its numerator and denominator is in the same position and follows the same rule.
 *
 * Missing is not zero: a successor whose predecessors did not all report lists them in `missing`, so
 * a partial sum is never mistaken for the whole.
 */
import type { Indicator } from '../plans/plan-model.ts';
import type { UnitLevel, UnitLineageRecord } from '../units/admin-unit.ts';

export type MappingIndicator = Pick<Indicator, 'code' | 'aggregation' | 'scale'>;

/** A value recorded for an old unit. For ratios, numerator and denominator are what gets mapped. */
export interface SourceValue {
  code: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** Already an estimate upstream: the flag carries over. */
  estimated?: boolean;
}

/** How much of one predecessor's value went into a successor, and on what basis. */
export interface MappedPart {
  from: string;
  share: number;
  basis: 'whole' | 'weight' | 'equal';
}

export interface MappedValue {
  /** Successor (current) unit code. */
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** True when any part came from a split (or an input was already estimated). */
  estimated: boolean;
  parts: MappedPart[];
  /** Predecessors linked to this unit that had no value: non-empty means a partial figure. */
  missing: string[];
}

export type NotMappableReason =
  /** A non-additive value from several predecessors: it cannot be added or averaged. */
  | 'non_additive_merge'
  /** A non-additive value of a predecessor split between several units: it cannot be divided. */
  | 'non_additive_split'
  /** A ratio recorded as a bare % without numerator and denominator, merged or split. */
  | 'ratio_without_parts';

export interface NotMappable {
  code: string;
  reason: NotMappableReason;
  /** Predecessors whose values reached this unit. */
  sources: string[];
}

export interface LineageMappingResult {
  mapped: MappedValue[];
  notMappable: NotMappable[];
  /** Codes of source values without any lineage link (unchanged units, or codes the lineage lacks). */
  unlinked: string[];
}

export interface LineageMappingOptions {
  /** Weight of a link (area or population of the piece); null/undefined when unknown. */
  weight?: (link: UnitLineageRecord) => number | null | undefined;
  /** Use only links whose predecessor is at this level (values are recorded for one level). */
  level?: UnitLevel;
}

/** One link's share of its predecessor's value. */
export interface SplitShare {
  to: string;
  part: MappedPart;
}

interface Accumulator {
  value: number;
  numerator: number;
  denominator: number;
  estimated: boolean;
  parts: MappedPart[];
  /** Set when a non-additive value reached the unit: its reason, or null when it passes as is. */
  blocked: NotMappableReason | null;
  passThrough: number | null;
}

/** Maps one indicator × period from old units to their successors. Pure. */
export function mapThroughLineage(
  indicator: MappingIndicator,
  values: readonly SourceValue[],
  lineage: readonly UnitLineageRecord[],
  options: LineageMappingOptions = {},
): LineageMappingResult {
  const byPredecessor = new Map<string, UnitLineageRecord[]>();
  const predecessorsOf = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const link of lineage) {
    if (options.level !== undefined && link.predecessor.level !== options.level) continue;
    const from = link.predecessor.code;
    const to = link.successor.code;
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) continue; // a repeated record must not move the value twice
    seen.add(key);
    push(byPredecessor, from, link);
    push(predecessorsOf, to, from);
  }

  const accumulators = new Map<string, Accumulator>();
  const unlinked: string[] = [];
  const reported = new Set<string>();
  const given = new Set<string>();
  for (const source of values) {
    // Two values for one unit × indicator × period would both be moved: a caller fault, not a sum.
    if (given.has(source.code))
      throw new RangeError(`mapThroughLineage: two values for unit "${source.code}"`);
    given.add(source.code);
    const links = byPredecessor.get(source.code);
    if (links === undefined) {
      unlinked.push(source.code);
      continue;
    }
    const additive = additiveParts(indicator, source);
    // A `none` value, or a ratio recorded as a bare %: it can only pass through unchanged.
    const bare = additive === null ? source.value : null;
    if (additive === null && bare === null) continue; // no number at all: missing, reported as such
    reported.add(source.code);
    for (const { to, part } of splitShares(links, options)) {
      const acc = accumulators.get(to) ?? newAccumulator();
      accumulators.set(to, acc);
      acc.parts.push(part);
      if (part.basis !== 'whole' || source.estimated === true) acc.estimated = true;
      if (additive !== null) {
        acc.value += part.share * additive.value;
        acc.numerator += part.share * additive.numerator;
        acc.denominator += part.share * additive.denominator;
        continue;
      }
      // Non-additive: only a one-to-one `full` link (same territory, new code) keeps the value.
      const oneToOne = part.basis === 'whole' && (predecessorsOf.get(to)?.length ?? 0) === 1;
      if (oneToOne) acc.passThrough = bare;
      else if (indicator.aggregation === 'ratio') acc.blocked = 'ratio_without_parts';
      else acc.blocked = part.basis === 'whole' ? 'non_additive_merge' : 'non_additive_split';
    }
  }

  const mapped: MappedValue[] = [];
  const notMappable: NotMappable[] = [];
  for (const code of [...accumulators.keys()].sort()) {
    const acc = accumulators.get(code) as Accumulator;
    const sources = acc.parts.map((p) => p.from);
    const missing = (predecessorsOf.get(code) ?? []).filter((p) => !reported.has(p));
    if (acc.blocked !== null) {
      notMappable.push({ code, reason: acc.blocked, sources });
      continue;
    }
    mapped.push({ code, ...finish(indicator, acc), estimated: acc.estimated, parts: acc.parts, missing });
  }
  return { mapped, notMappable, unlinked };
}

/** The parts of a source that add up, or null when it has none (a `none` value, a bare ratio). */
function additiveParts(
  indicator: MappingIndicator,
  source: SourceValue,
): { value: number; numerator: number; denominator: number } | null {
  if (indicator.aggregation === 'sum')
    return source.value === null ? null : { value: source.value, numerator: 0, denominator: 0 };
  if (indicator.aggregation === 'ratio') {
    const { numerator, denominator } = source;
    if (numerator === null || numerator === undefined || denominator === null || denominator === undefined)
      return null;
    return { value: 0, numerator, denominator };
  }
  return null;
}

/** The share of a predecessor's value each of its links carries (see the module comment). */
export function splitShares(
  links: readonly UnitLineageRecord[],
  options: LineageMappingOptions = {},
): SplitShare[] {
  const [only] = links;
  if (links.length === 1 && only !== undefined && only.kind === 'full')
    return [{ to: only.successor.code, part: { from: only.predecessor.code, share: 1, basis: 'whole' } }];
  const weights = links.map((link) => options.weight?.(link));
  const usable = weights.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0);
  const total = usable ? weights.reduce<number>((s, w) => s + (w ?? 0), 0) : 0;
  return links.map((link, k) => ({
    to: link.successor.code,
    part: {
      from: link.predecessor.code,
      share: total > 0 ? (weights[k] ?? 0) / total : 1 / links.length,
      basis: total > 0 ? 'weight' : 'equal',
    },
  }));
}

function finish(
  indicator: MappingIndicator,
  acc: Accumulator,
): { value: number | null; numerator: number | null; denominator: number | null } {
  if (acc.passThrough !== null) return { value: acc.passThrough, numerator: null, denominator: null };
  if (indicator.aggregation === 'ratio') {
    // Σden = 0: the share is undefined; null, never NaN.
    const value = acc.denominator === 0 ? null : (indicator.scale * acc.numerator) / acc.denominator;
    return { value, numerator: acc.numerator, denominator: acc.denominator };
  }
  return { value: acc.value, numerator: null, denominator: null };
}

function newAccumulator(): Accumulator {
  return {
    value: 0,
    numerator: 0,
    denominator: 0,
    estimated: false,
    parts: [],
    blocked: null,
    passThrough: null,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
