import type { Queryable } from '../database.ts';
import { bulkInsert } from './bulk-insert.ts';

export interface VillageCoverageRow {
  villageId: number;
  mask: number;
  siteIds: (number | null)[];
  distances: (number | null)[];
}

/** See `CoverageRepository.fingerprint`. */
export interface CoverageFingerprintRow {
  previousRun: number;
  approved: number;
  maxApproved: number;
  otherApproved: number;
  otherMaxApproved: number;
}

export interface GapRow {
  villageCode: string;
  villageName: string;
  communeCode: string;
  communeName: string;
  provinceCode: string;
  lon: number;
  lat: number;
  population: number;
  households: number;
  synthetic: boolean;
  nearestSiteCode: string | null;
  nearestOperator: string | null;
  /** The province of the nearest site's commune: whose officers may see which site it is. */
  nearestSiteProvince: string | null;
  nearestDistanceM: number | null;
}

/** A gap as a caller may see it: the nearest site's province only decides whether its code is shown. */
export type GapItem = Omit<GapRow, 'nearestSiteProvince'>;

/** Computation runs, the per-village coverage they produce, and the gap lists read from it. */
export class CoverageRepository {
  constructor(private readonly db: Queryable) {}

  async startRun(kind: string, scope: Record<string, unknown>): Promise<number> {
    const [row] = await this.db.query<{ id: number }>(
      'INSERT INTO computation_run (kind, scope) VALUES ($1, $2::jsonb) RETURNING id',
      [kind, JSON.stringify(scope)],
    );
    if (!row) throw new Error('INSERT INTO computation_run returned no id');
    return row.id;
  }

  async latestRun(kind: string): Promise<{ id: number; finishedAt: string | null } | null> {
    const [row] = await this.db.query<{ id: number; finishedAt: string | null }>(
      `SELECT id, finished_at AS "finishedAt" FROM computation_run WHERE kind = $1 AND finished_at IS NOT NULL
       ORDER BY id DESC LIMIT 1`,
      [kind],
    );
    return row ?? null;
  }

  async finishRun(id: number, summary: Record<string, unknown>): Promise<void> {
    await this.db.query('UPDATE computation_run SET summary = $2::jsonb, finished_at = now() WHERE id = $1', [
      id,
      JSON.stringify(summary),
    ]);
  }

  /** Writes the coverage of every village (a full run). */
  async replace(runId: number, rows: readonly VillageCoverageRow[]): Promise<void> {
    await this.upsert(runId, rows);
  }

  /** Writes the coverage of the given villages only (an incremental run); other rows stay as they are. */
  async upsert(runId: number, rows: readonly VillageCoverageRow[]): Promise<number> {
    return bulkInsert(
      this.db,
      rows.map((r) => ({ v: r.villageId, m: r.mask, s: r.siteIds, d: r.distances, run: runId })),
      `INSERT INTO village_coverage (village_id, covered_mask, nearest_site_ids, nearest_distances_m, run_id)
       SELECT r.v, r.m, ARRAY(SELECT (json_array_elements_text(r.s))::integer),
         ARRAY(SELECT (json_array_elements_text(r.d))::double precision), r.run
       FROM json_to_recordset($1::json) AS r(v integer, m smallint, s json, d json, run integer)
       ON CONFLICT (village_id) DO UPDATE SET covered_mask = EXCLUDED.covered_mask,
         nearest_site_ids = EXCLUDED.nearest_site_ids, nearest_distances_m = EXCLUDED.nearest_distances_m,
         run_id = EXCLUDED.run_id`,
      { batchSize: 10_000 },
    );
  }

  /** The stored coverage of every village, to compare a fresh computation with. */
  async stored(): Promise<VillageCoverageRow[]> {
    return this.db.query<VillageCoverageRow>(
      `SELECT village_id AS "villageId", covered_mask AS mask, nearest_site_ids AS "siteIds",
         nearest_distances_m AS distances
       FROM village_coverage`,
    );
  }

  /**
   * What the database holds that a cached coverage state depends on, read in one statement: the
   * latest computation run before `runId`, and the approved submissions other than `submissionId`
   * (count and highest id) and all of them. Submissions are only ever added, never deleted or
   * un-approved, so an equal count means an equal set.
   */
  async fingerprint(runId: number, submissionId: number | null): Promise<CoverageFingerprintRow> {
    const [row] = await this.db.query<CoverageFingerprintRow>(
      `SELECT (SELECT COALESCE(max(id), 0) FROM computation_run WHERE id < $1) AS "previousRun",
         (SELECT count(*)::integer FROM submission WHERE status = 'approved') AS approved,
         (SELECT COALESCE(max(id), 0) FROM submission WHERE status = 'approved') AS "maxApproved",
         (SELECT count(*)::integer FROM submission WHERE status = 'approved' AND id <> $2) AS "otherApproved",
         (SELECT COALESCE(max(id), 0) FROM submission WHERE status = 'approved' AND id <> $2) AS "otherMaxApproved"`,
      [runId, submissionId ?? 0],
    );
    if (!row) throw new Error('the coverage fingerprint query returned no row');
    return row;
  }

  /**
   * Villages not covered by technology bit `bit` (1-based position in 2G,3G,4G,5G), inside a province
   * or a commune, with the nearest site offering that technology: the "vùng lõm" list.
   */
  async gaps(filter: {
    technologyIndex: number;
    provinceCode?: string;
    communeIds?: number[];
    limit: number;
    offset: number;
  }): Promise<{ items: GapRow[]; total: number }> {
    const params: unknown[] = [1 << filter.technologyIndex];
    const where = ['(c.covered_mask & $1) = 0'];
    if (filter.provinceCode) {
      params.push(filter.provinceCode);
      where.push(`u.province_code = $${params.length}`);
    }
    if (filter.communeIds) {
      params.push(filter.communeIds);
      where.push(`v.commune_id = ANY($${params.length}::integer[])`);
    }
    const joins =
      'FROM village_coverage c JOIN village v ON v.id = c.village_id JOIN admin_unit u ON u.id = v.commune_id';
    const condition = `WHERE ${where.join(' AND ')}`;
    const [count] = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n ${joins} ${condition}`,
      params,
    );
    // Postgres arrays are 1-based: technology t is element t + 1.
    const tech = `$${params.length + 1}::integer`;
    const items = await this.db.query<GapRow>(
      `SELECT v.village_code AS "villageCode", v.name AS "villageName", u.code AS "communeCode",
         u.full_name AS "communeName", u.province_code AS "provinceCode", ST_X(v.geom) AS lon, ST_Y(v.geom) AS lat,
         v.population, v.households, v.synthetic, s.site_code AS "nearestSiteCode", s.operator AS "nearestOperator",
         su.province_code AS "nearestSiteProvince", c.nearest_distances_m[${tech}] AS "nearestDistanceM"
       ${joins} LEFT JOIN mobile_site s ON s.id = c.nearest_site_ids[${tech}]
       LEFT JOIN admin_unit su ON su.id = s.commune_id ${condition}
       ORDER BY u.province_code, u.code, v.village_code
       LIMIT $${params.length + 2} OFFSET $${params.length + 3}`,
      [...params, filter.technologyIndex + 1, filter.limit, filter.offset],
    );
    return { items, total: count?.n ?? 0 };
  }
}
