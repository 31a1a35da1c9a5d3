import { useI18n } from '../i18n/i18n.tsx';
import { common } from '../i18n/messages/common.ts';
import { Link } from '../router/router.tsx';
import { PATHS } from './paths.ts';

export function NotFound({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t(common.notFoundTitle)}</h1>
      <p>{t(common.notFoundBody, { path })}</p>
      <Link to={PATHS.overview}>{t(common.backHome)}</Link>
    </section>
  );
}
