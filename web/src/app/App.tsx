import { Suspense, useEffect, useRef } from 'react';
import { Loading } from '../components/states.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';
import { useLocation } from '../router/router.tsx';
import { Header } from './Header.tsx';
import { NotFound } from './NotFound.tsx';
import { findRoute } from './routes.tsx';

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  const route = findRoute(path);
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
          {route ? <route.page key={path} params={route.params} /> : <NotFound path={path} />}
        </Suspense>
      </main>
      <footer className="app-footer">
        <span>{t(common.footerData)}</span> <a href="/api/openapi.json">{t(common.apiLink)}</a>
      </footer>
    </>
  );
}
