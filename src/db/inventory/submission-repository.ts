import type { SubmissionStatus } from '../../core/auth/resources.ts';
import type { RowProblem } from '../../core/errors/error-codes.ts';
import type { DatasetType, ValidationSummary } from '../../core/inventory-import/dataset-contract.ts';
import type { Queryable } from '../database.ts';

export type { SubmissionStatus };

/** What a submission brought: a dataset type, or the demo generator's whole inventory. */
export type SubmittedDataset = DatasetType | 'demo';

/** Who did something to a submission: an account, or the command line / the system (id null). */
export interface SubmissionPerson {
  id: number | null;
  name: string | null;
}

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
  /** Provinces of its rows (current codes); empty until its rows are read. */
  provinceCodes?: readonly string[];
  createdBy?: SubmissionPerson;
}

export interface StoredSubmission extends Omit<NewSubmission, 'report' | 'provinceCodes' | 'createdBy'> {
  id: number;
  version: number;
  errorCount: number;
  report: RowProblem[];
  provinceCodes: string[];
  createdAt: string;
  createdById: number | null;
  createdByName: string | null;
  submittedAt: string | null;
  reviewedById: number | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  /** The validation summary (empty for submissions stored before migration 0006). */
  summary: Partial<ValidationSummary>;
}

const COLUMNS = `id, dataset_type AS "datasetType", organisation, period, status, version, file_name AS "fileName",
  file_sha256 AS "fileSha256", encoding, row_count AS "rowCount", error_count AS "errorCount", report, synthetic,
  created_at AS "createdAt", province_codes AS "provinceCodes", created_by AS "createdById",
  created_by_name AS "createdByName", submitted_at AS "submittedAt", reviewed_by AS "reviewedById",
  reviewed_by_name AS "reviewedByName", reviewed_at AS "reviewedAt", review_comment AS "reviewComment", summary`;

/** Which submissions a list shows: all, or an operator's own operator datasets and/or those touching provinces. */
export type SubmissionScope =
  | { kind: 'all' }
  | {
      kind: 'scoped';
      operator: string | null;
      operatorTypes: readonly string[];
      provinces: readonly string[];
    };

/** Submissions with their row-level reports. A new submission for the same organisation, type and period is a new version. */
export class SubmissionRepository {
  constructor(private readonly db: Queryable) {}

  async create(s: NewSubmission): Promise<number> {
    const [row] = await this.db.query<{ id: number }>(
      `INSERT INTO submission (dataset_type, organisation, period, status, version, file_name, file_sha256, encoding,
         row_count, error_count, report, synthetic, province_codes, created_by, created_by_name)
       VALUES ($1, $2, $3, $4,
         (SELECT COALESCE(max(version), 0) + 1 FROM submission WHERE dataset_type = $1 AND organisation = $2 AND period = $3),
         $5, $6, $7, $8, $9, $10::jsonb, $11, $12::text[], $13, $14)
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
        s.provinceCodes ?? [],
        s.createdBy?.id ?? null,
        s.createdBy?.name ?? null,
      ],
    );
    if (!row) throw new Error('INSERT INTO submission returned no id');
    return row.id;
  }

  /** Fills in a submission created before its rows were read (an import streams into its transaction). */
  async complete(
    id: number,
    s: {
      rowCount: number;
      errorCount: number;
      report: readonly RowProblem[];
      provinceCodes: readonly string[];
      summary: ValidationSummary;
      status: SubmissionStatus;
    },
  ) {
    await this.db.query(
      `UPDATE submission SET row_count = $2, error_count = $3, report = $4::jsonb, province_codes = $5::text[],
         summary = $6::jsonb, status = $7, submitted_at = CASE WHEN $7 = 'submitted' THEN now() END
       WHERE id = $1`,
      [
        id,
        s.rowCount,
        s.errorCount,
        JSON.stringify(s.report),
        s.provinceCodes,
        JSON.stringify(s.summary),
        s.status,
      ],
    );
  }

  /**
   * Moves a submission from status `from` to `to`; false when it is no longer in `from` (another
   * reviewer was first), so two reviews never both apply. A review records who, when and the comment.
   */
  async transition(
    id: number,
    from: SubmissionStatus,
    to: SubmissionStatus,
    review?: { reviewer: SubmissionPerson; comment: string | null },
  ): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>(
      `UPDATE submission SET status = $3,
         submitted_at = CASE WHEN $3 = 'submitted' THEN now() ELSE submitted_at END,
         reviewed_by = COALESCE($4, reviewed_by), reviewed_by_name = COALESCE($5, reviewed_by_name),
         reviewed_at = CASE WHEN $6 THEN now() ELSE reviewed_at END,
         review_comment = CASE WHEN $6 THEN $7 ELSE review_comment END
       WHERE id = $1 AND status = $2 RETURNING id`,
      [
        id,
        from,
        to,
        review?.reviewer.id ?? null,
        review?.reviewer.name ?? null,
        review !== undefined,
        review?.comment ?? null,
      ],
    );
    return rows.length > 0;
  }

  async findById(id: number): Promise<StoredSubmission | null> {
    const [row] = await this.db.query<StoredSubmission>(`SELECT ${COLUMNS} FROM submission WHERE id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  async list(filter: {
    organisation?: string;
    scope: SubmissionScope;
    status?: SubmissionStatus;
    datasetType?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: StoredSubmission[]; total: number }> {
    const base: unknown[] = [];
    const conditions: string[] = [];
    const param = (value: unknown) => {
      base.push(value);
      return `$${base.length}`;
    };
    if (filter.organisation) conditions.push(`organisation = ${param(filter.organisation)}`);
    if (filter.status) conditions.push(`status = ${param(filter.status)}`);
    if (filter.datasetType) conditions.push(`dataset_type = ${param(filter.datasetType)}`);
    const scope = filter.scope;
    if (scope.kind === 'scoped') {
      conditions.push(
        `((organisation = ${param(scope.operator)} AND dataset_type = ANY(${param(scope.operatorTypes)}::text[]))
          OR province_codes && ${param(scope.provinces)}::text[])`,
      );
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
