import type { UnitList } from '../../api/types.ts';
import type { ApiState } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { explorer } from '../../i18n/messages/explorer.ts';

// The area the explorer shows: the whole country or one province (also chosen by a click on the map).

interface ProvinceSelectProps {
  readonly province: string | null;
  /** The address names a province code that does not exist today. */
  readonly unknown: boolean;
  readonly list: ApiState<UnitList>;
  onChange(province: string | null): void;
}

export function ProvinceSelect({ province, unknown, list, onChange }: ProvinceSelectProps) {
  const { t, pick, lang } = useI18n();
  const items = [...(list.data?.items ?? [])].sort((a, b) =>
    pick(a.name, a.nameEn).localeCompare(pick(b.name, b.nameEn), lang),
  );
  return (
    <section className="explorer-section" aria-labelledby="explorer-area-heading">
      <h2 id="explorer-area-heading">{t(explorer.areaHeading)}</h2>
      <label className="field">
        {t(explorer.province)}
        <select value={province ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t(explorer.wholeCountry)}</option>
          {/* Before the names arrive, a province from the address still shows as chosen (by its code). */}
          {province && !items.some((u) => u.code === province) ? (
            <option value={province}>{province}</option>
          ) : null}
          {items.map((u) => (
            <option key={u.code} value={u.code} {...(lang === 'en' && !u.nameEn ? { lang: 'vi' } : {})}>
              {pick(u.fullName, u.nameEn)}
            </option>
          ))}
        </select>
      </label>
      {province === null ? <p className="muted explorer-note">{t(explorer.provinceHint)}</p> : null}
      {unknown && province ? (
        <p className="explorer-note explorer-warning" role="status">
          {t(explorer.unknownProvince, { code: province })}
        </p>
      ) : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
    </section>
  );
}
