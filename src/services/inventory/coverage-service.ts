import { OPERATORS, type SiteCarrier } from '../../core/assets/asset-model.ts';
import { updateCoverage } from '../../core/coverage/incremental.ts';
import type { Environment } from '../../core/coverage/propagation.ts';
import { environmentForDensity, siteRadii } from '../../core/coverage/radius-model.ts';
import { type SiteColumns, TECH_COUNT } from '../../core/coverage/site-set.ts';
import { type CoverageResult, coverageOfVillages } from '../../core/coverage/village-coverage.ts';
import { type ParsedPeriod, parsePeriod, periodEndDate } from '../../core/periods/period.ts';
import type { Database } from '../../db/database.ts';
import {
  type CoverageFingerprintRow,
  CoverageRepository,
  type VillageCoverageRow,
} from '../../db/inventory/coverage-repository.ts';
import { InventoryAggregates } from '../../db/inventory/inventory-aggregates.ts';
import {
  InventoryReader,
  type SiteRecord,
  type VillageColumns,
} from '../../db/inventory/inventory-reader.ts';
import { IndicatorRepository } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository, type ObservationRow } from '../../db/plans/observation-repository.ts';
import type { UnitCatalogue, UnitsService } from '../units/units-service.ts';
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

export interface CoverageRunSummary {
  runId: number;
  period: string;
  villages: number;
  sites: number;
  observations: number;
  seconds: number;
}

/** What `afterSubmission` did, also stored as the summary of its computation run. */
export interface SubmissionCoverageSummary {
  runId: number;
  period: string;
  submissionId: number;
  datasetType: string;
  /**
   * `incremental`: the submission's sites applied to the coverage kept in memory; `indicators`: no
   * coverage change, indicators only; `cold`: coverage computed again in full in memory (nothing
   * usable in memory), only differences written; `full`: everything computed and written (villages).
   */
  mode: 'incremental' | 'indicators' | 'cold' | 'full';
  incremental: boolean;
  /** Why the coverage in memory could not be used; null when it was. */
  fallback: string | null;
  changedSites: number;
  /** Villages evaluated again (all of them when cold or full). */
  recomputedVillages: number;
  /** Villages outside those that only took a new or moved site as their nearest. */
  nearestUpdatedVillages: number;
  writtenCoverageRows: number;
  /** Communes whose indicators were computed again. */
  recomputedCommunes: number;
  writtenObservations: number;
  deletedObservations: number;
  seconds: number;
}

/** Dataset types whose rows enter indicators but neither village positions, people nor sites. */
const INDICATORS_ONLY: ReadonlySet<string> = new Set([
  'fixed_broadband',
  'data_centres',
  'it_parks',
  'postal_facilities',
  'network_connections',
]);

/** Sites as columns the coverage engine reads (`radiusM[4·s + t]`); 0 radii for a site not on air. */
interface SiteTable extends SiteColumns {
  lon: Float64Array;
  lat: Float64Array;
  radiusM: Float64Array;
  operator: Int32Array;
}

/** The computed indicators of one period as parts, exactly as stored for that period. */
interface IndicatorCache {
  period: string;
  parts: UnitParts;
  parks: ReadonlyMap<number, number>;
}

/** Coverage computed from the inventory, with the inputs an incremental update needs. */
interface Computed {
  catalogue: UnitCatalogue;
  villages: VillageColumns;
  villagesOfCommune: ReadonlyMap<number, readonly number[]>;
  environmentOf: (communeId: number) => Environment;
  /**
   * Site index → database id: every stored site (any status) in id order, new ones appended, so a
   * site keeps its index for good (the contract of core/coverage/incremental.ts) and index order is
   * id order, as in a full computation (ties go to the lower index).
   */
  siteIds: number[];
  siteIndex: Map<number, number>;
  /** Commune of each site index, to know which communes' site counts a change touches. */
  siteCommunes: number[];
  sites: SiteTable;
  result: CoverageResult;
}

/**
 * What the database held when the state was computed: the state's own run (no other may follow)
 * and the approved submissions (count and highest id) it includes.
 */
interface Fingerprint {
  runId: number;
  approved: number;
  maxApproved: number;
}

interface CoverageState extends Computed {
  fingerprint: Fingerprint;
  /** The indicators of the last period written, if the state wrote or checked them. */
  indicators: IndicatorCache | null;
}

/**
 * Recomputes which village each technology covers (core/coverage: site ranges from COST-231/Hata
 * with an environment from the commune's population density) and the computed indicators of every
 * commune, province and the country, stored as observations of a computation run.
 *
 * After a submission (`afterSubmission`) only what it changed is computed and written: the service
 * keeps the last coverage it computed in memory with a fingerprint of the database it reflects; when
 * the database is still that plus the submission, the submission's sites are applied to it by
 * `updateCoverage` and only changed village rows and the indicators of the communes touched (their
 * provinces, the country) are written. Otherwise (a new process, another run or submission since,
 * villages changed) coverage is computed again in full, and still only differences are written.
 * Calls on one service run one at a time.
 */
export class CoverageService {
  #state: CoverageState | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
  ) {}

  /** Whether coverage was ever computed on this database. */
  async hasRun(): Promise<boolean> {
    return (await new CoverageRepository(this.db).latestRun('coverage')) !== null;
  }

  /** Computes coverage and the indicators of `period` in full and writes all of them. */
  recompute(options: {
    period: string;
    onProgress?: (message: string) => void;
  }): Promise<CoverageRunSummary> {
    return this.#serially(() => this.#recompute(options));
  }

  /**
   * Brings coverage and indicators up to date after a committed submission: sites incrementally,
   * villages in full, other dataset types' indicators only (see the class comment).
   */
  afterSubmission(request: {
    submissionId: number;
    datasetType: string;
    period: string;
    onProgress?: (message: string) => void;
  }): Promise<SubmissionCoverageSummary> {
    return this.#serially(() => this.#afterSubmission(request));
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => {});
    return next;
  }

  async #recompute(options: {
    period: string;
    onProgress?: (message: string) => void;
  }): Promise<CoverageRunSummary> {
    const started = Date.now();
    const progress = options.onProgress ?? (() => {});
    const parsed = periodOf(options.period);
    this.#state = null;
    const catalogue = await this.units.catalogue();
    const coverage = new CoverageRepository(this.db);
    const runId = await coverage.startRun('coverage', { period: options.period });
    // Read before the inventory: whatever it counts, the computation includes.
    const seen = await coverage.fingerprint(runId, null);
    let operating = 0;
    const computed = await this.#computeAll(catalogue, progress, (n) => {
      operating = n;
    });
    progress('Ghi kết quả vùng phủ');
    const rows: VillageCoverageRow[] = [];
    for (let v = 0; v < computed.villages.ids.length; v++) rows.push(coverageRow(computed, v));
    await coverage.replace(runId, rows);
    progress('Tính các chỉ tiêu cho xã, tỉnh và toàn quốc');
    const indicators = await this.#writeIndicators({
      runId,
      period: options.period,
      parsed,
      computed,
      communes: null,
      cache: null,
      force: true,
    });
    const summary: CoverageRunSummary = {
      runId,
      period: options.period,
      villages: computed.villages.ids.length,
      sites: operating,
      observations: indicators.written,
      seconds: (Date.now() - started) / 1000,
    };
    await coverage.finishRun(runId, { ...summary, mode: 'full', deletedObservations: indicators.deleted });
    this.#state = { ...computed, fingerprint: fingerprintAfter(runId, seen), indicators: indicators.cache };
    progress('Đã tính xong vùng phủ và chỉ tiêu');
    return summary;
  }

  async #afterSubmission(request: {
    submissionId: number;
    datasetType: string;
    period: string;
    onProgress?: (message: string) => void;
  }): Promise<SubmissionCoverageSummary> {
    const { submissionId, datasetType, period } = request;
    const started = Date.now();
    const progress = request.onProgress ?? (() => {});
    const parsed = periodOf(period);
    if (datasetType !== 'sites' && !INDICATORS_ONLY.has(datasetType)) {
      // Villages move or change people: every site's environment and every village may change.
      const full = await this.#recompute(request);
      return {
        runId: full.runId,
        period,
        submissionId,
        datasetType,
        mode: 'full',
        incremental: false,
        fallback: `dataset type ${datasetType}`,
        changedSites: 0,
        recomputedVillages: full.villages,
        nearestUpdatedVillages: 0,
        writtenCoverageRows: full.villages,
        recomputedCommunes: unitTree(await this.units.catalogue()).communes.length,
        writtenObservations: full.observations,
        deletedObservations: 0,
        seconds: full.seconds,
      };
    }
    const catalogue = await this.units.catalogue();
    const coverage = new CoverageRepository(this.db);
    const runId = await coverage.startRun('coverage', { period, submissionId, datasetType });
    const seen = await coverage.fingerprint(runId, submissionId);
    const state = this.#state;
    this.#state = null;
    let fallback = staleness(state, seen, catalogue, submissionId);

    let computed: Computed | null = null;
    let rows: VillageCoverageRow[] = [];
    let communes: Set<number> | null = null;
    let cache: IndicatorCache | null = null;
    let changedSites = 0;
    let recomputedVillages = 0;
    let nearestUpdatedVillages = 0;
    if (state && fallback === null) {
      cache = state.indicators?.period === period ? state.indicators : null;
      if (datasetType === 'sites') {
        progress('Cập nhật vùng phủ theo các trạm của lần gửi');
        const applied = await this.#applySites(state, submissionId);
        if (typeof applied === 'string') fallback = applied;
        else {
          ({ computed, rows, communes } = applied);
          changedSites = applied.changedSites;
          recomputedVillages = applied.recomputedVillages;
          nearestUpdatedVillages = applied.nearestUpdatedVillages;
        }
      } else {
        computed = state;
      }
    }
    if (computed === null) {
      computed = await this.#computeAll(catalogue, progress);
      progress('So sánh với vùng phủ đã lưu');
      rows = changedRows(computed, await coverage.stored());
      communes = null;
      cache = null;
      recomputedVillages = computed.villages.ids.length;
    }
    progress(`Ghi vùng phủ của ${rows.length.toLocaleString('vi-VN')} thôn, bản`);
    await coverage.upsert(runId, rows);
    progress('Tính các chỉ tiêu cho xã, tỉnh và toàn quốc');
    const indicators = await this.#writeIndicators({
      runId,
      period,
      parsed,
      computed,
      communes,
      cache,
      force: false,
    });
    const mode = fallback !== null ? 'cold' : datasetType === 'sites' ? 'incremental' : 'indicators';
    const summary: SubmissionCoverageSummary = {
      runId,
      period,
      submissionId,
      datasetType,
      mode,
      incremental: mode !== 'cold',
      fallback,
      changedSites,
      recomputedVillages,
      nearestUpdatedVillages,
      writtenCoverageRows: rows.length,
      recomputedCommunes: indicators.communes,
      writtenObservations: indicators.written,
      deletedObservations: indicators.deleted,
      seconds: (Date.now() - started) / 1000,
    };
    await coverage.finishRun(runId, { ...summary });
    this.#state = { ...computed, fingerprint: fingerprintAfter(runId, seen), indicators: indicators.cache };
    progress('Đã cập nhật vùng phủ và chỉ tiêu');
    return summary;
  }

  /**
   * Reads every village and site and computes coverage in full (the radii as `applySites` does);
   * `onSites` hears how many sites are on air.
   */
  async #computeAll(
    catalogue: UnitCatalogue,
    progress: (message: string) => void,
    onSites: (operating: number) => void = () => {},
  ): Promise<Computed> {
    progress('Đọc thôn, bản và trạm');
    const reader = new InventoryReader(this.db);
    const villages = await reader.villages();
    const records = await reader.sites();
    onSites(records.filter((r) => r.status === 'operating').length);
    const environmentOf = environments(catalogue, villages);
    const sites = siteTable(records.length);
    records.forEach((r, s) => {
      setSite(sites, s, r, environmentOf);
    });
    progress(`Tính vùng phủ của ${villages.ids.length.toLocaleString('vi-VN')} thôn, bản`);
    const result = coverageOfVillages(villages, sites);
    const villagesOfCommune = new Map<number, number[]>();
    villages.communeIds.forEach((c, v) => {
      let list = villagesOfCommune.get(c);
      if (!list) {
        list = [];
        villagesOfCommune.set(c, list);
      }
      list.push(v);
    });
    return {
      catalogue,
      villages,
      villagesOfCommune,
      environmentOf,
      siteIds: records.map((r) => r.id),
      siteIndex: new Map(records.map((r, s) => [r.id, s])),
      siteCommunes: records.map((r) => r.communeId),
      sites,
      result,
    };
  }

  /**
   * The submission's sites (any status: a site no longer on air keeps its index with radii 0) applied
   * to the state's coverage; answers the changed village rows and the communes whose indicators
   * change (those of villages whose coverage changed, and each site's commune before and after), or
   * why it cannot be applied.
   */
  async #applySites(
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
    const records = await new InventoryReader(this.db).sitesOfSubmission(submissionId);
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

  /**
   * Computes the indicators of `communes` (null = every commune), their provinces and the country,
   * and writes those whose values differ from what is stored (`force`: every one). What is stored is
   * `cache` when it holds this period (the state wrote it), else read from the database; with a
   * subset of communes, the other units' parts come from the cache, so without one every commune is
   * computed. Values a unit no longer has are deleted.
   */
  async #writeIndicators(args: {
    runId: number;
    period: string;
    parsed: ParsedPeriod;
    computed: Computed;
    communes: ReadonlySet<number> | null;
    cache: IndicatorCache | null;
    force: boolean;
  }): Promise<{ cache: IndicatorCache; written: number; deleted: number; communes: number }> {
    const { computed, period } = args;
    const tree = unitTree(computed.catalogue);
    const aggregates = new InventoryAggregates(this.db);
    const scales = new Map((await new IndicatorRepository(this.db).list()).map((i) => [i.code, i.scale]));
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

    const observations = new ObservationRepository(this.db);
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
}

function periodOf(period: string): ParsedPeriod {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`kỳ số liệu không hợp lệ: ${period}`);
  return parsed;
}

/** Why the state cannot be updated for this submission, or null when it can. */
function staleness(
  state: CoverageState | null,
  seen: CoverageFingerprintRow,
  catalogue: UnitCatalogue,
  submissionId: number,
): string | null {
  if (state === null) return 'no coverage in memory';
  if (state.catalogue !== catalogue) return 'units reloaded';
  const f = state.fingerprint;
  if (seen.previousRun !== f.runId) return 'another computation ran since';
  if (seen.otherApproved !== f.approved || seen.otherMaxApproved !== f.maxApproved) {
    return 'other submissions since';
  }
  if (submissionId <= f.maxApproved) return 'submission older than the coverage in memory';
  return null;
}

function fingerprintAfter(runId: number, seen: CoverageFingerprintRow): Fingerprint {
  return { runId, approved: seen.approved, maxApproved: seen.maxApproved };
}

/** The environment of each commune from its population density (people of its villages per km²). */
function environments(
  catalogue: UnitCatalogue,
  villages: VillageColumns,
): (communeId: number) => Environment {
  const byId = new Map(catalogue.units.map((u) => [u.id, u]));
  const people = new Map<number, number>();
  villages.communeIds.forEach((c, i) => {
    people.set(c, (people.get(c) ?? 0) + (villages.population[i] ?? 0));
  });
  return (communeId) => {
    const area = byId.get(communeId)?.areaKm2 ?? null;
    return environmentForDensity(area && area > 0 ? (people.get(communeId) ?? 0) / area : 0);
  };
}

function siteTable(n: number): SiteTable {
  return {
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    radiusM: new Float64Array(n * TECH_COUNT),
    operator: new Int32Array(n),
  };
}

/** Site `s` of the table from its row: only a site on air serves anyone, others get radii 0. */
function setSite(
  table: SiteTable,
  s: number,
  r: SiteRecord,
  environmentOf: (communeId: number) => Environment,
) {
  table.lon[s] = r.lon;
  table.lat[s] = r.lat;
  table.operator[s] = Math.max(0, OPERATORS.indexOf(r.operator as (typeof OPERATORS)[number]));
  if (r.status === 'operating') {
    const radii = siteRadii(
      { carriers: r.carriers as SiteCarrier[], antennaHeightM: r.antennaHeightM },
      environmentOf(r.communeId),
    );
    table.radiusM.set(radii, s * TECH_COUNT);
  } else {
    table.radiusM.fill(0, s * TECH_COUNT, (s + 1) * TECH_COUNT);
  }
}

const storedMetres = (metres: number) => (Number.isFinite(metres) ? Math.round(metres) : null);

/** Village v's row as stored: mask, and per technology the nearest site's id and distance (metres). */
function coverageRow(computed: Computed, v: number): VillageCoverageRow {
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
function rowDiffers(a: CoverageResult, b: CoverageResult, v: number): boolean {
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
function changedRows(computed: Computed, storedRows: readonly VillageCoverageRow[]): VillageCoverageRow[] {
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
