import { type FormEvent, useState } from 'react';
import { ApiError, apiSend } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { login } from '../../i18n/messages/login.ts';
import { FormAlert } from './FormAlert.tsx';
import { MIN_PASSWORD, passwordProblem } from './password-check.ts';

/**
 * The one-time password replaced by the user's own: the server refuses everything else until then.
 * The repeated entry is checked here; the rest (the current password, a too-common one) by the server.
 */
export function ChangePasswordForm({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local = passwordProblem(current, next, repeat);
    if (local) {
      setProblem(t(login[local], { min: MIN_PASSWORD }));
      return;
    }
    setBusy(true);
    setProblem(null);
    apiSend<null>('POST', '/api/auth/password', { currentPassword: current, newPassword: next })
      .then(() => refresh())
      .then(
        () => {
          setBusy(false);
          onChanged();
        },
        (err: unknown) => {
          setBusy(false);
          setProblem(err instanceof ApiError ? err.message : String(err));
        },
      );
  };

  return (
    <form className="login-form card" onSubmit={submit} noValidate aria-busy={busy}>
      <p>{t(login.changeIntro, { min: MIN_PASSWORD })}</p>
      {problem ? <FormAlert title={t(login.changeFailedTitle)} message={problem} /> : null}
      <label className="login-label" htmlFor="pw-current">
        {t(login.currentPassword)}
      </label>
      <input
        id="pw-current"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <label className="login-label" htmlFor="pw-new">
        {t(login.newPassword)}
      </label>
      <input
        id="pw-new"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        aria-describedby="pw-new-hint"
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <p id="pw-new-hint" className="muted login-hint">
        {t(login.newPasswordHint, { min: MIN_PASSWORD })}
      </p>
      <label className="login-label" htmlFor="pw-repeat">
        {t(login.repeatPassword)}
      </label>
      <input
        id="pw-repeat"
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        {busy ? t(login.changing) : t(login.changeSubmit)}
      </button>
    </form>
  );
}
