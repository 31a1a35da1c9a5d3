import type { LonLat } from '../assets/asset-model.ts';
import type { DemoParameters } from './parameters.ts';
import { HAMLETS_PER_POCKET } from './pockets.ts';

/**
 * How many people, villages and sites a commune is expected to get. The expectation of each commune
 * is absolute (a function of the commune alone and of a few national constants), so a subset of
 * communes gets exactly what it would get in the national run, and the national run adds up to the
 * published totals. The constants are fitted once on the 3,321 communes of 2025 (`fitNormalization`)
 * and stored in normalization-constants.ts; a test checks they are up to date.
 *
 * Model (all documented assumptions, tuned to the published totals and to the Bắc Kạn figures):
 * - people: each province's population (a published list used as shares, rescaled to the national
 *   total) is split over its communes ∝ area^0.5 × 3 for Phường (denser) and ∝ area^0.5 for Xã; this
 *   puts 38.6 M people in Phường, the urban population of the GSO 2024 survey; island special zones
 *   take a fixed table;
 * - villages ∝ people^0.2 × area^0.2, × 0.7 in Phường (fewer, larger tổ dân phố);
 * - operating sites ∝ people/1000 (× 1.25 in Phường: more traffic) + 0.06 per km² (coverage);
 * - 5G share of a commune's sites = min(0.8, F × (density/1000)^0.5 × (1 in Phường, 0.25 elsewhere));
 * - deliberately remote villages: at most one pocket of 2–8 hamlets per Xã of a mountain province
 *   larger than 100 km² with room for it (pockets.ts), with probability min(1, R × area).
 * An anchor (e.g. old Bắc Kạn) rescales its communes to its own published totals; the others are
 * rescaled so the national totals still hold.
 */

export type CommuneKind = 'urban' | 'rural' | 'island';

export interface CommuneProfile {
  code: string;
  provinceCode: string;
  kind: CommuneKind;
  mountain: boolean;
  areaKm2: number;
  /** Where a remote pocket would go (pockets.ts), or null when the commune cannot host one. */
  pocketCentre: LonLat | null;
}

export interface CommuneExpectation {
  population: number;
  villages: number;
  sites: number;
  /** Share of the commune's operating sites that carry 5G. */
  fiveGShare: number;
  remoteVillages: number;
}

export interface Normalization {
  /** People per unit of weight, by province (non-anchored, non-island communes). */
  popPerWeight: Record<string, number>;
  /** People per unit of weight where the province is not in the table. */
  popFallback: number;
  /** People per unit of weight inside each anchor. */
  popAnchor: Record<string, number>;
  villages: number;
  villageOther: number;
  villageAnchor: Record<string, number>;
  sites: number;
  siteOther: number;
  siteAnchor: Record<string, number>;
  fiveG: number;
  remote: number;
}

const URBAN_WEIGHT = 3;
const FIVE_G_CAP = 0.8;
export const REMOTE_MIN_AREA_KM2 = 100;

export function communeKind(unitType: string): CommuneKind {
  if (unitType.startsWith('Phường')) return 'urban';
  if (unitType.startsWith('Đặc khu')) return 'island';
  return 'rural';
}

function anchorOf(code: string, params: DemoParameters): string | null {
  for (const a of params.anchors) if (a.communeCodes.includes(code)) return a.id;
  return null;
}

function islandPeople(c: CommuneProfile, params: DemoParameters): number {
  return params.islandPopulation.value[c.code] ?? 100 * c.areaKm2;
}

function peopleWeight(c: CommuneProfile): number {
  return c.kind === 'island' ? 0 : Math.sqrt(c.areaKm2) * (c.kind === 'urban' ? URBAN_WEIGHT : 1);
}

function people(c: CommuneProfile, anchor: string | null, params: DemoParameters, n: Normalization): number {
  if (c.kind === 'island') return islandPeople(c, params);
  const perWeight = anchor !== null ? n.popAnchor[anchor] : n.popPerWeight[c.provinceCode];
  return peopleWeight(c) * (perWeight ?? n.popFallback);
}

function baseVillages(c: CommuneProfile, people: number): number {
  if (people <= 0) return 0;
  return people ** 0.2 * c.areaKm2 ** 0.2 * (c.kind === 'urban' ? 0.7 : 1);
}

function baseSites(c: CommuneProfile, people: number): number {
  if (people <= 0) return 0;
  return (people / 1000) * (c.kind === 'urban' ? 1.25 : 1) + 0.06 * c.areaKm2;
}

function urbanIndex(c: CommuneProfile, people: number): number {
  const density = people / Math.max(c.areaKm2, 0.1);
  return Math.sqrt(density / 1000) * (c.kind === 'urban' ? 1 : 0.25);
}

function remoteWeight(c: CommuneProfile): number {
  return c.pocketCentre ? c.areaKm2 : 0;
}

function scaled(
  base: number,
  anchor: string | null,
  global: number,
  other: number,
  anchors: Record<string, number>,
): number {
  return base * global * (anchor === null ? other : (anchors[anchor] ?? 1));
}

/** The expectation of one commune under fitted constants (before the caller's `scale`). */
export function expectationFor(
  c: CommuneProfile,
  params: DemoParameters,
  n: Normalization,
): CommuneExpectation {
  const anchor = anchorOf(c.code, params);
  const population = people(c, anchor, params, n);
  const modelled = scaled(baseVillages(c, population), anchor, n.villages, n.villageOther, n.villageAnchor);
  // Sparse islands (Trường Sa: a few hundred people on a large area) get at most one village per 150 people.
  const villages = c.kind === 'island' ? Math.min(modelled, population / 150) : modelled;
  const sites = scaled(baseSites(c, population), anchor, n.sites, n.siteOther, n.siteAnchor);
  return {
    population,
    villages,
    sites,
    fiveGShare: Math.min(FIVE_G_CAP, n.fiveG * urbanIndex(c, population)),
    remoteVillages: HAMLETS_PER_POCKET * Math.min(1, n.remote * remoteWeight(c)),
  };
}

/** Ratios that make each anchor hit its target and the rest keep the national total. */
function anchorRatios(
  communes: readonly CommuneProfile[],
  params: DemoParameters,
  total: number,
  valueFor: (c: CommuneProfile) => number,
  targetOf: (a: DemoParameters['anchors'][number]) => number | null,
): { anchors: Record<string, number>; other: number } {
  const anchors: Record<string, number> = {};
  let anchoredBase = 0;
  let anchoredTarget = 0;
  for (const a of params.anchors) {
    const target = targetOf(a);
    if (target === null) continue;
    const members = communes.filter((c) => a.communeCodes.includes(c.code));
    const base = members.reduce((s, c) => s + valueFor(c), 0);
    if (base <= 0) continue;
    anchors[a.id] = target / base;
    anchoredBase += base;
    anchoredTarget += target;
  }
  const other = (total - anchoredTarget) / (total - anchoredBase);
  return { anchors, other };
}

/** Fit the constants on a full national set of communes (sorted by code for stable sums). */
export function fitNormalization(
  communesIn: readonly CommuneProfile[],
  params: DemoParameters,
): Normalization {
  const communes = [...communesIn].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const total = params.population.value;
  const table = params.provincePopulation.value;
  const tableTotal = Object.values(table).reduce((s, x) => s + x, 0);
  // Remaining people and weight per province once islands and anchors took their fixed share.
  const remaining = new Map<string, { people: number; weight: number }>();
  for (const [p, x] of Object.entries(table))
    remaining.set(p, { people: (x * total) / tableTotal, weight: 0 });
  const popAnchor: Record<string, number> = {};
  for (const a of params.anchors) {
    const members = communes.filter((c) => a.communeCodes.includes(c.code) && c.kind !== 'island');
    const weight = members.reduce((s, c) => s + peopleWeight(c), 0);
    if (!a.population || weight <= 0) continue;
    popAnchor[a.id] = a.population.value / weight;
    for (const c of members) {
      const r = remaining.get(c.provinceCode);
      if (r) r.people -= peopleWeight(c) * (popAnchor[a.id] ?? 0);
    }
  }
  for (const c of communes) {
    const r = remaining.get(c.provinceCode);
    if (!r) continue;
    if (c.kind === 'island') r.people -= islandPeople(c, params);
    else if (anchorOf(c.code, params) === null || popAnchor[anchorOf(c.code, params) ?? ''] === undefined)
      r.weight += peopleWeight(c);
  }
  const popPerWeight: Record<string, number> = {};
  let tablePeople = 0;
  let tableWeight = 0;
  for (const [p, r] of [...remaining].sort()) {
    if (r.weight <= 0) continue;
    popPerWeight[p] = r.people / r.weight;
    tablePeople += r.people;
    tableWeight += r.weight;
  }
  const partial: Normalization = {
    popPerWeight,
    popFallback:
      tableWeight > 0 ? tablePeople / tableWeight : total / communes.reduce((s, c) => s + peopleWeight(c), 0),
    popAnchor,
    villages: 1,
    villageOther: 1,
    villageAnchor: {},
    sites: 1,
    siteOther: 1,
    siteAnchor: {},
    fiveG: 0,
    remote: 0,
  };
  const peopleOf = (c: CommuneProfile): number => expectationFor(c, params, partial).population;

  const villageSum = communes.reduce((s, c) => s + baseVillages(c, peopleOf(c)), 0);
  partial.villages = params.villages.value / villageSum;
  const vil = anchorRatios(
    communes,
    params,
    params.villages.value,
    (c) => partial.villages * baseVillages(c, peopleOf(c)),
    (a) => a.villages?.value ?? null,
  );
  partial.villageOther = vil.other;
  partial.villageAnchor = vil.anchors;

  const siteSum = communes.reduce((s, c) => s + baseSites(c, peopleOf(c)), 0);
  partial.sites = params.sites4g.value / siteSum;
  const sit = anchorRatios(
    communes,
    params,
    params.sites4g.value,
    (c) => partial.sites * baseSites(c, peopleOf(c)),
    (a) => a.sites?.value ?? null,
  );
  partial.siteOther = sit.other;
  partial.siteAnchor = sit.anchors;

  // 5G: bisection on F so that Σ sites × min(cap, F × index) = national 5G target.
  const indexed = communes.map((c) => {
    const e = expectationFor(c, params, partial);
    return { sites: e.sites, index: urbanIndex(c, e.population) };
  });
  const fiveGTotal = (f: number): number =>
    indexed.reduce((s, x) => s + x.sites * Math.min(FIVE_G_CAP, f * x.index), 0);
  let lo = 0;
  let hi = 100;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (fiveGTotal(mid) < params.sites5g.value) lo = mid;
    else hi = mid;
  }
  partial.fiveG = (lo + hi) / 2;

  // Remote pockets (at most one per commune): bisection so that expected hamlets = villages × (100 − coverage %).
  const remoteTarget = (params.villages.value * (100 - params.villageMobileCoveragePct.value)) / 100;
  const hamlets = (r: number): number =>
    communes.reduce((s, c) => s + HAMLETS_PER_POCKET * Math.min(1, r * remoteWeight(c)), 0);
  lo = 0;
  hi = 1;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (hamlets(mid) < remoteTarget) lo = mid;
    else hi = mid;
  }
  partial.remote = (lo + hi) / 2;
  return partial;
}
