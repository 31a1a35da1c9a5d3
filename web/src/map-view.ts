/// <reference types="vite/client" />
import {
  type GeoJSONSource,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
// MapLibre finds its worker next to its own module file; once bundled that file no longer exists, so the
// worker is emitted as a separate asset and its URL handed over explicitly.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { featuresBounds } from './bounds.ts';
import { ui } from './dom.ts';
import { buildStyle, EMPTY } from './map-style.ts';
import { state, t } from './state.ts';
import type { UnitFeature, UnitProps } from './units.ts';

// The map: creation, what it shows, where it looks, hover, and the hooks that say what it drew.

setWorkerUrl(workerUrl);

/** Mainland plus the Hoàng Sa and Trường Sa special zones, so all 34 provinces start in view. */
const VIETNAM_BOUNDS: LngLatBoundsLike = [102.1, 7.2, 117.9, 23.4];
const FIT_PADDING = 24;

let map: MapLibreMap | null = null;
let mapLoaded: Promise<void> = Promise.resolve();

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

export function setMapState(value: 'loading' | 'ready' | 'error' | 'no-webgl'): void {
  // Without a map there is nothing to become ready; keep saying why.
  if (map === null && ui.mapContainer.dataset.state === 'no-webgl') return;
  ui.mapContainer.dataset.state = value;
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

/** Draws the provinces, records how many MapLibre drew, and says the map is ready. Without a map, does
 * nothing. */
export async function drawProvinces(features: UnitFeature[]): Promise<void> {
  if (map) {
    await mapLoaded;
    await map.getSource<GeoJSONSource>('provinces')?.setData({ type: 'FeatureCollection', features });
    await nextIdle(map);
    ui.mapContainer.dataset.renderedProvinces = String(renderedCodes(map, 'provinces-fill'));
    setMapState('ready');
  }
}

/** Highlights the province, draws its communes, fits the map to them and records how many MapLibre drew.
 * Returns false as soon as `isCurrent` says the selection has moved on. Without a map, does nothing. */
export async function drawCommunes(
  province: UnitFeature,
  communes: UnitFeature[],
  isCurrent: () => boolean,
): Promise<boolean> {
  if (map) {
    await mapLoaded;
    clearCommuneStates();
    setSelected('provinces', province.properties.code);
    await map
      .getSource<GeoJSONSource>('communes')
      ?.setData({ type: 'FeatureCollection', features: communes });
    if (!isCurrent()) return false;
    const bounds = featuresBounds(communes) ?? featuresBounds([province]);
    if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING });
    await nextIdle(map);
    if (!isCurrent()) return false;
    ui.mapContainer.dataset.renderedCommunes = String(renderedCodes(map, 'communes-fill'));
  }
  return true;
}

export function forgetRenderedCommunes(): void {
  delete ui.mapContainer.dataset.renderedCommunes;
}

/** Back to the whole country: no communes, no selection. */
export function showNationalMap(): void {
  if (map) {
    void map.getSource<GeoJSONSource>('communes')?.setData(EMPTY);
    clearCommuneStates();
    setSelected('provinces', null);
    map.fitBounds(VIETNAM_BOUNDS, { padding: FIT_PADDING });
  }
}

export function focusCommune(feature: UnitFeature): void {
  setSelected('communes', feature.properties.code);
  const bounds = featuresBounds([feature]);
  // Zoom in only as far as a commune still sits among its neighbours.
  if (map && bounds) map.fitBounds(bounds, { padding: 80, maxZoom: 11 });
}

export interface MapActions {
  /** A click on a commune. */
  selectCommune(code: string): void;
  /** A click on a province other than the open one. */
  selectProvince(code: string): void;
}

export function initMap(actions: MapActions): void {
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
    if (hit.source === 'communes') actions.selectCommune(hit.props.code);
    else if (hit.props.code !== state.province?.code) actions.selectProvince(hit.props.code);
  });
  m.on('error', (e) => {
    // Surface MapLibre's own failures in the console, where the smoke test looks for them.
    console.error('Hatang map error:', e.error);
  });
}
