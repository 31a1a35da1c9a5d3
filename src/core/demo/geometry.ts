import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from '../assets/asset-model.ts';
import type { Rng } from './prng.ts';

/**
 * The few geometric primitives the demo generator needs, on WGS84 lon/lat with a local flat-earth
 * approximation (errors < 0.5 % over the tens of kilometres a commune spans at Vietnam's latitudes).
 * Kept private to the demo folder on purpose: the project's general geometry lives elsewhere.
 */

/** A commune outline as a GeoJSON geometry or its bare coordinates. */
export type PolygonInput = Polygon | MultiPolygon | Position[][] | Position[][][];

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

export function kmPerDegLon(lat: number): number {
  return KM_PER_DEG_LON_EQUATOR * Math.cos((lat * Math.PI) / 180);
}

/** Distance in km (equirectangular; fine at commune scale). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dx = (a.lon - b.lon) * kmPerDegLon((a.lat + b.lat) / 2);
  const dy = (a.lat - b.lat) * KM_PER_DEG_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The point `dxKm` east and `dyKm` north of `p`. */
export function offsetKm(p: LonLat, dxKm: number, dyKm: number): LonLat {
  return { lon: p.lon + dxKm / kmPerDegLon(p.lat), lat: p.lat + dyKm / KM_PER_DEG_LAT };
}

/** Round coordinates to 1e-6° (~0.1 m) so output is compact and stable. */
export function roundLonLat(p: LonLat): LonLat {
  return { lon: Math.round(p.lon * 1e6) / 1e6, lat: Math.round(p.lat * 1e6) / 1e6 };
}

function toMultiPolygon(input: PolygonInput): Position[][][] {
  if (!Array.isArray(input)) return input.type === 'Polygon' ? [input.coordinates] : input.coordinates;
  const probe = input[0]?.[0]?.[0];
  return typeof probe === 'number' ? [input as Position[][]] : (input as Position[][][]);
}

/** Even–odd ray casting on one ring. */
function ringContains(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const pi = ring[i];
    const pj = ring[j];
    if (!pi || !pj) continue;
    const yi = pi[1] ?? 0;
    const yj = pj[1] ?? 0;
    if (yi > lat !== yj > lat) {
      const xi = pi[0] ?? 0;
      const xj = pj[0] ?? 0;
      if (lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Planar shoelace area in km² using the ring's mean latitude for the lon scale. */
function ringAreaKm2(ring: readonly Position[]): number {
  let sum = 0;
  let latSum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const pi = ring[i];
    const pj = ring[j];
    if (!pi || !pj) continue;
    sum += ((pj[0] ?? 0) - (pi[0] ?? 0)) * ((pj[1] ?? 0) + (pi[1] ?? 0));
    latSum += pi[1] ?? 0;
  }
  const meanLat = ring.length > 0 ? latSum / ring.length : 0;
  return (Math.abs(sum) / 2) * kmPerDegLon(meanLat) * KM_PER_DEG_LAT;
}

interface Part {
  rings: Position[][];
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  areaKm2: number;
}

/**
 * A polygon prepared for repeated containment tests and rejection sampling: bounding boxes and areas
 * per part, so a multipolygon of small islands samples each island in its own box.
 */
export class PreparedPolygon {
  private readonly parts: Part[];
  readonly areaKm2: number;

  constructor(input: PolygonInput) {
    this.parts = [];
    for (const rings of toMultiPolygon(input)) {
      const outer = rings[0];
      if (!outer || outer.length < 4) continue;
      let minLon = Number.POSITIVE_INFINITY;
      let minLat = Number.POSITIVE_INFINITY;
      let maxLon = Number.NEGATIVE_INFINITY;
      let maxLat = Number.NEGATIVE_INFINITY;
      for (const p of outer) {
        const lon = p[0] ?? 0;
        const lat = p[1] ?? 0;
        if (lon < minLon) minLon = lon;
        if (lon > maxLon) maxLon = lon;
        if (lat < minLat) minLat = lat;
        if (lat > maxLat) maxLat = lat;
      }
      let area = ringAreaKm2(outer);
      for (const hole of rings.slice(1)) area -= ringAreaKm2(hole);
      this.parts.push({ rings, minLon, minLat, maxLon, maxLat, areaKm2: Math.max(area, 0) });
    }
    this.areaKm2 = this.parts.reduce((s, p) => s + p.areaKm2, 0);
  }

  /** Bounding box of all parts. */
  get bounds(): { minLon: number; minLat: number; maxLon: number; maxLat: number } {
    return {
      minLon: Math.min(...this.parts.map((p) => p.minLon)),
      minLat: Math.min(...this.parts.map((p) => p.minLat)),
      maxLon: Math.max(...this.parts.map((p) => p.maxLon)),
      maxLat: Math.max(...this.parts.map((p) => p.maxLat)),
    };
  }

  /** Distance in km from `p` to the farthest corner of the bounding box (an upper bound of the reach). */
  reachKm(p: LonLat): number {
    let best = 0;
    for (const part of this.parts) {
      for (const lon of [part.minLon, part.maxLon]) {
        for (const lat of [part.minLat, part.maxLat]) best = Math.max(best, distanceKm(p, { lon, lat }));
      }
    }
    return best;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  contains(p: LonLat): boolean {
    for (const part of this.parts) {
      if (p.lon < part.minLon || p.lon > part.maxLon || p.lat < part.minLat || p.lat > part.maxLat) continue;
      const rings = part.rings;
      const outer = rings[0];
      if (!outer || !ringContains(outer, p.lon, p.lat)) continue;
      let inHole = false;
      for (let h = 1; h < rings.length && !inHole; h++) inHole = ringContains(rings[h] ?? [], p.lon, p.lat);
      if (!inHole) return true;
    }
    return false;
  }

  /** Distance in km from `p` to the nearest edge of any ring (outer or hole); stops early (returning
   * a value below `stopBelow`) as soon as it knows the distance is less than that. */
  distanceToBoundaryKm(p: LonLat, stopBelow = 0): number {
    const kx = kmPerDegLon(p.lat);
    let best = Number.POSITIVE_INFINITY;
    for (const part of this.parts) {
      for (const ring of part.rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[j];
          const b = ring[i];
          if (!a || !b) continue;
          const ax = ((a[0] ?? 0) - p.lon) * kx;
          const ay = ((a[1] ?? 0) - p.lat) * KM_PER_DEG_LAT;
          const bx = ((b[0] ?? 0) - p.lon) * kx;
          const by = ((b[1] ?? 0) - p.lat) * KM_PER_DEG_LAT;
          const dx = bx - ax;
          const dy = by - ay;
          const len2 = dx * dx + dy * dy;
          const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
          const d = Math.hypot(ax + t * dx, ay + t * dy);
          if (d < best) {
            best = d;
            if (best < stopBelow) return best;
          }
        }
      }
    }
    return best;
  }

  /** A point guaranteed inside: the middle of the widest span on the horizontal line through the
   * largest part's middle latitude (falls back to the first vertex for degenerate shapes). */
  interiorPoint(): LonLat {
    const part = this.parts.reduce<Part | undefined>(
      (best, p) => (!best || p.areaKm2 > best.areaKm2 ? p : best),
      undefined,
    );
    if (!part) throw new Error('Đa giác rỗng');
    for (const frac of [0.5, 0.37, 0.63, 0.25, 0.75, 0.13, 0.87]) {
      const lat = part.minLat + (part.maxLat - part.minLat) * frac;
      const xs: number[] = [];
      for (const ring of part.rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[i];
          const b = ring[j];
          if (!a || !b) continue;
          const ya = a[1] ?? 0;
          const yb = b[1] ?? 0;
          if (ya > lat !== yb > lat)
            xs.push((a[0] ?? 0) + (((b[0] ?? 0) - (a[0] ?? 0)) * (lat - ya)) / (yb - ya));
        }
      }
      xs.sort((x, y) => x - y);
      let bestMid: number | null = null;
      let bestWidth = 0;
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const width = (xs[i + 1] ?? 0) - (xs[i] ?? 0);
        if (width > bestWidth) {
          bestWidth = width;
          bestMid = ((xs[i] ?? 0) + (xs[i + 1] ?? 0)) / 2;
        }
      }
      if (bestMid !== null && this.contains({ lon: bestMid, lat })) return { lon: bestMid, lat };
    }
    const first = part.rings[0]?.[0];
    return { lon: first?.[0] ?? 0, lat: first?.[1] ?? 0 };
  }

  /** Uniform point inside (rejection sampling in a part chosen by area); interior point if unlucky. */
  samplePoint(rng: Rng, maxTries = 200): LonLat {
    for (let t = 0; t < maxTries; t++) {
      let r = rng.next() * this.areaKm2;
      let part = this.parts[this.parts.length - 1];
      for (const p of this.parts) {
        r -= p.areaKm2;
        if (r < 0) {
          part = p;
          break;
        }
      }
      if (!part) break;
      const p = { lon: rng.range(part.minLon, part.maxLon), lat: rng.range(part.minLat, part.maxLat) };
      if (this.contains(p)) return p;
    }
    return this.interiorPoint();
  }
}

/**
 * A uniform-grid hash of points for "is any point within d km" queries. Cell size in degrees; queries
 * scan the cells overlapping the search box.
 */
export class PointGrid {
  private readonly cells = new Map<number, LonLat[]>();
  private readonly cellDeg: number;
  private count = 0;

  constructor(cellDeg = 0.1) {
    this.cellDeg = cellDeg;
  }

  get size(): number {
    return this.count;
  }

  private key(ix: number, iy: number): number {
    return (ix + 32768) * 65536 + (iy + 32768);
  }

  add(p: LonLat): void {
    const k = this.key(Math.floor(p.lon / this.cellDeg), Math.floor(p.lat / this.cellDeg));
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
    this.count++;
  }

  /** Distance to the nearest stored point within `radiusKm`, or null when none is that close. */
  nearestWithin(p: LonLat, radiusKm: number): number | null {
    if (this.count === 0) return null;
    const dLat = radiusKm / KM_PER_DEG_LAT;
    const dLon = radiusKm / kmPerDegLon(p.lat);
    const x0 = Math.floor((p.lon - dLon) / this.cellDeg);
    const x1 = Math.floor((p.lon + dLon) / this.cellDeg);
    const y0 = Math.floor((p.lat - dLat) / this.cellDeg);
    const y1 = Math.floor((p.lat + dLat) / this.cellDeg);
    let best: number | null = null;
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        for (const q of this.cells.get(this.key(ix, iy)) ?? []) {
          const d = distanceKm(p, q);
          if (d <= radiusKm && (best === null || d < best)) best = d;
        }
      }
    }
    return best;
  }

  anyWithin(p: LonLat, radiusKm: number): boolean {
    return this.nearestWithin(p, radiusKm) !== null;
  }
}
