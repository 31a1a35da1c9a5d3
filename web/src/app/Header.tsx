import { can, useSession } from '../auth/session.tsx';
import { Vi } from '../components/names.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';
import { Link, navigate, useLocation } from '../router/router.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PATHS } from './paths.ts';
import { SearchBox } from './SearchBox.tsx';

// The header of every page: name, navigation for what the user may do, search, language, account.

export function Header() {
  const { t } = useI18n();
  const { user, logout } = useSession();
  const { path } = useLocation();
  const items = [
    { to: PATHS.overview, label: t(common.navOverview) },
    { to: PATHS.plans, label: t(common.navPlans) },
    { to: PATHS.map, label: t(common.navMap) },
    { to: PATHS.gaps, label: t(common.navGaps) },
    ...(can(user, 'submit') || can(user, 'review')
      ? [{ to: PATHS.submissions, label: t(common.navSubmissions) }]
      : []),
  ];
  const current = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t(common.skipToContent)}
      </a>
      <Link to={PATHS.overview} className="brand">
        <span className="brand-name">{t(common.appName)}</span>
        <span className="brand-tagline">{t(common.appTagline)}</span>
      </Link>
      <nav aria-label={t(common.mainNav)} className="main-nav">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} {...(current(item.to) ? { 'aria-current': 'page' as const } : {})}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox />
      <div className="header-end">
        <LanguageSwitch />
        {user ? (
          <span className="account">
            <span className="account-name">
              {t(common.signedInAs)} <Vi>{user.displayName}</Vi>
            </span>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void logout().then(() => navigate(PATHS.overview));
              }}
            >
              {t(common.signOut)}
            </button>
          </span>
        ) : user === null ? (
          <Link to={PATHS.login} className="sign-in">
            {t(common.signIn)}
          </Link>
        ) : null}
      </div>
    </header>
  );
}
