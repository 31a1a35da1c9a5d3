import type { LonLat, OperatorCode, SiteStatus, Village } from '../assets/asset-model.ts';
import type { PreparedCommune } from './commune.ts';
import { distanceKm, offsetKm, type PointGrid, roundLonLat } from './geometry.ts';
import type { DemoParameters } from './parameters.ts';
import { type Rng, rngFor, WeightedSampler } from './prng.ts';
import type { CommuneVillages } from './villages.ts';

/**
 * Where a commune's sites stand, who owns them and whether they are on air. Two passes:
 * 1. coverage: villages in decreasing population; a village with no operating site of the commune
 *    within `coverageRadiusKm` gets one, within half that distance when possible, else anywhere within
 *    it (the far side of a guard zone);
 * 2. capacity: the rest of the commune's budget near villages drawn by population (Gaussian spread).
 * Then a few non-operating sites (planned, building, decommissioned: 4.5 % of the budget, assumption).
 * Every candidate point must be inside the commune polygon and farther than `remoteGuardKm` from every
 * deliberately remote village of the whole input (the `guard` grid); villages that cannot be covered
 * because of that guard are counted as `collateralUncovered`.
 */
export type SiteRole = 'coverage' | 'capacity';

export interface SiteDraft {
  operator: OperatorCode;
  position: LonLat;
  communeCode: string;
  provinceCode: string;
  role: SiteRole;
  status: SiteStatus;
  /** Within `remoteQuietKm` of a remote village: short-range equipment only (carriers.ts). */
  quiet: boolean;
}

export interface PlacementStats {
  budget: number;
  coverageSites: number;
  /** Sites placed beyond the budget because coverage needed them. */
  overshoot: number;
  /** Sites of the budget that found no admissible position. */
  dropped: number;
  /** Regular villages left uncovered because every admissible position was inside a guard zone. */
  collateralUncovered: number;
}

const NON_OPERATING_SHARE = 0.045;
const NON_OPERATING: readonly { status: SiteStatus; weight: number }[] = [
  { status: 'planned', weight: 0.45 },
  { status: 'building', weight: 0.35 },
  { status: 'decommissioned', weight: 0.2 },
];

/** The point rounded to 1e-6°, if that is inside the commune and outside every guard zone. */
function admissible(
  commune: PreparedCommune,
  guard: PointGrid | null,
  guardKm: number,
  p: LonLat,
): LonLat | null {
  const q = roundLonLat(p);
  return commune.polygon.contains(q) && !(guard?.anyWithin(q, guardKm) ?? false) ? q : null;
}

function nearVillage(
  commune: PreparedCommune,
  guard: PointGrid | null,
  guardKm: number,
  centre: LonLat,
  sigmaKm: number,
  rng: Rng,
): LonLat | null {
  for (let t = 0; t < 20; t++) {
    const p = admissible(
      commune,
      guard,
      guardKm,
      offsetKm(centre, rng.normal() * sigmaKm, rng.normal() * sigmaKm),
    );
    if (p) return p;
  }
  // Anywhere in the commune: a commune largely inside guard zones needs many tries.
  for (let t = 0; t < (guard ? 300 : 40); t++) {
    const p = admissible(commune, guard, guardKm, commune.polygon.samplePoint(rng));
    if (p) return p;
  }
  return null;
}

export function placeSites(
  seed: number,
  commune: PreparedCommune,
  villages: CommuneVillages,
  scale: number,
  params: DemoParameters,
  guardGrid: PointGrid,
): { drafts: SiteDraft[]; stats: PlacementStats } {
  const rng = rngFor(seed, 'sites', commune.profile.code);
  const guardKm = params.remoteGuardKm;
  // Skip the guard test in communes that no guard zone can reach.
  const inner = commune.polygon.interiorPoint();
  const reach = commune.polygon.reachKm(inner);
  const guard = guardGrid.anyWithin(inner, reach + guardKm) ? guardGrid : null;
  const quiet = guardGrid.anyWithin(inner, reach + params.remoteQuietKm) ? guardGrid : null;
  const radius = params.coverageRadiusKm;
  const operators = Object.entries(params.operatorShares.value) as [OperatorCode, number][];
  const operatorSampler = new WeightedSampler(operators.map(([, w]) => w));
  const drawOperator = (): OperatorCode => operators[operatorSampler.draw(rng)]?.[0] ?? 'VIETTEL';
  const budget = rng.roundStochastic(commune.expectation.sites * scale);
  const stats: PlacementStats = {
    budget,
    coverageSites: 0,
    overshoot: 0,
    dropped: 0,
    collateralUncovered: 0,
  };
  const drafts: SiteDraft[] = [];
  const operating: LonLat[] = [];
  const add = (position: LonLat, role: SiteRole, status: SiteStatus): void => {
    drafts.push({
      operator: drawOperator(),
      position,
      communeCode: commune.profile.code,
      provinceCode: commune.profile.provinceCode,
      role,
      status,
      quiet: quiet?.anyWithin(position, params.remoteQuietKm) ?? false,
    });
    if (status === 'operating') operating.push(position);
  };

  const remoteCodes = new Set(villages.remote.map((v) => v.villageCode));
  const regular: Village[] = villages.villages.filter((v) => !remoteCodes.has(v.villageCode));
  if (budget > 0) {
    for (const v of [...regular].sort((a, b) => b.population - a.population)) {
      if (operating.some((s) => distanceKm(s, v.position) <= radius)) continue;
      let placed = false;
      // Near the village first; then anywhere within the radius (the far side of a guard zone).
      for (let t = 0; t < 60 && !placed; t++) {
        const d = radius * (t < 20 ? 0.05 + 0.45 * rng.next() : 0.97 * Math.sqrt(rng.next()));
        const angle = 2 * Math.PI * rng.next();
        const p = admissible(
          commune,
          guard,
          guardKm,
          offsetKm(v.position, d * Math.cos(angle), d * Math.sin(angle)),
        );
        if (p) {
          add(p, 'coverage', 'operating');
          placed = true;
        }
      }
      if (!placed) stats.collateralUncovered++;
    }
  }
  stats.coverageSites = drafts.length;
  stats.overshoot = Math.max(0, drafts.length - budget);

  const weights = regular.map((v) => v.population);
  const sampler = regular.length > 0 ? new WeightedSampler(weights) : null;
  const sigmaKm = commune.profile.kind === 'urban' ? 0.4 : 1.0;
  const near = (): LonLat | null => {
    const v = sampler ? regular[sampler.draw(rng)] : undefined;
    const centre = v?.position ?? commune.polygon.samplePoint(rng);
    return nearVillage(commune, guard, guardKm, centre, sigmaKm, rng);
  };
  for (let i = drafts.length; i < budget; i++) {
    const p = near();
    if (p) add(p, 'capacity', 'operating');
    else stats.dropped++;
  }
  const extra = rng.roundStochastic(budget * NON_OPERATING_SHARE);
  const statusWeights = NON_OPERATING.map((s) => s.weight);
  for (let i = 0; i < extra; i++) {
    const p = near();
    const status = NON_OPERATING[rng.weightedIndex(statusWeights)]?.status ?? 'planned';
    if (p) add(p, 'capacity', status);
  }
  return { drafts, stats };
}
