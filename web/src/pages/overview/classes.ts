// Class breaks of the choropleth: quantiles (about as many units in each class, so the map shows where
// a province stands among the others even when most values crowd near 100 %), rounded for the legend.
// Colours are ColorBrewer's YlGnBu sequential scheme, rated colour-blind safe, light = low, dark = high.

/** YlGnBu by number of classes (ColorBrewer 2.0, Cynthia Brewer, Apache-2.0 licensed scheme). */
const YL_GN_BU: Readonly<Record<number, readonly string[]>> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
};

export const MAX_CLASSES = 5;

export { NO_DATA_COLOUR } from '../../map/colours.ts';

export interface Classes {
  /** Ascending lower bounds of classes 2…n: a value belongs to the class after the last bound ≤ it. */
  readonly thresholds: readonly number[];
  readonly colours: readonly string[];
  readonly min: number;
  readonly max: number;
}

/** Rounds to what the legend shows: whole numbers over a wide span, one decimal otherwise. */
function roundFor(span: number): (v: number) => number {
  const factor = span >= 20 ? 1 : 10;
  return (v) => Math.round(v * factor) / factor;
}

/** Quantile classes of the finite values (at most `k`, fewer when values repeat); null when none. */
export function classBreaks(values: readonly (number | null)[], k = MAX_CLASSES): Classes | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return null;
  const round = roundFor(max - min);
  const thresholds: number[] = [];
  const classes = Math.max(1, Math.min(k, MAX_CLASSES));
  for (let i = 1; i < classes; i++) {
    const at = sorted[Math.floor((i * sorted.length) / classes)];
    if (at === undefined) continue;
    const bound = round(at);
    // A bound at or below the minimum would leave its class empty; repeats merge classes.
    const previous = thresholds[thresholds.length - 1];
    if (bound > min && (previous === undefined || bound > previous)) thresholds.push(bound);
  }
  const colours = YL_GN_BU[thresholds.length + 1] ?? YL_GN_BU[MAX_CLASSES] ?? [];
  return { thresholds, colours, min, max };
}

/** The class index of a value (0-based), or null for no value. */
export function classify(value: number | null, classes: Classes): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  let index = 0;
  for (const t of classes.thresholds) if (value >= t) index++;
  return index;
}

/** The fill colour of a value. */
export function colourOf(value: number | null, classes: Classes | null): string | null {
  if (!classes) return null;
  const index = classify(value, classes);
  return index === null ? null : (classes.colours[index] ?? null);
}

/** One legend row: the class's bounds (`from` inclusive, `to` exclusive except the last) and count. */
export interface LegendClass {
  readonly colour: string;
  /** null: open below ("under `to`"). */
  readonly from: number | null;
  /** null: open above ("`from` and over"). */
  readonly to: number | null;
  readonly count: number;
}

export function legendClasses(values: readonly (number | null)[], classes: Classes): LegendClass[] {
  const counts = classes.colours.map(() => 0);
  for (const v of values) {
    const index = classify(v, classes);
    if (index !== null && index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
  }
  const n = classes.thresholds.length;
  if (n === 0) {
    return [{ colour: classes.colours[0] ?? '', from: classes.min, to: classes.max, count: counts[0] ?? 0 }];
  }
  return classes.colours.map((colour, i) => ({
    colour,
    from: i === 0 ? null : (classes.thresholds[i - 1] ?? null),
    to: i === n ? null : (classes.thresholds[i] ?? null),
    count: counts[i] ?? 0,
  }));
}
