import { useState } from 'react';
import type { User } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { Vi } from '../../components/names.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { login, roleNames } from '../../i18n/messages/login.ts';
import { Link } from '../../router/router.tsx';

const isRoleName = (role: string): role is keyof typeof roleNames => role in roleNames;

/** Who is signed in (account, roles and scopes), where to go on, and signing out. */
export function SignedIn({ user, continueTo }: { user: User; continueTo: string }) {
  const { t } = useI18n();
  const { logout } = useSession();
  const [busy, setBusy] = useState(false);
  const roles = user.roles.map((role) => (isRoleName(role) ? t(roleNames[role]) : role)).join(', ');
  return (
    <div className="card">
      <dl className="login-facts">
        <dt>{t(login.account)}</dt>
        <dd>
          <Vi>{user.displayName}</Vi> ({user.username})
        </dd>
        <dt>{t(login.roles)}</dt>
        <dd>{roles}</dd>
        {user.operator ? (
          <>
            <dt>{t(login.operator)}</dt>
            <dd>{user.operator}</dd>
          </>
        ) : null}
        {user.provinces.length > 0 ? (
          <>
            <dt>{t(login.provinces)}</dt>
            <dd>{user.provinces.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <div className="login-actions">
        <Link to={continueTo} className="login-continue">
          {t(login.continueTo)}
        </Link>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            // The session provider forgets the user even when the server could not be told.
            void logout().finally(() => setBusy(false));
          }}
        >
          {busy ? t(login.signingOut) : t(login.signOut)}
        </button>
      </div>
    </div>
  );
}
