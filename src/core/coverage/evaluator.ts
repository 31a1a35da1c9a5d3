import { centralAngleToMetres } from '../geo/sphere.ts';
import { type Nearest, type PreparedSites, STRIDE } from './prepared-sites.ts';
import { TECH_COUNT } from './site-set.ts';

/** Villages ready for queries: positions, unit vectors, population. */
export interface PreparedVillages {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  population: Float64Array;
}

/** The arrays an evaluation writes, per village (`covered`) or village × technology (4·v + t). */
export interface CoverageArrays {
  covered: Uint8Array;
  nearestSite: Int32Array;
  nearestDistanceM: Float64Array;
  nearestH: Float64Array;
}

/** Villages per R-tree query, and the largest lon/lat span (degrees) of such a batch. */
const BATCH = 64;
const BATCH_SPAN_DEG = 0.05;

/**
 * Evaluates villages against prepared sites and writes their coverage into `out`; answers how many
 * village × site candidates it examined.
 *
 * Villages come in Z-order and are taken in small batches of neighbours (≤ 64, within 0.05°): one
 * R-tree query with the batch's box returns every site whose largest-radius box meets it — a
 * superset of each village's own candidates, since a site covering a village has that village in
 * its box — and each village then checks those candidates exactly: h = |v − s|² / 4 against the
 * site's largest threshold first, then per technology. One query per batch instead of per village
 * is what makes 100,000 villages × 150,000 sites fit in well under a second.
 *
 * Uncovered village × technology pairs then get the nearest site offering the technology anywhere
 * (see `nearestPhase`).
 */
export function evaluateVillages(
  sites: PreparedSites,
  villages: PreparedVillages,
  order: ArrayLike<number>,
  nearest: boolean,
  out: CoverageArrays,
): number {
  const { packed } = sites;
  const { lon, lat, x, y, z } = villages;
  const bestH = new Float64Array(TECH_COUNT);
  const bestS = new Int32Array(TECH_COUNT);
  const gaps: number[][] = Array.from({ length: TECH_COUNT }, () => []);
  let checked = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    const v0 = order[start] as number;
    let minLon = lon[v0] as number;
    let maxLon = minLon;
    let minLat = lat[v0] as number;
    let maxLat = minLat;
    while (++end < order.length && end - start < BATCH) {
      const v = order[end] as number;
      const lo = lon[v] as number;
      const la = lat[v] as number;
      const nMinLon = Math.min(minLon, lo);
      const nMaxLon = Math.max(maxLon, lo);
      const nMinLat = Math.min(minLat, la);
      const nMaxLat = Math.max(maxLat, la);
      if (nMaxLon - nMinLon > BATCH_SPAN_DEG || nMaxLat - nMinLat > BATCH_SPAN_DEG) break;
      [minLon, maxLon, minLat, maxLat] = [nMinLon, nMaxLon, nMinLat, nMaxLat];
    }
    const candidates = sites.search(minLon, minLat, maxLon, maxLat);
    const m = candidates.length;
    for (let k = start; k < end; k++) {
      const v = order[k] as number;
      const vx = x[v] as number;
      const vy = y[v] as number;
      const vz = z[v] as number;
      // Best (smallest h, then lowest site) covering site per technology, unrolled for the 4 of
      // TECHNOLOGIES: locals stay in registers in this, the hottest loop.
      let h0 = Number.POSITIVE_INFINITY;
      let h1 = h0;
      let h2 = h0;
      let h3 = h0;
      let s0 = -1;
      let s1 = -1;
      let s2 = -1;
      let s3 = -1;
      let bits = 0;
      for (let c = 0; c < m; c++) {
        const o = (candidates[c] as number) * STRIDE;
        const dx = vx - (packed[o] as number);
        const dy = vy - (packed[o + 1] as number);
        const dz = vz - (packed[o + 2] as number);
        const h = (dx * dx + dy * dy + dz * dz) * 0.25;
        if (h > (packed[o + 3] as number)) continue; // beyond the site's largest radius
        const s = packed[o + 8] as number;
        // A threshold of −1 (no such technology) never passes.
        if (h <= (packed[o + 4] as number)) {
          bits |= 1;
          if (h < h0 || (h === h0 && s < s0)) {
            h0 = h;
            s0 = s;
          }
        }
        if (h <= (packed[o + 5] as number)) {
          bits |= 2;
          if (h < h1 || (h === h1 && s < s1)) {
            h1 = h;
            s1 = s;
          }
        }
        if (h <= (packed[o + 6] as number)) {
          bits |= 4;
          if (h < h2 || (h === h2 && s < s2)) {
            h2 = h;
            s2 = s;
          }
        }
        if (h <= (packed[o + 7] as number)) {
          bits |= 8;
          if (h < h3 || (h === h3 && s < s3)) {
            h3 = h;
            s3 = s;
          }
        }
      }
      checked += m;
      out.covered[v] = bits;
      bestH[0] = h0;
      bestH[1] = h1;
      bestH[2] = h2;
      bestH[3] = h3;
      bestS[0] = s0;
      bestS[1] = s1;
      bestS[2] = s2;
      bestS[3] = s3;
      for (let t = 0; t < TECH_COUNT; t++) {
        const covered = (bits & (1 << t)) !== 0;
        if (!covered && nearest) gaps[t]?.push(v);
        write(out, v, t, covered ? (bestS[t] as number) : -1, covered ? (bestH[t] as number) : Infinity);
      }
    }
    start = end;
  }
  if (nearest) for (let t = 0; t < TECH_COUNT; t++) nearestPhase(sites, villages, t, gaps[t] ?? [], out);
  return checked;
}

function write(out: CoverageArrays, v: number, t: number, site: number, h: number): void {
  const k = v * TECH_COUNT + t;
  out.nearestSite[k] = site;
  out.nearestH[k] = h;
  out.nearestDistanceM[k] = site < 0 ? Number.POSITIVE_INFINITY : centralAngleToMetres(h);
}

/**
 * The nearest site offering technology t for each village of `gaps` (in Z-order). Few gaps are
 * scanned against every such site; many use the per-technology point index, seeded with the
 * previous village's nearest site as the first bound (neighbours in Z-order usually share it).
 */
function nearestPhase(
  sites: PreparedSites,
  villages: PreparedVillages,
  t: number,
  gaps: readonly number[],
  out: CoverageArrays,
): void {
  if (gaps.length === 0) return;
  const found: Nearest = { site: -1, h: Number.POSITIVE_INFINITY };
  const offering = sites.offeringCount(t);
  // A scan costs ~1 ns per site and gap; an index ~300 ns per site to build and ~10 µs per gap.
  const scan = gaps.length * offering < 300 * offering + 10_000 * gaps.length;
  let previous = -1;
  for (const v of gaps) {
    const vx = villages.x[v] as number;
    const vy = villages.y[v] as number;
    const vz = villages.z[v] as number;
    if (scan) sites.scanNearest(t, vx, vy, vz, found);
    else
      sites.nearestOfTech(
        t,
        villages.lon[v] as number,
        villages.lat[v] as number,
        vx,
        vy,
        vz,
        previous,
        found,
      );
    previous = found.site;
    write(out, v, t, found.site, found.h);
  }
}
