import type { UnitRef } from '../../api/types.ts';
import { UnitName, Vi } from '../../components/names.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { gaps } from '../../i18n/messages/gaps.ts';
import type { GapItem } from './gap-types.ts';
import { formatDistance } from './gaps-format.ts';
import type { Paging } from './gaps-query.ts';

interface GapsTableProps {
  readonly items: readonly GapItem[];
  readonly tech: string;
  readonly paging: Paging;
  readonly provinces: ReadonlyMap<string, UnitRef>;
  readonly busy: boolean;
}

/** One page of uncovered villages; the nearest site is named only to those who may see it. */
export function GapsTable({ items, tech, paging, provinces, busy }: GapsTableProps) {
  const { t, lang, number } = useI18n();
  const hidden = items.some((g) => g.nearestSiteCode === null && g.nearestDistanceM !== null);
  return (
    <>
      <table className="data gaps-table" aria-busy={busy}>
        <caption className="visually-hidden">
          {t(gaps.caption, { tech, page: paging.page, pages: paging.pages })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(gaps.colVillage)}</th>
            <th scope="col">{t(gaps.colCommune)}</th>
            <th scope="col">{t(gaps.colProvince)}</th>
            <th scope="col" className="num">
              {t(gaps.colPopulation)}
            </th>
            <th scope="col" className="num">
              {t(gaps.colDistance)}
            </th>
            <th scope="col">{t(gaps.colSite)}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((g) => {
            const province = provinces.get(g.provinceCode);
            return (
              <tr key={g.villageCode} data-village={g.villageCode}>
                <th scope="row">
                  <Vi>{g.villageName}</Vi>
                </th>
                <td>
                  <Vi>{g.communeName}</Vi>
                </td>
                <td>{province ? <UnitName unit={province} /> : g.provinceCode}</td>
                <td className="num">{g.population === null ? t(gaps.unknown) : number(g.population)}</td>
                <td className="num">
                  {g.nearestDistanceM === null ? t(gaps.noSite) : formatDistance(g.nearestDistanceM, lang)}
                </td>
                <td>
                  {g.nearestSiteCode !== null ? (
                    <>
                      <Vi>{g.nearestSiteCode}</Vi>
                      {g.nearestOperator ? <span className="muted"> ({g.nearestOperator})</span> : null}
                    </>
                  ) : g.nearestDistanceM === null ? (
                    <span className="muted">{t(gaps.noSite)}</span>
                  ) : (
                    <span className="muted">{t(gaps.hidden)}*</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hidden ? <p className="muted gaps-note">* {t(gaps.hiddenNote)}</p> : null}
    </>
  );
}
