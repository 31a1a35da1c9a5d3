import type { SubmissionStatus } from '../../../../src/core/auth/resources.ts';

// The shapes of the submission API's answers as these pages read them (src/http/presenters/
// submission-presenter.ts and the POST /api/submissions route; the OpenAPI document lists them too).

export type { SubmissionStatus };

/** One row-level problem, its message already in the request's language. */
export interface ReportProblem {
  readonly sheet?: string;
  readonly row: number;
  readonly field: string;
  /** The column as the file named it. */
  readonly column: string;
  readonly value: string;
  readonly message: string;
  /** Where the row's point lies, when it has one ([longitude, latitude], WGS84). */
  readonly point?: readonly [number, number];
  /** Given by newer servers; older ones list the errors first, then the warnings. */
  readonly severity?: 'error' | 'warning';
}

export interface ValidationSummary {
  readonly rows?: number;
  readonly blankRows?: number;
  readonly accepted?: number;
  readonly rejected?: number;
  readonly updates?: number;
  readonly additions?: number;
  readonly swappedCoordinates?: number;
}

export interface Submission {
  readonly id: number;
  readonly datasetType: string;
  readonly organisation: string;
  readonly period: string;
  readonly status: SubmissionStatus;
  readonly statusName: string;
  readonly version: number;
  readonly fileName: string | null;
  readonly encoding: string | null;
  readonly rowCount: number;
  readonly errorCount: number;
  readonly synthetic: boolean;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly provinceCodes: readonly string[];
  /** Empty for files refused by validation (the upload's answer has it). */
  readonly summary: ValidationSummary;
  readonly submittedAt: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly reviewComment: string | null;
  readonly report: readonly ReportProblem[];
}

/** A submission in GET /api/submissions: no report (the detail has it), only its size. */
export interface SubmissionListItem extends Omit<Submission, 'report'> {
  readonly reportCount: number;
}

export interface SubmissionList {
  readonly items: readonly SubmissionListItem[];
  readonly total: number;
}

export interface FileColumn {
  readonly column: number;
  readonly label: string;
  readonly key: string | null;
  readonly status: string;
}

/** How the server read the file (only in the upload's answer). */
export interface FileInfo {
  readonly name: string;
  readonly format: string;
  readonly encoding: { readonly encoding: string } | null;
  readonly delimiter: string | null;
  readonly sheet: string | null;
  readonly columns: readonly FileColumn[];
  readonly unknownColumns: readonly string[];
}

/** POST /api/submissions: 201 stored, 422 refused row by row (stored as `invalid` with its report). */
export interface UploadAnswer {
  readonly committed: boolean;
  readonly submission: Submission | null;
  readonly file: FileInfo;
  readonly summary: ValidationSummary;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly errors: readonly ReportProblem[];
  readonly warnings: readonly ReportProblem[];
}

export interface StagedRow {
  readonly seq: number;
  readonly key: string;
  readonly provinceCode: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface RowsAnswer {
  readonly submission: number;
  readonly version: number;
  readonly items: readonly StagedRow[];
  readonly total: number;
}

export interface Comparison {
  readonly from: { readonly id: number; readonly version: number; readonly status: SubmissionStatus };
  readonly to: { readonly id: number; readonly version: number; readonly status: SubmissionStatus };
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged?: number;
  readonly items: readonly {
    readonly kind: 'added' | 'removed' | 'changed';
    readonly change: { readonly key: string };
  }[];
}
