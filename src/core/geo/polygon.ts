import type { MultiPolygon, Polygon, Position } from 'geojson';
import { DEG, haversineMetres } from './sphere.ts';

/**
 * Points against GeoJSON polygons. Following RFC 7946 §3.1.1, an edge between two positions is a
 * straight line in lon/lat (not a great-circle arc); rings are closed (first position = last).
 * Antimeridian-crossing polygons are not supported (not needed for Vietnam).
 */

/**
 * Polygon rings flattened for speed: `coords` holds x0, y0, x1, y1, … of every ring of every part;
 * `ringStart[i]` is ring i's first vertex (in vertices, not numbers), `ringStart[rings]` the end;
 * `partRing[p]` is part p's first ring (its outer ring; the rest of its rings are holes).
 */
export interface FlatPolygon {
  coords: Float64Array;
  ringStart: Uint32Array;
  partRing: Uint32Array;
}

export function flattenPolygon(geometry: Polygon | MultiPolygon): FlatPolygon {
  const parts: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = parts.flat();
  const vertexCount = rings.reduce((n, ring) => n + ring.length, 0);
  const coords = new Float64Array(vertexCount * 2);
  const ringStart = new Uint32Array(rings.length + 1);
  const partRing = new Uint32Array(parts.length + 1);
  let v = 0;
  let r = 0;
  parts.forEach((part, p) => {
    partRing[p] = r;
    for (const ring of part) {
      ringStart[r++] = v;
      for (const position of ring) {
        coords[2 * v] = position[0] ?? Number.NaN;
        coords[2 * v + 1] = position[1] ?? Number.NaN;
        v++;
      }
    }
  });
  ringStart[r] = v;
  partRing[parts.length] = r;
  return { coords, ringStart, partRing };
}

/**
 * Whether (x, y) is inside the rings `firstRing` … `endRing − 1`, by the even–odd (crossing number)
 * rule: a horizontal ray from the point crosses the boundary an odd number of times iff the point
 * is inside (W. R. Franklin, "PNPOLY – Point Inclusion in Polygon Test", wrfranklin.org, 1970s;
 * also J. O'Rourke, Computational Geometry in C, 2nd ed., §7.4). Counting crossings over the outer
 * ring and its holes together makes a point in a hole outside. A point exactly on an edge may
 * answer either way; use the boundary distance for tolerances.
 */
export function insideRings(flat: FlatPolygon, firstRing: number, endRing: number, x: number, y: number) {
  const { coords, ringStart } = flat;
  let inside = false;
  for (let r = firstRing; r < endRing; r++) {
    const start = ringStart[r] ?? 0;
    const end = ringStart[r + 1] ?? 0;
    for (let i = start, j = end - 1; i < end; j = i++) {
      const xi = coords[2 * i] ?? 0;
      const yi = coords[2 * i + 1] ?? 0;
      const xj = coords[2 * j] ?? 0;
      const yj = coords[2 * j + 1] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether the point lies in any part of the flattened polygon (holes excluded). */
export function insideFlat(flat: FlatPolygon, lon: number, lat: number): boolean {
  const parts = flat.partRing.length - 1;
  for (let p = 0; p < parts; p++) {
    if (insideRings(flat, flat.partRing[p] ?? 0, flat.partRing[p + 1] ?? 0, lon, lat)) return true;
  }
  return false;
}

export function pointInPolygon(lon: number, lat: number, geometry: Polygon | MultiPolygon): boolean {
  return insideFlat(flattenPolygon(geometry), lon, lat);
}

/**
 * Distance in metres from (lon, lat) to the edge from vertex a to vertex b. The edge is a straight
 * lon/lat line (RFC 7946), which stays straight in the local equirectangular projection about the
 * point (x = Δλ · cos φ₀ · R, y = Δφ · R: an affine map of lon/lat). The closest point C of the edge
 * is found in that plane, then the distance to C is measured exactly by the haversine formula. So
 * the result is a true distance to a point of the edge; the choice of C is exact up to the
 * projection's scale error, ~tan φ₀ · Δφ (< 0.1 % within 10 km of the point at 22° N), which is what
 * "within 1 km of its commune" needs. Far away it is an upper bound within a fraction of a percent.
 */
export function distanceToEdgeMetres(
  lon: number,
  lat: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const k = Math.cos(lat * DEG);
  const px = (ax - lon) * k;
  const py = ay - lat;
  const dx = (bx - ax) * k;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(px * dx + py * dy) / len2));
  return haversineMetres(lon, lat, ax + t * (bx - ax), ay + t * (by - ay));
}

/** Distance in metres from the point to the nearest edge of one ring. */
export function distanceToRingMetres(flat: FlatPolygon, ring: number, lon: number, lat: number): number {
  const start = flat.ringStart[ring] ?? 0;
  const end = flat.ringStart[ring + 1] ?? 0;
  const c = flat.coords;
  let best = Number.POSITIVE_INFINITY;
  for (let i = start; i + 1 < end; i++) {
    const d = distanceToEdgeMetres(
      lon,
      lat,
      c[2 * i] ?? 0,
      c[2 * i + 1] ?? 0,
      c[2 * i + 2] ?? 0,
      c[2 * i + 3] ?? 0,
    );
    if (d < best) best = d;
  }
  return best;
}

/** Distance in metres from the point to the polygon's boundary (outer rings and holes). */
export function distanceToBoundaryMetres(lon: number, lat: number, geometry: Polygon | MultiPolygon): number {
  const flat = flattenPolygon(geometry);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r + 1 < flat.ringStart.length; r++)
    best = Math.min(best, distanceToRingMetres(flat, r, lon, lat));
  return best;
}

/** 0 inside the polygon, else the distance in metres to its boundary. */
export function distanceToPolygonMetres(lon: number, lat: number, geometry: Polygon | MultiPolygon): number {
  const flat = flattenPolygon(geometry);
  if (insideFlat(flat, lon, lat)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r + 1 < flat.ringStart.length; r++)
    best = Math.min(best, distanceToRingMetres(flat, r, lon, lat));
  return best;
}
