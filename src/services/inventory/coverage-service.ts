import { type ParsedPeriod, parsePeriod } from '../../core/periods/period.ts';
import type { Database } from '../../db/database.ts';
import { CoverageRepository, type VillageCoverageRow } from '../../db/inventory/coverage-repository.ts';
import type { UnitsService } from '../units/units-service.ts';
import { type IndicatorCache, writeIndicators } from './computed-indicator-writer.ts';
import { unitTree } from './computed-indicators.ts';
import { type Computed, computeAll } from './coverage-computation.ts';
import { changedRows, coverageRow } from './coverage-rows.ts';
import { applySites } from './coverage-site-update.ts';
import { type CoverageState, fingerprintAfter, staleness } from './coverage-state.ts';

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
    const computed = await computeAll(this.db, catalogue, progress, (n) => {
      operating = n;
    });
    progress('Ghi kết quả vùng phủ');
    const rows: VillageCoverageRow[] = [];
    for (let v = 0; v < computed.villages.ids.length; v++) rows.push(coverageRow(computed, v));
    await coverage.replace(runId, rows);
    progress('Tính các chỉ tiêu cho xã, tỉnh và toàn quốc');
    const indicators = await writeIndicators(this.db, {
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
    let fallback = staleness(state, seen, catalogue);

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
        const applied = await applySites(this.db, state, submissionId);
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
      computed = await computeAll(this.db, catalogue, progress);
      progress('So sánh với vùng phủ đã lưu');
      rows = changedRows(computed, await coverage.stored());
      communes = null;
      cache = null;
      recomputedVillages = computed.villages.ids.length;
    }
    progress(`Ghi vùng phủ của ${rows.length.toLocaleString('vi-VN')} thôn, bản`);
    await coverage.upsert(runId, rows);
    progress('Tính các chỉ tiêu cho xã, tỉnh và toàn quốc');
    const indicators = await writeIndicators(this.db, {
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
}

function periodOf(period: string): ParsedPeriod {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`kỳ số liệu không hợp lệ: ${period}`);
  return parsed;
}
