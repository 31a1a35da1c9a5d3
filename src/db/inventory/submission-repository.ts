import type { RowProblem } from '../../core/errors/error-codes.ts';
import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import type { Queryable } from '../database.ts';

/** What a submission brought: a dataset type, or the demo generator's whole inventory. */
export type SubmittedDataset = DatasetType | 'demo';

export type SubmissionStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

export interface NewSubmission {
  datasetType: SubmittedDataset;
  organisation: string;
  period: string;
  status: SubmissionStatus;
  fileName: string | null;
  fileSha256: string | null;
  encoding: string | null;
  rowCount: number;
  /** Errors found (the report may hold only the first ones of a very bad file). */
  errorCount: number;
  report: readonly RowProblem[];
  synthetic: boolean;
}

export interface StoredSubmission extends Omit<NewSubmission, 'report'> {
  id: number;
  version: number;
  errorCount: number;
  report: RowProblem[];
  createdAt: string;
}

const COLUMNS = `id, dataset_type AS "datasetType", organisation, period, status, version, file_name AS "fileName",
  file_sha256 AS "fileSha256", encoding, row_count AS "rowCount", error_count AS "errorCount", report, synthetic,
  created_at AS "createdAt"`;

/** Submissions with their row-level reports. A new submission for the same organisation, type and period is a new version. */
export class SubmissionRepository {
  constructor(private readonly db: Queryable) {}

  async create(s: NewSubmission): Promise<number> {
    const [row] = await this.db.query<{ id: number }>(
      `INSERT INTO submission (dataset_type, organisation, period, status, version, file_name, file_sha256, encoding,
         row_count, error_count, report, synthetic)
       VALUES ($1, $2, $3, $4,
         (SELECT COALESCE(max(version), 0) + 1 FROM submission WHERE dataset_type = $1 AND organisation = $2 AND period = $3),
         $5, $6, $7, $8, $9, $10::jsonb, $11)
       RETURNING id`,
      [
        s.datasetType,
        s.organisation,
        s.period,
        s.status,
        s.fileName,
        s.fileSha256,
        s.encoding,
        s.rowCount,
        s.errorCount,
        JSON.stringify(s.report),
        s.synthetic,
      ],
    );
    if (!row) throw new Error('INSERT INTO submission returned no id');
    return row.id;
  }

  /** Fills in a submission created before its rows were read (an import streams into its transaction). */
  async complete(id: number, s: { rowCount: number; errorCount: number; report: readonly RowProblem[] }) {
    await this.db.query(
      'UPDATE submission SET row_count = $2, error_count = $3, report = $4::jsonb WHERE id = $1',
      [id, s.rowCount, s.errorCount, JSON.stringify(s.report)],
    );
  }

  async findById(id: number): Promise<StoredSubmission | null> {
    const [row] = await this.db.query<StoredSubmission>(`SELECT ${COLUMNS} FROM submission WHERE id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  async list(filter: {
    organisation?: string;
    datasetTypes?: readonly string[];
    limit: number;
    offset: number;
  }): Promise<{ items: StoredSubmission[]; total: number }> {
    const base: unknown[] = [];
    const conditions: string[] = [];
    if (filter.organisation) {
      base.push(filter.organisation);
      conditions.push(`organisation = $${base.length}`);
    }
    if (filter.datasetTypes) {
      base.push(filter.datasetTypes);
      conditions.push(`dataset_type = ANY($${base.length}::text[])`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [count] = await this.db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM submission ${where}`,
      base,
    );
    const items = await this.db.query<StoredSubmission>(
      `SELECT ${COLUMNS} FROM submission ${where} ORDER BY created_at DESC, id DESC
       LIMIT $${base.length + 1} OFFSET $${base.length + 2}`,
      [...base, filter.limit, filter.offset],
    );
    return { items, total: count?.n ?? 0 };
  }
}
