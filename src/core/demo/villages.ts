import type { LonLat, Village } from '../assets/asset-model.ts';
import { householdSize, insideRounded, type PreparedCommune } from './commune.ts';
import { distanceKm, offsetKm, type PointGrid } from './geometry.ts';
import { HAMLET_SPREAD, HAMLETS_PER_POCKET, MIN_HAMLETS, POCKET_RADIUS_KM } from './pockets.ts';
import { type Rng, rngFor } from './prng.ts';
import { VillageNamer } from './village-names.ts';

/**
 * Villages of one commune, in two phases:
 * - `planPockets` (a function of the seed and the commune alone): at most one remote pocket, where
 *   pockets.ts found room for one, with the probability normalization.ts expects: 2–8 small hamlets
 *   within 1.2 km of the commune's deepest point;
 * - `generateVillages`, once every commune's pockets are known: a few clusters (centres uniform inside
 *   the real polygon) and the regular villages around them (Gaussian spread), by rejection sampling
 *   inside the polygon and outside the exclusion disc of every pocket of the input (radius
 *   `exclusionKm` + 1.2 km) — so neighbouring communes also keep clear of a pocket;
 * - people split by a Dirichlet-like draw (remote hamlets 60–300 people), households, names and codes
 *   `<communeCode>-<nnn>`.
 * The site generator keeps `remoteGuardKm` around every remote hamlet, so they stay without coverage;
 * the exclusion disc keeps the commune's other villages far enough to be covered (see DEMO-DATA.md).
 */
export interface CommuneVillages {
  villages: Village[];
  /** The subset left deliberately without coverage. */
  remote: Village[];
}

/** A point near `centre` (or anywhere, for an infinite sigma) inside the commune and clear of `avoid`;
 * when none is found, the candidate farthest from `avoid`. */
function pointNear(
  commune: PreparedCommune,
  centre: LonLat,
  sigmaKm: number,
  rng: Rng,
  avoid: PointGrid | null,
  avoidKm: number,
): LonLat {
  let best: LonLat | null = null;
  let bestD = -1;
  for (let t = 0; t < 60; t++) {
    const raw =
      t < 30 && Number.isFinite(sigmaKm)
        ? offsetKm(centre, rng.normal() * sigmaKm, rng.normal() * sigmaKm)
        : commune.polygon.samplePoint(rng);
    if (!commune.polygon.contains(raw)) continue;
    const p = insideRounded(commune, raw, rng);
    const d = avoid === null ? avoidKm : (avoid.nearestWithin(p, avoidKm) ?? avoidKm);
    if (d >= avoidKm) return p;
    if (d > bestD) {
      bestD = d;
      best = p;
    }
  }
  return best ?? insideRounded(commune, commune.polygon.samplePoint(rng), rng);
}

/** A hamlet within `radiusKm` of the pocket centre (uniform in the disc), inside the commune. */
function hamletNear(commune: PreparedCommune, centre: LonLat, radiusKm: number, rng: Rng): LonLat {
  for (let t = 0; t < 40; t++) {
    const d = radiusKm * Math.sqrt(rng.next());
    const a = 2 * Math.PI * rng.next();
    const raw = offsetKm(centre, d * Math.cos(a), d * Math.sin(a));
    if (!commune.polygon.contains(raw)) continue;
    const p = insideRounded(commune, raw, rng);
    if (distanceKm(p, centre) <= radiusKm) return p;
  }
  return centre;
}

/** Split `total` people into integer parts proportional to `weights` (exact sum), each at least
 * `floor` people when the total allows it. */
function splitPeople(total: number, weights: readonly number[], floor = 0): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const min = total >= floor * weights.length ? floor : 0;
  const free = total - min * weights.length;
  const parts = weights.map((w) => min + Math.floor((free * w) / sum));
  let rest = total - parts.reduce((s, x) => s + x, 0);
  for (let i = 0; rest > 0 && parts.length > 0; i = (i + 1) % parts.length, rest--)
    parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}

export interface PocketPlan {
  villages: number;
  pockets: LonLat[];
  remotePositions: LonLat[];
}

export function planPockets(seed: number, commune: PreparedCommune, scale: number): PocketPlan {
  const { expectation } = commune;
  const rng = rngFor(seed, 'pockets', commune.profile.code);
  if (Math.round(expectation.population) <= 0) return { villages: 0, pockets: [], remotePositions: [] };
  const n = Math.max(1, rng.roundStochastic(expectation.villages * scale));
  const pockets: LonLat[] = [];
  const remotePositions: LonLat[] = [];
  const centre = commune.profile.pocketCentre;
  const hamlets = Math.min(MIN_HAMLETS + rng.int(HAMLET_SPREAD), n - 3);
  if (centre && hamlets > 0 && rng.chance((expectation.remoteVillages * scale) / HAMLETS_PER_POCKET)) {
    const at = insideRounded(commune, centre, rng);
    pockets.push(at);
    remotePositions.push(at);
    for (let h = 1; h < hamlets; h++) remotePositions.push(hamletNear(commune, at, POCKET_RADIUS_KM, rng));
  }
  return { villages: n, pockets, remotePositions };
}

export function generateVillages(
  seed: number,
  commune: PreparedCommune,
  plan: PocketPlan,
  pocketGrid: PointGrid,
  exclusionKm: number,
): CommuneVillages {
  const { profile, expectation } = commune;
  const rng = rngFor(seed, 'villages', profile.code);
  const people = Math.round(expectation.population);
  if (people <= 0 || plan.villages === 0) return { villages: [], remote: [] };
  const n = plan.villages;
  const { remotePositions } = plan;
  const nRegular = n - remotePositions.length;
  const avoidKm = exclusionKm + POCKET_RADIUS_KM;
  const inner = commune.polygon.interiorPoint();
  const avoid = pocketGrid.anyWithin(inner, commune.polygon.reachKm(inner) + avoidKm) ? pocketGrid : null;
  const clusters =
    profile.kind === 'urban' ? Math.max(1, Math.round(nRegular / 5)) : Math.min(nRegular, 2 + rng.int(4));
  const anywhere = (): LonLat => pointNear(commune, inner, Number.POSITIVE_INFINITY, rng, avoid, avoidKm);
  const centres = Array.from({ length: clusters }, anywhere);
  const clusterWeights = centres.map(() => rng.gamma(2));
  const sigmaKm = (profile.kind === 'urban' ? 0.5 : 0.3) * Math.sqrt(profile.areaKm2 / clusters);
  const positions: LonLat[] = [];
  for (let i = 0; i < nRegular; i++) {
    const centre = centres[i < clusters ? i : rng.weightedIndex(clusterWeights)];
    positions.push(pointNear(commune, centre ?? inner, sigmaKm, rng, avoid, avoidKm));
  }

  const remotePeople = remotePositions.map(() => 60 + rng.int(240));
  const remoteTotal = Math.min(
    remotePeople.reduce((s, x) => s + x, 0),
    Math.floor(people / 2),
  );
  const regularPeople = splitPeople(
    people - remoteTotal,
    positions.map(() => rng.gamma(2.5)),
    40,
  );
  const remoteSplit = splitPeople(remoteTotal, remotePeople);
  const namer = new VillageNamer(profile.kind, profile.mountain);
  const hh = householdSize(profile);
  const width = Math.max(3, String(n).length);
  const make = (p: LonLat, pop: number, index: number): Village => ({
    villageCode: `${profile.code}-${String(index).padStart(width, '0')}`,
    name: namer.next(rng),
    communeCode: profile.code,
    position: p,
    population: pop,
    households: Math.max(1, Math.round((pop / hh) * (1 + 0.05 * rng.normal()))),
    synthetic: true,
  });
  const villages = positions.map((p, i) => make(p, regularPeople[i] ?? 0, i + 1));
  const remote = remotePositions.map((p, i) => make(p, remoteSplit[i] ?? 0, nRegular + i + 1));
  return { villages: [...villages, ...remote], remote };
}
