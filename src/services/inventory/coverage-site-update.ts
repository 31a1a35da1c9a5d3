import { updateCoverage } from '../../core/coverage/incremental.ts';
import type { Database } from '../../db/database.ts';
import type { VillageCoverageRow } from '../../db/inventory/coverage-repository.ts';
import { InventoryReader } from '../../db/inventory/inventory-reader.ts';
import { type Computed, setSite, siteTable } from './coverage-computation.ts';
import { coverageRow, rowDiffers } from './coverage-rows.ts';
import type { CoverageState } from './coverage-state.ts';

/**
 * The submission's sites (any status: a site no longer on air keeps its index with radii 0) applied
 * to the state's coverage; answers the changed village rows and the communes whose indicators
 * change (those of villages whose coverage changed, and each site's commune before and after), or
 * why it cannot be applied.
 */
export async function applySites(
  db: Database,
  state: CoverageState,
  submissionId: number,
): Promise<
  | string
  | {
      computed: Computed;
      rows: VillageCoverageRow[];
      communes: Set<number>;
      changedSites: number;
      recomputedVillages: number;
      nearestUpdatedVillages: number;
    }
> {
  const records = await new InventoryReader(db).sitesOfSubmission(submissionId);
  const last = state.siteIds.at(-1) ?? 0;
  const added = records.filter((r) => !state.siteIndex.has(r.id));
  // Appended sites must come after every known one, or index order would no longer be id order.
  if (added.some((r) => r.id <= last)) return 'new sites with ids below known ones';
  const before = state.sites;
  const after = siteTable(state.siteIds.length + added.length);
  after.lon.set(before.lon);
  after.lat.set(before.lat);
  after.radiusM.set(before.radiusM);
  after.operator.set(before.operator);
  // The index and communes grow in place (copying 150,000 entries costs more than the update): the
  // state was taken out of the service, and a failure leaves none behind.
  const { siteIds, siteIndex, siteCommunes } = state;
  const communes = new Set<number>();
  for (const r of records) {
    let s = siteIndex.get(r.id);
    if (s === undefined) {
      s = siteIds.length;
      siteIds.push(r.id);
      siteIndex.set(r.id, s);
      siteCommunes.push(r.communeId);
    } else {
      communes.add(siteCommunes[s] as number);
      siteCommunes[s] = r.communeId;
    }
    communes.add(r.communeId);
    setSite(after, s, r, state.environmentOf);
  }
  const update = updateCoverage(state.result, state.villages, before, after);
  const computed: Computed = {
    ...state,
    siteIds,
    siteIndex,
    siteCommunes,
    sites: after,
    result: update.result,
  };
  const rows: VillageCoverageRow[] = [];
  if (update.result !== state.result) {
    const previous = state.result;
    const next = update.result;
    for (let v = 0; v < state.villages.ids.length; v++) {
      if (!rowDiffers(previous, next, v)) continue;
      rows.push(coverageRow(computed, v));
      if (previous.covered[v] !== next.covered[v]) communes.add(state.villages.communeIds[v] as number);
    }
  }
  return {
    computed,
    rows,
    communes,
    changedSites: update.changedSites,
    recomputedVillages: update.recomputedVillages + update.nearestRecomputedVillages,
    nearestUpdatedVillages: update.nearestUpdatedVillages,
  };
}
