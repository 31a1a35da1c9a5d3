import type { PageProps } from '../../app/routes.tsx';
import { can, useSession } from '../../auth/session.tsx';
import { Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { login } from '../../i18n/messages/login.ts';
import { navigate, useLocation } from '../../router/router.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { LoginForm } from './LoginForm.tsx';
import { afterSignIn } from './next-path.ts';
import { SignedIn } from './SignedIn.tsx';
import './login.css';

/**
 * /login: sign in, then replace a one-time password if the account still has one (the server refuses
 * everything else until then), then go on to `?next=` (a path of this site only) or the user's work.
 */
export default function LoginPage(_props: PageProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const next = search.get('next');
  const destination = (u: typeof user) => afterSignIn(next, can(u, 'submit') || can(u, 'review'));

  if (user === undefined) return <Loading label={t(login.checking)} />;
  if (user === null) {
    return (
      <section className="login-page">
        <h1>{t(login.title)}</h1>
        <p className="muted">{t(login.intro)}</p>
        <LoginForm
          onSignedIn={(signedIn) => {
            // With a one-time password the page stays here and shows the change form instead.
            if (!signedIn.mustChangePassword) navigate(destination(signedIn), { replace: true });
          }}
        />
      </section>
    );
  }
  if (user.mustChangePassword) {
    return (
      <section className="login-page">
        <h1>{t(login.changeTitle)}</h1>
        <ChangePasswordForm onChanged={() => navigate(destination(user), { replace: true })} />
      </section>
    );
  }
  return (
    <section className="login-page">
      <h1>{t(login.signedInTitle)}</h1>
      <SignedIn user={user} continueTo={destination(user)} />
    </section>
  );
}
