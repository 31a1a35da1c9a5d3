import { useEffect, useState } from 'react';
import { query } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { PATHS } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { ErrorMessage, Loading, SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { Link } from '../../router/router.tsx';
import { FileReadInfo } from './FileReadInfo.tsx';
import { datasetTitle, isDatasetType } from './labels.ts';
import { maySend } from './permissions.ts';
import { ReportSection } from './ReportSection.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { SignInGate } from './SignInGate.tsx';
import { SubmissionStatusBadge } from './StatusBadge.tsx';
import { SubmissionFacts } from './SubmissionFacts.tsx';
import type { Submission } from './submission-types.ts';
import { uploadOf } from './upload-cache.ts';
import { CompareDetails, RowsDetails } from './VersionDetails.tsx';
import './submissions.css';

const NOTES = {
  draft: sub.noteDraft,
  submitted: sub.noteSubmitted,
  approved: sub.noteApproved,
  rejected: sub.noteRejected,
  invalid: sub.noteInvalid,
} as const;

/** /submissions/:id: one submission, its row-level report (and map), and the next workflow step. */
export default function SubmissionPage({ params }: PageProps) {
  const { t } = useI18n();
  const id = Number(params.id);
  return (
    <SignInGate title={t(sub.title, { id: params.id ?? '' })}>
      {(user) => <SubmissionView id={id} user={user} />}
    </SignInGate>
  );
}

function SubmissionView({ id, user }: { id: number; user: User }) {
  const { t, lang } = useI18n();
  // lang= in the address: the report's messages come in the page's language, and again on a switch.
  const valid = Number.isInteger(id) && id > 0;
  const { data, error, loading, reload } = useApi<Submission>(
    valid ? `/api/submissions/${id}${query({ lang })}` : null,
  );
  // A workflow step answers the updated submission: shown at once, then read again in full.
  const [updated, setUpdated] = useState<Submission | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer replaces the step's copy
  useEffect(() => setUpdated(null), [data]);
  const s = updated ?? data;
  const upload = uploadOf(id);

  if (!valid) return <h1>{t(sub.title, { id: '?' })}</h1>;
  if (!s) {
    return (
      <section>
        <h1>{t(sub.title, { id })}</h1>
        {loading ? <Loading /> : null}
        {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      </section>
    );
  }
  const resend =
    (s.status === 'invalid' || s.status === 'rejected') &&
    isDatasetType(s.datasetType) &&
    maySend(user, s.datasetType);
  return (
    <section>
      <p>
        <Link to={PATHS.submissions}>{t(sub.back)}</Link>
      </p>
      <div className="sub-title-row">
        <h1>
          <span>
            {t(sub.title, { id: s.id })}: {datasetTitle(s.datasetType, lang)}
          </span>
          <SubmissionStatusBadge status={s.status} />
          {s.synthetic ? <SyntheticBadge /> : null}
        </h1>
      </div>
      <div className={`card sub-note sub-note-${s.status}`}>
        <p>{t(NOTES[s.status])}</p>
        {resend ? (
          <Link
            className="sub-button sub-button-primary"
            to={`${PATHS.newSubmission}${query({ datasetType: s.datasetType, organisation: s.organisation, period: s.period })}`}
          >
            {t(sub.resubmit)}
          </Link>
        ) : null}
      </div>
      <ReviewActions
        s={s}
        user={user}
        onChanged={(next) => {
          setUpdated(next);
          reload();
        }}
      />
      <h2>{t(sub.facts)}</h2>
      <SubmissionFacts s={s} warningCount={upload?.warningCount ?? null} />
      {upload?.file ? <FileReadInfo file={upload.file} /> : null}
      <ReportSection
        s={s}
        summary={Object.keys(s.summary).length > 0 ? s.summary : (upload?.summary ?? {})}
        warningCount={upload?.warningCount ?? null}
      />
      {s.status !== 'invalid' && s.datasetType !== 'demo' ? <RowsDetails s={s} /> : null}
      {s.version > 1 && s.status !== 'invalid' && s.datasetType !== 'demo' ? <CompareDetails s={s} /> : null}
    </section>
  );
}
