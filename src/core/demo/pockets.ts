import type { LonLat } from '../assets/asset-model.ts';
import { distanceKm, type PreparedPolygon } from './geometry.ts';
import type { DemoParameters } from './parameters.ts';

/**
 * Remote pockets: where the generator leaves villages deliberately without mobile coverage.
 * A pocket is a point deep inside a large mountain commune with 2–8 small hamlets within
 * `POCKET_RADIUS_KM`; no site may stand within `remoteGuardKm` of a hamlet, and no other village
 * within `exclusionKm + POCKET_RADIUS_KM` of the pocket, so that every other village can still get a
 * site within `coverageRadiusKm`; sites within `remoteQuietKm` get short-range equipment only
 * (carriers.ts). A commune can host a pocket only if it has room around it: at least
 * `MIN_ROOM` of the commune lies farther than that exclusion disc (plus 1 km) from its deepest point.
 */
export const POCKET_RADIUS_KM = 1.2;
/** Hamlets per pocket: MIN_HAMLETS + uniform integer in [0, HAMLET_SPREAD). */
export const MIN_HAMLETS = 2;
export const HAMLET_SPREAD = 7;
/** Mean hamlets per pocket (2–8, uniform). */
export const HAMLETS_PER_POCKET = MIN_HAMLETS + (HAMLET_SPREAD - 1) / 2;
const MIN_ROOM = 0.2;
const GRID = 12;

/** Radius around a pocket's hamlets that other villages keep clear of. */
export function exclusionKm(params: DemoParameters): number {
  return params.remoteGuardKm - params.coverageRadiusKm + 2.5;
}

/**
 * The pocket centre of a commune (its deepest point on a 12 × 12 grid over the bounding box), or null
 * when the commune has no room for a pocket. Deterministic: no random draw.
 */
export function pocketCentreFor(polygon: PreparedPolygon, params: DemoParameters): LonLat | null {
  const { minLon, minLat, maxLon, maxLat } = polygon.bounds;
  const inside: LonLat[] = [];
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const p = {
        lon: minLon + ((maxLon - minLon) * (i + 0.5)) / GRID,
        lat: minLat + ((maxLat - minLat) * (j + 0.5)) / GRID,
      };
      if (polygon.contains(p)) inside.push(p);
    }
  }
  let best: LonLat | null = null;
  let bestD = -1;
  // Central points first: a good early best lets distanceToBoundaryKm stop early for the others.
  const mid = { lon: (minLon + maxLon) / 2, lat: (minLat + maxLat) / 2 };
  const ordered = inside.map((p) => ({ p, d: distanceKm(p, mid) })).sort((a, b) => a.d - b.d);
  for (const { p } of ordered) {
    const d = polygon.distanceToBoundaryKm(p, bestD);
    if (d > bestD) {
      bestD = d;
      best = p;
    }
  }
  if (!best) return null;
  const reach = exclusionKm(params) + POCKET_RADIUS_KM + 1;
  const centre = best;
  const room = inside.filter((p) => distanceKm(p, centre) >= reach).length / inside.length;
  return room >= MIN_ROOM ? centre : null;
}
