import { useEffect, useState } from 'react';
import { ApiError, apiSend } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { ServerText } from '../../components/ServerText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { mayReview, maySubmitDraft } from './permissions.ts';
import type { Submission } from './submission-types.ts';

type Step = 'submit' | 'approve' | 'reject';

const DONE = { submit: sub.submitted, approve: sub.approved, reject: sub.rejected } as const;

/**
 * The workflow step this user may take now: the sender sends a draft for review; a reviewer approves
 * or rejects (with a comment) a submitted file. Approval applies the rows and recomputes coverage,
 * which can take a while: the buttons wait and the seconds are counted. The server decides in the end;
 * its refusal is shown as it says it.
 */
export function ReviewActions({
  s,
  user,
  onChanged,
}: {
  s: Submission;
  user: User;
  onChanged(updated: Submission): void;
}) {
  const { t } = useI18n();
  const [running, setRunning] = useState<Step | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [done, setDone] = useState<Step | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);

  useEffect(() => {
    if (running === null) return;
    setSeconds(0);
    const timer = window.setInterval(() => setSeconds((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const canSubmit = maySubmitDraft(user, s);
  const canReview = mayReview(user, s);
  const status = done ? (
    <p className="sub-success" role="status">
      {t(DONE[done])}
    </p>
  ) : null;
  if (!canSubmit && !canReview) return status;

  const run = (step: Step) => {
    if (step === 'reject' && comment.trim() === '') {
      setCommentMissing(true);
      return;
    }
    setCommentMissing(false);
    setFailure(null);
    setDone(null);
    setRunning(step);
    const body = step === 'submit' ? null : comment.trim() === '' ? null : { comment: comment.trim() };
    apiSend<Submission>('POST', `/api/submissions/${s.id}/${step}`, body).then(
      (updated) => {
        setRunning(null);
        setDone(step);
        setComment('');
        onChanged(updated);
      },
      (err: unknown) => {
        setRunning(null);
        setFailure(err instanceof ApiError ? err.message : String(err));
      },
    );
  };

  const busy = running !== null;
  return (
    <section className="card sub-actions" aria-labelledby="actions-heading" aria-busy={busy}>
      <h2 id="actions-heading">{t(sub.actions)}</h2>
      {canReview ? (
        <label className="field">
          {t(sub.comment)}
          <textarea
            value={comment}
            disabled={busy}
            maxLength={2000}
            aria-describedby="comment-hint"
            aria-invalid={commentMissing}
            onChange={(e) => setComment(e.target.value)}
          />
          <span id="comment-hint" className="sub-hint">
            {t(sub.commentHint)}
          </span>
        </label>
      ) : null}
      <div className="sub-action-buttons">
        {canSubmit ? (
          <button type="button" disabled={busy} onClick={() => run('submit')}>
            {t(sub.submit)}
          </button>
        ) : null}
        {canReview ? (
          <>
            <button type="button" disabled={busy} onClick={() => run('approve')}>
              {t(sub.approve)}
            </button>
            <button type="button" className="sub-danger" disabled={busy} onClick={() => run('reject')}>
              {t(sub.reject)}
            </button>
          </>
        ) : null}
      </div>
      {running ? (
        <div className="loading-line">
          <span className="spinner" aria-hidden="true" />
          <span role="status">
            {t(running === 'approve' ? sub.approving : running === 'submit' ? sub.submitting : sub.rejecting)}
          </span>
          {/* Counted for the eye only: a screen reader would hear it every second. */}
          {seconds > 0 ? <span aria-hidden="true">({t(sub.elapsed, { seconds })})</span> : null}
        </div>
      ) : null}
      {commentMissing ? (
        <div className="error-box" role="alert">
          <p>{t(sub.commentMissing)}</p>
        </div>
      ) : null}
      {failure ? (
        <div className="error-box" role="alert">
          <p className="error-title">{t(sub.stepFailed)}</p>
          <p>
            <ServerText text={failure} />
          </p>
        </div>
      ) : null}
      {status}
    </section>
  );
}
