import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../coverage/synthetic-network.ts';
import {
  distanceToBoundaryMetres,
  distanceToEdgeMetres,
  distanceToPolygonMetres,
  pointInPolygon,
} from './polygon.ts';
import { PolygonIndex } from './polygon-index.ts';
import { destination } from './sphere.ts';

const ring = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
/** 105–106° E, 22–23° N with a hole 105.4–105.6 × 22.4–22.6. */
const SQUARE: Polygon = {
  type: 'Polygon',
  coordinates: [ring(105, 22, 106, 23), ring(105.4, 22.4, 105.6, 22.6)],
};
const TWO: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring(0, 0, 1, 1)], [ring(2, 0, 3, 1)]] };

/** A ring of `n` vertices at `metres` around a centre (a commune-like polygon with many edges). */
function circle(lon: number, lat: number, metres: number, n: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < n; i++) {
    const p = destination(lon, lat, (360 * i) / n, metres * (1 + 0.2 * Math.sin(i)));
    out.push([p.lon, p.lat]);
  }
  out.push(out[0] as Position);
  return out;
}

describe('point in polygon (even–odd)', () => {
  it('respects holes and every part of a multipolygon', () => {
    expect(pointInPolygon(105.2, 22.2, SQUARE)).toBe(true);
    expect(pointInPolygon(105.5, 22.5, SQUARE)).toBe(false); // in the hole
    expect(pointInPolygon(104.9, 22.5, SQUARE)).toBe(false);
    expect(pointInPolygon(2.5, 0.5, TWO)).toBe(true);
    expect(pointInPolygon(1.5, 0.5, TWO)).toBe(false);
  });
});

describe('distance to a polygon', () => {
  it('measures 0.01° south of an edge at 22° N as 1111.95 m (R·π/180 × 0.01)', () => {
    expect(distanceToPolygonMetres(105.5, 21.99, SQUARE)).toBeCloseTo(1111.9508, 3);
    // West of a meridian edge at 22.5° N: 2R·asin(cos 22.5° · sin 0.005°) = 1027.3086 m.
    expect(distanceToPolygonMetres(104.99, 22.5, SQUARE)).toBeCloseTo(1027.3086, 2);
  });

  it('is 0 inside, and the boundary distance counts the hole', () => {
    expect(distanceToPolygonMetres(105.2, 22.2, SQUARE)).toBe(0);
    // Nearest edge is the western one: the great-circle distance to that meridian is
    // R·asin(cos 22.2° · sin 0.2°) = 20,590.445 m; the projected foot gives 20,590.449 m.
    expect(distanceToBoundaryMetres(105.2, 22.2, SQUARE)).toBeCloseTo(20_590.445, 1);
    // In the hole, 0.05° from its southern edge: 5,559.75 m.
    expect(distanceToPolygonMetres(105.5, 22.45, SQUARE)).toBeCloseTo(5559.754, 2);
  });

  it('handles degenerate edges', () => {
    expect(distanceToEdgeMetres(105, 22.01, 105, 22, 105, 22)).toBeCloseTo(1111.9508, 3);
  });
});

describe('PolygonIndex', () => {
  const commune = circle(105.8, 21.0, 10_000, 400);
  const polygons = [
    { code: 'SQ', geometry: SQUARE },
    {
      code: 'C',
      geometry: { type: 'Polygon', coordinates: [commune, circle(105.8, 21.0, 2000, 40)] } as Polygon,
    },
    { code: 'OVER', geometry: { type: 'Polygon', coordinates: [ring(105.9, 22.9, 106.5, 23.5)] } as Polygon },
    { code: 'TWO', geometry: TWO },
  ];
  const index = PolygonIndex.build(polygons);

  it('locates points, overlapping polygons answering both codes', () => {
    expect(index.size).toBe(4);
    expect(index.locate(105.2, 22.2)).toEqual(['SQ']);
    expect(index.locate(105.95, 22.95)).toEqual(['SQ', 'OVER']);
    expect(index.locate(105.5, 22.5)).toEqual([]);
    expect(index.locate(2.5, 0.5)).toEqual(['TWO']);
    expect(index.locate(105.8 + 0.05, 21.0)).toEqual(['C']);
    expect(index.locate(105.8, 21.0)).toEqual([]); // the hole
  });

  it('answers distances and "within 1 km" of a declared polygon', () => {
    expect(index.distanceTo('SQ', 105.5, 21.99)).toBeCloseTo(1111.9508, 3);
    expect(index.distanceTo('SQ', 105.2, 22.2)).toBe(0);
    expect(index.within('SQ', 105.5, 22 - 0.00898, 1000)).toBe(true); // 998.5 m
    expect(index.within('SQ', 105.5, 22 - 0.00901, 1000)).toBe(false); // 1001.9 m
    expect(index.within('SQ', 105.2, 22.2, 1000)).toBe(true);
    expect(index.distanceTo('NOPE', 0, 0)).toBeNull();
    expect(index.within('NOPE', 0, 0, 1)).toBeNull();
    expect(index.contains('NOPE', 0, 0)).toBeNull();
    expect(index.has('C')).toBe(true);
  });

  it('gives exactly the brute-force distance through its edge index (400-edge polygon)', () => {
    const rand = mulberry32(7);
    const geometry = polygons[1]?.geometry as Polygon;
    for (let i = 0; i < 500; i++) {
      const lon = 105.8 + (rand() - 0.5) * 0.4;
      const lat = 21.0 + (rand() - 0.5) * 0.4;
      expect(index.distanceToBoundary('C', lon, lat)).toBe(distanceToBoundaryMetres(lon, lat, geometry));
      expect(index.distanceTo('C', lon, lat)).toBe(distanceToPolygonMetres(lon, lat, geometry));
      const d = distanceToPolygonMetres(lon, lat, geometry);
      expect(index.within('C', lon, lat, 1000)).toBe(d <= 1000);
    }
  });

  it('builds from nothing', () => {
    const empty = PolygonIndex.build([]);
    expect(empty.locate(105, 21)).toEqual([]);
  });
});
