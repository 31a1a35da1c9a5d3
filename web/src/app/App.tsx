import { Suspense, useEffect, useRef } from 'react';
import { useSession } from '../auth/session.tsx';
import { ServerText } from '../components/ServerText.tsx';
import { Loading } from '../components/states.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';
import { navigate, useLocation } from '../router/router.tsx';
import { Header } from './Header.tsx';
import { NotFound } from './NotFound.tsx';
import { PATHS } from './paths.ts';
import { findRoute } from './routes.tsx';

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  const { user } = useSession();
  // A one-time password must be changed before anything else (the server refuses other calls with 403
  // PASSWORD_CHANGE_REQUIRED): the sign-in page shows the change form, then comes back here.
  const mustChange = user?.mustChangePassword === true && path !== PATHS.login;
  useEffect(() => {
    if (mustChange) navigate(`${PATHS.login}?next=${encodeURIComponent(path)}`, { replace: true });
  }, [mustChange, path]);
  const route = mustChange ? null : findRoute(path);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After an in-app navigation, move focus to the new page (as a full page load would), so keyboard and
  // screen-reader users start at its content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new path
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);
  return (
    <>
      <Header />
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Suspense fallback={<Loading />}>
          {mustChange ? null : route ? (
            <route.page key={path} params={route.params} />
          ) : (
            <NotFound path={path} />
          )}
        </Suspense>
      </main>
      <footer className="app-footer">
        <span>
          <ServerText text={t(common.footerData)} />
        </span>{' '}
        <a href="/api/openapi.json">{t(common.apiLink)}</a>
      </footer>
    </>
  );
}
