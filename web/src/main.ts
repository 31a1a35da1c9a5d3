/// <reference types="vite/client" />
import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
  type GeoJSONSource,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  type MapOptions,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
// MapLibre finds its worker next to its own module file; once bundled that file no longer exists, so the
// worker is emitted as a separate asset and its URL handed over explicitly.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { initialLang, type Lang, rememberLang, type Strings, strings } from './i18n.ts';

setWorkerUrl(workerUrl);

// ---------------------------------------------------------------------------------------------------------
// Data

interface UnitProps {
  code: string;
  name: string;
  fullName: string;
  level: string;
  unitType: string;
}
type UnitFeature = Feature<Geometry, UnitProps>;
type UnitCollection = FeatureCollection<Geometry, UnitProps>;

/** A failed load, with a short technical detail to show under the plain-language message. */
class LoadError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks the parts of the answer the page relies on, so a wrong answer fails here with a clear message
 * instead of somewhere inside MapLibre's worker. */
function parseUnits(body: unknown): UnitCollection {
  if (!isRecord(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new LoadError('not a GeoJSON FeatureCollection');
  }
  const features: UnitFeature[] = [];
  for (const f of body.features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties) || !isRecord(f.geometry)) {
      throw new LoadError('feature without properties or geometry');
    }
    const p = f.properties;
    if (typeof p.code !== 'string' || typeof p.fullName !== 'string') {
      throw new LoadError('feature without code or fullName');
    }
    features.push({
      type: 'Feature',
      geometry: f.geometry as unknown as Geometry,
      properties: {
        code: p.code,
        name: typeof p.name === 'string' ? p.name : p.fullName,
        fullName: p.fullName,
        level: typeof p.level === 'string' ? p.level : '',
        unitType: typeof p.unitType === 'string' ? p.unitType : '',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

async function fetchUnits(url: string, signal: AbortSignal): Promise<UnitCollection> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/geo+json, application/json' } });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new LoadError(`network: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!response.ok) {
    // The API answers errors as {"error": {"code", "message"}}; show the code, it is what support asks for.
    let detail = `HTTP ${response.status}`;
    try {
      const body: unknown = await response.json();
      if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
        detail += ` ${body.error.code}`;
      }
    } catch {
      // Not JSON (a proxy's error page, say): the status alone will do.
    }
    throw new LoadError(detail);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new LoadError('invalid JSON');
  }
  return parseUnits(body);
}

const collator = new Intl.Collator('vi');

function byCode(a: UnitFeature, b: UnitFeature): number {
  return a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0;
}

function byName(a: UnitFeature, b: UnitFeature): number {
  return collator.compare(a.properties.name, b.properties.name) || byCode(a, b);
}

type Bounds = [number, number, number, number];

function extendBounds(coords: Position | Position[] | Position[][] | Position[][][], b: Bounds): void {
  const first = coords[0];
  if (typeof first === 'number') {
    const [x, y] = coords as Position;
    if (x === undefined || y === undefined) return;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
    return;
  }
  for (const c of coords as Position[][]) extendBounds(c, b);
}

function geometryBounds(geometry: Geometry, b: Bounds): void {
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) geometryBounds(g, b);
  } else {
    extendBounds(geometry.coordinates, b);
  }
}

function featuresBounds(features: UnitFeature[]): LngLatBoundsLike | null {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) geometryBounds(f.geometry, b);
  return b[0] <= b[2] && b[1] <= b[3] ? [b[0], b[1], b[2], b[3]] : null;
}

// ---------------------------------------------------------------------------------------------------------
// Map

/** Mainland plus the Hoàng Sa and Trường Sa special zones, so all 34 provinces start in view. */
const VIETNAM_BOUNDS: LngLatBoundsLike = [102.1, 7.2, 117.9, 23.4];
const FIT_PADDING = 24;
const EMPTY: UnitCollection = { type: 'FeatureCollection', features: [] };

type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** The whole style lives in code: no tile server, sprite, glyphs or fonts are fetched, because the
 * machines that run Hatang (and many government networks) have no internet. Without glyphs there are no
 * text layers; names are in the side panel instead. */
function buildStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'hatang-offline',
    sources: {
      // promoteId turns the unit code into the feature id, so hover and selection use feature-state.
      provinces: { type: 'geojson', data: EMPTY, promoteId: 'code' },
      communes: { type: 'geojson', data: EMPTY, promoteId: 'code' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dde8f0' } },
      {
        id: 'provinces-fill',
        type: 'fill',
        source: 'provinces',
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            '#fdfcf7',
            ['boolean', ['feature-state', 'hover'], false],
            '#d4e6c3',
            '#eef2e2',
          ],
        },
      },
      {
        id: 'communes-fill',
        type: 'fill',
        source: 'communes',
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            '#f3c969',
            ['boolean', ['feature-state', 'hover'], false],
            '#cfe3f5',
            '#fdfcf7',
          ],
        },
      },
      {
        id: 'communes-outline',
        type: 'line',
        source: 'communes',
        paint: {
          'line-color': '#8d9aa6',
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 10, 1.2],
        },
      },
      {
        id: 'provinces-outline',
        type: 'line',
        source: 'provinces',
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#1f5f99', '#66788a'],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            4,
            ['case', ['boolean', ['feature-state', 'selected'], false], 2, 0.6],
            9,
            ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 1.6],
          ],
        },
      },
    ],
  };
}

function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    // If nothing is pending the map would never render again, and so never say it is idle.
    map.triggerRepaint();
  });
}

/** What MapLibre really drew: distinct unit codes among the rendered features of a layer. A feature split
 * across tiles comes back once per tile, hence the set. */
function renderedCodes(map: MapLibreMap, layer: string): number {
  const codes = new Set<unknown>();
  for (const f of map.queryRenderedFeatures({ layers: [layer] })) codes.add(f.properties.code);
  return codes.size;
}

// ---------------------------------------------------------------------------------------------------------
// Page

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`page is missing #${id}`);
  return el;
}

const ui = {
  title: element('app-title', HTMLHeadingElement),
  subtitle: element('app-subtitle', HTMLParagraphElement),
  langToggle: element('lang-toggle', HTMLButtonElement),
  panel: element('panel', HTMLElement),
  back: element('back', HTMLButtonElement),
  heading: element('panel-heading', HTMLHeadingElement),
  count: element('panel-count', HTMLParagraphElement),
  listLabel: element('list-label', HTMLHeadingElement),
  list: element('unit-list', HTMLUListElement),
  loading: element('loading', HTMLDivElement),
  loadingText: element('loading-text', HTMLSpanElement),
  error: element('error', HTMLDivElement),
  errorText: element('error-text', HTMLParagraphElement),
  errorDetail: element('error-detail', HTMLParagraphElement),
  retry: element('retry', HTMLButtonElement),
  notice: element('notice', HTMLParagraphElement),
  mapRegion: element('map-region', HTMLElement),
  mapContainer: element('map', HTMLDivElement),
  hoverLabel: element('hover-label', HTMLDivElement),
  attrPrefix: element('attr-prefix', HTMLSpanElement),
  attrSource: element('attr-source', HTMLAnchorElement),
  attrLicence: element('attr-licence', HTMLSpanElement),
};

interface State {
  lang: Lang;
  provinces: UnitFeature[] | null;
  province: UnitProps | null;
  communes: UnitFeature[] | null;
  selectedCommune: string | null;
  /** What is being loaded, to say so; null when idle. */
  loading: ((t: Strings) => string) | null;
  error: { message: (t: Strings) => string; detail: string; retry: () => void } | null;
}

const state: State = {
  lang: initialLang(),
  provinces: null,
  province: null,
  communes: null,
  selectedCommune: null,
  loading: null,
  error: null,
};

let t = strings(state.lang);
let map: MapLibreMap | null = null;
let mapLoaded: Promise<void> = Promise.resolve();
/** Each province selection gets a new token; answers that arrive for an older one are dropped. */
let selection = 0;
let inFlight: AbortController | null = null;

function setMapState(value: 'loading' | 'ready' | 'error' | 'no-webgl'): void {
  // Without a map there is nothing to become ready; keep saying why.
  if (map === null && ui.mapContainer.dataset.state === 'no-webgl') return;
  ui.mapContainer.dataset.state = value;
}

function renderStatic(): void {
  document.documentElement.lang = state.lang;
  document.title = t.appTitle;
  ui.title.textContent = t.appTitle;
  ui.subtitle.textContent = t.appSubtitle;
  ui.langToggle.textContent = t.switchLang;
  ui.langToggle.lang = state.lang === 'vi' ? 'en' : 'vi';
  ui.langToggle.setAttribute('aria-label', t.switchLangLabel);
  ui.panel.setAttribute('aria-label', t.panelLabel);
  ui.mapRegion.setAttribute('aria-label', t.mapLabel);
  ui.back.textContent = t.back;
  ui.back.setAttribute('aria-label', t.backLabel);
  ui.retry.textContent = t.retry;
  ui.attrPrefix.textContent = t.attributionPrefix;
  ui.attrSource.textContent = t.attributionSource;
  ui.attrLicence.textContent = t.attributionLicence;
  if (ui.notice.dataset.kind === 'no-webgl') ui.notice.textContent = t.noWebgl;
  // MapLibre takes its control labels only at creation; keep the zoom buttons in the page's language.
  for (const [selector, key] of [
    ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
    ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ] as const) {
    const button = ui.mapContainer.querySelector(selector);
    const label = t.mapLocale[key];
    if (button && label) {
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
    }
  }
}

function unitButton(feature: UnitFeature, pressed: boolean | null, onClick: () => void): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'unit-button';
  button.dataset.code = feature.properties.code;
  button.textContent = feature.properties.fullName;
  if (pressed !== null) button.setAttribute('aria-pressed', String(pressed));
  button.addEventListener('click', onClick);
  li.append(button);
  return li;
}

function renderPanel(): void {
  const province = state.province;
  ui.back.hidden = province === null;
  ui.heading.textContent = province ? province.fullName : t.nationalHeading;

  const units = province ? state.communes : state.provinces;
  ui.count.textContent = units
    ? province
      ? t.communesCount(units.length)
      : t.provincesCount(units.length)
    : '';
  ui.listLabel.textContent = province ? t.communeListLabel(province.fullName) : t.provinceListLabel;

  const items = (units ?? []).map((f) =>
    province
      ? unitButton(f, f.properties.code === state.selectedCommune, () => selectCommune(f.properties.code))
      : unitButton(f, null, () => void selectProvince(f.properties.code, { focusPanel: true })),
  );
  ui.list.replaceChildren(...items);

  ui.loading.hidden = state.loading === null;
  ui.loadingText.textContent = state.loading ? state.loading(t) : '';
  ui.mapRegion.setAttribute('aria-busy', String(state.loading !== null));

  ui.error.hidden = state.error === null;
  ui.errorText.textContent = state.error ? state.error.message(t) : '';
  ui.errorDetail.textContent = state.error ? t.errorDetail(state.error.detail) : '';
}

function failureDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function loadProvinces(): Promise<void> {
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
    if (map) {
      await mapLoaded;
      await map.getSource<GeoJSONSource>('provinces')?.setData({ type: 'FeatureCollection', features });
      await nextIdle(map);
      ui.mapContainer.dataset.renderedProvinces = String(renderedCodes(map, 'provinces-fill'));
      setMapState('ready');
    }
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

/** The highlighted unit per source. MapLibre can clear one state key only for a given feature id, so the
 * page remembers which feature carries it. */
const selectedIds: Record<'provinces' | 'communes', string | null> = { provinces: null, communes: null };

function setSelected(source: 'provinces' | 'communes', code: string | null): void {
  const previous = selectedIds[source];
  selectedIds[source] = code;
  if (!map) return;
  if (previous !== null) map.setFeatureState({ source, id: previous }, { selected: false });
  if (code !== null) map.setFeatureState({ source, id: code }, { selected: true });
}

/** Commune ids are only unique within one load; states from the previous province must not leak. */
function clearCommuneStates(): void {
  selectedIds.communes = null;
  map?.removeFeatureState({ source: 'communes' });
}

async function selectProvince(code: string, options: { focusPanel: boolean }): Promise<void> {
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
  delete ui.mapContainer.dataset.renderedCommunes;
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
    if (map) {
      await mapLoaded;
      clearCommuneStates();
      setSelected('provinces', code);
      await map
        .getSource<GeoJSONSource>('communes')
        ?.setData({ type: 'FeatureCollection', features: communes });
      if (token !== selection) return;
      const bounds = featuresBounds(communes) ?? featuresBounds([feature]);
      if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING });
      await nextIdle(map);
      if (token !== selection) return;
      ui.mapContainer.dataset.renderedCommunes = String(renderedCodes(map, 'communes-fill'));
    }
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

function showNational(): void {
  const previous = state.province?.code ?? null;
  selection++;
  inFlight?.abort();
  inFlight = null;
  state.province = null;
  state.communes = null;
  state.selectedCommune = null;
  state.loading = null;
  state.error = null;
  delete ui.mapContainer.dataset.renderedCommunes;
  renderPanel();
  if (map) {
    void map.getSource<GeoJSONSource>('communes')?.setData(EMPTY);
    clearCommuneStates();
    setSelected('provinces', null);
    map.fitBounds(VIETNAM_BOUNDS, { padding: FIT_PADDING });
  }
  setMapState(state.provinces ? 'ready' : 'error');
  // Back where the user left: on the province they had opened.
  const button = previous
    ? ui.list.querySelector<HTMLButtonElement>(`button[data-code="${previous}"]`)
    : null;
  (button ?? ui.heading).focus();
}

function selectCommune(code: string): void {
  const feature = state.communes?.find((f) => f.properties.code === code);
  if (!feature) return;
  state.selectedCommune = code;
  for (const b of ui.list.querySelectorAll<HTMLButtonElement>('button[data-code]')) {
    const pressed = b.dataset.code === code;
    b.setAttribute('aria-pressed', String(pressed));
    // A click on the map should show the commune's name in the list too.
    if (pressed) b.scrollIntoView({ block: 'nearest' });
  }
  setSelected('communes', code);
  const bounds = featuresBounds([feature]);
  // Zoom in only as far as a commune still sits among its neighbours.
  if (map && bounds) map.fitBounds(bounds, { padding: 80, maxZoom: 11 });
}

function initMap(): void {
  try {
    map = new MapLibreMap({
      container: ui.mapContainer,
      style: buildStyle(),
      bounds: VIETNAM_BOUNDS,
      fitBoundsOptions: { padding: FIT_PADDING },
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: t.mapLocale,
      attributionControl: false,
    });
  } catch (err) {
    // No WebGL (old machines, some locked-down browsers): the lists still work.
    console.warn('Hatang: map unavailable', err);
    map = null;
    ui.notice.dataset.kind = 'no-webgl';
    ui.notice.textContent = t.noWebgl;
    ui.notice.hidden = false;
    setMapState('no-webgl');
    return;
  }
  const m = map;
  m.touchZoomRotate.disableRotation();
  m.keyboard.disableRotation();
  m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  mapLoaded = new Promise((resolve) => m.once('load', () => resolve()));

  let hovered: { source: 'provinces' | 'communes'; id: string } | null = null;
  const clearHover = (): void => {
    if (hovered) m.setFeatureState(hovered, { hover: false });
    hovered = null;
    ui.hoverLabel.hidden = true;
    m.getCanvas().style.cursor = '';
  };
  const hitAt = (point: {
    x: number;
    y: number;
  }): { source: 'provinces' | 'communes'; props: UnitProps } | null => {
    const layers = state.communes ? ['communes-fill', 'provinces-fill'] : ['provinces-fill'];
    const hit = m.queryRenderedFeatures([point.x, point.y], { layers })[0];
    const code = hit?.properties.code;
    if (!hit || typeof code !== 'string') return null;
    const source = hit.layer.id === 'communes-fill' ? 'communes' : 'provinces';
    const list = source === 'communes' ? state.communes : state.provinces;
    const f = list?.find((u) => u.properties.code === code);
    return f ? { source, props: f.properties } : null;
  };

  m.on('mousemove', (e) => {
    const hit = hitAt(e.point);
    if (hovered && (!hit || hit.source !== hovered.source || hit.props.code !== hovered.id)) clearHover();
    if (!hit) return;
    hovered = { source: hit.source, id: hit.props.code };
    m.setFeatureState(hovered, { hover: true });
    m.getCanvas().style.cursor = 'pointer';
    // Names cannot be drawn on the map without glyphs; the pointer's unit is named here instead.
    ui.hoverLabel.textContent = hit.props.fullName;
    ui.hoverLabel.hidden = false;
  });
  m.on('mouseout', clearHover);
  m.on('click', (e) => {
    const hit = hitAt(e.point);
    if (!hit) return;
    if (hit.source === 'communes') selectCommune(hit.props.code);
    else if (hit.props.code !== state.province?.code)
      void selectProvince(hit.props.code, { focusPanel: false });
  });
  m.on('error', (e) => {
    // Surface MapLibre's own failures in the console, where the smoke test looks for them.
    console.error('Hatang map error:', e.error);
  });
}

function init(): void {
  renderStatic();
  ui.langToggle.addEventListener('click', () => {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    t = strings(state.lang);
    rememberLang(state.lang);
    renderStatic();
    renderPanel();
  });
  ui.back.addEventListener('click', showNational);
  ui.retry.addEventListener('click', () => state.error?.retry());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.province) showNational();
  });
  initMap();
  renderStatic();
  void loadProvinces();
}

init();
