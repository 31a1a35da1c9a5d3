import { useMemo, useState } from 'react';
import { foldForSearch } from '../../../../src/core/text/vietnamese.ts';
import type { UnitList } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { unitPath } from '../../app/paths.ts';
import { UnitName } from '../../components/names.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';
import { Link } from '../../router/router.tsx';

// A province's communes and wards as a compact list of links, with a filter that ignores diacritics
// ("bac kan" finds "Bắc Kạn"), as typed on keyboards without Vietnamese input.

export function CommunesList({ province }: { province: string }) {
  const { t, lang } = useI18n();
  const answer = useApi<UnitList>(`/api/units?parent=${encodeURIComponent(province)}&limit=1000`);
  const [filter, setFilter] = useState('');
  const sorted = useMemo(
    () =>
      [...(answer.data?.items ?? [])].sort((a, b) =>
        a.name.localeCompare(b.name, lang === 'vi' ? 'vi' : 'en'),
      ),
    [answer.data, lang],
  );
  const key = foldForSearch(filter);
  const shown = key
    ? sorted.filter((u) => foldForSearch(`${u.fullName} ${u.nameEn ?? ''} ${u.code}`).includes(key))
    : sorted;
  return (
    <section aria-labelledby="unit-communes" className="unit-communes">
      <h2 id="unit-communes">{t(unitText.communesHeading, { n: answer.data?.total ?? 0 })}</h2>
      {answer.loading ? <Loading /> : null}
      {answer.error ? <ErrorMessage error={answer.error} onRetry={answer.reload} /> : null}
      {answer.data ? (
        <>
          <div className="toolbar">
            <label className="field">
              {t(unitText.filterCommunes)}
              <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </label>
            <p className="muted" aria-live="polite">
              {t(unitText.filterCount, { n: shown.length, total: sorted.length })}
            </p>
          </div>
          <ul className="unit-commune-list" aria-label={t(unitText.communesList)}>
            {shown.map((u) => (
              <li key={u.code}>
                <Link to={unitPath(u.code)}>
                  <UnitName unit={u} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
