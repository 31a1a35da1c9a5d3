import type { User } from '../../api/types.ts';
import type { PageProps } from '../../app/routes.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { useLocation } from '../../router/router.tsx';
import { isPeriodText, quarterOf } from './format.ts';
import { sendableTypes } from './permissions.ts';
import { SignInGate } from './SignInGate.tsx';
import { UploadForm } from './UploadForm.tsx';
import './submissions.css';

/**
 * /submissions/new: upload a file. `?datasetType=&organisation=&period=` preset the form (the
 * "send a corrected file" link of a refused or rejected submission sets them, so the fix is its next
 * version).
 */
export default function NewSubmissionPage(_props: PageProps) {
  const { t } = useI18n();
  return <SignInGate title={t(sub.newTitle)}>{(user) => <NewSubmission user={user} />}</SignInGate>;
}

function NewSubmission({ user }: { user: User }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const types = sendableTypes(user);
  const first = types[0];
  const asked = search.get('datasetType');
  const period = search.get('period') ?? '';
  return (
    <section>
      <h1>{t(sub.newTitle)}</h1>
      {first === undefined ? (
        <p className="card">{t(sub.notAllowedSend)}</p>
      ) : (
        <>
          <p className="muted">{t(sub.newIntro)}</p>
          <UploadForm
            user={user}
            types={types}
            defaults={{
              datasetType: types.find((type) => type === asked) ?? first,
              organisation: search.get('organisation') ?? '',
              period: isPeriodText(period) ? period : quarterOf(new Date()),
            }}
          />
        </>
      )}
    </section>
  );
}
