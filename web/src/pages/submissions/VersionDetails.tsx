import { useState } from 'react';
import { DATASETS } from '../../../../src/core/inventory-import/datasets.ts';
import { query } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { submissionPath } from '../../app/paths.ts';
import { DataText } from '../../components/ServerText.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { rowKeys, sub } from '../../i18n/messages/submissions.ts';
import { Link } from '../../router/router.tsx';
import { isDatasetType } from './labels.ts';
import { describeRow } from './row-summary.ts';
import type { Comparison, RowsAnswer, Submission, SubmissionList } from './submission-types.ts';

const ROWS_SHOWN = 100;
const CHANGES_SHOWN = 50;

/** The rows a version carries, asked for only when the section is opened. */
export function RowsDetails({ s }: { s: Submission }) {
  const { t, lang, number } = useI18n();
  const [open, setOpen] = useState(false);
  const { data, error, loading } = useApi<RowsAnswer>(
    open ? `/api/submissions/${s.id}/rows${query({ limit: ROWS_SHOWN })}` : null,
  );
  const fields = isDatasetType(s.datasetType) ? DATASETS[s.datasetType].fields : [];
  return (
    <details className="sub-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t(sub.rowsHeading)}</summary>
      {loading ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {data ? (
        <>
          <p className="muted">
            {t(sub.rowsTotal, { n: number(data.total), shown: number(data.items.length) })}
          </p>
          <div className="sub-table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t(sub.rowsCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(sub.colKey)}</th>
                  <th scope="col">{t(sub.colProvince)}</th>
                  <th scope="col">{t(sub.colData)}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.seq}>
                    <th scope="row">
                      <DataText text={row.key} />
                    </th>
                    <td>{row.provinceCode ?? ''}</td>
                    <td className="sub-row-data">
                      {describeRow(row.data, fields, rowKeys).map((part, i) => (
                        <span key={part.key}>
                          {i > 0 ? ' · ' : null}
                          {part.label ? (lang === 'en' ? part.label.en : part.label.vi) : part.key}{' '}
                          {typeof part.value === 'boolean' ? (
                            t(part.value ? sub.yes : sub.no)
                          ) : (
                            <DataText text={part.value} />
                          )}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </details>
  );
}

/** What changed since the previous version of the same sender, dataset and period. */
export function CompareDetails({ s }: { s: Submission }) {
  const { t, number } = useI18n();
  const [open, setOpen] = useState(false);
  const versions = useApi<SubmissionList>(
    open
      ? `/api/submissions${query({ organisation: s.organisation, datasetType: s.datasetType, limit: 500 })}`
      : null,
  );
  const previous = versions.data?.items
    .filter((v) => v.period === s.period && v.version < s.version && v.status !== 'invalid')
    .sort((a, b) => b.version - a.version)[0];
  const comparison = useApi<Comparison>(
    previous ? `/api/submissions/${s.id}/compare${query({ with: previous.id, limit: CHANGES_SHOWN })}` : null,
  );
  const kinds = { added: sub.added, removed: sub.removed, changed: sub.changed } as const;
  const c = comparison.data;
  return (
    <details className="sub-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t(sub.compareHeading)}</summary>
      {versions.loading || comparison.loading ? <Loading /> : null}
      {versions.error ? <ErrorMessage error={versions.error} /> : null}
      {comparison.error ? <ErrorMessage error={comparison.error} /> : null}
      {versions.data && !previous ? <p>{t(sub.compareNone)}</p> : null}
      {c && previous ? (
        <>
          <p>
            {t(sub.compareSummary, {
              from: number(c.from.version),
              id: String(c.from.id),
              added: number(c.added),
              removed: number(c.removed),
              changed: number(c.changed),
              unchanged: number(c.unchanged ?? 0),
            })}{' '}
            <Link to={submissionPath(c.from.id)}>{t(sub.openSubmission, { id: c.from.id })}</Link>
          </p>
          {c.items.length > 0 ? (
            <table className="data">
              <caption className="visually-hidden">{t(sub.compareCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(sub.colKey)}</th>
                  <th scope="col">{t(sub.colChange)}</th>
                </tr>
              </thead>
              <tbody>
                {c.items.map((item) => (
                  <tr key={`${item.kind}:${item.change.key}`}>
                    <th scope="row">
                      <DataText text={item.change.key} />
                    </th>
                    <td>{t(kinds[item.kind])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </details>
  );
}
