import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { provincesContaining } from './report-geo.ts';

const square = (code: string, x: number, y: number): Feature<Polygon, { code: string }> => ({
  type: 'Feature',
  properties: { code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

const point = (lon: number, lat: number): Feature<Point> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('provincesContaining', () => {
  const provinces = [square('19', 105, 21), square('04', 106, 22), square('01', 105, 20)];

  it('names the provinces holding points, the one with most points first', () => {
    const points = [point(106.5, 22.5), point(105.5, 21.5), point(105.2, 21.2)];
    expect(provincesContaining(points, provinces)).toEqual(['19', '04']);
  });

  it('ignores points outside every province and keeps at most `max`', () => {
    expect(provincesContaining([point(110, 10)], provinces)).toEqual([]);
    const points = [point(106.5, 22.5), point(105.5, 21.5), point(105.5, 20.5)];
    expect(provincesContaining(points, provinces, 2)).toHaveLength(2);
  });

  it('skips features without an area or a code', () => {
    const odd = [
      { type: 'Feature' as const, properties: { code: '99' }, geometry: null },
      { ...square('x', 105, 21), properties: null },
    ];
    expect(provincesContaining([point(105.5, 21.5)], odd)).toEqual([]);
  });
});
