/// <reference types="vite/client" />
import 'maplibre-gl/dist/maplibre-gl.css';
import { type LngLatBoundsLike, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
// MapLibre finds its worker next to its own module file; once bundled that file no longer exists, so the
// worker is emitted as a separate asset and its URL handed over explicitly.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { mapText } from '../i18n/messages/map.ts';

setWorkerUrl(workerUrl);

/** Mainland plus the Hoàng Sa and Trường Sa special zones, so all 34 provinces start in view. */
export const VIETNAM_BOUNDS: LngLatBoundsLike = [102.1, 7.2, 117.9, 23.4];

export type MapState = 'loading' | 'ready' | 'error' | 'no-webgl';

export interface MapCanvasProps {
  /** The accessible name of the map region ("Bản đồ tỷ lệ thôn có 4G theo tỉnh"). */
  readonly label: string;
  /** Called once the style has loaded: add sources, layers and handlers here. */
  onLoad(map: MapLibreMap): void;
  /** Extra content over the map (legend, hover label). */
  readonly children?: ReactNode;
  readonly className?: string;
  /** The test hook: set on the container as data-map-id. */
  readonly id?: string;
}

/**
 * A MapLibre map with the offline style: a plain background and nothing fetched from outside (no tiles,
 * sprite, glyphs or fonts: the machines that run Hatang, and many government networks, have no internet).
 * Without glyphs there are no text layers; pages name the pointed feature in a hover label instead.
 * The container carries data-state (loading / ready / error / no-webgl) for the end-to-end tests; pages
 * set it to "ready" once they have drawn their data (`markReady`).
 */
export function MapCanvas({ label, onLoad, children, className, id }: MapCanvasProps) {
  const { t, lang } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const onLoadRef = useRef(onLoad);
  onLoadRef.current = onLoad;
  // The map is made once per mount; a language change rebuilds it so its control labels follow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: lang is the trigger (t follows it)
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: element,
        style: {
          version: 8,
          name: 'hatang-offline',
          sources: {},
          layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dde8f0' } }],
        },
        bounds: VIETNAM_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        renderWorldCopies: false,
        dragRotate: false,
        pitchWithRotate: false,
        attributionControl: false,
        locale: {
          'Map.Title': t(mapText.mapTitle),
          'NavigationControl.ZoomIn': t(mapText.zoomIn),
          'NavigationControl.ZoomOut': t(mapText.zoomOut),
          'NavigationControl.ResetBearing': t(mapText.resetBearing),
        },
      });
    } catch (err) {
      // No WebGL (old machines, locked-down browsers): the page's tables still work.
      console.warn('Hatang: map unavailable', err);
      element.dataset.state = 'no-webgl';
      setFailed(true);
      return;
    }
    element.dataset.state = 'loading';
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.on('error', (e) => {
      // MapLibre's own failures go to the console, where the end-to-end tests look for them.
      console.error('Hatang map error:', e.error);
      element.dataset.state = 'error';
    });
    map.once('load', () => onLoadRef.current(map));
    return () => {
      map.remove();
    };
  }, [lang]);
  return (
    <div className={`map-frame ${className ?? ''}`} style={{ position: 'relative' }}>
      <section
        ref={container}
        className="map"
        aria-label={label}
        data-state="loading"
        {...(id ? { 'data-map-id': id } : {})}
      />
      {failed ? (
        <p className="notice" role="status">
          {t(mapText.noWebgl)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** Resolves on the map's next idle (everything requested is drawn). */
export function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    // If nothing is pending the map would never render again, and so never say it is idle.
    map.triggerRepaint();
  });
}

/** Says the map has drawn its data (after the next idle): the tests wait for data-state="ready", and may
 * read what was drawn from data-rendered (distinct feature codes in `layer`). */
export async function markReady(map: MapLibreMap, layer?: string): Promise<void> {
  await nextIdle(map);
  const element = map.getContainer();
  if (layer && map.getLayer(layer)) {
    const codes = new Set<unknown>();
    for (const f of map.queryRenderedFeatures({ layers: [layer] })) codes.add(f.properties.code);
    element.dataset.rendered = String(codes.size);
  }
  element.dataset.state = 'ready';
}

/** Says the map is drawing new data (before a redraw), so a test waiting for "ready" waits for it. */
export function markLoading(map: MapLibreMap): void {
  const element = map.getContainer();
  element.dataset.state = 'loading';
  delete element.dataset.rendered;
}
