/**
 * Comparing target values for the consistency check. A target value is read as the interval of
 * outcomes it commits to: `>= v` → [v, +∞), `<= v` → (−∞, v], `= v` → [v, v], `range a–b` → [a, b].
 * Strength is direction-aware: for higher-is-better indicators a target is as strong as its lower
 * bound (12–14 parks commits to 12), for lower-is-better ones as strong as its upper bound.
 */
import type { Direction, TargetValue } from './plan-model.ts';

/** Values closer than this are equal (targets are printed with at most a few decimals). */
const EPSILON = 1e-9;

export interface Bounds {
  min: number;
  max: number;
}

/** The outcomes a target value commits to. */
export function commitmentBounds(value: TargetValue): Bounds {
  switch (value.comparator) {
    case '>=':
      return { min: value.value, max: Number.POSITIVE_INFINITY };
    case '<=':
      return { min: Number.NEGATIVE_INFINITY, max: value.value };
    case '=':
      return { min: value.value, max: value.value };
    case 'range':
      return { min: value.min, max: value.max };
  }
}

/**
 * The figure a target plans, used when adding targets up: the printed number (`>= 3` plans 3) or
 * the range. Adding "at least" targets as open intervals would make every sum unbounded.
 */
export function plannedBounds(value: TargetValue): Bounds {
  return value.comparator === 'range'
    ? { min: value.min, max: value.max }
    : { min: value.value, max: value.value };
}

/**
 * Is `provincial` weaker than `national`? Higher-is-better: its lower bound is below the national
 * lower bound (`>= 95` against `>= 100`; `range 10–16` against `range 12–14`; any `<=` against a
 * `>=`). Lower-is-better: its upper bound is above the national upper bound.
 */
export function isWeaker(provincial: TargetValue, national: TargetValue, direction: Direction): boolean {
  const p = commitmentBounds(provincial);
  const n = commitmentBounds(national);
  return direction === 'higher' ? p.min < n.min - EPSILON : p.max > n.max + EPSILON;
}

/** Sum of planned figures as an interval. */
export function sumPlanned(values: readonly TargetValue[]): Bounds {
  let min = 0;
  let max = 0;
  for (const value of values) {
    const b = plannedBounds(value);
    min += b.min;
    max += b.max;
  }
  return { min, max };
}

/**
 * Where a planned sum lies against the national commitment: inside (null), entirely `above` or
 * `below` it, or `partly` outside (a range of sums straddling a bound).
 */
export function sumSide(sum: Bounds, national: TargetValue): 'above' | 'below' | 'partly' | null {
  const n = commitmentBounds(national);
  if (sum.min > n.max + EPSILON) return 'above';
  if (sum.max < n.min - EPSILON) return 'below';
  if (sum.max > n.max + EPSILON || sum.min < n.min - EPSILON) return 'partly';
  return null;
}

/** Equivalence classes of indicator codes from pairs, taken transitively (union–find). */
export function equivalenceClasses(
  pairs: readonly (readonly [string, string])[],
): (code: string) => ReadonlySet<string> {
  const parent = new Map<string, string>();
  const find = (code: string): string => {
    let root = code;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) {
      root = next;
    }
    parent.set(code, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const classes = new Map<string, Set<string>>();
  for (const code of parent.keys()) {
    const root = find(code);
    const set = classes.get(root) ?? new Set<string>();
    set.add(code);
    classes.set(root, set);
  }
  return (code) => (parent.has(code) ? (classes.get(find(code)) ?? new Set([code])) : new Set([code]));
}

/** Calendar year of an ISO date. */
export function yearOf(date: string): number {
  return Number.parseInt(date.slice(0, 4), 10);
}
