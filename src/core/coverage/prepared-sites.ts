import Flatbush from 'flatbush';
import { mortonOrder } from '../geo/morton.ts';
import { type BBox, centralAngleToMetres, DEG, radiusBBox } from '../geo/sphere.ts';
import { boxRadius, type SiteColumns, TECH_COUNT, thresholdOf } from './site-set.ts';

/** Values per packed item: x, y, z, h of the largest radius, h₂G, h₃G, h₄G, h₅G, site index. */
export const STRIDE = 9;

export interface Nearest {
  site: number;
  h: number;
}

/** One R-tree over a run of packed items, with per-technology point indexes built on first use. */
interface Layer {
  index: Flatbush;
  /** Packed item of the layer's item 0 (its items are contiguous). */
  offset: number;
  count: number;
  /** Per item and technology, whether it offered the technology when the layer was built. */
  offered: Uint8Array;
  /** Per item, its position when the layer was built (later versions of a site live elsewhere). */
  lon: Float64Array;
  lat: Float64Array;
  tech: ({ index: Flatbush; items: Int32Array } | null | undefined)[];
}

/** Per site: position, unit vector, h thresholds (−1 = none), its live packed item (−1 = none). */
interface SiteArrays {
  lon: Float64Array;
  lat: Float64Array;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  hMax: Float64Array;
  itemOf: Int32Array;
}

/** Fills site s of `a` from the columns; answers its largest radius (0 = no technology). */
function prepareSite(
  a: SiteArrays,
  c: SiteColumns,
  s: number,
  operators: ReadonlySet<number> | null,
): number {
  const lon = c.lon[s] as number;
  const lat = c.lat[s] as number;
  a.lon[s] = lon;
  a.lat[s] = lat;
  // Unit vector (cos φ cos λ, cos φ sin λ, sin φ), as geo/sphere.ts unitVector.
  const cosPhi = Math.cos(lat * DEG);
  a.x[s] = cosPhi * Math.cos(lon * DEG);
  a.y[s] = cosPhi * Math.sin(lon * DEG);
  a.z[s] = Math.sin(lat * DEG);
  a.hMax.fill(-1, s * TECH_COUNT, (s + 1) * TECH_COUNT);
  a.itemOf[s] = -1;
  if (operators !== null && !operators.has(c.operator[s] as number)) return 0;
  let m = 0;
  for (let t = 0; t < TECH_COUNT; t++) {
    const r = c.radiusM[s * TECH_COUNT + t] as number;
    if (!(r > 0)) continue;
    a.hMax[s * TECH_COUNT + t] = thresholdOf(r);
    if (r > m) m = r;
  }
  return m;
}

/** Packs `sites` (in this order) from item `offset` on and indexes their largest-radius boxes. */
function makeLayer(
  a: SiteArrays,
  sites: ArrayLike<number>,
  maxR: (s: number) => number,
  packed: Float64Array,
  offset: number,
): Layer {
  const index = new Flatbush(sites.length);
  const offered = new Uint8Array(sites.length * TECH_COUNT);
  const lon = new Float64Array(sites.length);
  const lat = new Float64Array(sites.length);
  const box: BBox = { minLon: 0, minLat: 0, maxLon: 0, maxLat: 0 };
  for (let k = 0; k < sites.length; k++) {
    const s = sites[k] as number;
    const r = maxR(s);
    lon[k] = a.lon[s] as number;
    lat[k] = a.lat[s] as number;
    radiusBBox(lon[k] as number, lat[k] as number, boxRadius(r), box);
    index.add(box.minLon, box.minLat, box.maxLon, box.maxLat);
    const o = (offset + k) * STRIDE;
    packed[o] = a.x[s] as number;
    packed[o + 1] = a.y[s] as number;
    packed[o + 2] = a.z[s] as number;
    packed[o + 3] = thresholdOf(r);
    for (let t = 0; t < TECH_COUNT; t++) {
      const h = a.hMax[s * TECH_COUNT + t] as number;
      packed[o + 4 + t] = h;
      offered[k * TECH_COUNT + t] = h >= 0 ? 1 : 0;
    }
    packed[o + 8] = s;
    a.itemOf[s] = offset + k;
  }
  index.finish();
  return { index, offset, count: sites.length, offered, lon, lat, tech: [] };
}

/**
 * Sites ready for queries. Each site with some radius is a packed item (72 bytes, about a cache
 * line: unit vector — the haversine term of two points is |a − b|² / 4, see geo/sphere.ts — and
 * its h thresholds), items are in Z-order, and a flatbush R-tree indexes the bounding box of each item's
 * largest radius. `withChanges` makes the next version cheaply: changed sites' old items are
 * switched off (thresholds −1) and their new versions go into a new small layer with its own
 * R-tree; past 16 layers or a quarter of dead items it rebuilds from scratch.
 */
export class PreparedSites {
  private constructor(
    readonly count: number,
    private readonly a: SiteArrays,
    readonly packed: Float64Array,
    private readonly layers: readonly Layer[],
    private readonly deadItems: number,
    private readonly offering: Int32Array,
  ) {}

  get lon(): Float64Array {
    return this.a.lon;
  }

  get lat(): Float64Array {
    return this.a.lat;
  }

  static build(columns: SiteColumns, operators: ReadonlySet<number> | null): PreparedSites {
    const n = columns.lon.length;
    const a = emptyArrays(n);
    const maxR = new Float64Array(n);
    const items: number[] = [];
    for (let s = 0; s < n; s++) {
      maxR[s] = prepareSite(a, columns, s, operators);
      if ((maxR[s] as number) > 0) items.push(s);
    }
    const packed = new Float64Array(items.length * STRIDE);
    const order = mortonOrder(a.lon, a.lat, items);
    const layers = items.length > 0 ? [makeLayer(a, order, (s) => maxR[s] as number, packed, 0)] : [];
    return new PreparedSites(n, a, packed, layers, 0, countOffering(a.hMax));
  }

  /** The same sites with `changed` (indices into `after`) taken from `after`. */
  withChanges(
    after: SiteColumns,
    changed: readonly number[],
    operators: ReadonlySet<number> | null,
  ): PreparedSites {
    const n = after.lon.length;
    const old = this.a;
    const a = emptyArrays(n);
    const keep = Math.min(n, this.count);
    for (const key of ['lon', 'lat', 'x', 'y', 'z', 'itemOf'] as const)
      a[key].set(old[key].subarray(0, keep));
    a.hMax.set(old.hMax.subarray(0, keep * TECH_COUNT));
    const fresh: number[] = [];
    const maxR = new Map<number, number>();
    const killed: number[] = [];
    for (const s of changed) {
      const item = s < this.count ? (old.itemOf[s] as number) : -1;
      if (item >= 0) killed.push(item);
      if (s >= n) continue;
      const r = prepareSite(a, after, s, operators);
      if (r > 0) {
        fresh.push(s);
        maxR.set(s, r);
      }
    }
    const items = this.packed.length / STRIDE;
    const dead = this.deadItems + killed.length;
    if (this.layers.length >= 16 || dead + fresh.length > 0.25 * items)
      return PreparedSites.build(after, operators);
    const packed = new Float64Array((items + fresh.length) * STRIDE);
    packed.set(this.packed);
    for (const item of killed) packed.fill(-1, item * STRIDE + 3, item * STRIDE + 8);
    const layers = [...this.layers];
    if (fresh.length > 0) {
      const order = mortonOrder(a.lon, a.lat, fresh);
      layers.push(makeLayer(a, order, (s) => maxR.get(s) ?? 0, packed, items));
    }
    return new PreparedSites(n, a, packed, layers, dead, countOffering(a.hMax));
  }

  /** Packed items whose largest-radius box meets the given box. */
  search(minLon: number, minLat: number, maxLon: number, maxLat: number): number[] {
    const [first, ...rest] = this.layers;
    if (first === undefined) return [];
    const out = first.index.search(minLon, minLat, maxLon, maxLat);
    for (const layer of rest) {
      for (const k of layer.index.search(minLon, minLat, maxLon, maxLat)) out.push(layer.offset + k);
    }
    return out;
  }

  /** h between site s and the unit vector (x, y, z). */
  h(s: number, x: number, y: number, z: number): number {
    const dx = x - (this.a.x[s] as number);
    const dy = y - (this.a.y[s] as number);
    const dz = z - (this.a.z[s] as number);
    return (dx * dx + dy * dy + dz * dz) * 0.25;
  }

  /** Whether site s offers technology t (after the operator filter). */
  offers(s: number, t: number): boolean {
    return s >= 0 && s < this.count && (this.a.hMax[s * TECH_COUNT + t] as number) >= 0;
  }

  offeringCount(t: number): number {
    return this.offering[t] as number;
  }

  /** The nearest site offering t by a scan of every item (for a few queries). */
  scanNearest(t: number, x: number, y: number, z: number, out: Nearest): void {
    const p = this.packed;
    out.site = -1;
    out.h = Number.POSITIVE_INFINITY;
    for (let o = 0; o < p.length; o += STRIDE) if ((p[o + 4 + t] as number) >= 0) this.offer(o, x, y, z, out);
  }

  /**
   * The site offering technology t nearest to a point (smallest h; ties to the lower index), or
   * site −1. A first candidate at distance d₀ — `hint` when it offers t, else flatbush's k-nearest
   * in lon/lat degrees — bounds the answer: every site closer than d₀ lies in the radius box of
   * d₀, so the minimum over that box is exact.
   */
  nearestOfTech(
    t: number,
    lon: number,
    lat: number,
    x: number,
    y: number,
    z: number,
    hint: number,
    out: Nearest,
  ): void {
    const p = this.packed;
    out.site = -1;
    out.h = Number.POSITIVE_INFINITY;
    const live = (layer: Layer, k: number) => (p[(layer.offset + k) * STRIDE + 4 + t] as number) >= 0;
    if (this.offers(hint, t)) {
      out.site = hint;
      out.h = this.h(hint, x, y, z);
    } else {
      for (const layer of this.layers) {
        const ti = this.techIndex(layer, t);
        const first = ti?.index.neighbors(lon, lat, 1, Number.POSITIVE_INFINITY, (k) =>
          live(layer, ti.items[k] as number),
        )[0];
        if (ti && first !== undefined)
          this.offer((layer.offset + (ti.items[first] as number)) * STRIDE, x, y, z, out);
      }
      if (out.site < 0) return;
    }
    const b = radiusBBox(lon, lat, boxRadius(centralAngleToMetres(out.h)));
    for (const layer of this.layers) {
      const ti = this.techIndex(layer, t);
      if (!ti) continue;
      for (const k of ti.index.search(b.minLon, b.minLat, b.maxLon, b.maxLat)) {
        const item = ti.items[k] as number;
        if (live(layer, item)) this.offer((layer.offset + item) * STRIDE, x, y, z, out);
      }
    }
  }

  /** Takes the packed item at offset o as the nearest if it is nearer (ties to the lower site). */
  private offer(o: number, x: number, y: number, z: number, out: Nearest): void {
    const p = this.packed;
    const dx = x - (p[o] as number);
    const dy = y - (p[o + 1] as number);
    const dz = z - (p[o + 2] as number);
    const h = (dx * dx + dy * dy + dz * dz) * 0.25;
    const s = p[o + 8] as number;
    if (h < out.h || (h === out.h && s < out.site)) {
      out.h = h;
      out.site = s;
    }
  }

  /** A point index of the layer's items that offered t when it was built; made on first use. */
  private techIndex(layer: Layer, t: number) {
    const known = layer.tech[t];
    if (known !== undefined) return known;
    const items: number[] = [];
    for (let k = 0; k < layer.count; k++) if (layer.offered[k * TECH_COUNT + t] === 1) items.push(k);
    let built: Layer['tech'][number] = null;
    if (items.length > 0) {
      const index = new Flatbush(items.length);
      for (const k of items) index.add(layer.lon[k] as number, layer.lat[k] as number);
      index.finish();
      built = { index, items: Int32Array.from(items) };
    }
    layer.tech[t] = built;
    return built;
  }
}

function emptyArrays(n: number): SiteArrays {
  return {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
    hMax: new Float64Array(n * TECH_COUNT).fill(-1),
    itemOf: new Int32Array(n).fill(-1),
  };
}

function countOffering(hMax: Float64Array): Int32Array {
  const counts = new Int32Array(TECH_COUNT);
  for (let i = 0; i < hMax.length; i++)
    if ((hMax[i] as number) >= 0) counts[i % TECH_COUNT] = (counts[i % TECH_COUNT] as number) + 1;
  return counts;
}
