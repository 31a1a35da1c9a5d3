import { STATUS_NAMES } from '../../core/submissions/workflow.ts';
import type { StoredSubmission } from '../../db/inventory/submission-repository.ts';
import type { Language } from '../../i18n/messages.ts';

/** A submission with its row-level report in the caller's language. */
export function presentSubmission(s: StoredSubmission, language: Language) {
  return {
    id: s.id,
    datasetType: s.datasetType,
    organisation: s.organisation,
    period: s.period,
    status: s.status,
    statusName: STATUS_NAMES[s.status][language],
    version: s.version,
    fileName: s.fileName,
    fileSha256: s.fileSha256,
    encoding: s.encoding,
    rowCount: s.rowCount,
    errorCount: s.errorCount,
    synthetic: s.synthetic,
    createdAt: s.createdAt,
    createdBy: s.createdByName,
    provinceCodes: s.provinceCodes,
    summary: s.summary,
    submittedAt: s.submittedAt,
    reviewedBy: s.reviewedByName,
    reviewedAt: s.reviewedAt,
    reviewComment: s.reviewComment,
    report: s.report.map(({ message, ...where }) => ({ ...where, message: message[language] })),
  };
}

/**
 * A submission as the list shows it: everything but the row-level report, which can hold a thousand
 * problems per file (`reportCount` says how many); GET /api/submissions/{id} gives it.
 */
export function presentSubmissionListItem(s: StoredSubmission, language: Language) {
  const { report: _report, ...item } = presentSubmission(s, language);
  return { ...item, reportCount: s.report.length };
}
