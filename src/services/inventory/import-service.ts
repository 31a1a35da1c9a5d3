import { createHash } from 'node:crypto';
import { OPERATORS } from '../../core/assets/asset-model.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { OPERATOR_DATASET_TYPES, submissionVisibility, submissionVisible } from '../../core/auth/policy.ts';
import type { SubmissionResource } from '../../core/auth/resources.ts';
import { HatangError, invalidParameter, type RowProblem } from '../../core/errors/error-codes.ts';
import {
  DATASET_TYPES,
  type DatasetType,
  type ProblemSink,
  type ValidationSummary,
} from '../../core/inventory-import/dataset-contract.ts';
import { DATASETS, type DatasetRowTypes } from '../../core/inventory-import/datasets.ts';
import { parsePeriod } from '../../core/periods/period.ts';
import type { Database } from '../../db/database.ts';
import { writeDatasetRows } from '../../db/inventory/dataset-rows-writer.ts';
import { type StoredSubmission, SubmissionRepository } from '../../db/inventory/submission-repository.ts';
import {
  DatasetFileError,
  type DatasetFileInfo,
  readDatasetFile,
} from '../../io/datasets/read-dataset-file.ts';
import type { TextEncodingName } from '../../io/text/text-encoding.ts';
import { authorize, denialError } from '../auth/authorization.ts';
import type { UnitsService } from '../units/units-service.ts';
import { BatchWriter } from './batch-writer.ts';
import type { CoverageService } from './coverage-service.ts';
import { importContext } from './import-context.ts';
import { ProblemReport } from './problem-report.ts';

export interface DatasetImportRequest {
  /** Who submits: decided by the policy (an operator submits its own operator's data only). */
  actor: Actor;
  datasetType: DatasetType;
  /** The submitting organisation: an operator code for sites and fixed broadband. */
  organisation: string;
  period: string;
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  encoding?: TextEncodingName;
  onProgress?: (message: string, rowsRead?: number) => void;
}

export interface SiteImportRequest extends Omit<DatasetImportRequest, 'datasetType' | 'organisation'> {
  operator: string;
}

export interface ImportOutcome {
  committed: boolean;
  submission: StoredSubmission | null;
  file: DatasetFileInfo;
  summary: ValidationSummary;
  /** The first `ProblemReport.LIMIT` errors and warnings; the counts below are complete. */
  errors: RowProblem[];
  warnings: RowProblem[];
  errorCount: number;
  warningCount: number;
}

/** Rows stored per statement while the file streams through validation. */
const WRITE_BATCH = 5000;

/** Thrown inside the import transaction to undo every row already written when a later row fails. */
class RollBack extends Error {}

/**
 * A submitted file, all or nothing: it is read (any encoding, CSV/XLSX/GeoJSON) and validated as it
 * streams, valid rows are written in batches inside one transaction while no row has failed; the
 * first error stops the writing, the rest of the file is still validated for the report, and the
 * transaction is rolled back, so a refused file changes no row (it is kept as a `rejected`
 * submission with its report). After a commit, coverage and indicators are brought up to date.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly coverage: CoverageService,
  ) {}

  importSites(request: SiteImportRequest): Promise<ImportOutcome> {
    const { operator, ...rest } = request;
    return this.importDataset({ ...rest, datasetType: 'sites', organisation: operator });
  }

  async importDataset(request: DatasetImportRequest): Promise<ImportOutcome> {
    const type = request.datasetType;
    const definition = DATASETS[type];
    if (!definition) {
      throw invalidParameter('datasetType', type, 'datasetType', { options: DATASET_TYPES.join(', ') });
    }
    const organisation = checkOrganisation(request.organisation, definition.organisationIsOperator);
    // Checked before the file is read. Province datasets name their provinces only in their rows:
    // until submissions declare them (review workflow), officers' scope is not checked row by row,
    // and the policy lets national planners and admins submit them.
    authorize(request.actor, 'create_submission', { datasetType: type, organisation, provinceCodes: [] });
    const period = parsePeriod(request.period);
    if (!period) throw invalidParameter('period', request.period, 'period');
    const progress = request.onProgress ?? (() => {});
    const reader = readDatasetFile(
      { name: request.fileName, bytes: request.bytes },
      {
        resolveHeader: definition.fieldOfHeader,
        requiredKeys: [...definition.requiredKeys],
        dataset: definition,
        ...(request.encoding ? { encoding: request.encoding } : {}),
        onProgress: (rows) => progress('Đọc và kiểm tra tệp', rows),
      },
    );
    const file = await asInvalidFile(reader.info);
    const { context, unitIds } = await importContext(this.db, this.units, type, organisation, period);
    const report = new ProblemReport();
    const sink: ProblemSink = report;
    // Messages name each column as the file wrote it (`Mã CSHT`, not the template's `Mã trạm`).
    const columns: Record<string, string> = {};
    for (const c of file.columns) if (c.key !== null && c.status === 'read') columns[c.key] = c.label;
    const validator = definition.validator({ ...context, columns }, sink);
    const submission = {
      datasetType: type,
      organisation,
      period: request.period,
      fileName: request.fileName,
      fileSha256: createHash('sha256').update(request.bytes).digest('hex'),
      encoding: file.encoding?.encoding ?? null,
      synthetic: false,
    };
    const outcome = (committed: boolean, stored: StoredSubmission | null): ImportOutcome => ({
      committed,
      submission: stored,
      file,
      summary: validator.summary,
      errors: report.errors,
      warnings: report.warnings,
      errorCount: report.errorCount,
      warningCount: report.warningCount,
    });

    if (request.dryRun) {
      await asInvalidFile(
        (async () => {
          for await (const batch of reader.batches) {
            for (const record of batch) validator.push(record);
            report.trim();
          }
        })(),
      );
      return outcome(false, null);
    }

    // The definition and its rows are of the same type; TypeScript cannot see that through the union.
    const keyOf = definition.keyOf as (row: DatasetRowTypes[DatasetType]) => string;
    let id: number | null = null;
    try {
      id = await this.db.transaction(async (tx) => {
        const submissionId = await new SubmissionRepository(tx).create({
          ...submission,
          status: 'approved',
          rowCount: 0,
          errorCount: 0,
          report: [],
        });
        const writes = new BatchWriter<DatasetRowTypes[typeof type]>((rows, allNew) =>
          writeDatasetRows(tx, submissionId, type, rows, unitIds, { allNew }),
        );
        try {
          for await (const batch of reader.batches) {
            // Reading and validating run on promises alone, which never let the event loop reach its
            // I/O phase: a turn per batch of a few hundred rows lets the running write reach the server
            // (which stores batch k while this process validates batch k+1) and other requests be answered.
            await new Promise((resolve) => setImmediate(resolve));
            for (const record of batch) {
              const row = validator.push(record);
              if (row === null || report.errorCount > 0) continue;
              writes.add(row, !context.existingKeys.has(keyOf(row)));
            }
            report.trim();
            if (writes.pending >= WRITE_BATCH && report.errorCount === 0) {
              progress(`Ghi ${validator.summary.accepted.toLocaleString('vi-VN')} dòng`);
              await writes.flush();
            }
          }
        } catch (error) {
          // No write may still be running when the transaction ends, whatever ended the reading.
          await writes.abandon();
          throw error;
        }
        if (report.errorCount > 0) {
          await writes.abandon();
          throw new RollBack();
        }
        await writes.flush();
        await writes.settle();
        await new SubmissionRepository(tx).complete(submissionId, {
          rowCount: validator.summary.rows,
          errorCount: 0,
          report: report.warnings,
        });
        return submissionId;
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw asFileError(error);
    }
    const submissions = new SubmissionRepository(this.db);
    if (id === null) {
      // Nothing of the file is stored but the record of the attempt and what to fix.
      const rejected = await submissions.create({
        ...submission,
        status: 'rejected',
        rowCount: validator.summary.rows,
        errorCount: report.errorCount,
        report: [...report.errors, ...report.warnings],
      });
      return outcome(false, await submissions.findById(rejected));
    }
    progress('Tính lại vùng phủ và chỉ tiêu');
    await this.coverage.afterSubmission({
      submissionId: id,
      datasetType: type,
      period: request.period,
      onProgress: (m) => progress(m),
    });
    return outcome(true, await submissions.findById(id));
  }

  async submission(id: number, actor: Actor): Promise<StoredSubmission> {
    const found = await new SubmissionRepository(this.db).findById(id);
    // Another operator's submission answers as missing: its existence is not theirs to learn.
    const visible = found !== null && submissionVisible(submissionVisibility(actor), resourceOf(found));
    if (!found || !visible) {
      if (actor.kind === 'anonymous')
        authorize(actor, 'read_submission', {
          datasetType: 'sites',
          organisation: '',
          provinceCodes: [],
          status: 'approved',
        });
      throw new HatangError('SUBMISSION_NOT_FOUND', { id });
    }
    return found;
  }

  /** The submissions the actor may see: all for planners and admins, an operator's own otherwise. */
  async submissions(
    filter: { organisation?: string; limit: number; offset: number },
    actor: Actor,
  ): Promise<{ items: StoredSubmission[]; total: number }> {
    const visibility = submissionVisibility(actor);
    if (visibility.kind === 'none') throw denialError(visibility.denial);
    if (visibility.kind === 'all') return new SubmissionRepository(this.db).list(filter);
    // Scoped: an operator's own operator datasets (submissions do not record their provinces yet,
    // so an officer's province scope finds none of them here).
    const own = visibility.operator;
    if (own === null || (filter.organisation !== undefined && filter.organisation !== own))
      return { items: [], total: 0 };
    return new SubmissionRepository(this.db).list({
      ...filter,
      organisation: own,
      datasetTypes: OPERATOR_DATASET_TYPES,
    });
  }
}

function checkOrganisation(raw: string, mustBeOperator: boolean): string {
  const text = raw.trim();
  if (mustBeOperator) {
    const operator = text.toUpperCase();
    if (!(OPERATORS as readonly string[]).includes(operator)) {
      throw invalidParameter('operator', raw, 'operator', { options: OPERATORS.join(', ') });
    }
    return operator;
  }
  if (text === '' || text.length > 200) throw invalidParameter('organisation', raw, 'organisation');
  return text;
}

/** A file that cannot be read at all is the user's problem, named precisely, never a 500. */
function asFileError(error: unknown): unknown {
  if (error instanceof DatasetFileError) {
    return new HatangError('INVALID_FILE', {
      reason_vi: error.localized.vi,
      reason_en: error.localized.en,
      problem: error.code,
    });
  }
  return error;
}

async function asInvalidFile<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asFileError(error);
  }
}

/** What the policy needs to know of a stored submission. */
function resourceOf(s: StoredSubmission): SubmissionResource {
  return { datasetType: s.datasetType, organisation: s.organisation, provinceCodes: [], status: s.status };
}
