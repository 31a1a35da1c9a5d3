import { TECHNOLOGIES } from '../assets/asset-model.ts';
import { metresToHaversineTerm } from '../geo/sphere.ts';

/** Technologies per site, in TECHNOLOGIES order (2G, 3G, 4G, 5G). */
export const TECH_COUNT = TECHNOLOGIES.length;

/** Sites as columns: `radiusM[4·s + t]` is site s's radius for technology t (0 = none). */
export interface SiteColumns {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  radiusM: ArrayLike<number>;
  /** Operator index (into the caller's operator list). */
  operator: ArrayLike<number>;
}

export interface PlainSite {
  lon: number;
  lat: number;
  /** Four radii in TECHNOLOGIES order; 0 = no such technology. */
  radiusM: ArrayLike<number>;
  operator: number;
}

export type SiteInput = SiteColumns | readonly PlainSite[];

export function siteColumns(input: SiteInput): SiteColumns {
  if (!Array.isArray(input)) return input as SiteColumns;
  const sites = input as readonly PlainSite[];
  const n = sites.length;
  const columns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    radiusM: new Float64Array(n * TECH_COUNT),
    operator: new Int32Array(n),
  };
  sites.forEach((s, i) => {
    columns.lon[i] = s.lon;
    columns.lat[i] = s.lat;
    columns.operator[i] = s.operator;
    for (let t = 0; t < TECH_COUNT; t++) columns.radiusM[i * TECH_COUNT + t] = s.radiusM[t] ?? 0;
  });
  return columns;
}

/**
 * Relative slack on "haversine term ≤ that of the radius": a village exactly on the circle (to
 * floating-point rounding, ~10⁻¹⁵) counts as covered. 10⁻⁹ of h is 5·10⁻¹⁰ of the distance: 5 µm
 * at 10 km.
 */
export const EDGE_SLACK = 1e-9;

/** The radius of technology t of site s once the operator filter is applied (0 = none). */
export function effectiveRadius(c: SiteColumns, s: number, t: number, operators: ReadonlySet<number> | null) {
  if (s >= c.lon.length) return 0;
  if (operators !== null && !operators.has(c.operator[s] as number)) return 0;
  const r = c.radiusM[s * TECH_COUNT + t] as number;
  return r > 0 ? r : 0;
}

export function maxEffectiveRadius(c: SiteColumns, s: number, operators: ReadonlySet<number> | null) {
  let m = 0;
  for (let t = 0; t < TECH_COUNT; t++) m = Math.max(m, effectiveRadius(c, s, t, operators));
  return m;
}

/** h threshold of a radius, with EDGE_SLACK. */
export const thresholdOf = (metres: number) => metresToHaversineTerm(metres) * (1 + EDGE_SLACK);

/** Half-width of the boxes that must hold every point within `metres` (with the slack). */
export const boxRadius = (metres: number) => metres * (1 + EDGE_SLACK) + 1e-3;
