import { lazy, Suspense, useMemo } from 'react';
import { query } from '../../api/client.ts';
import type { UnitRef } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { unitPath } from '../../app/paths.ts';
import { formatPeriod, formatValue } from '../../charts/format.ts';
import { Bilingual, UnitName } from '../../components/names.tsx';
import { ErrorMessage, Loading, SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { overview } from '../../i18n/messages/overview.ts';
import { Link, navigate, setSearchParam, useLocation } from '../../router/router.tsx';
import { classBreaks, colourOf, legendClasses } from './classes.ts';
import { MapLegend } from './MapLegend.tsx';
import { fillNodes } from './rich-text.tsx';
import { defaultMapIndicator, mapIndicators } from './targets.ts';
import type { IndicatorList, IndicatorValues, UnitFeatures } from './types.ts';
import { ValuesTable } from './ValuesTable.tsx';

// The choropleth of one indicator by province, or by commune inside one province (drill-down), with its
// legend and the same values as a table. The choice lives in the address (?indicator=&period=&province=)
// so a view can be bookmarked and shared. The map itself is loaded on demand.

const UnitsMapCanvas = lazy(() => import('../../map/UnitsMapCanvas.tsx'));

/**
 * `hold`: do not ask the server yet. The overview holds the map's data until the target cards have
 * theirs: the embedded database answers one query at a time, and the boundaries and values (~1 MB)
 * asked for at the same moment, and the map's 1.5 MB of code parsed meanwhile on the same two cores,
 * kept the cards at 1.8-2.3 s against the 2 s first-load goal (bench/web-first-load.bench.ts).
 */
export function IndicatorMap({ hold = false }: { hold?: boolean }) {
  const { t, pick, lang } = useI18n();
  const { search } = useLocation();
  const catalogue = useApi<IndicatorList>(hold ? null : '/api/indicators');
  const offered = useMemo(() => mapIndicators(catalogue.data?.items ?? []), [catalogue.data]);
  const indicator = search.get('indicator') ?? defaultMapIndicator(offered.map((i) => i.code));
  const period = search.get('period');
  const province = search.get('province');
  const level = province ? 'commune' : 'province';

  const values = useApi<IndicatorValues>(
    indicator && !hold
      ? `/api/indicators/${encodeURIComponent(indicator)}/values${query({ level, parent: province, period })}`
      : null,
  );
  const features = useApi<UnitFeatures>(hold ? null : `/api/geo/units${query({ level, parent: province })}`);
  const provinceUnit = useApi<UnitRef>(
    province && !hold ? `/api/units/${encodeURIComponent(province)}` : null,
  );

  // useApi keeps the previous answer for a render after the address changes: only an answer for the
  // current choice is drawn, so the map never shows (or reports as ready) the previous level.
  const data = values.data && answers(values.data, indicator, level, province, period) ? values.data : null;
  const shapes = features.data && sameLevel(features.data, level, province) ? features.data : null;
  // While held, the map's own placeholder says it is loading; one loading line, not two.
  const pending =
    !hold &&
    !values.error &&
    !features.error &&
    (shapes === null || catalogue.loading || (indicator !== null && data === null));
  const unit = data?.indicator.unit ?? '';
  const classes = useMemo(() => classBreaks(data?.items.map((i) => i.value) ?? []), [data]);
  const fills = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of data?.items ?? []) {
      const colour = colourOf(item.value, classes);
      if (colour) map.set(item.unit.code, colour);
    }
    return map;
  }, [data, classes]);
  const byCode = useMemo(() => new Map((data?.items ?? []).map((i) => [i.unit.code, i])), [data]);
  const featureNames = useMemo(
    () => new Map((shapes?.features ?? []).map((f) => [f.properties.code, f.properties])),
    [shapes],
  );

  const chosen = offered.find((i) => i.code === indicator);
  const named = data?.indicator ?? chosen;
  const indicatorName = named ? pick(named.nameVi, named.nameEn) : '';
  const periodText = data?.period ? formatPeriod(data.period, lang) : t(overview.latestPeriod);
  const caption = fillNodes(province ? overview.tableCaptionCommunes : overview.tableCaption, lang, {
    indicator: named ? <Bilingual vi={named.nameVi} en={named.nameEn} /> : null,
    period: periodText,
    province: provinceUnit.data ? <UnitName unit={provinceUnit.data} /> : null,
  });
  const noData = (data?.items ?? []).filter((i) => i.value === null).length;

  const drill = (code: string | null) => {
    setSearchParam('province', code);
  };
  const describe = (code: string) => {
    const item = byCode.get(code);
    const props = featureNames.get(code);
    const who = item?.unit ?? (props ? { fullName: props.fullName, nameEn: null } : null);
    return (
      <>
        {who ? (
          <strong>
            <UnitName unit={who} />
          </strong>
        ) : null}{' '}
        {item && item.value !== null ? formatValue(item.value, unit, lang) : t(overview.noData)}
      </>
    );
  };

  return (
    <section aria-labelledby="overview-map" className="overview-map-section">
      <h2 id="overview-map">
        {province
          ? fillNodes(overview.mapHeadingProvince, lang, {
              province: provinceUnit.data ? <UnitName unit={provinceUnit.data} /> : province,
            })
          : t(overview.mapHeading)}
      </h2>
      {catalogue.error ? <ErrorMessage error={catalogue.error} onRetry={catalogue.reload} /> : null}
      <div className="toolbar">
        <label className="field">
          {t(overview.mapIndicator)}
          <select
            value={indicator ?? ''}
            onChange={(e) => {
              setSearchParam('period', null);
              setSearchParam('indicator', e.target.value);
            }}
          >
            {offered.map((i) => (
              <option key={i.code} value={i.code} lang={lang === 'en' && i.nameEn ? undefined : 'vi'}>
                {pick(i.nameVi, i.nameEn)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t(overview.mapPeriod)}
          <select value={period ?? ''} onChange={(e) => setSearchParam('period', e.target.value)}>
            <option value="">
              {!period && data?.period
                ? t(overview.latestPeriodIs, { period: formatPeriod(data.period, lang) })
                : t(overview.latestPeriod)}
            </option>
            {(data?.periods ?? []).map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang)}
              </option>
            ))}
          </select>
        </label>
        {province ? (
          <>
            <button type="button" className="secondary" onClick={() => drill(null)}>
              {t(overview.backToCountry)}
            </button>
            <Link to={unitPath(province)} className="overview-province-link">
              {t(overview.provincePage)}
            </Link>
          </>
        ) : null}
        {chosen?.kind === 'computed' ? (
          <span className="overview-map-synthetic" title={t(overview.syntheticMap)}>
            <SyntheticBadge />
          </span>
        ) : null}
      </div>
      {province ? null : <p className="muted">{t(overview.mapHint)}</p>}
      {values.error ? <ErrorMessage error={values.error} onRetry={values.reload} /> : null}
      {features.error ? <ErrorMessage error={features.error} onRetry={features.reload} /> : null}
      {provinceUnit.error ? <ErrorMessage error={provinceUnit.error} /> : null}
      <div className="overview-map-layout">
        <div className="overview-map-area">
          {hold ? (
            <Loading label={t(overview.loadingMap)} />
          ) : (
            <Suspense fallback={<Loading label={t(overview.loadingMap)} />}>
              <UnitsMapCanvas
                id="overview"
                label={
                  province
                    ? t(overview.mapLabelCommunes, { indicator: indicatorName })
                    : t(overview.mapLabel, { indicator: indicatorName })
                }
                features={shapes}
                fills={fills}
                pending={pending}
                onPick={province ? (code) => navigate(unitPath(code)) : drill}
                describe={describe}
              />
            </Suspense>
          )}
          {pending ? <Loading label={t(overview.loadingValues)} /> : null}
          {classes ? (
            <MapLegend
              classes={legendClasses(data?.items.map((i) => i.value) ?? [], classes)}
              unit={unit}
              noData={noData}
            />
          ) : null}
          {data && !classes ? <p>{t(overview.noValues)}</p> : null}
        </div>
        {data ? (
          <div className="overview-table-area">
            <ValuesTable
              caption={caption}
              items={data.items}
              unit={unit}
              fills={fills}
              {...(province ? {} : { onDrill: drill })}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** Is this values answer the one for the current choice? */
function answers(
  data: IndicatorValues,
  indicator: string | null,
  level: string,
  province: string | null,
  period: string | null,
): boolean {
  return (
    data.indicator.code === indicator &&
    data.level === level &&
    (typeof data.parent === 'string' ? data.parent : (data.parent?.code ?? null)) === province &&
    (period === null || data.period === period)
  );
}

/** Are these shapes the units of the current level (and province)? */
function sameLevel(data: UnitFeatures, level: string, province: string | null): boolean {
  const first = data.features[0]?.properties;
  if (!first) return true;
  return first.level === level && (province === null || first.provinceCode === province);
}
