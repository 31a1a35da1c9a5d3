/**
 * Rolls indicator values up an administrative hierarchy (DESIGN.md, Indicator: "a province's % is a
 * ratio of sums, never a mean of %"). The rule per aggregation (plan-model.ts `Aggregation`):
 * - `sum` (counts): a unit's value is the sum of its leaves' values.
 * - `ratio` (shares): numerators and denominators are summed separately and the value is
 *   scale·Σnum/Σden. A mean of the communes' percentages would weigh a commune of 50 households like
 *   one of 5,000; the ratio of sums is the share of the province's own households. A unit whose Σden
 *   is 0 has no defined share: its value is null, never NaN or Infinity passed on to a report.
 * - `none` (speeds, ranks, days): does not add up, so nothing is computed; a unit keeps only the
 *   value it was given.
 *
 * Missing is not zero. A leaf without a value contributes nothing, and each unit reports `coverage`,
 * the number of its subtree's leaves whose value is accounted for, against `tree.leafCount`; a caller
 * tells a partial sum (12 of 30 villages reported) from a complete one. When the caller gives a value
 * at a unit that also has descendants (a commune total next to its villages), the unit's own value
 * wins and covers all its leaves: adding both would count the same households twice.
 *
 * Every column is a Float64Array indexed like the tree (unit-tree.ts); NaN marks "no value" inside a
 * column because a typed array cannot hold null. Values leave through `valueAt`/`get` as null.
 */
import type { Aggregation, Indicator } from '../plans/plan-model.ts';
import type { UnitTree } from './unit-tree.ts';

/** What the roll-up needs to know about an indicator. */
export type RollupIndicator = Pick<Indicator, 'code' | 'aggregation' | 'scale'>;

/** One indicator × one period as given: columns indexed like the tree, NaN where missing. */
export interface LeafSeries {
  indicator: RollupIndicator;
  period: string;
  /** `sum`/`none`: the values. `ratio`: the numerators. */
  values: Float64Array;
  /** `ratio` only: the denominators. A ratio leaf counts only when both parts are present. */
  denominators?: Float64Array;
}

/** One unit's rolled-up figure, as plain data. */
export interface RolledValue {
  code: string;
  /** null: no leaf reported, a zero denominator, or a `none` indicator without a value of its own. */
  value: number | null;
  /** Σ numerators / Σ denominators for ratios (null otherwise or when no leaf reported). */
  numerator: number | null;
  denominator: number | null;
  /** Leaves accounted for; null for `none`, which aggregates nothing. */
  coverage: number | null;
  /** Leaves the unit has in the tree: coverage < leaves means a partial figure. */
  leaves: number;
}

export class RolledSeries {
  constructor(
    readonly tree: UnitTree,
    readonly indicatorCode: string,
    readonly aggregation: Aggregation,
    readonly period: string,
    /** Value per unit; NaN where the value is null. */
    readonly values: Float64Array,
    /** Σ numerators / Σ denominators per unit (ratios only); NaN where no leaf contributed. */
    readonly numerators: Float64Array | null,
    readonly denominators: Float64Array | null,
    /** Leaves accounted for per unit; null for `none`. */
    readonly coverage: Int32Array | null,
  ) {}

  /** The value at a tree index, null where there is none (NaN never leaves this module). */
  valueAt(index: number): number | null {
    const v = this.values[index];
    return v === undefined || Number.isNaN(v) ? null : v;
  }

  /** True when every leaf of the unit's subtree is accounted for (always false for `none`). */
  isComplete(index: number): boolean {
    const c = this.coverage?.[index];
    return c !== undefined && c === this.tree.leafCount[index];
  }

  /** The unit's figure by code, or null when the tree does not hold the code. */
  get(code: string): RolledValue | null {
    const i = this.tree.indexOf(code);
    if (i < 0) return null;
    const part = (column: Float64Array | null): number | null => {
      const v = column?.[i];
      return v === undefined || Number.isNaN(v) ? null : v;
    };
    return {
      code,
      value: this.valueAt(i),
      numerator: part(this.numerators),
      denominator: part(this.denominators),
      coverage: this.coverage?.[i] ?? null,
      leaves: this.tree.leafCount[i] ?? 0,
    };
  }
}

/** Rolls up one indicator × period. Pure; O(units) with one pass per column. */
export function rollupSeries(tree: UnitTree, series: LeafSeries): RolledSeries {
  const { indicator, period, values } = series;
  const n = tree.size;
  if (values.length !== n)
    throw new RangeError(`rollup ${indicator.code}: ${values.length} values for ${n} units`);
  const make = (
    v: Float64Array,
    num: Float64Array | null,
    den: Float64Array | null,
    cov: Int32Array | null,
  ) => new RolledSeries(tree, indicator.code, indicator.aggregation, period, v, num, den, cov);
  switch (indicator.aggregation) {
    case 'none':
      // Not additive: only a unit's own value is kept (copied so the caller's column stays theirs).
      return make(values.slice(), null, null, null);
    case 'sum': {
      const { sums, coverage } = sumUp(tree, values);
      return make(sums, null, null, coverage);
    }
    case 'ratio': {
      const den = series.denominators;
      if (den === undefined || den.length !== n)
        throw new RangeError(`rollup ${indicator.code}: a ratio needs one denominator per unit`);
      return ratioUp(tree, indicator.scale, values, den, make);
    }
  }
}

/** Rolls up every series given (all indicators × all periods). */
export function rollup(tree: UnitTree, series: readonly LeafSeries[]): RolledSeries[] {
  return series.map((s) => rollupSeries(tree, s));
}

function sumUp(tree: UnitTree, own: Float64Array): { sums: Float64Array; coverage: Int32Array } {
  const n = tree.size;
  const { parent, leafCount } = tree;
  const sums = new Float64Array(n);
  const coverage = new Int32Array(n);
  // Reverse topological order: a unit's children (higher indices) have all added into it already.
  for (let i = n - 1; i >= 0; i--) {
    const v = own[i] as number;
    if (!Number.isNaN(v)) {
      // Own value wins over descendants' (see the module comment): overwrite, do not add.
      sums[i] = v;
      coverage[i] = leafCount[i] as number;
    }
    const c = coverage[i] as number;
    const p = parent[i] as number;
    if (c !== 0 && p >= 0) {
      sums[p] = (sums[p] as number) + (sums[i] as number);
      coverage[p] = (coverage[p] as number) + c;
    }
  }
  // No leaf reported: the sum is unknown, not 0.
  for (let i = 0; i < n; i++) if (coverage[i] === 0) sums[i] = Number.NaN;
  return { sums, coverage };
}

function ratioUp(
  tree: UnitTree,
  scale: number,
  ownNum: Float64Array,
  ownDen: Float64Array,
  make: (v: Float64Array, num: Float64Array, den: Float64Array, cov: Int32Array) => RolledSeries,
): RolledSeries {
  const n = tree.size;
  const { parent, leafCount } = tree;
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const coverage = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const a = ownNum[i] as number;
    const b = ownDen[i] as number;
    // A share needs both parts: a numerator without its denominator cannot be weighed.
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      num[i] = a;
      den[i] = b;
      coverage[i] = leafCount[i] as number;
    }
    const c = coverage[i] as number;
    const p = parent[i] as number;
    if (c !== 0 && p >= 0) {
      // Numerator and denominator are summed separately: a ratio of sums, never a mean of %.
      num[p] = (num[p] as number) + (num[i] as number);
      den[p] = (den[p] as number) + (den[i] as number);
      coverage[p] = (coverage[p] as number) + c;
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = den[i] as number;
    if (coverage[i] === 0) {
      num[i] = Number.NaN;
      den[i] = Number.NaN;
      values[i] = Number.NaN;
    } else {
      // Σden = 0 (no households at all): the share is undefined, reported as null, not 0/0.
      values[i] = d === 0 ? Number.NaN : (scale * (num[i] as number)) / d;
    }
  }
  return make(values, num, den, coverage);
}

/** A value as a caller holds it, by unit code. */
export interface LeafRow {
  code: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * Builds a LeafSeries from rows keyed by code (for `ratio`, `numerator`/`denominator` are read; for
 * the others, `value`). Codes the tree does not hold are returned, not dropped silently.
 */
export function leafSeriesFromRows(
  tree: UnitTree,
  indicator: RollupIndicator,
  period: string,
  rows: Iterable<LeafRow>,
): { series: LeafSeries; unknownCodes: string[] } {
  const values = tree.column();
  const denominators = indicator.aggregation === 'ratio' ? tree.column() : undefined;
  const unknownCodes: string[] = [];
  for (const row of rows) {
    const i = tree.indexOf(row.code);
    if (i < 0) {
      unknownCodes.push(row.code);
      continue;
    }
    if (denominators === undefined) {
      values[i] = row.value ?? Number.NaN;
    } else {
      values[i] = row.numerator ?? Number.NaN;
      denominators[i] = row.denominator ?? Number.NaN;
    }
  }
  const series: LeafSeries = denominators
    ? { indicator, period, values, denominators }
    : { indicator, period, values };
  return { series, unknownCodes };
}
