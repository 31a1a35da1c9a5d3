import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { pointInPolygon } from '../../../../src/core/geo/polygon.ts';

// Which provinces the problem points fall in, so the report map can outline their communes: a point
// "outside its commune" is read against the commune boundaries around it.

const isArea = (g: Geometry | null): g is Polygon | MultiPolygon =>
  g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon');

/** Codes of the provinces containing at least one point, most points first, at most `max`. */
export function provincesContaining(
  points: readonly Feature<Point>[],
  provinces: readonly Feature<Geometry | null, { code?: unknown } | null>[],
  max = 3,
): string[] {
  const counts = new Map<string, number>();
  for (const point of points) {
    const [lon, lat] = point.geometry.coordinates;
    if (lon === undefined || lat === undefined) continue;
    const home = provinces.find((p) => isArea(p.geometry) && pointInPolygon(lon, lat, p.geometry));
    const code = home?.properties?.code;
    if (typeof code === 'string') counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([code]) => code);
}
