import { type ParsedPeriod, periodEndDate } from '../../core/periods/period.ts';
import type { Database } from '../../db/database.ts';
import { InventoryAggregates } from '../../db/inventory/inventory-aggregates.ts';
import { IndicatorRepository } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository, type ObservationRow } from '../../db/plans/observation-repository.ts';
import {
  allParts,
  communeTallies,
  type StoredValue,
  sameValues,
  storedByUnit,
  type UnitParts,
  unitTree,
  updatedParts,
  valuesOf,
} from './computed-indicators.ts';
import type { Computed } from './coverage-computation.ts';

/** The computed indicators of one period as parts, exactly as stored for that period. */
export interface IndicatorCache {
  period: string;
  parts: UnitParts;
  parks: ReadonlyMap<number, number>;
}

/**
 * Computes the indicators of `communes` (null = every commune), their provinces and the country,
 * and writes those whose values differ from what is stored (`force`: every one). What is stored is
 * `cache` when it holds this period (the state wrote it), else read from the database; with a
 * subset of communes, the other units' parts come from the cache, so without one every commune is
 * computed. Values a unit no longer has are deleted.
 */
export async function writeIndicators(
  db: Database,
  args: {
    runId: number;
    period: string;
    parsed: ParsedPeriod;
    computed: Computed;
    communes: ReadonlySet<number> | null;
    cache: IndicatorCache | null;
    force: boolean;
  },
): Promise<{ cache: IndicatorCache; written: number; deleted: number; communes: number }> {
  const { computed, period } = args;
  const tree = unitTree(computed.catalogue);
  const aggregates = new InventoryAggregates(db);
  const scales = new Map((await new IndicatorRepository(db).list()).map((i) => [i.code, i.scale]));
  const cache = args.cache?.period === period ? args.cache : null;
  const covered = computed.result.covered;

  let parts: UnitParts;
  let parks: ReadonlyMap<number, number>;
  let units: Iterable<number>;
  let communeCount: number;
  if (cache !== null && args.communes !== null) {
    const communes = [...args.communes].filter((c) => tree.communeIds.has(c));
    const indices = communes.flatMap((c) => computed.villagesOfCommune.get(c) ?? []);
    const updated = updatedParts(
      tree,
      cache.parts,
      cache.parks,
      communes,
      await aggregates.byCommune(communes),
      communeTallies(covered, computed.villages, indices),
    );
    parts = updated.parts;
    parks = cache.parks;
    units = updated.units;
    communeCount = communes.length;
  } else {
    parks = await aggregates.itParksByProvince();
    const everyVillage = computed.villages.communeIds.keys();
    parts = allParts(
      tree,
      await aggregates.byCommune(),
      communeTallies(covered, computed.villages, everyVillage),
      parks,
    );
    units = parts.keys();
    communeCount = tree.communes.length;
  }

  // System work, written through the repository and not audited row by row (unlike an officer's
  // figures in ObservationsService): every value carries its computation run as provenance, and a run
  // writes thousands of them.
  const observations = new ObservationRepository(db);
  let previous: (unit: number) => ReadonlyMap<string, StoredValue> | undefined;
  if (args.force) previous = () => undefined;
  else if (cache !== null) previous = (unit) => valuesOf(cache.parts.get(unit) ?? [], scales);
  else {
    const stored = storedByUnit(await observations.computedValues(period));
    // Units that had values and have none now lose them.
    units = new Set([...units, ...stored.keys()]);
    previous = (unit) => stored.get(unit);
  }
  const rows: ObservationRow[] = [];
  const gone: { indicatorCode: string; unitId: number }[] = [];
  const periodEnd = periodEndDate(args.parsed);
  for (const unitId of units) {
    const next = valuesOf(parts.get(unitId) ?? [], scales);
    const before = previous(unitId);
    if (!args.force && sameValues(next, before ?? new Map())) continue;
    for (const [indicatorCode, v] of next) {
      rows.push({
        indicatorCode,
        unitId,
        period,
        periodEnd,
        ...v,
        estimated: false,
        provenance: { kind: 'computation', runId: args.runId },
        note: null,
      });
    }
    for (const indicatorCode of before?.keys() ?? []) {
      if (!next.has(indicatorCode)) gone.push({ indicatorCode, unitId });
    }
  }
  await observations.upsertMany(rows);
  const deleted = args.force
    ? await observations.deleteComputedNotOf(period, args.runId)
    : await observations.deleteComputed(period, gone);
  return { cache: { period, parts, parks }, written: rows.length, deleted, communes: communeCount };
}
