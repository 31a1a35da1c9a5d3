import type { SeriesPoint } from '../api/types.ts';
import { periodYear } from './scale.ts';

// A unit's series as the progress and indicator answers give it, and what the charts need from it.

/** Where a figure came from (src/core/plans/plan-model.ts Provenance): `computation` = computed from
 * the inventory, which in this installation is the synthetic demo inventory. */
export interface ProvenanceRef {
  readonly kind: string;
}

export interface SeriesPointWithProvenance extends SeriesPoint {
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly provenance?: readonly ProvenanceRef[];
}

export interface ChartPoint {
  readonly period: string;
  readonly year: number;
  readonly value: number;
  readonly estimated: boolean;
}

/** Points placed on the year axis, in time order; periods the axis cannot place are left out. */
export function chartPoints(series: readonly SeriesPoint[]): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const p of series) {
    const year = periodYear(p.period);
    if (year === null || !Number.isFinite(p.value)) continue;
    points.push({ period: p.period, year, value: p.value, estimated: p.estimated });
  }
  return points.sort((a, b) => a.year - b.year);
}

/** The latest point (the current value), or null for an empty series. */
export function latestPoint<T extends SeriesPoint>(series: readonly T[]): T | null {
  let latest: T | null = null;
  let latestYear = -Infinity;
  for (const p of series) {
    const year = periodYear(p.period) ?? -Infinity;
    if (latest === null || year >= latestYear) {
      latest = p;
      latestYear = year;
    }
  }
  return latest;
}

/** Was this figure computed from the (synthetic) inventory rather than published or reported? */
export function isComputed(point: SeriesPointWithProvenance | null | undefined): boolean {
  return point?.provenance?.some((p) => p.kind === 'computation') ?? false;
}
