import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceKm, offsetKm, PointGrid, PreparedPolygon } from './geometry.ts';
import { rngFor } from './prng.ts';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [105, 21],
      [105.1, 21],
      [105.1, 21.1],
      [105, 21.1],
      [105, 21],
    ],
    [
      [105.04, 21.04],
      [105.06, 21.04],
      [105.06, 21.06],
      [105.04, 21.06],
      [105.04, 21.04],
    ],
  ],
};

/** A U shape: its bounding-box centre lies outside. */
const uShape = [
  [
    [0, 0],
    [3, 0],
    [3, 3],
    [2, 3],
    [2, 1],
    [1, 1],
    [1, 3],
    [0, 3],
    [0, 0],
  ],
];

describe('PreparedPolygon', () => {
  it('tests containment with holes', () => {
    const p = new PreparedPolygon(square);
    expect(p.contains({ lon: 105.01, lat: 21.01 })).toBe(true);
    expect(p.contains({ lon: 105.05, lat: 21.05 })).toBe(false);
    expect(p.contains({ lon: 105.2, lat: 21.05 })).toBe(false);
  });

  it('accepts bare Polygon and MultiPolygon coordinates', () => {
    expect(new PreparedPolygon(uShape).contains({ lon: 0.5, lat: 2 })).toBe(true);
    const multi = new PreparedPolygon([
      uShape,
      [
        [
          [10, 10],
          [11, 10],
          [11, 11],
          [10, 10],
        ],
      ],
    ]);
    expect(multi.contains({ lon: 10.8, lat: 10.2 })).toBe(true);
    expect(multi.contains({ lon: 1.5, lat: 2 })).toBe(false);
  });

  it('computes areas in km² (0.1° square minus its hole at 21°N)', () => {
    const expected = 0.1 * 111.32 * Math.cos((21.05 * Math.PI) / 180) * 0.1 * 110.574 * (1 - 0.04);
    expect(new PreparedPolygon(square).areaKm2).toBeCloseTo(expected, 0);
  });

  it('samples points inside, and finds an interior point of a concave shape', () => {
    const u = new PreparedPolygon(uShape);
    const rng = rngFor(1, 'geometry');
    for (let i = 0; i < 500; i++) expect(u.contains(u.samplePoint(rng))).toBe(true);
    expect(u.contains(u.interiorPoint())).toBe(true);
  });

  it('measures the distance to the border', () => {
    const p = new PreparedPolygon(square);
    const d = p.distanceToBoundaryKm({ lon: 105.02, lat: 21.05 });
    expect(d).toBeCloseTo(0.02 * 111.32 * Math.cos((21.05 * Math.PI) / 180), 1);
  });
});

describe('distances and the point grid', () => {
  it('offsets and measures consistently', () => {
    const a = { lon: 105.8, lat: 21 };
    expect(distanceKm(a, offsetKm(a, 3, 4))).toBeCloseTo(5, 2);
  });

  it('finds the nearest point within a radius only', () => {
    const grid = new PointGrid(0.1);
    const a = { lon: 105.8, lat: 21 };
    grid.add(offsetKm(a, 7.9, 0));
    grid.add(offsetKm(a, 0, -12));
    expect(grid.nearestWithin(a, 8)).toBeCloseTo(7.9, 2);
    expect(grid.anyWithin(a, 7.8)).toBe(false);
    expect(new PointGrid().anyWithin(a, 100)).toBe(false);
  });
});
