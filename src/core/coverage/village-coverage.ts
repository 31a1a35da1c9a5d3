import type Flatbush from 'flatbush';
import { TECHNOLOGIES, type Technology } from '../assets/asset-model.ts';
import { mortonOrder } from '../geo/morton.ts';
import { unitVector } from '../geo/sphere.ts';
import { type CoverageArrays, evaluateVillages, type PreparedVillages } from './evaluator.ts';
import { PreparedSites } from './prepared-sites.ts';
import { type SiteInput, siteColumns, TECH_COUNT } from './site-set.ts';

export type { CoverageArrays, PreparedVillages } from './evaluator.ts';

/**
 * Which villages each technology covers, given sites with a radius per technology: a village is
 * covered by technology t when some site offering t lies within that site's t-radius of it
 * (great-circle distance on the IUGG mean sphere, see geo/sphere.ts; the circle's edge counts).
 *
 * Algorithm: one flatbush R-tree over the bounding box of each site's largest radius; villages
 * query it (in Z-order, a small batch of neighbours per query, see evaluator.ts), and every
 * candidate is checked exactly per technology by its haversine term h = |v − s|² / 4 of unit
 * vectors against sin²(r / 2R). Villages whose technology t is not covered then get their nearest
 * t-site from a per-technology point index (see PreparedSites).
 */

export interface VillageColumns {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  population: ArrayLike<number>;
}

export interface PlainVillage {
  lon: number;
  lat: number;
  population: number;
}

export type VillageInput = VillageColumns | readonly PlainVillage[];

export interface CoverageOptions {
  /** Only sites of these operator indices count (e.g. one operator's coverage); default all. */
  operators?: readonly number[];
  /** Find the nearest site of every uncovered village × technology (default true). */
  nearest?: boolean;
}

export interface Tally {
  villages: number;
  population: number;
}

export interface CoverageResult {
  villageCount: number;
  siteCount: number;
  /** Per village, bit t set when technology TECHNOLOGIES[t] covers it. */
  covered: Uint8Array;
  /**
   * Per village × technology (index 4·v + t): when covered, the nearest of the sites covering it
   * (its serving site by distance); when not, the nearest site offering t anywhere (the gap to
   * close), or −1 when no site offers t (or `nearest: false`). Ties go to the lower site index.
   */
  nearestSite: Int32Array;
  /** Distance in metres to `nearestSite` (Infinity when −1). */
  nearestDistanceM: Float64Array;
  /** The haversine term of that distance, kept so an incremental update compares exactly. */
  nearestH: Float64Array;
  byTechnology: Record<Technology, Tally>;
  /** Villages covered by at least one technology. */
  anyTechnology: Tally;
  totalPopulation: number;
  /** Site candidates examined (work done), for benchmarks. */
  candidatesChecked: number;
  options: { operators: readonly number[] | null; nearest: boolean };
}

/** What a result was computed with, kept so an incremental update can reuse it. */
export interface EngineState {
  sites: PreparedSites;
  villages: PreparedVillages;
  /** Point index of the villages, built by the first incremental update. */
  villageIndex?: Flatbush;
}

const engines = new WeakMap<CoverageResult, EngineState>();

export function rememberEngine(result: CoverageResult, state: EngineState): void {
  engines.set(result, state);
}

export function engineOf(result: CoverageResult): EngineState | undefined {
  return engines.get(result);
}

/** Whether prepared villages still hold exactly the positions and people of `input`. */
export function sameVillages(prepared: PreparedVillages, input: VillageInput): boolean {
  const plain = Array.isArray(input) ? (input as readonly PlainVillage[]) : null;
  const columns = plain === null ? (input as VillageColumns) : null;
  if ((plain?.length ?? columns?.lon.length) !== prepared.count) return false;
  for (let i = 0; i < prepared.count; i++) {
    const p = plain?.[i];
    if (
      (p?.lon ?? columns?.lon[i]) !== prepared.lon[i] ||
      (p?.lat ?? columns?.lat[i]) !== prepared.lat[i] ||
      (p?.population ?? columns?.population[i]) !== prepared.population[i]
    )
      return false;
  }
  return true;
}

export function prepareVillages(input: VillageInput): PreparedVillages {
  const plain = Array.isArray(input) ? (input as readonly PlainVillage[]) : null;
  const columns = plain === null ? (input as VillageColumns) : null;
  const n = plain?.length ?? columns?.lon.length ?? 0;
  const v: PreparedVillages = {
    count: n,
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
    population: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = plain?.[i];
    const lon = p?.lon ?? (columns?.lon[i] as number);
    const lat = p?.lat ?? (columns?.lat[i] as number);
    const [x, y, z] = unitVector(lon, lat);
    v.lon[i] = lon;
    v.lat[i] = lat;
    v.x[i] = x;
    v.y[i] = y;
    v.z[i] = z;
    v.population[i] = p?.population ?? (columns?.population[i] as number);
  }
  return v;
}

/** Village- and population-weighted counts of covered villages per technology and for any. */
export function tally(
  covered: Uint8Array,
  population: Float64Array,
): Pick<CoverageResult, 'byTechnology' | 'anyTechnology' | 'totalPopulation'> {
  const villages = new Float64Array(TECH_COUNT);
  const people = new Float64Array(TECH_COUNT);
  let anyVillages = 0;
  let anyPeople = 0;
  let total = 0;
  for (let v = 0; v < covered.length; v++) {
    const bits = covered[v] as number;
    const p = population[v] as number;
    total += p;
    if (bits === 0) continue;
    anyVillages++;
    anyPeople += p;
    for (let t = 0; t < TECH_COUNT; t++) {
      if ((bits & (1 << t)) === 0) continue;
      villages[t] = (villages[t] as number) + 1;
      people[t] = (people[t] as number) + p;
    }
  }
  const byTechnology = {} as Record<Technology, Tally>;
  TECHNOLOGIES.forEach((tech, t) => {
    byTechnology[tech] = { villages: villages[t] as number, population: people[t] as number };
  });
  return {
    byTechnology,
    anyTechnology: { villages: anyVillages, population: anyPeople },
    totalPopulation: total,
  };
}

export function operatorSet(operators: readonly number[] | null): ReadonlySet<number> | null {
  return operators === null ? null : new Set(operators);
}

/** Coverage of every village by every technology (see the module comment). */
export function coverageOfVillages(
  villageInput: VillageInput,
  siteInput: SiteInput,
  options: CoverageOptions = {},
): CoverageResult {
  const used = { operators: options.operators ?? null, nearest: options.nearest ?? true };
  const villages = prepareVillages(villageInput);
  const sites = PreparedSites.build(siteColumns(siteInput), operatorSet(used.operators));
  const n = villages.count;
  const out: CoverageArrays = {
    covered: new Uint8Array(n),
    nearestSite: new Int32Array(n * TECH_COUNT),
    nearestDistanceM: new Float64Array(n * TECH_COUNT),
    nearestH: new Float64Array(n * TECH_COUNT),
  };
  // Villages in Z-order: consecutive ones meet the same tree nodes and sites.
  const order = mortonOrder(villages.lon, villages.lat);
  const candidatesChecked = evaluateVillages(sites, villages, order, used.nearest, out);
  const result: CoverageResult = {
    villageCount: n,
    siteCount: sites.count,
    ...out,
    ...tally(out.covered, villages.population),
    candidatesChecked,
    options: used,
  };
  rememberEngine(result, { sites, villages });
  return result;
}
