import { describe, expect, it } from 'vitest';
import { changedSites, updateCoverage } from './incremental.ts';
import { type SiteColumns, siteColumns, TECH_COUNT } from './site-set.ts';
import { mulberry32, syntheticNetwork } from './synthetic-network.ts';
import { type CoverageOptions, type CoverageResult, coverageOfVillages } from './village-coverage.ts';

type Columns = SiteColumns & {
  lon: Float64Array;
  lat: Float64Array;
  radiusM: Float64Array;
  operator: Int32Array;
};

/** A small synthetic country: 40 communes, 3,000 villages, 4,000 sites in a 4° box. */
const net = syntheticNetwork({
  seed: 99,
  communes: 40,
  villages: 3000,
  sites: 4000,
  bbox: { minLon: 105, maxLon: 109, minLat: 19, maxLat: 23 },
});

function copy(c: Columns, extra = 0): Columns {
  const n = c.lon.length + extra;
  const out: Columns = {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    radiusM: new Float64Array(n * TECH_COUNT),
    operator: new Int32Array(n),
  };
  out.lon.set(c.lon);
  out.lat.set(c.lat);
  out.radiusM.set(c.radiusM);
  out.operator.set(c.operator);
  return out;
}

/** Moves, re-sizes, removes (radii 0) and appends sites, seeded. */
function edit(before: Columns, seed: number, moves: number, removals: number, additions: number): Columns {
  const rand = mulberry32(seed);
  const after = copy(before, additions);
  const n = before.lon.length;
  for (let k = 0; k < moves; k++) {
    const s = Math.floor(rand() * n);
    after.lon[s] = (after.lon[s] as number) + (rand() - 0.5) * 0.05;
    after.lat[s] = (after.lat[s] as number) + (rand() - 0.5) * 0.05;
    const t = Math.floor(rand() * TECH_COUNT);
    after.radiusM[s * TECH_COUNT + t] = rand() < 0.3 ? 0 : 500 + rand() * 3000;
  }
  for (let k = 0; k < removals; k++) after.radiusM.fill(0, Math.floor(rand() * n) * TECH_COUNT, undefined);
  for (let s = n; s < n + additions; s++) {
    after.lon[s] = 105 + rand() * 4;
    after.lat[s] = 19 + rand() * 4;
    for (let t = 0; t < TECH_COUNT; t++)
      after.radiusM[s * TECH_COUNT + t] = rand() < 0.5 ? 0 : 300 + rand() * 2000;
    after.operator[s] = Math.floor(rand() * 4);
  }
  return after;
}

function expectSame(a: CoverageResult, b: CoverageResult) {
  expect(a.siteCount).toBe(b.siteCount);
  expect(a.covered).toEqual(b.covered);
  expect(a.nearestSite).toEqual(b.nearestSite);
  expect(a.nearestH).toEqual(b.nearestH);
  expect(a.nearestDistanceM).toEqual(b.nearestDistanceM);
  expect(a.byTechnology).toEqual(b.byTechnology);
  expect(a.anyTechnology).toEqual(b.anyTechnology);
}

describe('updateCoverage equals a full recompute', () => {
  it.each([
    ['a few edits (direct scan of new sites)', 1, 10, 5, 8, {}],
    ['many edits (reverse index of gaps)', 2, 200, 60, 150, {}],
    ['one operator', 3, 100, 30, 80, { operators: [1, 3] }],
    ['without nearest sites', 4, 100, 30, 80, { nearest: false }],
  ] as const)('%s', (_name, seed, moves, removals, additions, options: CoverageOptions) => {
    const before = copy(net.sites);
    const previous = coverageOfVillages(net.villages, before, options);
    const after = edit(before, seed, moves, removals, additions);
    const update = updateCoverage(previous, net.villages, before, after);
    expectSame(update.result, coverageOfVillages(net.villages, after, options));
    expect(update.changedSites).toBeGreaterThan(0);
    expect(update.recomputedVillages).toBeGreaterThan(0);
    expect(update.recomputedVillages).toBeLessThan(net.villages.lon.length);
  });

  it.each([5, 40])(
    'lets %i new small 5G sites near gaps become their nearest without recomputing them',
    (k) => {
      const before = copy(net.sites);
      const previous = coverageOfVillages(net.villages, before);
      const gaps: number[] = [];
      for (let v = 0; v < previous.villageCount && gaps.length < k; v += 7) {
        if (((previous.covered[v] as number) & 8) === 0) gaps.push(v);
      }
      expect(gaps.length).toBe(k);
      const after = copy(before, k);
      gaps.forEach((v, i) => {
        const s = before.lon.length + i;
        // 0.002° north of the gap (~222 m) with a 50 m 5G radius: nearer, but covering nothing.
        after.lon[s] = net.villages.lon[v] as number;
        after.lat[s] = (net.villages.lat[v] as number) + 0.002;
        after.radiusM[s * TECH_COUNT + 3] = 50;
      });
      const update = updateCoverage(previous, net.villages, before, after);
      expectSame(update.result, coverageOfVillages(net.villages, after));
      expect(update.nearestUpdatedVillages).toBeGreaterThanOrEqual(k);
      expect(update.recomputedVillages).toBeLessThan(k);
    },
  );

  it('chains updates, including sites dropped off the end', () => {
    let sites = copy(net.sites);
    let result = coverageOfVillages(net.villages, sites);
    for (let round = 0; round < 3; round++) {
      const next = edit(sites, 10 + round, 40, 10, 20);
      const update = updateCoverage(result, net.villages, sites, next);
      expectSame(update.result, coverageOfVillages(net.villages, next));
      [sites, result] = [next, update.result];
    }
    const shorter = siteColumns({
      lon: sites.lon.subarray(0, 3000),
      lat: sites.lat.subarray(0, 3000),
      radiusM: sites.radiusM.subarray(0, 3000 * TECH_COUNT),
      operator: sites.operator.subarray(0, 3000),
    });
    const update = updateCoverage(result, net.villages, sites, shorter);
    expectSame(update.result, coverageOfVillages(net.villages, shorter));
  });

  it('rebuilds its site index after 16 layers or many changes, still equal to a full recompute', () => {
    let sites = copy(net.sites);
    let result = coverageOfVillages(net.villages, sites);
    for (let round = 0; round < 18; round++) {
      const next = edit(sites, 100 + round, 3, 1, 1);
      [sites, result] = [next, updateCoverage(result, net.villages, sites, next).result];
    }
    expectSame(result, coverageOfVillages(net.villages, sites));
    const big = edit(sites, 200, 1200, 0, 0);
    expectSame(
      updateCoverage(result, net.villages, sites, big).result,
      coverageOfVillages(net.villages, big),
    );
  });

  it('refuses villages other than those of the previous result', () => {
    const previous = coverageOfVillages(net.villages, net.sites);
    const moved = { ...net.villages, lon: net.villages.lon.map((x) => x + 0.001) };
    expect(() => updateCoverage(previous, moved, net.sites, edit(copy(net.sites), 1, 1, 0, 0))).toThrow(
      /villages differ/,
    );
  });

  it('recomputes only villages within the affected radii for one moved site', () => {
    const before = copy(net.sites);
    const previous = coverageOfVillages(net.villages, before);
    const after = copy(before);
    after.lon[7] = (after.lon[7] as number) + 0.01;
    const update = updateCoverage(previous, net.villages, before, after);
    expect(update.changedSites).toBe(1);
    expect(update.recomputedVillages).toBeLessThan(300);
    expectSame(update.result, coverageOfVillages(net.villages, after));
  });

  it('finds no change when nothing changed, and refuses mismatched inputs', () => {
    const before = copy(net.sites);
    const previous = coverageOfVillages(net.villages, before);
    expect(changedSites(before, copy(before), null)).toEqual([]);
    const same = updateCoverage(previous, net.villages, before, copy(before));
    expect([same.changedSites, same.recomputedVillages]).toEqual([0, 0]);
    expect(same.result.covered).toBe(previous.covered);
    expect(() => updateCoverage(previous, net.villages, copy(before, 1), before)).toThrow(RangeError);
  });
});
