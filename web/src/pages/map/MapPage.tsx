import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { UnitRef } from '../../api/types.ts';
import { PATHS } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { can, useSession } from '../../auth/session.tsx';
import { UnitName, Vi } from '../../components/names.tsx';
import { ErrorMessage, Loading, SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { common } from '../../i18n/messages/common.ts';
import { explorer } from '../../i18n/messages/explorer.ts';
import { Link, setSearchParam, useLocation } from '../../router/router.tsx';
import { ExplorerMap, type Selection } from './ExplorerMap.tsx';
import {
  changedParams,
  drawableLayers,
  type ExplorerState,
  LAYER_IDS,
  type LayerId,
  listedLayer,
  parseExplorerState,
} from './explorer-state.ts';
import { Value } from './FeatureDetails.tsx';
import { FeatureList, LIST_LIMIT } from './FeatureList.tsx';
import { findFeature, hasSynthetic, type LayerData, layerFeatures, layerSize } from './feature-lookup.ts';
import type { UnitLookup } from './feature-rows.ts';
import type { HoverTarget } from './HoverLabel.tsx';
import { LayerPanel, type LayerStatus } from './LayerPanel.tsx';
import { Legend } from './Legend.tsx';
import {
  facilityMapFeatures,
  gapMapFeatures,
  siteMapFeatures,
  villageMapFeatures,
} from './layer-features.ts';
import { operatorColours } from './operator-colours.ts';
import { ProvinceSelect } from './ProvinceSelect.tsx';
import { useExplorerData } from './use-explorer-data.ts';
import './explorer.css';

/**
 * /map: the map explorer. Province and commune boundaries, mobile sites (signed-in users who may see
 * them), villages by coverage and without signal, data centres and IT parks; the view (province, layers,
 * filters) lives in the address so it can be shared.
 */
export default function MapPage(_props: PageProps) {
  const { t } = useI18n();
  const { search, path } = useLocation();
  const { user } = useSession();
  const query = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query text is the state's identity
  const state = useMemo(() => parseExplorerState(search), [query]);
  const canSeeSites = can(user, 'see_sites') && user?.mustChangePassword !== true;
  const data = useExplorerData(state, canSeeSites);
  // What is shown: the address's state with its province once known to exist.
  const province = data.province;
  const view = useMemo(() => ({ ...state, province }), [state, province]);
  const drawable = drawableLayers(view, canSeeSites);
  const visibleKey = drawable.join(',');
  // One array per set of layers, so the map's effects run when the set changes, not on every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: visibleKey stands for the array's content
  const visible = useMemo(() => drawable, [visibleKey]);
  const [selection, setSelection] = useState<Selection | null>(null);

  const update = useCallback(
    (patch: Partial<ExplorerState>) => {
      for (const [name, value] of changedParams(state, { ...state, ...patch })) setSearchParam(name, value);
    },
    [state],
  );
  const chooseProvince = useCallback((province: string | null) => update({ province }), [update]);
  // Another province's points are gone: so is the popup of one of them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the province is the trigger
  useEffect(() => setSelection(null), [province]);

  const units = useUnitLookup(data.provinceList.data?.items, data.communeList.data?.items);
  const layerData = useMemo<LayerData>(
    () => ({
      sites: data.sites.data,
      villages: data.villages.data,
      datacentres: data.datacentres.data,
      itparks: data.itparks.data,
    }),
    [data.sites.data, data.villages.data, data.datacentres.data, data.itparks.data],
  );
  const tech = state.coverTech;
  // Each layer's features made once per answer (the map replaces only the layers whose object changed).
  const sitePoints = useMemo(() => siteMapFeatures(layerData.sites), [layerData.sites]);
  const villagePoints = useMemo(
    () => villageMapFeatures(layerData.villages, tech),
    [layerData.villages, tech],
  );
  const gapPoints = useMemo(() => gapMapFeatures(layerData.villages, tech), [layerData.villages, tech]);
  const dcPoints = useMemo(() => facilityMapFeatures(layerData.datacentres), [layerData.datacentres]);
  const parkPoints = useMemo(() => facilityMapFeatures(layerData.itparks), [layerData.itparks]);
  const points = useMemo(
    () => ({
      sites: sitePoints,
      villages: villagePoints,
      gaps: gapPoints,
      datacentres: dcPoints,
      itparks: parkPoints,
    }),
    [sitePoints, villagePoints, gapPoints, dcPoints, parkPoints],
  );
  const colours = useMemo(() => operatorColours(data.operators), [data.operators]);

  const apis = { ...data, gaps: data.villages };
  const status = Object.fromEntries(
    LAYER_IDS.map((id) => [id, { count: layerSize(id, layerData, tech), api: apis[id] }]),
  ) as Record<LayerId, LayerStatus>;
  const pending =
    data.provinces.loading ||
    data.provinceList.loading ||
    (province !== null && data.communes.loading) ||
    visible.some((id) => apis[id].loading);

  const selected =
    selection && visible.includes(selection.layer)
      ? findFeature(selection.layer, selection.code, layerData, tech, units)
      : null;
  const listed = listedLayer(view, visible);
  const listFeatures = useMemo(
    () => (listed ? layerFeatures(listed, layerData, tech, units, LIST_LIMIT) : []),
    [listed, layerData, tech, units],
  );
  const synthetic = useMemo(() => visible.some((id) => hasSynthetic(id, layerData)), [visible, layerData]);

  const hoverText = (target: HoverTarget): ReactNode => {
    if (target.kind === 'cluster') return t(explorer.hoverGroup, { n: target.count });
    if (target.kind === 'unit') {
      const unit = target.level === 'province' ? units.province(target.code) : units.commune(target.code);
      return unit ? <UnitName unit={unit} /> : <Vi>{target.fullName}</Vi>;
    }
    const feature = findFeature(target.layer, target.code, layerData, tech, units);
    if (!feature) return target.code;
    return (
      <>
        {t(feature.detail.kindLabel)}: <Value value={feature.detail.title} />
      </>
    );
  };

  let sitesBlocked: ReactNode = null;
  if (user === null) {
    sitesBlocked = (
      <Link to={`${PATHS.login}?next=${encodeURIComponent(`${path}${query ? `?${query}` : ''}`)}`}>
        {t(explorer.sitesSignIn)}
      </Link>
    );
  } else if (user !== undefined && !canSeeSites) {
    sitesBlocked = <span className="muted">{t(explorer.sitesNotAllowed)}</span>;
  }

  return (
    <div className="explorer-page">
      <h1>{t(explorer.title)}</h1>
      <p className="muted">{t(explorer.intro)}</p>
      {/* Above the map, where it cannot be missed while a layer of synthetic points is drawn. */}
      {synthetic ? (
        <p className="explorer-synthetic">
          <SyntheticBadge /> {t(common.syntheticNote)}
        </p>
      ) : null}
      <div className="explorer">
        <aside className="explorer-panel" aria-label={t(explorer.panelLabel)}>
          <ProvinceSelect
            province={state.province}
            unknown={data.unknownProvince}
            list={data.provinceList}
            onChange={chooseProvince}
          />
          {data.provinces.loading || data.communes.loading ? (
            <Loading label={t(explorer.loadingUnits)} />
          ) : null}
          {data.provinces.error ? (
            <ErrorMessage error={data.provinces.error} onRetry={data.provinces.reload} />
          ) : null}
          {data.communes.error ? (
            <ErrorMessage error={data.communes.error} onRetry={data.communes.reload} />
          ) : null}
          <LayerPanel
            state={view}
            status={status}
            sitesBlocked={sitesBlocked}
            operators={data.operators}
            onChange={update}
          />
          <Legend province={province} visible={visible} colours={colours} tech={tech} />
        </aside>
        <div className="explorer-main">
          <ExplorerMap
            province={province}
            provinces={data.provinces.data}
            communes={data.communes.data}
            points={points}
            visible={visible}
            colours={colours}
            pending={pending}
            selection={selection}
            selectedDetail={selected?.detail ?? null}
            hoverText={hoverText}
            onSelect={setSelection}
            onChooseProvince={chooseProvince}
          />
        </div>
      </div>
      <FeatureList
        visible={visible}
        layer={listed}
        features={listFeatures}
        total={listed ? (layerSize(listed, layerData, tech) ?? 0) : 0}
        tech={tech}
        onLayer={(list) => update({ list })}
        onShow={(f) => {
          if (f.position) setSelection({ layer: f.layer, code: f.code, position: f.position, fly: true });
        }}
      />
    </div>
  );
}

/** Unit names by code (with their English names) from the province and commune lists. */
function useUnitLookup(provinces: readonly UnitRef[] | undefined, communes: readonly UnitRef[] | undefined) {
  return useMemo<UnitLookup>(() => {
    const byCode = (items: readonly UnitRef[] | undefined) => new Map((items ?? []).map((u) => [u.code, u]));
    const p = byCode(provinces);
    const c = byCode(communes);
    return { province: (code) => p.get(code), commune: (code) => c.get(code) };
  }, [provinces, communes]);
}
