import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { ProblemMap } from './ProblemMap.tsx';
import { ProblemTable } from './ProblemTable.tsx';
import { arrangeReport, problemPoints } from './report.ts';
import type { Submission, ValidationSummary } from './submission-types.ts';

/**
 * The validation report: what was read, whether anything was stored, the errors and warnings row by
 * row (and how many errors the server did not keep), and the problem rows on a map when they have a point.
 */
export function ReportSection({
  s,
  summary,
  warningCount,
}: {
  s: Submission;
  summary: ValidationSummary;
  /** The upload's complete count, when known (the stored report keeps at most 1,000). */
  warningCount: number | null;
}) {
  const { t, number } = useI18n();
  const report = useMemo(() => arrangeReport(s.report, s.errorCount), [s.report, s.errorCount]);
  const points = useMemo(() => problemPoints(report), [report]);
  const rows = summary.rows ?? s.rowCount;
  const accepted = summary.accepted;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t(sub.report)}</h2>
      {accepted !== undefined ? (
        <p className="sub-report-summary">
          {t(sub.readSummary, {
            rows: number(rows),
            accepted: number(accepted),
            rejected: number(rows - accepted),
          })}
        </p>
      ) : null}
      {s.status === 'invalid' ? <p className="sub-nothing-stored">{t(sub.nothingStored)}</p> : null}
      {report.errors.length === 0 && report.warnings.length === 0 && report.errorsLeftOut === 0 ? (
        <p>{t(sub.noProblems)}</p>
      ) : null}
      {report.errors.length > 0 ? (
        <>
          <h3>{t(sub.errorsHeading, { n: number(s.errorCount) })}</h3>
          <ProblemTable problems={report.errors} caption={t(sub.errorsCaption)} kind="error" />
        </>
      ) : null}
      {report.errorsLeftOut > 0 ? (
        <p className="card sub-left-out">{t(sub.leftOut, { n: number(report.errorsLeftOut) })}</p>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h3>{t(sub.warningsHeading, { n: number(warningCount ?? report.warnings.length) })}</h3>
          <ProblemTable problems={report.warnings} caption={t(sub.warningsCaption)} kind="warning" />
        </>
      ) : null}
      {points.length > 0 ? (
        <>
          <h3>{t(sub.mapHeading)}</h3>
          <ProblemMap points={points} />
        </>
      ) : null}
    </section>
  );
}
