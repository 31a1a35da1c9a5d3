import { useEffect, useState } from 'react';
import type { User } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { PATHS } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { can } from '../../auth/session.tsx';
import { DataText } from '../../components/ServerText.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { Link, setSearchParam, useLocation } from '../../router/router.tsx';
import { ListFiltersBar } from './ListFilters.tsx';
import { listPath, pageCount, readFilters } from './list-query.ts';
import { sendableTypes } from './permissions.ts';
import { SignInGate } from './SignInGate.tsx';
import { SubmissionsTable } from './SubmissionsTable.tsx';
import type { SubmissionList } from './submission-types.ts';
import './submissions.css';

/** /submissions: what the user sent or must review, filtered by status, dataset and sender. */
export default function SubmissionsPage(_props: PageProps) {
  const { t } = useI18n();
  return <SignInGate title={t(sub.listTitle)}>{(user) => <SubmissionsList user={user} />}</SignInGate>;
}

function SubmissionsList({ user }: { user: User }) {
  const { t, number } = useI18n();
  const { search } = useLocation();
  const reviewer = can(user, 'review');
  const works = can(user, 'submit') || reviewer;
  const filters = readFilters(search, reviewer);
  // Viewers may not list submissions: the API would answer 403, so it is not asked.
  const { data, error, loading, reload } = useApi<SubmissionList>(works ? listPath(filters) : null);
  const sendable = sendableTypes(user).length > 0;
  // Senders met in answers so far, for the history select (the API has no list of them).
  const [seen, setSeen] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!data) return;
    setSeen((before) => {
      const next = new Set(before);
      for (const s of data.items) next.add(s.organisation);
      return next.size === before.length ? before : [...next];
    });
  }, [data]);

  const pages = data ? pageCount(data.total) : 1;
  const filtered = filters.status !== null || filters.datasetType !== null || filters.organisation !== null;
  return (
    <section>
      <div className="sub-title-row">
        <h1>{t(sub.listTitle)}</h1>
        {sendable ? (
          <Link to={PATHS.newSubmission} className="sub-button sub-button-primary">
            {t(sub.newSubmission)}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t(sub.listIntro)}</p>
      {!works ? (
        <p className="card">{t(sub.notAllowedList)}</p>
      ) : (
        <>
          <ListFiltersBar filters={filters} reviewer={reviewer} organisations={seen} />
          {filters.organisation ? (
            <h2>
              {t(sub.historyOf)} <DataText text={filters.organisation} />
            </h2>
          ) : null}
          {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
          {loading && !data ? <Loading /> : null}
          {data ? (
            <div aria-busy={loading}>
              <p className="muted" role="status">
                {t(sub.count, { n: data.total })}
              </p>
              {data.items.length === 0 ? (
                <p className="card">
                  {filters.status === 'submitted' && reviewer
                    ? t(sub.noPending)
                    : t(filtered ? sub.noneMatching : sub.none)}
                </p>
              ) : (
                <SubmissionsTable items={data.items} />
              )}
              {pages > 1 ? (
                <nav className="sub-pager" aria-label={t(sub.pages)}>
                  <button
                    type="button"
                    className="secondary"
                    disabled={filters.page <= 1}
                    onClick={() =>
                      setSearchParam('page', filters.page - 1 > 1 ? String(filters.page - 1) : null)
                    }
                  >
                    {t(sub.previous)}
                  </button>
                  <span>{t(sub.pageOf, { page: number(filters.page), pages: number(pages) })}</span>
                  <button
                    type="button"
                    className="secondary"
                    disabled={filters.page >= pages}
                    onClick={() => setSearchParam('page', String(filters.page + 1))}
                  >
                    {t(sub.next)}
                  </button>
                </nav>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
