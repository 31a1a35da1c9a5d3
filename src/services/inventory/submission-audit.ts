import type { StoredSubmission } from '../../db/inventory/submission-repository.ts';

/** What the audit trail keeps of a submission: its record, not its rows (those stay in submission_row). */
export function auditedSubmission(s: StoredSubmission | null) {
  if (s === null) return null;
  const { report, ...rest } = s;
  return { ...rest, reportProblems: report.length };
}
