import { describe, expect, it } from 'vitest';
import { haversineMetres } from '../geo/sphere.ts';
import type { PlainSite } from './site-set.ts';
import { mulberry32 } from './synthetic-network.ts';
import { type CoverageResult, coverageOfVillages, type PlainVillage } from './village-coverage.ts';

// Near 105° E at 22° N. A degree of latitude is R·π/180 = 111,195.08 m, so V1, 0.01° north of
// site A, is 1,111.9508 m away; V2, 0.01° east, is 2R·asin(cos 22° sin 0.005°) = 1,030.9828 m;
// V3, 0.03° east, is 3,092.9485 m from A and 111.1951 m (0.001° of latitude) from site B.
const EDGE = haversineMetres(105, 22, 105, 22.01);
const A: PlainSite = { lon: 105, lat: 22, radiusM: [1200, 0, EDGE, 500], operator: 0 };
const B: PlainSite = { lon: 105.03, lat: 22.001, radiusM: [0, 0, 0, 300], operator: 1 };
const VILLAGES: PlainVillage[] = [
  { lon: 105, lat: 22.01, population: 100 },
  { lon: 105.01, lat: 22, population: 200 },
  { lon: 105.03, lat: 22, population: 400 },
];
const bits = (r: CoverageResult) => [...r.covered];
const nearest = (r: CoverageResult, v: number, t: number) => [
  r.nearestSite[4 * v + t],
  r.nearestDistanceM[4 * v + t],
];

describe('coverageOfVillages: hand-checked cases at 22° N', () => {
  const result = coverageOfVillages(VILLAGES, [A, B]);

  it('sets one bit per technology (2G = 1, 3G = 2, 4G = 4, 5G = 8)', () => {
    expect(EDGE).toBeCloseTo(1111.9508, 4);
    // V1: 2G (1200 m ≥ 1112 m) and 4G (exactly at the edge); V2: 2G and 4G; V3: 5G from B.
    expect(bits(result)).toEqual([1 | 4, 1 | 4, 8]);
  });

  it('counts a village exactly on the radius as covered, and not with the radius 1 mm short', () => {
    const short = coverageOfVillages(VILLAGES, [{ ...A, radiusM: [0, 0, EDGE - 0.001, 0] }]);
    expect(short.covered[0]).toBe(0);
    expect(short.covered[1]).toBe(4);
  });

  it('gives the serving site when covered and the nearest site for a gap', () => {
    expect(nearest(result, 0, 2)).toEqual([0, expect.closeTo(1111.9508, 3)]);
    expect(nearest(result, 0, 3)).toEqual([0, expect.closeTo(1111.9508, 3)]); // 5G gap: A is nearest
    expect(nearest(result, 2, 0)).toEqual([0, expect.closeTo(3092.9485, 3)]); // 2G gap
    expect(nearest(result, 2, 3)).toEqual([1, expect.closeTo(111.1951, 3)]); // served by B
    expect(nearest(result, 2, 1)).toEqual([-1, Number.POSITIVE_INFINITY]); // no 3G anywhere
  });

  it('counts villages and people per technology and for any', () => {
    expect(result.byTechnology['2G']).toEqual({ villages: 2, population: 300 });
    expect(result.byTechnology['3G']).toEqual({ villages: 0, population: 0 });
    expect(result.byTechnology['4G']).toEqual({ villages: 2, population: 300 });
    expect(result.byTechnology['5G']).toEqual({ villages: 1, population: 400 });
    expect(result.anyTechnology).toEqual({ villages: 3, population: 700 });
    expect(result.totalPopulation).toBe(700);
  });

  it('filters by operator and can skip the nearest search', () => {
    const onlyB = coverageOfVillages(VILLAGES, [A, B], { operators: [1] });
    expect(bits(onlyB)).toEqual([0, 0, 8]);
    expect(nearest(onlyB, 0, 2)).toEqual([-1, Number.POSITIVE_INFINITY]);
    const noNearest = coverageOfVillages(VILLAGES, [A, B], { nearest: false });
    expect(bits(noNearest)).toEqual(bits(result));
    expect(nearest(noNearest, 2, 0)).toEqual([-1, Number.POSITIVE_INFINITY]);
    expect(nearest(noNearest, 2, 3)).toEqual([1, expect.closeTo(111.1951, 3)]);
  });

  it('answers for no sites and no villages', () => {
    expect(bits(coverageOfVillages(VILLAGES, []))).toEqual([0, 0, 0]);
    expect(coverageOfVillages([], [A]).villageCount).toBe(0);
  });
});

/** Random villages and sites around (105.5° E, 21.5° N) with radii up to 5 km, some absent. */
function randomCase(seed: number, villages: number, sites: number, maxRadius: number) {
  const rand = mulberry32(seed);
  const vs: PlainVillage[] = Array.from({ length: villages }, () => ({
    lon: 105 + rand(),
    lat: 21 + rand(),
    population: 1 + Math.floor(rand() * 1000),
  }));
  const ss: PlainSite[] = Array.from({ length: sites }, () => ({
    lon: 105 + rand(),
    lat: 21 + rand(),
    radiusM: [0, 1, 2, 3].map(() => (rand() < 0.3 ? 0 : rand() * maxRadius)),
    operator: Math.floor(rand() * 3),
  }));
  return { vs, ss };
}

/** Coverage by brute force over every pair with the textbook haversine. */
function bruteForce(vs: PlainVillage[], ss: PlainSite[]) {
  return vs.map((v) =>
    [0, 1, 2, 3].map((t) => {
      let covered = false;
      let best: [number, number] = [-1, Number.POSITIVE_INFINITY];
      let any: [number, number] = [-1, Number.POSITIVE_INFINITY];
      ss.forEach((s, i) => {
        const r = s.radiusM[t] ?? 0;
        if (r <= 0) return;
        const d = haversineMetres(v.lon, v.lat, s.lon, s.lat);
        if (d < any[1]) any = [i, d];
        if (d <= r && d < best[1]) [covered, best] = [true, [i, d]];
      });
      return { covered, nearest: covered ? best : any };
    }),
  );
}

describe('coverageOfVillages against brute force', () => {
  it.each([
    ['few sites (nearest by scan)', 11, 1500, 2500, 2500],
    ['many sites (nearest by index)', 12, 300, 12_000, 600],
  ] as const)('%s', (_name, seed, nv, ns, maxRadius) => {
    const { vs, ss } = randomCase(seed, nv, ns, maxRadius);
    const result = coverageOfVillages(vs, ss);
    const expected = bruteForce(vs, ss);
    let covered = 0;
    expected.forEach((perTech, v) => {
      perTech.forEach((e, t) => {
        expect(((result.covered[v] as number) >> t) & 1).toBe(e.covered ? 1 : 0);
        expect(result.nearestSite[4 * v + t]).toBe(e.nearest[0]);
        expect(result.nearestDistanceM[4 * v + t]).toBeCloseTo(e.nearest[1], 6);
        covered += e.covered ? 1 : 0;
      });
    });
    // Enough of both outcomes for the comparison to mean something.
    expect(covered).toBeGreaterThan(nv * 0.2);
    expect(covered).toBeLessThan(nv * 4 * 0.95);
  });

  it('gives the same result from columns as from plain objects', () => {
    const { vs, ss } = randomCase(13, 500, 800, 4000);
    const columns = {
      lon: Float64Array.from(ss, (s) => s.lon),
      lat: Float64Array.from(ss, (s) => s.lat),
      radiusM: Float64Array.from(ss.flatMap((s) => [...Array.from(s.radiusM)])),
      operator: Int32Array.from(ss, (s) => s.operator),
    };
    const villages = {
      lon: Float64Array.from(vs, (v) => v.lon),
      lat: Float64Array.from(vs, (v) => v.lat),
      population: Float64Array.from(vs, (v) => v.population),
    };
    const a = coverageOfVillages(vs, ss, { operators: [0, 2] });
    const b = coverageOfVillages(villages, columns, { operators: [0, 2] });
    expect(b.covered).toEqual(a.covered);
    expect(b.nearestSite).toEqual(a.nearestSite);
    expect(b.byTechnology).toEqual(a.byTechnology);
  });
});
