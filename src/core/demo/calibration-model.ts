import type {
  DataCentre,
  FixedBroadbandAvailability,
  ItPark,
  MobileSite,
  NetworkConnection,
  PostalFacility,
  Village,
} from '../assets/asset-model.ts';
import type { PreparedCommune } from './commune.ts';
import type { DemoParameters } from './parameters.ts';
import type { PlacementStats } from './sites.ts';

/**
 * Produced counts against the published figures they are calibrated to. `target` is the published
 * figure (national, or for an anchor area); `expected` is what this input should produce under the
 * model: the target × the input's share of the country × `scale` (null when not comparable, e.g.
 * fibre share on a partial input). Tolerance is relative for counts (at least 2.5 Poisson standard
 * deviations, 2.5/√expected) and in percentage points for units `%`.
 */
export type Range = { min: number; max: number };

export interface CalibrationRow {
  key: string;
  label: string;
  /** `input`, or the id of an anchor area (e.g. `bac-kan-06`). */
  scope: string;
  unit: 'count' | 'people' | 'households' | 'MW' | '%' | 'ratio';
  target: number | Range;
  expected: number | Range | null;
  produced: number;
  tolerance: number | null;
  withinTolerance: boolean | null;
  source: string;
}

export interface CalibrationReport {
  seed: number;
  scale: number;
  communes: number;
  /** The input's share of the national population under the model (1 = the whole country). */
  populationShare: number;
  placement: PlacementStats;
  rows: CalibrationRow[];
}

export interface CalibrationContext {
  seed: number;
  scale: number;
  params: DemoParameters;
  communes: readonly PreparedCommune[];
  stats: PlacementStats;
  villages: readonly Village[];
  remoteVillageCodes: readonly string[];
  mobileSites: readonly MobileSite[];
  fixedBroadband: readonly FixedBroadbandAvailability[];
  dataCentres: readonly DataCentre[];
  itParks: readonly ItPark[];
  postalFacilities: readonly PostalFacility[];
  networkConnections: readonly NetworkConnection[];
}

export const has = (s: MobileSite, tech: '4G' | '5G'): boolean =>
  s.status === 'operating' && s.carriers.some((c) => c.technology === tech);
export const pct = (part: number, whole: number): number => (whole > 0 ? (100 * part) / whole : 0);
export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * A row with its tolerance: `rel` (relative for counts, points for `%`/`ratio`), widened to 2.5
 * standard deviations of the random draw — Poisson for counts (× `dispersion` for clustered draws
 * such as remote pockets), binomial over `n` trials for percentages.
 */
export function row(
  r: Omit<CalibrationRow, 'tolerance' | 'withinTolerance' | 'produced' | 'expected'> & {
    produced: number;
    expected: number | Range | null;
    rel?: number;
    dispersion?: number;
    n?: number;
  },
): CalibrationRow {
  const { rel = 0.03, dispersion = 1, n, ...rest } = r;
  const expected =
    typeof r.expected === 'number' ? round(r.expected, r.unit === 'ratio' ? 4 : 2) : r.expected;
  let tolerance: number | null = null;
  let within: boolean | null = null;
  if (typeof expected === 'number') {
    const isPct = r.unit === '%' || r.unit === 'ratio';
    const p = Math.min(Math.max(expected / 100, 0), 1);
    const binomial = isPct && n !== undefined && n > 0 ? 250 * Math.sqrt((p * (1 - p)) / n) : 0;
    const poisson = 2.5 * Math.sqrt(dispersion / Math.max(expected, 1));
    tolerance = round(isPct ? Math.max(rel, binomial) : Math.max(rel, poisson), 4);
    within = isPct
      ? Math.abs(r.produced - expected) <= tolerance
      : Math.abs(r.produced - expected) <= tolerance * Math.max(expected, 1);
  } else if (expected !== null) {
    within = r.produced >= expected.min && r.produced <= expected.max;
  }
  return { ...rest, expected, produced: round(r.produced, 4), tolerance, withinTolerance: within };
}
