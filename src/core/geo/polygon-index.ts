import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import {
  distanceToEdgeMetres,
  type FlatPolygon,
  flattenPolygon,
  insideFlat,
  insideRings,
} from './polygon.ts';
import { buildPolygonGrid, gridAnswer, type PolygonGrid } from './polygon-grid.ts';
import { radiusBBox } from './sphere.ts';

export interface CodedPolygon {
  code: string;
  geometry: Polygon | MultiPolygon;
}

/** Polygons with this many edges or more get their own edge index for distance queries. */
const EDGE_INDEX_MIN = 32;

interface Entry {
  code: string;
  flat: FlatPolygon;
  /** Vertex index of each edge's first end (edges never join two rings). */
  edgeStart: Uint32Array;
  /** Bounding box of the whole polygon. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Built on first use, for polygons with ≥ EDGE_INDEX_MIN edges. */
  edges: Flatbush | null;
  /** Containment questions asked so far; the grid is built once a polygon is asked often. */
  queries: number;
  grid: PolygonGrid | null;
}

/**
 * A polygon's grid is built after this many containment questions: building costs about a hundred
 * exact tests, and each later question then mostly costs one array read instead of ~1 µs (a commune
 * boundary has ~160 vertices; measured on the 3,321 communes). Files with few rows per commune never pay.
 */
const GRID_AFTER = 64;

function entryOf(code: string, geometry: Polygon | MultiPolygon): Entry {
  const flat = flattenPolygon(geometry);
  const starts: number[] = [];
  for (let r = 0; r + 1 < flat.ringStart.length; r++) {
    const end = flat.ringStart[r + 1] ?? 0;
    for (let i = flat.ringStart[r] ?? 0; i + 1 < end; i++) starts.push(i);
  }
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < flat.coords.length; i += 2) {
    const x = flat.coords[i] ?? 0;
    const y = flat.coords[i + 1] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return {
    code,
    flat,
    edgeStart: Uint32Array.from(starts),
    minX,
    minY,
    maxX,
    maxY,
    edges: null,
    queries: 0,
    grid: null,
  };
}

/**
 * Many polygons with codes (communes, provinces): which contain a point, and how far a point is
 * from one of them. A flatbush R-tree (V. Agafonkin, packed Hilbert R-tree) over the bounding box of
 * every polygon part prefilters `locate`; polygons of ≥ 32 edges get an R-tree of their edges so a
 * distance costs O(log edges) instead of a scan of the boundary.
 */
export class PolygonIndex {
  private readonly byCode = new Map<string, Entry>();

  private constructor(
    private readonly entries: readonly Entry[],
    private readonly parts: Flatbush | null,
    /** Part item → [entry, part number within the entry]. */
    private readonly partOwner: Uint32Array,
    private readonly partNumber: Uint32Array,
  ) {
    for (const e of entries) if (!this.byCode.has(e.code)) this.byCode.set(e.code, e);
  }

  static build(polygons: readonly CodedPolygon[]): PolygonIndex {
    const entries = polygons.map((p) => entryOf(p.code, p.geometry));
    const owner: number[] = [];
    const number: number[] = [];
    const boxes: number[] = [];
    entries.forEach((e, ei) => {
      const { coords, ringStart, partRing } = e.flat;
      for (let p = 0; p + 1 < partRing.length; p++) {
        const outer = partRing[p] ?? 0;
        let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
        for (let v = ringStart[outer] ?? 0; v < (ringStart[outer + 1] ?? 0); v++) {
          const x = coords[2 * v] ?? 0;
          const y = coords[2 * v + 1] ?? 0;
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
        if (!(minX <= maxX)) continue;
        owner.push(ei);
        number.push(p);
        boxes.push(minX, minY, maxX, maxY);
      }
    });
    let parts: Flatbush | null = null;
    if (owner.length > 0) {
      parts = new Flatbush(owner.length);
      for (let i = 0; i < boxes.length; i += 4) {
        parts.add(boxes[i] ?? 0, boxes[i + 1] ?? 0, boxes[i + 2] ?? 0, boxes[i + 3] ?? 0);
      }
      parts.finish();
    }
    return new PolygonIndex(entries, parts, Uint32Array.from(owner), Uint32Array.from(number));
  }

  get size(): number {
    return this.entries.length;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** Codes of every polygon containing the point, in the order they were given (usually 0 or 1). */
  locate(lon: number, lat: number): string[] {
    if (this.parts === null) return [];
    const hits = new Set<number>();
    for (const item of this.parts.search(lon, lat, lon, lat)) {
      const ei = this.partOwner[item] ?? 0;
      const entry = this.entries[ei];
      const p = this.partNumber[item] ?? 0;
      if (entry === undefined || hits.has(ei)) continue;
      const { partRing } = entry.flat;
      if (insideRings(entry.flat, partRing[p] ?? 0, partRing[p + 1] ?? 0, lon, lat)) hits.add(ei);
    }
    return [...hits].sort((a, b) => a - b).map((ei) => this.entries[ei]?.code ?? '');
  }

  /** Whether polygon `code` contains the point; `null` when there is no such code. */
  contains(code: string, lon: number, lat: number): boolean | null {
    const e = this.byCode.get(code);
    if (e === undefined) return null;
    if (lon < e.minX || lon > e.maxX || lat < e.minY || lat > e.maxY) return false;
    if (e.grid === null && ++e.queries === GRID_AFTER) e.grid = buildPolygonGrid(e.flat, e.edgeStart, e);
    if (e.grid !== null) {
      const answer = gridAnswer(e.grid, lon, lat);
      if (answer !== null) return answer;
    }
    return insideFlat(e.flat, lon, lat);
  }

  /** 0 inside polygon `code`, else metres to its boundary; `null` when there is no such code. */
  distanceTo(code: string, lon: number, lat: number): number | null {
    const inside = this.contains(code, lon, lat);
    if (inside === null) return null;
    return inside ? 0 : this.distanceToBoundary(code, lon, lat);
  }

  /** Metres from the point to polygon `code`'s boundary (inside or out); `null` for no such code. */
  distanceToBoundary(code: string, lon: number, lat: number): number | null {
    const e = this.byCode.get(code);
    if (e === undefined) return null;
    const index = this.edgeIndex(e);
    if (index === null) return this.nearestEdge(e, lon, lat, null);
    // Nearest edge box in degree space gives an upper bound d₀; every edge with a point closer
    // than d₀ meets the box of radius d₀, so the minimum over that box is exact.
    const first = index.neighbors(lon, lat, 1)[0];
    if (first === undefined) return Number.POSITIVE_INFINITY;
    const d0 = this.edgeDistance(e, first, lon, lat);
    const box = radiusBBox(lon, lat, d0 * (1 + 1e-9) + 1e-6);
    return this.nearestEdge(e, lon, lat, index.search(box.minLon, box.minLat, box.maxLon, box.maxLat));
  }

  /**
   * Whether the point is inside polygon `code` or within `metres` of it ("inside its declared
   * commune or within 1 km of it"); `null` for no such code.
   */
  within(code: string, lon: number, lat: number, metres: number): boolean | null {
    const inside = this.contains(code, lon, lat);
    if (inside !== false) return inside;
    const e = this.byCode.get(code) as Entry;
    const index = this.edgeIndex(e);
    if (index === null) return this.nearestEdge(e, lon, lat, null) <= metres;
    const box = radiusBBox(lon, lat, metres);
    const edges = index.search(box.minLon, box.minLat, box.maxLon, box.maxLat);
    return edges.some((edge) => this.edgeDistance(e, edge, lon, lat) <= metres);
  }

  private edgeIndex(e: Entry): Flatbush | null {
    if (e.edgeStart.length < EDGE_INDEX_MIN) return null;
    if (e.edges === null) {
      const c = e.flat.coords;
      const index = new Flatbush(e.edgeStart.length);
      for (const v of e.edgeStart) {
        const [ax, ay, bx, by] = [c[2 * v] ?? 0, c[2 * v + 1] ?? 0, c[2 * v + 2] ?? 0, c[2 * v + 3] ?? 0];
        index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
      index.finish();
      e.edges = index;
    }
    return e.edges;
  }

  private edgeDistance(e: Entry, edge: number, lon: number, lat: number): number {
    const v = e.edgeStart[edge] ?? 0;
    const c = e.flat.coords;
    return distanceToEdgeMetres(
      lon,
      lat,
      c[2 * v] ?? 0,
      c[2 * v + 1] ?? 0,
      c[2 * v + 2] ?? 0,
      c[2 * v + 3] ?? 0,
    );
  }

  /** The smallest edge distance over `edges` (every edge when `null`). */
  private nearestEdge(e: Entry, lon: number, lat: number, edges: readonly number[] | null): number {
    let best = Number.POSITIVE_INFINITY;
    const count = edges === null ? e.edgeStart.length : edges.length;
    for (let k = 0; k < count; k++) {
      const d = this.edgeDistance(e, edges === null ? k : (edges[k] ?? 0), lon, lat);
      if (d < best) best = d;
    }
    return best;
  }
}
