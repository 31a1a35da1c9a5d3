import type { MobileSite } from '../../core/assets/asset-model.ts';
import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import { copyField } from '../copy-text.ts';
import type { Queryable } from '../database.ts';
import { KeptSiteRepository } from './kept-site-repository.ts';

/** One validated row kept with its submission (migration 0006): its natural key, province, typed row. */
export interface StagedRow {
  seq: number;
  key: string;
  provinceCode: string | null;
  data: unknown;
}

export interface RowChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** Two versions side by side: counts, and the first rows of each kind. */
export interface VersionComparison {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  items: { kind: 'added' | 'removed' | 'changed'; change: RowChange }[];
}

const STAGE_COLUMNS = ['submission_id', 'seq', 'record_key', 'province_code', 'data'] as const;

/**
 * The rows a submission carries, from upload on: staged by COPY, read back in order on approval. Sites
 * are kept in typed columns (KeptSiteRepository); every type reads back through `submission_kept_row`.
 */
export class SubmissionRowRepository {
  constructor(private readonly db: Queryable) {}

  async stage(submissionId: number, rows: readonly StagedRow[], type: DatasetType): Promise<void> {
    if (rows.length === 0) return;
    if (type === 'sites') {
      const sites = rows.map((r) => ({
        seq: r.seq,
        provinceCode: r.provinceCode,
        site: r.data as MobileSite,
      }));
      await new KeptSiteRepository(this.db).stage(submissionId, sites);
      return;
    }
    let text = '';
    for (const r of rows) {
      text += `${submissionId}\t${r.seq}\t${copyField(r.key)}\t${copyField(r.provinceCode)}\t${copyField(JSON.stringify(r.data))}\n`;
    }
    await this.db.copyRows('submission_row', STAGE_COLUMNS, text);
  }

  /**
   * The next `limit` rows after `afterSeq`, in file order, of the JSON-kept types (not sites, which are
   * made current inside the database: KeptSiteRepository.apply). Seqs are dense (1, 2, 3… per submission, as
   * `stage` is given them), so a range of seqs is read, not `seq > n ORDER BY seq LIMIT`: a table staged
   * in the same minute has no statistics (PGlite never gathers them), and the planner then read and
   * sorted every later row for each page — quadratic, 0.4 s a page at 300,000 rows.
   */
  async readAfter(submissionId: number, afterSeq: number, limit: number): Promise<StagedRow[]> {
    return this.db.query<StagedRow>(
      `SELECT seq, record_key AS key, province_code AS "provinceCode", data FROM submission_row
       WHERE submission_id = $1 AND seq > $2 AND seq <= $2 + $3 ORDER BY seq`,
      [submissionId, afterSeq, limit],
    );
  }

  /** A page of the rows, optionally only those in some provinces (an officer's view of a national file). */
  async page(
    submissionId: number,
    filter: { provinces: readonly string[] | null; limit: number; offset: number },
  ): Promise<{ items: StagedRow[]; total: number }> {
    const params: unknown[] = [submissionId];
    let where = 'submission_id = $1';
    if (filter.provinces !== null) {
      params.push(filter.provinces);
      where += ` AND province_code = ANY($2::text[])`;
    }
    const [count] = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM submission_kept_row WHERE ${where}`,
      params,
    );
    const items = await this.db.query<StagedRow>(
      `SELECT seq, record_key AS key, province_code AS "provinceCode", data FROM submission_kept_row
       WHERE ${where} ORDER BY seq LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { items, total: count?.n ?? 0 };
  }

  /**
   * What changed from version `from` to version `to`, row by natural key: counted in full, the first
   * `limit` differences listed (added, then removed, then changed, each in key order). A key repeated in
   * one version cannot happen: validation refuses duplicate keys within a file.
   */
  async compare(
    from: number,
    to: number,
    filter: { provinces: readonly string[] | null; limit: number },
  ): Promise<VersionComparison> {
    const params: unknown[] = [from, to];
    let scope = '';
    if (filter.provinces !== null) {
      params.push(filter.provinces);
      scope = 'WHERE COALESCE(b.province_code, a.province_code) = ANY($3::text[])';
    }
    const joined = `
      WITH a AS (SELECT record_key, province_code, data FROM submission_kept_row WHERE submission_id = $1),
           b AS (SELECT record_key, province_code, data FROM submission_kept_row WHERE submission_id = $2),
           j AS (
             SELECT COALESCE(b.record_key, a.record_key) AS key, a.data AS before, b.data AS after,
               CASE WHEN a.record_key IS NULL THEN 'added' WHEN b.record_key IS NULL THEN 'removed'
                    WHEN a.data = b.data THEN 'unchanged' ELSE 'changed' END AS kind
             FROM a FULL JOIN b ON a.record_key = b.record_key ${scope})`;
    const counts = await this.db.query<{ kind: string; n: number }>(
      `${joined} SELECT kind, count(*)::integer AS n FROM j GROUP BY kind`,
      params,
    );
    const count = (kind: string) => counts.find((c) => c.kind === kind)?.n ?? 0;
    const items = await this.db.query<{
      kind: 'added' | 'removed' | 'changed';
      key: string;
      before: unknown;
      after: unknown;
    }>(
      `${joined} SELECT kind, key, before, after FROM j WHERE kind <> 'unchanged'
       ORDER BY CASE kind WHEN 'added' THEN 0 WHEN 'removed' THEN 1 ELSE 2 END, key
       LIMIT $${params.length + 1}`,
      [...params, filter.limit],
    );
    return {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      items: items.map(({ kind, key, before, after }) => ({ kind, change: { key, before, after } })),
    };
  }
}
