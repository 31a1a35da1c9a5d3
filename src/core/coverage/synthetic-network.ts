import { type SiteCarrier, TECHNOLOGIES, type Technology } from '../assets/asset-model.ts';
import type { Environment } from './propagation.ts';
import { DEFAULT_RADIUS_MODEL, environmentForDensity, type RadiusModel, siteRadii } from './radius-model.ts';
import type { SiteColumns } from './site-set.ts';
import { TECH_COUNT } from './site-set.ts';
import type { VillageColumns } from './village-coverage.ts';

/**
 * A seeded synthetic country of villages and mobile sites for tests and benchmarks (there is no
 * public data for either; everything made here is synthetic). Commune centres fall uniformly in a
 * box (by default Vietnam's: 102.14–109.46° E, 8.18–23.39° N, sea and neighbours included), each
 * with a density class; villages cluster around their commune centre; sites are placed near
 * villages drawn in proportion to population, with a technology mix and bands, and radii from the
 * radius model at the environment of their commune's density.
 */

export interface SyntheticOptions {
  seed: number;
  communes: number;
  villages: number;
  sites: number;
  bbox?: { minLon: number; maxLon: number; minLat: number; maxLat: number };
  /** Share of sites carrying each technology (4G on every site by default). */
  techShare?: Readonly<Record<Technology, number>>;
  operators?: readonly number[];
  model?: RadiusModel;
}

export const VIETNAM_BBOX = { minLon: 102.14, maxLon: 109.46, minLat: 8.18, maxLat: 23.39 };

/** Roughly the 2025 mix: 4G everywhere, 2G and 3G being switched off, 5G starting. */
export const DEFAULT_TECH_SHARE: Readonly<Record<Technology, number>> = {
  '2G': 0.55,
  '3G': 0.45,
  '4G': 1,
  '5G': 0.12,
};

/** Operator shares of sites (indices 0–3), roughly Viettel, VNPT, MobiFone, Vietnamobile. */
const OPERATOR_WEIGHTS = [0.45, 0.25, 0.22, 0.08];

/** Density classes of communes: share of communes and people per km². */
const DENSITY_CLASSES = [
  { share: 0.03, density: 20_000 },
  { share: 0.12, density: 4_000 },
  { share: 0.25, density: 700 },
  { share: 0.6, density: 120 },
];

export interface SyntheticNetwork {
  villages: VillageColumns & {
    lon: Float64Array;
    lat: Float64Array;
    population: Float64Array;
    commune: Int32Array;
  };
  sites: SiteColumns & {
    lon: Float64Array;
    lat: Float64Array;
    radiusM: Float64Array;
    operator: Int32Array;
    environment: Environment[];
    carriers: SiteCarrier[][];
    heightM: Float64Array;
  };
}

/** mulberry32: a small seeded PRNG (T. Ettinger), the same as the other benchmarks use. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

const KM_PER_DEG = 111.195;

function pick(rand: () => number, weights: readonly number[]): number {
  let u = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

export function syntheticNetwork(o: SyntheticOptions): SyntheticNetwork {
  const rand = mulberry32(o.seed);
  const box = o.bbox ?? VIETNAM_BBOX;
  const share = o.techShare ?? DEFAULT_TECH_SHARE;
  const operators = o.operators ?? [0, 1, 2, 3];
  const model = o.model ?? DEFAULT_RADIUS_MODEL;
  const centre = Array.from({ length: o.communes }, () => ({
    lon: box.minLon + rand() * (box.maxLon - box.minLon),
    lat: box.minLat + rand() * (box.maxLat - box.minLat),
    density:
      DENSITY_CLASSES[
        pick(
          rand,
          DENSITY_CLASSES.map((c) => c.share),
        )
      ]?.density ?? 120,
    people: 0,
  }));
  const villages = {
    lon: new Float64Array(o.villages),
    lat: new Float64Array(o.villages),
    population: new Float64Array(o.villages),
    commune: new Int32Array(o.villages),
  };
  for (let v = 0; v < o.villages; v++) {
    const c = v < o.communes ? v : Math.floor(rand() * o.communes);
    villages.commune[v] = c;
    villages.population[v] = Math.round(100 * 30 ** rand()); // 100–3,000, log-uniform
    const commune = centre[c] as (typeof centre)[number];
    commune.people += villages.population[v] as number;
  }
  for (let v = 0; v < o.villages; v++) {
    const commune = centre[villages.commune[v] as number] as (typeof centre)[number];
    // Spread so the commune's area is people / density: σ ≈ √area / 3 km.
    const sigmaKm = Math.sqrt(commune.people / commune.density) / 3;
    villages.lat[v] = commune.lat + (gaussian(rand) * sigmaKm) / KM_PER_DEG;
    villages.lon[v] =
      commune.lon + (gaussian(rand) * sigmaKm) / (KM_PER_DEG * Math.cos((commune.lat * Math.PI) / 180));
  }
  // Sites near villages drawn by population (cumulative weights, binary search).
  const cumulative = new Float64Array(o.villages);
  let sum = 0;
  for (let v = 0; v < o.villages; v++) cumulative[v] = sum += villages.population[v] as number;
  const sites: SyntheticNetwork['sites'] = {
    lon: new Float64Array(o.sites),
    lat: new Float64Array(o.sites),
    radiusM: new Float64Array(o.sites * TECH_COUNT),
    operator: new Int32Array(o.sites),
    environment: [],
    carriers: [],
    heightM: new Float64Array(o.sites),
  };
  const radii = new Float64Array(TECH_COUNT);
  for (let s = 0; s < o.sites; s++) {
    const u = rand() * sum;
    let lo = 0;
    let hi = o.villages - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    const commune = centre[villages.commune[lo] as number] as (typeof centre)[number];
    const environment = environmentForDensity(commune.density);
    const sigmaKm = environment === 'rural' ? 2 : environment === 'suburban' ? 1 : 0.4;
    const lat = (villages.lat[lo] as number) + (gaussian(rand) * sigmaKm) / KM_PER_DEG;
    sites.lat[s] = lat;
    sites.lon[s] =
      (villages.lon[lo] as number) +
      (gaussian(rand) * sigmaKm) / (KM_PER_DEG * Math.cos((lat * Math.PI) / 180));
    sites.operator[s] = operators[pick(rand, OPERATOR_WEIGHTS.slice(0, operators.length))] ?? 0;
    const carriers: SiteCarrier[] = [];
    for (const technology of TECHNOLOGIES) {
      if (rand() >= share[technology]) continue;
      const r = rand();
      const bandMhz =
        technology === '2G'
          ? 900
          : technology === '3G'
            ? 2100
            : technology === '4G'
              ? r < 0.7
                ? 1800
                : r < 0.85
                  ? 900
                  : 2600
              : r < 0.6
                ? 3500
                : 2600;
      carriers.push({ technology, bandMhz });
    }
    const heightM = 20 + Math.round(rand() * 25);
    siteRadii({ carriers, antennaHeightM: heightM }, environment, model, radii);
    sites.radiusM.set(radii, s * TECH_COUNT);
    sites.environment.push(environment);
    sites.carriers.push(carriers);
    sites.heightM[s] = heightM;
  }
  return { villages, sites };
}
