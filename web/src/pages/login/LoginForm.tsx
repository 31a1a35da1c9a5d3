import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { login } from '../../i18n/messages/login.ts';
import { FormAlert } from './FormAlert.tsx';

/** Username and password; the server's refusal (wrong password, locked out for some minutes) is shown. */
export function LoginForm({ onSignedIn }: { onSignedIn(user: User): void }) {
  const { t } = useI18n();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() === '' || password === '') {
      setProblem(t(login.missingFields));
      return;
    }
    setBusy(true);
    setProblem(null);
    session.login(username.trim(), password).then(
      (user) => {
        setBusy(false);
        onSignedIn(user);
      },
      (err: unknown) => {
        setBusy(false);
        // The password field is emptied so a mistyped one is not resent by accident.
        setPassword('');
        setProblem(err instanceof ApiError ? err.message : String(err));
      },
    );
  };

  return (
    <form className="login-form card" onSubmit={submit} noValidate aria-busy={busy}>
      {problem ? <FormAlert title={t(login.failedTitle)} message={problem} /> : null}
      <label className="login-label" htmlFor="login-username">
        {t(login.username)}
      </label>
      <input
        id="login-username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <label className="login-label" htmlFor="login-password">
        {t(login.password)}
      </label>
      <input
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={busy}>
        {busy ? t(login.signingIn) : t(login.submit)}
      </button>
    </form>
  );
}
