import type { ReactNode } from 'react';
import type { User } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { Link, useLocation } from '../../router/router.tsx';
import { signInPath } from '../login/next-path.ts';

/**
 * The submission pages are for signed-in users whose password is their own: anyone else gets a way to
 * sign in (coming back here), and the API is not called at all (its 401/403 would be console errors).
 */
export function SignInGate({ title, children }: { title: string; children: (user: User) => ReactNode }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { path, search } = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null || user.mustChangePassword) {
    const query = search.toString();
    return (
      <section>
        <h1>{title}</h1>
        <div className="card sub-gate">
          <p>{t(user === null ? sub.signInNeeded : sub.changePasswordFirst)}</p>
          <Link to={signInPath(path, query ? `?${query}` : '')} className="sub-button">
            {t(user === null ? sub.signInLink : sub.changePasswordLink)}
          </Link>
        </div>
      </section>
    );
  }
  return <>{children(user)}</>;
}
