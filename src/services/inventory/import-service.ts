import { createHash } from 'node:crypto';
import { OPERATORS, type OperatorCode } from '../../core/assets/asset-model.ts';
import { HatangError, invalidParameter, type RowProblem } from '../../core/errors/error-codes.ts';
import { SITE_FIELDS, siteFieldOfHeader } from '../../core/inventory-import/site-fields.ts';
import {
  type SiteValidationSummary,
  validateSiteRows,
} from '../../core/inventory-import/validate-site-rows.ts';
import { parsePeriod, periodEndDate } from '../../core/periods/period.ts';
import type { RawRecord } from '../../core/plans/plan-input.ts';
import type { Database } from '../../db/database.ts';
import { InventoryWriter } from '../../db/inventory/inventory-writer.ts';
import { type StoredSubmission, SubmissionRepository } from '../../db/inventory/submission-repository.ts';
import {
  DatasetFileError,
  type DatasetFileInfo,
  readDatasetFile,
} from '../../io/datasets/read-dataset-file.ts';
import type { TextEncodingName } from '../../io/text/text-encoding.ts';
import { communePolygons } from '../units/commune-polygons.ts';
import type { UnitsService } from '../units/units-service.ts';
import { communeResolver } from './commune-resolver.ts';
import type { CoverageService } from './coverage-service.ts';

export interface SiteImportRequest {
  operator: string;
  period: string;
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  encoding?: TextEncodingName;
  onProgress?: (message: string, rowsRead?: number) => void;
}

export interface ImportOutcome {
  committed: boolean;
  submission: StoredSubmission | null;
  file: DatasetFileInfo;
  summary: SiteValidationSummary;
  errors: RowProblem[];
  warnings: RowProblem[];
}

const REQUIRED = SITE_FIELDS.filter((f) => f.required).map((f) => f.key);

/**
 * An operator's site list, all or nothing: the file is read (any encoding, CSV/XLSX/GeoJSON), every
 * row validated; with any error the submission is recorded as rejected with its row-level report and
 * no site changes; otherwise the sites are stored and coverage and indicators recomputed.
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly coverage: CoverageService,
  ) {}

  async importSites(request: SiteImportRequest): Promise<ImportOutcome> {
    const operator = request.operator.trim().toUpperCase();
    if (!(OPERATORS as readonly string[]).includes(operator)) {
      throw invalidParameter('operator', request.operator, 'operator', { options: OPERATORS.join(', ') });
    }
    const period = parsePeriod(request.period);
    if (!period) throw invalidParameter('period', request.period, 'period');
    const progress = request.onProgress ?? (() => {});
    const reader = readDatasetFile(
      { name: request.fileName, bytes: request.bytes },
      {
        resolveHeader: siteFieldOfHeader,
        requiredKeys: REQUIRED,
        ...(request.encoding ? { encoding: request.encoding } : {}),
        onProgress: (rows) => progress('Đọc tệp', rows),
      },
    );
    let file: DatasetFileInfo;
    const records: RawRecord[] = [];
    try {
      file = await reader.info;
      for await (const record of reader.records) records.push(record);
    } catch (error) {
      if (error instanceof DatasetFileError) {
        throw new HatangError('INVALID_FILE', {
          reason_vi: error.localized.vi,
          reason_en: error.localized.en,
          problem: error.code,
        });
      }
      throw error;
    }
    progress(`Kiểm tra ${records.length.toLocaleString('vi-VN')} dòng`);
    const catalogue = await this.units.catalogue();
    const existing = await this.db.query<{ code: string }>(
      'SELECT site_code AS code FROM mobile_site WHERE operator = $1',
      [operator],
    );
    const date = periodEndDate(period);
    const result = validateSiteRows(records, {
      operator: operator as OperatorCode,
      date,
      resolveCommune: communeResolver(catalogue),
      polygons: await communePolygons(),
      existingSiteCodes: new Set(existing.map((e) => e.code)),
      communeName: (code) => catalogue.byCode.get(code)?.find((u) => u.validTo === null)?.fullName ?? null,
    });
    const base = { file, summary: result.summary, errors: result.errors, warnings: result.warnings };
    if (request.dryRun) return { ...base, committed: false, submission: null };

    const sha256 = createHash('sha256').update(request.bytes).digest('hex');
    const submission = {
      datasetType: 'sites' as const,
      organisation: operator,
      period: request.period,
      fileName: request.fileName,
      fileSha256: sha256,
      encoding: file.encoding?.encoding ?? null,
      rowCount: result.summary.rows,
      synthetic: false,
    };
    if (result.errors.length > 0) {
      // Nothing of the file is stored but the record of the attempt and what to fix.
      const id = await new SubmissionRepository(this.db).create({
        ...submission,
        status: 'rejected',
        report: [...result.errors, ...result.warnings],
      });
      return { ...base, committed: false, submission: await new SubmissionRepository(this.db).findById(id) };
    }
    const ids = new Map(catalogue.units.filter((u) => u.validTo === null).map((u) => [u.code, u.id]));
    const id = await this.db.transaction(async (tx) => {
      const submissionId = await new SubmissionRepository(tx).create({
        ...submission,
        status: 'approved',
        report: result.warnings,
      });
      progress(`Ghi ${result.sites.length.toLocaleString('vi-VN')} trạm`);
      await new InventoryWriter(tx, submissionId).sites(result.sites, ids);
      return submissionId;
    });
    progress('Tính lại vùng phủ và chỉ tiêu');
    await this.coverage.recompute({ period: request.period, onProgress: (m) => progress(m) });
    return { ...base, committed: true, submission: await new SubmissionRepository(this.db).findById(id) };
  }

  async submission(id: number): Promise<StoredSubmission> {
    const found = await new SubmissionRepository(this.db).findById(id);
    if (!found) throw new HatangError('SUBMISSION_NOT_FOUND', { id });
    return found;
  }

  async submissions(filter: {
    organisation?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: StoredSubmission[]; total: number }> {
    return new SubmissionRepository(this.db).list(filter);
  }
}
