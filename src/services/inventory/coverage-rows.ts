import { TECH_COUNT } from '../../core/coverage/site-set.ts';
import type { CoverageResult } from '../../core/coverage/village-coverage.ts';
import type { VillageCoverageRow } from '../../db/inventory/coverage-repository.ts';
import type { Computed } from './coverage-computation.ts';

/**
 * Coverage results as `village_coverage` rows, and which rows differ: only those are written after a
 * submission, whether the coverage was updated in memory or computed again in full.
 */

const storedMetres = (metres: number) => (Number.isFinite(metres) ? Math.round(metres) : null);

/** Village v's row as stored: mask, and per technology the nearest site's id and distance (metres). */
export function coverageRow(computed: Computed, v: number): VillageCoverageRow {
  const { result } = computed;
  const siteIds: (number | null)[] = [];
  const distances: (number | null)[] = [];
  for (let t = 0; t < TECH_COUNT; t++) {
    const s = result.nearestSite[TECH_COUNT * v + t] as number;
    siteIds.push(s >= 0 ? (computed.siteIds[s] ?? null) : null);
    distances.push(storedMetres(result.nearestDistanceM[TECH_COUNT * v + t] as number));
  }
  return {
    villageId: computed.villages.ids[v] as number,
    mask: result.covered[v] as number,
    siteIds,
    distances,
  };
}

/** Whether village v's stored row differs between two results over the same sites' indices. */
export function rowDiffers(a: CoverageResult, b: CoverageResult, v: number): boolean {
  if (a.covered[v] !== b.covered[v]) return true;
  for (let k = TECH_COUNT * v; k < TECH_COUNT * (v + 1); k++) {
    if (a.nearestSite[k] !== b.nearestSite[k]) return true;
    if (storedMetres(a.nearestDistanceM[k] as number) !== storedMetres(b.nearestDistanceM[k] as number)) {
      return true;
    }
  }
  return false;
}

/** The rows of a full computation that differ from (or are missing among) the stored ones. */
export function changedRows(
  computed: Computed,
  storedRows: readonly VillageCoverageRow[],
): VillageCoverageRow[] {
  const byVillage = new Map(storedRows.map((r) => [r.villageId, r]));
  const rows: VillageCoverageRow[] = [];
  for (let v = 0; v < computed.villages.ids.length; v++) {
    const row = coverageRow(computed, v);
    const old = byVillage.get(row.villageId);
    if (old && sameRow(old, row)) continue;
    rows.push(row);
  }
  return rows;
}

function sameRow(a: VillageCoverageRow, b: VillageCoverageRow): boolean {
  if (
    a.mask !== b.mask ||
    a.siteIds.length !== b.siteIds.length ||
    a.distances.length !== b.distances.length
  ) {
    return false;
  }
  return a.siteIds.every((s, t) => s === b.siteIds[t]) && a.distances.every((d, t) => d === b.distances[t]);
}
