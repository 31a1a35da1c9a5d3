import { failureDetail, fetchUnits } from './api.ts';
import { ui } from './dom.ts';
import {
  drawCommunes,
  drawProvinces,
  focusCommune,
  forgetRenderedCommunes,
  setMapState,
  showNationalMap,
} from './map-view.ts';
import { focusUnit, pressCommune, renderPanel } from './panel.ts';
import { state } from './state.ts';
import { byCode, byName } from './units.ts';

// Moving between the national view, a province and a commune: loads, keeps panel and map in step, and
// drops answers that come too late.

/** Each province selection gets a new token; answers that arrive for an older one are dropped. */
let selection = 0;
let inFlight: AbortController | null = null;

export async function loadProvinces(): Promise<void> {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  state.loading = (s) => s.loadingProvinces;
  state.error = null;
  setMapState('loading');
  renderPanel();
  try {
    const fc = await fetchUnits('/api/geo/units?level=province', controller.signal);
    const features = [...fc.features].sort(byCode);
    state.provinces = features;
    state.loading = null;
    renderPanel();
    await drawProvinces(features);
  } catch (err) {
    if (controller.signal.aborted) return;
    state.loading = null;
    state.error = {
      message: (s) => s.errorProvinces,
      detail: failureDetail(err),
      retry: () => void loadProvinces(),
    };
    setMapState('error');
    renderPanel();
    ui.retry.focus();
  }
}

export async function selectProvince(code: string, options: { focusPanel: boolean }): Promise<void> {
  const feature = state.provinces?.find((f) => f.properties.code === code);
  if (!feature) return;
  const token = ++selection;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;

  const province = feature.properties;
  state.province = province;
  state.communes = null;
  state.selectedCommune = null;
  state.error = null;
  state.loading = (s) => s.loadingCommunes(province.fullName);
  forgetRenderedCommunes();
  setMapState('loading');
  renderPanel();
  if (options.focusPanel) ui.heading.focus();

  try {
    const fc = await fetchUnits(
      `/api/geo/units?level=commune&parent=${encodeURIComponent(code)}`,
      controller.signal,
    );
    if (token !== selection) return;
    const communes = [...fc.features].sort(byName);
    state.communes = communes;
    state.loading = null;
    renderPanel();
    if (!(await drawCommunes(feature, communes, () => token === selection))) return;
    setMapState('ready');
  } catch (err) {
    if (controller.signal.aborted || token !== selection) return;
    state.loading = null;
    state.error = {
      message: (s) => s.errorCommunes(province.fullName),
      detail: failureDetail(err),
      retry: () => void selectProvince(code, { focusPanel: false }),
    };
    setMapState('error');
    renderPanel();
    ui.retry.focus();
  }
}

export function showNational(): void {
  const previous = state.province?.code ?? null;
  selection++;
  inFlight?.abort();
  inFlight = null;
  state.province = null;
  state.communes = null;
  state.selectedCommune = null;
  state.loading = null;
  state.error = null;
  forgetRenderedCommunes();
  renderPanel();
  showNationalMap();
  setMapState(state.provinces ? 'ready' : 'error');
  // Back where the user left: on the province they had opened.
  focusUnit(previous);
}

export function selectCommune(code: string): void {
  const feature = state.communes?.find((f) => f.properties.code === code);
  if (!feature) return;
  state.selectedCommune = code;
  pressCommune(code);
  focusCommune(feature);
}
