import { useEffect, useMemo } from 'react';
import type { UnitList, UnitRef } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.tsx';
import { UnitName } from '../../components/names.tsx';
import { ErrorMessage, Loading, SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { common } from '../../i18n/messages/common.ts';
import { gaps } from '../../i18n/messages/gaps.ts';
import { navigate, useLocation } from '../../router/router.tsx';
import { GapsMap } from './GapsMap.tsx';
import { GapsTable } from './GapsTable.tsx';
import type { GapList } from './gap-types.ts';
import {
  changeFilters,
  type GapFilters,
  gapsCountPath,
  gapsExportPath,
  gapsPagePath,
  mapDrawable,
  paging,
  readFilters,
  TECHNOLOGIES,
  type Technology,
} from './gaps-query.ts';
import { UnitSelect } from './UnitSelect.tsx';
import { useAnswer } from './use-answer.ts';
import './gaps.css';

// Villages no site of a technology reaches, filtered by technology, province and commune (kept in the
// address), as a paged table, files to download, and a map of the same filter.
export default function GapsPage(_props: PageProps) {
  const { t, number } = useI18n();
  const { path, search } = useLocation();
  const filters = readFilters(search);
  const update = (change: Partial<GapFilters>) => {
    navigate(`${path}${changeFilters(search, change)}`, { replace: true });
  };
  const provinceList = useApi<UnitList>('/api/units?level=province&limit=100');
  const communeList = useApi<UnitList>(
    filters.province ? `/api/units?parent=${filters.province}&limit=1000` : null,
  );
  const provinces = useMemo(
    () => new Map<string, UnitRef>((provinceList.data?.items ?? []).map((u) => [u.code, u])),
    [provinceList.data],
  );
  const list = useAnswer<GapList>(gapsPagePath(filters));
  // The count is asked apart from the page, so turning pages never redraws (or drops) the map.
  const count = useAnswer<GapList>(gapsCountPath(filters));
  const total = count.data?.total ?? null;
  const shown = list.data ?? list.previous;
  const place = filters.commune
    ? communeList.data?.items.find((u) => u.code === filters.commune)
    : filters.province
      ? provinces.get(filters.province)
      : undefined;
  const current = list.data ? paging(list.data.total, filters.page) : null;
  const outOfRange = current !== null && filters.page > current.pages;
  // While the next page loads, the paging of the rows still on screen stays (no jump).
  const pages = shown ? paging(shown.total, filters.page) : null;
  // A shared address may name a page the list no longer has (fewer villages now): show the last one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: update reads the current address itself
  useEffect(() => {
    if (outOfRange && current) update({ page: current.pages });
  }, [outOfRange, current?.pages]);
  const goTo = (page: number) => {
    update({ page });
    // Keyboard and screen-reader users continue at the top of the new page of rows.
    document.getElementById('gaps-list')?.focus();
  };
  return (
    <section className="gaps-page">
      <h1>
        {t(gaps.title)} <SyntheticBadge />
      </h1>
      <p className="muted">{t(gaps.intro)}</p>
      <p className="gaps-synthetic-note">{t(common.syntheticNote)}</p>

      <fieldset className="toolbar gaps-filters">
        <legend className="visually-hidden">{t(gaps.filters)}</legend>
        <label className="field">
          {t(gaps.technology)}
          <select value={filters.tech} onChange={(e) => update({ tech: e.target.value as Technology })}>
            {TECHNOLOGIES.map((tech) => (
              <option key={tech} value={tech}>
                {tech}
              </option>
            ))}
          </select>
        </label>
        <UnitSelect
          label={t(gaps.province)}
          emptyLabel={t(gaps.allProvinces)}
          units={provinceList.data?.items ?? []}
          value={filters.province}
          onChange={(code) => update({ province: code })}
        />
        <UnitSelect
          label={t(gaps.commune)}
          emptyLabel={t(filters.province ? gaps.allCommunes : gaps.chooseProvinceFirst)}
          units={filters.province ? (communeList.data?.items ?? []) : []}
          value={filters.commune}
          onChange={(code) => update({ commune: code })}
          disabled={!filters.province}
          full
        />
      </fieldset>
      {provinceList.error ? <ErrorMessage error={provinceList.error} onRetry={provinceList.reload} /> : null}

      <div className="gaps-results">
        <p className="gaps-total" aria-live="polite">
          {total !== null ? (
            place ? (
              <>
                {t(total === 1 ? gaps.totalInOne : gaps.totalIn, { n: total, tech: filters.tech })}{' '}
                <UnitName unit={place} />
              </>
            ) : (
              t(total === 1 ? gaps.totalOne : gaps.total, { n: total, tech: filters.tech })
            )
          ) : null}
        </p>
        <nav className="gaps-exports" aria-label={t(gaps.exports)}>
          <a href={gapsExportPath(filters, 'csv')} download>
            {t(gaps.exportCsv)}
          </a>
          <a href={gapsExportPath(filters, 'xlsx')} download>
            {t(gaps.exportXlsx)}
          </a>
          <a href={gapsExportPath(filters, 'geojson')} download>
            {t(gaps.exportGeojson)}
          </a>
        </nav>
        <h2>{t(gaps.mapTitle)}</h2>
        {count.error ? <ErrorMessage error={count.error} onRetry={count.reload} /> : null}
        {total !== null ? (
          mapDrawable(filters, total) ? (
            <GapsMap filters={filters} provinces={provinces} />
          ) : (
            <p className="gaps-map-notice" role="status">
              {t(gaps.mapTooMany, { n: total, tech: filters.tech })}
            </p>
          )
        ) : count.loading ? (
          <Loading />
        ) : null}
        <h2 id="gaps-list" tabIndex={-1}>
          {t(gaps.listTitle)}
        </h2>
        {list.loading ? <Loading /> : null}
        {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
        {list.data && list.data.total === 0 ? <p>{t(gaps.none, { tech: filters.tech })}</p> : null}
        {shown && shown.items.length > 0 ? (
          <GapsTable
            items={shown.items}
            tech={shown.technology}
            paging={paging(shown.total, filters.page)}
            provinces={provinces}
            busy={list.loading}
          />
        ) : null}
        {pages && pages.pages > 1 ? (
          <nav className="gaps-paging" aria-label={t(gaps.paging)}>
            <button
              type="button"
              className="secondary"
              disabled={!pages.hasPrevious || list.loading}
              onClick={() => goTo(pages.page - 1)}
            >
              {t(gaps.previous)}
            </button>
            <span className="gaps-page-of">
              {t(gaps.pageOf, { page: pages.page, pages: pages.pages })}
              <span className="muted">
                {' · '}
                {t(gaps.rows, {
                  from: number(pages.from),
                  to: number(pages.to),
                  total: number(pages.total),
                })}
              </span>
            </span>
            <button
              type="button"
              className="secondary"
              disabled={!pages.hasNext || list.loading}
              onClick={() => goTo(pages.page + 1)}
            >
              {t(gaps.next)}
            </button>
          </nav>
        ) : null}
      </div>
    </section>
  );
}
