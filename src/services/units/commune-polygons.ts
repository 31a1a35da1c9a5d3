import { PolygonIndex } from '../../core/geo/polygon-index.ts';
import { readVietnamBoundaries } from '../../io/units/read-vietnam-boundaries.ts';

let cached: Promise<PolygonIndex> | null = null;

/**
 * The current communes' boundaries as a point-location index (to check that a submitted point lies in
 * Vietnam and in, or within 1 km of, its declared commune). Built once per process from the shipped
 * boundaries, the same shapes the database holds.
 */
export function communePolygons(): Promise<PolygonIndex> {
  if (!cached) {
    const building = readVietnamBoundaries().then(({ communes }) =>
      PolygonIndex.build(
        [...communes].map(([code, boundary]) => ({
          code,
          geometry: JSON.parse(boundary.geometry) as Parameters<
            typeof PolygonIndex.build
          >[0][number]['geometry'],
        })),
      ),
    );
    building.catch(() => {
      cached = null;
    });
    cached = building;
  }
  return cached;
}
