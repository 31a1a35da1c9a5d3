import { useMemo, useRef } from 'react';
import { query } from '../../api/client.ts';
import type { UnitList } from '../../api/types.ts';
import { type ApiState, useApi } from '../../api/use-api.ts';
import type { ExplorerState } from './explorer-state.ts';
import { siteOperators } from './layer-features.ts';
import type { FacilityCollection, SiteCollection, UnitCollection, VillageCollection } from './map-types.ts';

// Everything the explorer loads, each answer only when its layer is on and the user may see it (a refused
// request would show as a console error and help nobody). Filters and the province go to the server.

export interface ExplorerData {
  /** The province shown: the address's, once known to exist today (null before that, or if it does not). */
  readonly province: string | null;
  /** The address names a province that does not exist today. */
  readonly unknownProvince: boolean;
  readonly provinces: ApiState<UnitCollection>;
  readonly provinceList: ApiState<UnitList>;
  readonly communes: ApiState<UnitCollection>;
  readonly communeList: ApiState<UnitList>;
  readonly sites: ApiState<SiteCollection>;
  readonly villages: ApiState<VillageCollection>;
  readonly datacentres: ApiState<FacilityCollection>;
  readonly itparks: ApiState<FacilityCollection>;
  /** Operators seen in the province's site answers (the filter's choices stay when one is chosen). */
  readonly operators: readonly string[];
}

/**
 * useApi, with `data` only when it answers the current path: an answer for the previous province or
 * filter is not drawn while the next one loads (nor after it fails).
 */
function useCurrentApi<T>(path: string | null): ApiState<T> {
  const state = useApi<T>(path);
  const answered = useRef<{ path: string | null; data: T | null }>({ path: null, data: null });
  // Idempotent, so safe during render: a new answer object arrives only for the path now asked.
  if (!state.loading && state.data !== answered.current.data) answered.current = { path, data: state.data };
  const fresh = answered.current.path === path ? state.data : null;
  return { ...state, data: fresh };
}

export function useExplorerData(state: ExplorerState, canSeeSites: boolean): ExplorerData {
  const { layers } = state;
  const provinces = useApi<UnitCollection>('/api/geo/units?level=province');
  const provinceList = useApi<UnitList>('/api/units?level=province&limit=100');
  // A province of the address is used once the list says it exists today: a shared link may carry the
  // code of a province merged in 2025 (06 Bắc Kạn), which would answer 404 on every layer.
  const items = provinceList.data?.items;
  const province = items?.some((u) => u.code === state.province) ? state.province : null;
  const checking = state.province !== null && !items && !provinceList.error;
  const unknownProvince = state.province !== null && items !== undefined && province === null;
  const communes = useCurrentApi<UnitCollection>(
    province ? `/api/geo/units${query({ level: 'commune', parent: province })}` : null,
  );
  const communeList = useCurrentApi<UnitList>(
    province ? `/api/units${query({ level: 'commune', parent: province, limit: 1000 })}` : null,
  );
  const sites = useCurrentApi<SiteCollection>(
    province && canSeeSites && layers.has('sites')
      ? `/api/map/sites${query({ province, operator: state.operator, technology: state.technology })}`
      : null,
  );
  const villages = useCurrentApi<VillageCollection>(
    province && (layers.has('villages') || layers.has('gaps'))
      ? `/api/map/villages${query({ province })}`
      : null,
  );
  const datacentres = useCurrentApi<FacilityCollection>(
    layers.has('datacentres') && !checking
      ? `/api/map/facilities${query({ kind: 'data_centre', province })}`
      : null,
  );
  const itparks = useCurrentApi<FacilityCollection>(
    layers.has('itparks') && !checking ? `/api/map/facilities${query({ kind: 'it_park', province })}` : null,
  );

  // The union of operators seen per province: filtering on one operator must not shrink the choices to it.
  const seen = useRef<{ province: string | null; operators: Set<string> }>({
    province: null,
    operators: new Set(),
  });
  const operators = useMemo(() => {
    if (seen.current.province !== province) seen.current = { province, operators: new Set() };
    for (const op of siteOperators(sites.data)) seen.current.operators.add(op);
    if (state.operator) seen.current.operators.add(state.operator);
    return [...seen.current.operators].sort();
  }, [province, sites.data, state.operator]);

  return {
    province,
    unknownProvince,
    provinces,
    provinceList,
    communes,
    communeList,
    sites,
    villages,
    datacentres,
    itparks,
    operators,
  };
}
