import { createHash } from 'node:crypto';
import { OPERATORS } from '../../core/assets/asset-model.ts';
import { type Actor, officerProvinces } from '../../core/auth/actor.ts';
import { decide, submitterOf } from '../../core/auth/policy.ts';
import { HatangError, invalidParameter, type RowProblem } from '../../core/errors/error-codes.ts';
import {
  DATASET_TYPES,
  type DatasetType,
  type Message,
  type ProblemSink,
  type ValidationSummary,
} from '../../core/inventory-import/dataset-contract.ts';
import { DATASETS, type DatasetRowTypes } from '../../core/inventory-import/datasets.ts';
import { parsePeriod } from '../../core/periods/period.ts';
import type { RawRecord } from '../../core/plans/plan-input.ts';
import type { Database } from '../../db/database.ts';
import { type StoredSubmission, SubmissionRepository } from '../../db/inventory/submission-repository.ts';
import { type StagedRow, SubmissionRowRepository } from '../../db/inventory/submission-row-repository.ts';
import {
  DatasetFileError,
  type DatasetFileInfo,
  readDatasetFile,
} from '../../io/datasets/read-dataset-file.ts';
import type { TextEncodingName } from '../../io/text/text-encoding.ts';
import { AuditService } from '../auth/audit-service.ts';
import { authorize } from '../auth/authorization.ts';
import type { Caller } from '../auth/caller.ts';
import type { UnitsService } from '../units/units-service.ts';
import { BatchWriter } from './batch-writer.ts';
import { importContext } from './import-context.ts';
import { ProblemReport } from './problem-report.ts';
import { type RowPlace, rowPlacer } from './row-province.ts';
import { auditedSubmission } from './submission-audit.ts';
import type { SubmissionsService } from './submissions-service.ts';

export interface DatasetImportRequest {
  /** Who submits (the policy decides: an operator submits its own operator's data only), and from where. */
  caller: Caller;
  datasetType: DatasetType;
  /** The submitting organisation: an operator code for sites and fixed broadband. */
  organisation: string;
  period: string;
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  encoding?: TextEncodingName;
  /**
   * What becomes of a valid file: kept as a `draft` (default: the sender reads the report, then
   * submits), `submit`ted for review at once, or submitted and `approve`d at once by the same caller —
   * the command line's bulk load; a user is refused (nobody approves their own upload).
   */
  afterUpload?: 'draft' | 'submit' | 'approve';
  onProgress?: (message: string, rowsRead?: number) => void;
}

export interface SiteImportRequest extends Omit<DatasetImportRequest, 'datasetType' | 'organisation'> {
  operator: string;
}

export interface ImportOutcome {
  /** The file was valid and is stored as a submission (its status says whether it is current yet). */
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
 * streams; valid rows are kept with the submission (`submission_row`) in batches inside one
 * transaction while no row has failed; the first error stops the writing, the rest of the file is
 * still validated for the report, and the transaction is rolled back, so a refused file keeps no row
 * (it is stored as an `invalid` submission with its report). A valid file is a draft, or submitted:
 * its rows become current only when a reviewer approves it (SubmissionsService).
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly review: SubmissionsService,
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
    const { actor, context: audit } = request.caller;
    const organisation = checkOrganisation(request.organisation, definition.organisationIsOperator);
    // Checked before the file is read. A province dataset is for the provinces the officer serves
    // (every row is checked against them below); planners and admins submit any province's.
    const declared = submitterOf(type) === 'province' ? officerProvinces(actor) : [];
    authorize(actor, 'create_submission', { datasetType: type, organisation, provinceCodes: declared });
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
    const { context, catalogue } = await importContext(this.db, this.units, type, organisation, period);
    const placeOf = await rowPlacer(this.db, type, catalogue);
    const report = new ProblemReport();
    const sink: ProblemSink = report;
    // Messages name each column as the file wrote it (`Mã CSHT`, not the template's `Mã trạm`).
    const columns: Record<string, string> = {};
    for (const c of file.columns) if (c.key !== null && c.status === 'read') columns[c.key] = c.label;
    const validator = definition.validator({ ...context, columns }, sink);
    const scope = new ProvinceScope(actor, type, organisation);
    const submission = {
      datasetType: type,
      organisation,
      period: request.period,
      fileName: request.fileName,
      fileSha256: createHash('sha256').update(request.bytes).digest('hex'),
      encoding: file.encoding?.encoding ?? null,
      synthetic: false,
      createdBy: { id: audit.userId, name: audit.username },
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
    /** The row's place, or null after reporting it outside the sender's provinces. */
    const placed = (row: DatasetRowTypes[DatasetType], record: RawRecord) => {
      const place = placeOf(row as never);
      const problem = scope.problem(place);
      if (problem === null) return place;
      report.errors.push({
        ...(record.location.sheet ? { sheet: record.location.sheet } : {}),
        row: record.location.row,
        field: place.field,
        column: columns[place.field] ?? place.field,
        value: place.code,
        message: problem,
        ...pointOf(row),
      });
      return null;
    };

    if (request.dryRun) {
      await asInvalidFile(
        (async () => {
          for await (const batch of reader.batches) {
            for (const record of batch) {
              const row = validator.push(record);
              if (row !== null) placed(row, record);
            }
            report.trim();
          }
        })(),
      );
      return outcome(false, null);
    }

    // The definition and its rows are of the same type; TypeScript cannot see that through the union.
    const keyOf = definition.keyOf as (row: DatasetRowTypes[DatasetType]) => string;
    const status = (request.afterUpload ?? 'draft') === 'draft' ? 'draft' : 'submitted';
    const provinces = new Set<string>();
    let id: number | null = null;
    try {
      id = await this.db.transaction(async (tx) => {
        const submissions = new SubmissionRepository(tx);
        const submissionId = await submissions.create({
          ...submission,
          status,
          rowCount: 0,
          errorCount: 0,
          report: [],
        });
        const staged = new SubmissionRowRepository(tx);
        const writes = new BatchWriter<StagedRow>((rows) => staged.stage(submissionId, rows, type));
        let seq = 0;
        try {
          for await (const batch of reader.batches) {
            // Reading and validating run on promises alone, which never let the event loop reach its
            // I/O phase: a turn per batch of a few hundred rows lets the running write reach the server
            // (which stores batch k while this process validates batch k+1) and other requests be answered.
            await new Promise((resolve) => setImmediate(resolve));
            for (const record of batch) {
              const row = validator.push(record);
              if (row === null) continue;
              const place = placed(row, record);
              if (place === null || report.errorCount > 0) continue;
              if (place.provinceCode !== null) provinces.add(place.provinceCode);
              writes.add({ seq: ++seq, key: keyOf(row), provinceCode: place.provinceCode, data: row }, true);
            }
            report.trim();
            if (writes.pending >= WRITE_BATCH && report.errorCount === 0) {
              progress(`Lưu ${validator.summary.accepted.toLocaleString('vi-VN')} dòng`);
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
        await submissions.complete(submissionId, {
          rowCount: validator.summary.rows,
          errorCount: 0,
          report: report.warnings,
          provinceCodes: [...provinces].sort(),
          summary: validator.summary,
          status,
        });
        await new AuditService(tx).record(audit, {
          action: 'submission.create',
          entity: 'submission',
          entityId: String(submissionId),
          after: auditedSubmission(await submissions.findById(submissionId)),
        });
        return submissionId;
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw asFileError(error);
    }
    if (id === null) {
      // Nothing of the file is stored but the record of the attempt and what to fix.
      const rejected = await this.db.transaction(async (tx) => {
        const submissions = new SubmissionRepository(tx);
        const rejectedId = await submissions.create({
          ...submission,
          status: 'invalid',
          rowCount: validator.summary.rows,
          errorCount: report.errorCount,
          report: [...report.errors, ...report.warnings],
        });
        const stored = await submissions.findById(rejectedId);
        await new AuditService(tx).record(audit, {
          action: 'submission.create',
          entity: 'submission',
          entityId: String(rejectedId),
          after: auditedSubmission(stored),
        });
        return stored;
      });
      return outcome(false, rejected);
    }
    if (request.afterUpload === 'approve') {
      return outcome(true, await this.review.approve(id, request.caller, null, progress));
    }
    return outcome(true, await new SubmissionRepository(this.db).findById(id));
  }
}

/**
 * Which provinces a sender may send rows for: all for operators (their network is national) and for
 * national planners and admins; a provincial officer's own provinces for province datasets.
 */
class ProvinceScope {
  private readonly seen = new Map<string, Message | null>();

  constructor(
    private readonly actor: Actor,
    private readonly type: DatasetType,
    private readonly organisation: string,
  ) {}

  /** Null when the row's province is the sender's to send, else why not. */
  problem(place: RowPlace): Message | null {
    if (submitterOf(this.type) !== 'province' || place.provinceCode === null) return null;
    const code = place.provinceCode;
    let found = this.seen.get(code);
    if (found === undefined) {
      const decision = decide(this.actor, 'create_submission', {
        datasetType: this.type,
        organisation: this.organisation,
        provinceCodes: [code],
      });
      found = decision.allowed
        ? null
        : {
            vi: `thuộc tỉnh mã ${code}, ngoài phạm vi tỉnh bạn phụ trách: ${decision.message.vi}`,
            en: `is in province ${code}, outside the provinces you serve: ${decision.message.en}`,
          };
      this.seen.set(code, found);
    }
    return found;
  }
}

/** A validated row's coordinates for its problem (RowProblem.point), when its dataset has points. */
function pointOf(row: object): { point: [number, number] } | Record<string, never> {
  const position = (row as { position?: { lon: number; lat: number } }).position;
  return position ? { point: [position.lon, position.lat] } : {};
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
