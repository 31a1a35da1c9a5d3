/**
 * The observations a progress evaluation reads: whole years on the axis of periods/period.ts (a
 * year's figure is the state at its end), values as published. Preparation is shared by every
 * method so they all see the same points.
 */

export interface SeriesPoint {
  year: number;
  value: number;
  /** True when the value was estimated (e.g. carried through a partial lineage link). */
  estimated?: boolean;
}

export interface PreparedSeries {
  /** Points with year ≤ asOfYear and a finite value, ascending by year. */
  points: SeriesPoint[];
  /** The target's baseline was added because the series had no value for its year. */
  baselineAdded: boolean;
  /** Points left out because they are later than asOfYear (the evaluation must not see the future). */
  droppedAfterAsOf: number;
  /** Points left out because the value is not a finite number (sdg-build drops NA values too). */
  droppedNonFinite: number;
  /** Years that occur more than once: sdg-build refuses such a series, and so do we. */
  duplicateYears: number[];
}

export function prepareSeries(
  series: readonly SeriesPoint[],
  asOfYear: number,
  baseline: { value: number; year: number } | null,
): PreparedSeries {
  let droppedAfterAsOf = 0;
  let droppedNonFinite = 0;
  const points: SeriesPoint[] = [];
  for (const point of series) {
    if (!Number.isFinite(point.value) || !Number.isFinite(point.year)) {
      droppedNonFinite++;
    } else if (point.year > asOfYear) {
      droppedAfterAsOf++;
    } else {
      points.push({ ...point });
    }
  }
  // The plan's baseline is an observation the plan itself publishes; it fills the series only where
  // the series is silent, so a measured value for that year always wins over the plan's figure.
  let baselineAdded = false;
  if (
    baseline !== null &&
    Number.isFinite(baseline.value) &&
    baseline.year <= asOfYear &&
    !points.some((p) => p.year === baseline.year)
  ) {
    points.push({ year: baseline.year, value: baseline.value });
    baselineAdded = true;
  }
  points.sort((a, b) => a.year - b.year);
  const duplicateYears: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const year = points[i]?.year;
    if (year !== undefined && year === points[i - 1]?.year && !duplicateYears.includes(year)) {
      duplicateYears.push(year);
    }
  }
  return { points, baselineAdded, droppedAfterAsOf, droppedNonFinite, duplicateYears };
}

/** `2025-12-31` → 2025. Deadlines are whole days; progress methods work on whole years. */
export function deadlineYear(deadline: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline.trim());
  return match ? Number(match[1]) : null;
}
