import { submissionPath } from '../../app/paths.ts';
import { DataText } from '../../components/ServerText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { Link } from '../../router/router.tsx';
import { formatDateTime } from './format.ts';
import { datasetTitle } from './labels.ts';
import { SubmissionStatusBadge } from './StatusBadge.tsx';
import type { SubmissionListItem } from './submission-types.ts';

/** One line per submission, newest first (the API's order), each leading to its report. */
export function SubmissionsTable({ items }: { items: readonly SubmissionListItem[] }) {
  const { t, lang, number } = useI18n();
  return (
    <div className="sub-table-wrap">
      <table className="data sub-table">
        <caption className="visually-hidden">{t(sub.tableCaption)}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t(sub.colId)}
            </th>
            <th scope="col">{t(sub.datasetType)}</th>
            <th scope="col">{t(sub.organisation)}</th>
            <th scope="col">{t(sub.colPeriod)}</th>
            <th scope="col" className="num">
              {t(sub.colVersion)}
            </th>
            <th scope="col">{t(sub.status)}</th>
            <th scope="col" className="num">
              {t(sub.colRows)}
            </th>
            <th scope="col" className="num">
              {t(sub.colErrors)}
            </th>
            <th scope="col">{t(sub.colSentBy)}</th>
            <th scope="col">{t(sub.colCreated)}</th>
            <th scope="col">{t(sub.colReviewed)}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="num">
                <Link to={submissionPath(s.id)} aria-label={t(sub.openSubmission, { id: s.id })}>
                  {s.id}
                </Link>
              </th>
              <td>
                <Link to={submissionPath(s.id)}>{datasetTitle(s.datasetType, lang)}</Link>
              </td>
              <td>
                <DataText text={s.organisation} />
              </td>
              <td className="sub-nowrap">{s.period}</td>
              <td className="num">{number(s.version)}</td>
              <td>
                <SubmissionStatusBadge status={s.status} />
              </td>
              <td className="num">{number(s.rowCount)}</td>
              <td className={`num${s.errorCount > 0 ? ' sub-has-errors' : ''}`}>{number(s.errorCount)}</td>
              <td>{s.createdBy === null ? t(sub.commandLine) : <DataText text={s.createdBy} />}</td>
              <td className="sub-nowrap">{formatDateTime(s.createdAt, lang)}</td>
              <td className="sub-nowrap">{s.reviewedAt ? formatDateTime(s.reviewedAt, lang) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
