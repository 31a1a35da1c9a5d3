import Flatbush from 'flatbush';
import { mortonOrder } from '../geo/morton.ts';
import { centralAngleToMetres, radiusBBox, unitVector } from '../geo/sphere.ts';
import { type CoverageArrays, evaluateVillages, type PreparedVillages } from './evaluator.ts';
import { PreparedSites } from './prepared-sites.ts';
import {
  boxRadius,
  maxEffectiveRadius,
  type SiteColumns,
  type SiteInput,
  siteColumns,
  TECH_COUNT,
  thresholdOf,
} from './site-set.ts';
import {
  type CoverageResult,
  engineOf,
  operatorSet,
  prepareVillages,
  rememberEngine,
  sameVillages,
  tally,
  type VillageInput,
} from './village-coverage.ts';

/**
 * Updating a coverage result after some sites changed, without recomputing every village.
 *
 * Sites keep their index: a changed site keeps it, a removed one keeps it with every radius 0 (or
 * drops off the end), an added one is appended. The changed sites are found by comparing the two
 * site sets (O(sites)). Then:
 * 1. villages within the largest radius of a changed site, before or after the change (the union
 *    of affected radii), are recomputed in full — nothing else can change coverage or serving site;
 * 2. elsewhere, a village whose nearest site for an uncovered technology was a changed site (or
 *    which had no site of that technology at all) is recomputed in full;
 * 3. elsewhere, for each changed site in its new form, villages whose nearest site for an
 *    uncovered technology is farther than it take it as their nearest: a reverse query over a
 *    flatbush of each such village's nearest-distance box (or a direct scan for ≤ 32 sites).
 * The result equals a full recompute exactly (same comparisons on the same numbers; tested).
 * The previous result's prepared sites are reused (`PreparedSites.withChanges`: changed sites'
 * old entries switched off, new versions in a small extra R-tree) and so are its prepared villages
 * (`villageInput` must hold the same positions and people: checked); nothing is rebuilt in full.
 * `before` and `after` must be distinct snapshots (editing one array in place and passing it twice
 * shows no change). When no site changed, `previous` itself is returned.
 */

export interface CoverageUpdate {
  result: CoverageResult;
  changedSites: number;
  /** Villages within the union of the affected radii, recomputed in full. */
  recomputedVillages: number;
  /** Villages outside it recomputed because their nearest site for a gap changed or vanished. */
  nearestRecomputedVillages: number;
  /** Villages outside it whose nearest site for a gap became a new or moved site. */
  nearestUpdatedVillages: number;
}

/** Indices of sites whose position, effective radii or operator eligibility differ. */
export function changedSites(
  before: SiteColumns,
  after: SiteColumns,
  operators: ReadonlySet<number> | null,
): number[] {
  const changed: number[] = [];
  const nb = before.lon.length;
  const na = after.lon.length;
  for (let s = 0; s < Math.max(nb, na); s++) {
    const inBefore = s < nb && (operators === null || operators.has(before.operator[s] as number));
    const inAfter = s < na && (operators === null || operators.has(after.operator[s] as number));
    let differs = false;
    let any = false;
    for (let t = 0; t < TECH_COUNT; t++) {
      const rb = inBefore ? (before.radiusM[s * TECH_COUNT + t] as number) : 0;
      const ra = inAfter ? (after.radiusM[s * TECH_COUNT + t] as number) : 0;
      const a = rb > 0 ? rb : 0;
      const b = ra > 0 ? ra : 0;
      if (a !== b) differs = true;
      if (a > 0 || b > 0) any = true;
    }
    if (!differs && any) differs = before.lon[s] !== after.lon[s] || before.lat[s] !== after.lat[s];
    if (differs) changed.push(s);
  }
  return changed;
}

function villageIndexOf(villages: PreparedVillages): Flatbush {
  const index = new Flatbush(Math.max(1, villages.count));
  for (let v = 0; v < villages.count; v++) index.add(villages.lon[v] as number, villages.lat[v] as number);
  if (villages.count === 0) index.add(0, 0);
  index.finish();
  return index;
}

/** Villages of `index` within `metres` of (lon, lat), by the engine's own h comparison. */
function villagesWithin(
  index: Flatbush,
  villages: PreparedVillages,
  lon: number,
  lat: number,
  metres: number,
  visit: (v: number) => void,
): void {
  const [x, y, z] = unitVector(lon, lat);
  const limit = thresholdOf(metres);
  const b = radiusBBox(lon, lat, boxRadius(metres));
  for (const v of index.search(b.minLon, b.minLat, b.maxLon, b.maxLat)) {
    const dx = x - (villages.x[v] as number);
    const dy = y - (villages.y[v] as number);
    const dz = z - (villages.z[v] as number);
    if ((dx * dx + dy * dy + dz * dz) * 0.25 <= limit) visit(v);
  }
}

export function updateCoverage(
  previous: CoverageResult,
  villageInput: VillageInput,
  beforeInput: SiteInput,
  afterInput: SiteInput,
): CoverageUpdate {
  const before = siteColumns(beforeInput);
  const after = siteColumns(afterInput);
  const engine = engineOf(previous);
  if (engine !== undefined && !sameVillages(engine.villages, villageInput)) {
    throw new RangeError('updateCoverage: the villages differ from those of the previous result');
  }
  const villages = engine?.villages ?? prepareVillages(villageInput);
  if (villages.count !== previous.villageCount || before.lon.length !== previous.siteCount) {
    throw new RangeError('updateCoverage: the villages or the sites before do not match the previous result');
  }
  const ops = operatorSet(previous.options.operators);
  const { nearest } = previous.options;
  const changed = changedSites(before, after, ops);
  const none = {
    changedSites: 0,
    recomputedVillages: 0,
    nearestRecomputedVillages: 0,
    nearestUpdatedVillages: 0,
  };
  if (changed.length === 0) return { result: previous, ...none };

  const base = engine?.sites ?? PreparedSites.build(before, ops);
  const sites = base.withChanges(after, changed, ops);
  const n = villages.count;
  let vindex = engine?.villageIndex;
  if (vindex === undefined) {
    vindex = villageIndexOf(villages);
    if (engine !== undefined) engine.villageIndex = vindex;
  }

  // 1. The union of affected radii: 1 = inside; 2 = recomputed for its nearest site (step 2).
  const mark = new Uint8Array(n);
  for (const s of changed) {
    for (const cols of [before, after]) {
      const r = maxEffectiveRadius(cols, s, ops);
      if (r <= 0) continue;
      villagesWithin(vindex, villages, cols.lon[s] as number, cols.lat[s] as number, r, (v) => {
        mark[v] = 1;
      });
    }
  }
  const isChanged = new Uint8Array(Math.max(before.lon.length, after.lon.length));
  for (const s of changed) isChanged[s] = 1;
  const newlyOffered = Array.from({ length: TECH_COUNT }, (_, t) =>
    changed.filter((s) => sites.offers(s, t)),
  );

  // 2. Gaps whose nearest site changed, or which had no site of the technology.
  if (nearest) {
    for (let v = 0; v < n; v++) {
      if (mark[v] !== 0) continue;
      for (let t = 0; t < TECH_COUNT; t++) {
        if (((previous.covered[v] as number) & (1 << t)) !== 0) continue;
        const s = previous.nearestSite[v * TECH_COUNT + t] as number;
        if (s >= 0 ? isChanged[s] === 1 : (newlyOffered[t]?.length ?? 0) > 0) mark[v] = 2;
      }
    }
  }
  const out: CoverageArrays = {
    covered: previous.covered.slice(),
    nearestSite: previous.nearestSite.slice(),
    nearestDistanceM: previous.nearestDistanceM.slice(),
    nearestH: previous.nearestH.slice(),
  };
  const redo: number[] = [];
  let inRadius = 0;
  for (let v = 0; v < n; v++) {
    if (mark[v] === 0) continue;
    redo.push(v);
    if (mark[v] === 1) inRadius++;
  }
  const candidatesChecked = evaluateVillages(
    sites,
    villages,
    mortonOrder(villages.lon, villages.lat, redo),
    nearest,
    out,
  );

  // 3. Gaps elsewhere that a new or moved site is now nearest to.
  const updated = new Uint8Array(n);
  if (nearest) {
    for (let t = 0; t < TECH_COUNT; t++) {
      const fresh = newlyOffered[t] ?? [];
      if (fresh.length > 0) closerNewSites(sites, villages, t, fresh, mark, out, updated);
    }
  }
  let nearestUpdated = 0;
  for (let v = 0; v < n; v++) nearestUpdated += updated[v] as number;
  const result: CoverageResult = {
    villageCount: n,
    siteCount: after.lon.length,
    ...out,
    ...tally(out.covered, villages.population),
    candidatesChecked,
    options: previous.options,
  };
  rememberEngine(result, { sites, villages, villageIndex: vindex });
  return {
    result,
    changedSites: changed.length,
    recomputedVillages: inRadius,
    nearestRecomputedVillages: redo.length - inRadius,
    nearestUpdatedVillages: nearestUpdated,
  };
}

/** Step 3 for technology t: offers each unmarked gap the sites of `fresh` as nearer candidates. */
function closerNewSites(
  sites: PreparedSites,
  villages: PreparedVillages,
  t: number,
  fresh: readonly number[],
  mark: Uint8Array,
  out: CoverageArrays,
  updated: Uint8Array,
): void {
  const gaps: number[] = [];
  for (let v = 0; v < villages.count; v++) {
    if (mark[v] === 0 && ((out.covered[v] as number) & (1 << t)) === 0) gaps.push(v);
  }
  const offer = (v: number, s: number) => {
    const k = v * TECH_COUNT + t;
    const h = sites.h(s, villages.x[v] as number, villages.y[v] as number, villages.z[v] as number);
    const bestH = out.nearestH[k] as number;
    if (h < bestH || (h === bestH && s < (out.nearestSite[k] as number))) {
      out.nearestH[k] = h;
      out.nearestSite[k] = s;
      out.nearestDistanceM[k] = centralAngleToMetres(h);
      updated[v] = 1;
    }
  };
  if (fresh.length <= 32 || gaps.length === 0) {
    for (const v of gaps) for (const s of fresh) offer(v, s);
    return;
  }
  // Reverse query: a site can only be nearer to v than v's nearest if it lies in the box of
  // v's nearest distance (every gap here has a nearest site: step 2 recomputed the others).
  const index = new Flatbush(gaps.length);
  for (const v of gaps) {
    const d = centralAngleToMetres(out.nearestH[v * TECH_COUNT + t] as number);
    const b = radiusBBox(villages.lon[v] as number, villages.lat[v] as number, boxRadius(d));
    index.add(b.minLon, b.minLat, b.maxLon, b.maxLat);
  }
  index.finish();
  for (const s of fresh) {
    const lon = sites.lon[s] as number;
    const lat = sites.lat[s] as number;
    for (const g of index.search(lon, lat, lon, lat)) offer(gaps[g] as number, s);
  }
}
