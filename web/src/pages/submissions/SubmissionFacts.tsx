import type { ReactNode } from 'react';
import { DataText, ServerText } from '../../components/ServerText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { formatDateTime } from './format.ts';
import { datasetTitle } from './labels.ts';
import { ProvinceNames } from './province-names.tsx';
import type { Submission } from './submission-types.ts';

/** What was sent, by whom and when, and what the review said. */
export function SubmissionFacts({ s, warningCount }: { s: Submission; warningCount: number | null }) {
  const { t, lang, number } = useI18n();
  const when = (at: string | null) => (at ? formatDateTime(at, lang) : null);
  const facts: [string, ReactNode][] = [
    [t(sub.datasetType), datasetTitle(s.datasetType, lang)],
    [t(sub.organisation), <DataText key="o" text={s.organisation} />],
    [t(sub.colPeriod), s.period],
    [t(sub.colVersion), number(s.version)],
  ];
  if (s.fileName) facts.push([t(sub.fileName), <DataText key="f" text={s.fileName} />]);
  if (s.encoding) facts.push([t(sub.encoding), s.encoding]);
  facts.push([t(sub.rows), number(s.summary.rows ?? s.rowCount)]);
  if (s.summary.accepted !== undefined) facts.push([t(sub.accepted), number(s.summary.accepted)]);
  if (s.summary.additions !== undefined) facts.push([t(sub.additions), number(s.summary.additions)]);
  if (s.summary.updates !== undefined) facts.push([t(sub.updates), number(s.summary.updates)]);
  facts.push([t(sub.errors), number(s.errorCount)]);
  if (warningCount !== null) facts.push([t(sub.warnings), number(warningCount)]);
  if (s.summary.swappedCoordinates) facts.push([t(sub.swapped), number(s.summary.swappedCoordinates)]);
  if (s.provinceCodes.length > 0)
    facts.push([t(sub.provinces), <ProvinceNames key="p" codes={s.provinceCodes} />]);
  facts.push([
    t(sub.sentBy),
    <>
      {s.createdBy === null ? t(sub.commandLine) : <DataText text={s.createdBy} />}
      {`, ${formatDateTime(s.createdAt, lang)}`}
    </>,
  ]);
  const submittedAt = when(s.submittedAt);
  if (submittedAt) facts.push([t(sub.submittedAt), submittedAt]);
  if (s.reviewedBy || s.reviewedAt) {
    facts.push([
      t(sub.reviewedBy),
      <>
        {s.reviewedBy ? <DataText text={s.reviewedBy} /> : t(sub.notRecorded)}
        {s.reviewedAt ? `, ${formatDateTime(s.reviewedAt, lang)}` : ''}
      </>,
    ]);
  }
  return (
    <>
      <dl className="sub-facts card">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {s.reviewComment ? (
        <div className="card sub-comment">
          <h3>{t(sub.reviewComment)}</h3>
          <p>
            <ServerText text={s.reviewComment} />
          </p>
        </div>
      ) : null}
    </>
  );
}
