import { parsePeriod, periodEndYear } from '../../../src/core/periods/period.ts';

// Scales and axes for the SVG charts. Periods sit on the same year axis the server's progress methods
// use (src/core/periods/period.ts: a period at its end, 2025 → 2025.0, 2025-Q2 → 2024.5), so a chart's
// points, its target line and the server's projection line up.

export type Domain = readonly [number, number];

/** A linear map from `domain` to `range`; a zero-width domain maps everything to the range's middle. */
export function linearScale(domain: Domain, range: Domain): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** The step of about `count` ticks over a span: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The domain widened to whole steps, and its ticks (each a multiple of the step). */
export function niceAxis(domain: Domain, count = 4): { domain: Domain; ticks: number[] } {
  let [lo, hi] = domain;
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.1;
  const step = niceStep(hi - lo, count);
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's decimals so 0.1 + 0.2 shows as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return { domain: [start, end], ticks };
}

/**
 * The value range a chart shows: zero always in view for non-negative data (a bar from 80 to 90 should
 * not look like 0 to 100), and 0–100 for percentages that stay within it.
 */
export function valueDomain(values: readonly number[], unit: string): Domain {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return unit === '%' ? [0, 100] : [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo > 0) lo = 0;
  if (unit === '%' && lo >= 0 && hi <= 100) hi = 100;
  if (hi === lo) hi = lo + 1;
  return [lo, hi];
}

/** Whole years from the first point to the deadline (at least one year wide). */
export function yearDomain(years: readonly number[]): Domain {
  const finite = years.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const lo = Math.floor(Math.min(...finite));
  const hi = Math.ceil(Math.max(...finite));
  return hi > lo ? [lo, hi] : [lo - 1, hi];
}

/** Year ticks: every year, or every 2nd/5th… so there are at most `max`. */
export function yearTicks(domain: Domain, max = 6): number[] {
  const [lo, hi] = domain;
  const span = hi - lo;
  const step = Math.max(1, Math.ceil(span / Math.max(1, max - 1)));
  const ticks: number[] = [];
  for (let y = Math.ceil(lo); y <= hi; y += step) ticks.push(y);
  return ticks;
}

/** A period's place on the year axis, or null for text that is not a period. */
export function periodYear(period: string): number | null {
  const parsed = parsePeriod(period);
  return parsed ? periodEndYear(parsed) : null;
}

/** A deadline's place: its year, as the server's evaluation counts it (2025-12-31 → 2025). */
export function deadlineYear(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The fields of a server projection (src/core/progress/projection.ts) a chart draws. */
export interface ProjectionLine {
  readonly slope: number;
  readonly intercept: number;
  readonly deadlineYear: number;
  readonly projectedValue: number;
  readonly bounds: { readonly lower: number | null; readonly upper: number | null } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Reads an evaluation's `projection` (typed unknown in the shared types): null when absent or odd. */
export function readProjection(value: unknown): ProjectionLine | null {
  if (!isRecord(value)) return null;
  const slope = num(value.slope);
  const intercept = num(value.intercept);
  const deadline = num(value.deadlineYear);
  const projected = num(value.projectedValue);
  if (slope === null || intercept === null || deadline === null || projected === null) return null;
  const b = value.bounds;
  const bounds = isRecord(b) ? { lower: num(b.lower), upper: num(b.upper) } : null;
  return { slope, intercept, deadlineYear: deadline, projectedValue: projected, bounds };
}

/**
 * The projection as a polyline from `fromYear` (the last observed point) to the deadline: the fitted
 * line, held within the natural bounds (a share cannot pass 100 %), with a corner where it meets one,
 * and ending at the server's projected value.
 */
export function projectionPoints(p: ProjectionLine, fromYear: number): { year: number; value: number }[] {
  if (!(p.deadlineYear > fromYear)) return [];
  const lower = p.bounds?.lower ?? -Infinity;
  const upper = p.bounds?.upper ?? Infinity;
  const clamp = (v: number) => Math.min(upper, Math.max(lower, v));
  const at = (year: number) => p.slope * year + p.intercept;
  const points = [{ year: fromYear, value: clamp(at(fromYear)) }];
  if (p.slope !== 0) {
    for (const bound of [lower, upper]) {
      if (!Number.isFinite(bound)) continue;
      const year = (bound - p.intercept) / p.slope;
      if (year > fromYear && year < p.deadlineYear) points.push({ year, value: bound });
    }
  }
  points.sort((a, b) => a.year - b.year);
  points.push({ year: p.deadlineYear, value: p.projectedValue });
  return points;
}
