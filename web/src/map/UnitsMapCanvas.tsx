import type { Feature, Geometry } from 'geojson';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { UnitFeatureProps, UnitFeatures } from '../api/types.ts';
import { featuresBounds } from './bounds.ts';
import { NO_DATA_COLOUR } from './colours.ts';
import { MapCanvas, markLoading, markReady, nextIdle } from './MapCanvas.tsx';

// Administrative units filled by colour, as one MapLibre GeoJSON source: the overview's choropleth and the
// unit page's province map. Loaded on demand (React.lazy) because MapLibre is most of the app's weight.
// Units without a colour are grey and hatched, so "no data" does not depend on telling greys apart.

export const FILL_LAYER = 'units-fill';
const SOURCE = 'units';
const HATCH_LAYER = 'units-no-data';
const LINE_LAYER = 'units-line';
const HOVER_LAYER = 'units-hover';
const HIGHLIGHT_LAYER = 'units-highlight';

export interface UnitsMapCanvasProps {
  /** data-map-id of the map element (end-to-end tests wait on it). */
  readonly id: string;
  /** Accessible name of the map region. */
  readonly label: string;
  readonly features: UnitFeatures | null;
  /** Fill colour per unit code; a unit without one has no data. */
  readonly fills: ReadonlyMap<string, string>;
  /** A unit outlined strongly (the unit whose page this is). */
  readonly highlight?: string | null;
  /** Click on a unit. */
  readonly onPick?: (code: string) => void;
  /** Data still coming: the map keeps data-state="loading" (tests must not read a half-drawn map). */
  readonly pending?: boolean;
  /** The hover label's content for a unit. */
  describe(code: string): ReactNode;
}

/** An 8×8 hatch on grey, made in memory (the offline style has no sprite to take it from). */
function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = (row * size + col) * 4;
      const stripe = (row + col) % size < 2;
      const [r, g, b] = stripe ? [0x7b, 0x86, 0x91] : [0xd5, 0xda, 0xdf];
      data.set([r, g, b, 255], i);
    }
  }
  return { width: size, height: size, data };
}

function addLayers(map: MapLibreMap): void {
  map.addImage('hatch', hatchImage());
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: FILL_LAYER,
    type: 'fill',
    source: SOURCE,
    paint: { 'fill-color': ['coalesce', ['get', 'fill'], NO_DATA_COLOUR], 'fill-opacity': 0.92 },
  });
  map.addLayer({
    id: HATCH_LAYER,
    type: 'fill',
    source: SOURCE,
    filter: ['!', ['has', 'fill']],
    paint: { 'fill-pattern': 'hatch' },
  });
  map.addLayer({
    id: LINE_LAYER,
    type: 'line',
    source: SOURCE,
    paint: { 'line-color': '#ffffff', 'line-width': 0.8 },
  });
  map.addLayer({
    id: HIGHLIGHT_LAYER,
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'code'], ''],
    paint: { 'line-color': '#a12622', 'line-width': 3 },
  });
  map.addLayer({
    id: HOVER_LAYER,
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'code'], ''],
    paint: { 'line-color': '#1d2733', 'line-width': 2 },
  });
}

interface Hover {
  readonly code: string;
  readonly x: number;
  readonly y: number;
}

export default function UnitsMapCanvas({
  id,
  label,
  features,
  fills,
  highlight,
  onPick,
  pending,
  describe,
}: UnitsMapCanvasProps) {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const fitted = useRef<UnitFeatures | null>(null);
  // Each draw has a number; only the latest may report "ready" (an older one may finish after it).
  const draws = useRef(0);

  const onLoad = useCallback((m: MapLibreMap) => {
    addLayers(m);
    const code = (e: MapLayerMouseEvent) => {
      const value = e.features?.[0]?.properties?.code;
      return typeof value === 'string' ? value : null;
    };
    m.on('mousemove', FILL_LAYER, (e) => {
      const c = code(e);
      m.getCanvas().style.cursor = c && pick.current ? 'pointer' : '';
      m.setFilter(HOVER_LAYER, ['==', ['get', 'code'], c ?? '']);
      setHover(c ? { code: c, x: e.point.x, y: e.point.y } : null);
    });
    m.on('mouseleave', FILL_LAYER, () => {
      m.getCanvas().style.cursor = '';
      m.setFilter(HOVER_LAYER, ['==', ['get', 'code'], '']);
      setHover(null);
    });
    m.on('click', FILL_LAYER, (e) => {
      const c = code(e);
      if (c) pick.current?.(c);
    });
    // A language switch rebuilds the map: the new one must be fitted and filled again.
    fitted.current = null;
    setMap(m);
  }, []);

  useEffect(() => {
    if (!map) return;
    markLoading(map);
    const draw = ++draws.current;
    if (!features || pending) return;
    const coloured: Feature<Geometry, UnitFeatureProps & { fill?: string }>[] = features.features.map((f) => {
      const fill = fills.get(f.properties.code);
      return { ...f, properties: fill ? { ...f.properties, fill } : f.properties };
    });
    void (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: coloured,
    });
    if (fitted.current !== features) {
      fitted.current = features;
      setHover(null);
      const bounds = featuresBounds(features.features);
      if (bounds) map.fitBounds(bounds, { padding: 16, animate: false });
    }
    void nextIdle(map).then(() => {
      if (draw === draws.current) return markReady(map, FILL_LAYER);
    });
  }, [map, features, fills, pending]);

  useEffect(() => {
    map?.setFilter(HIGHLIGHT_LAYER, ['==', ['get', 'code'], highlight ?? '']);
  }, [map, highlight]);

  return (
    <MapCanvas id={id} label={label} onLoad={onLoad}>
      {hover ? (
        <div className="map-hover-label" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          {describe(hover.code)}
        </div>
      ) : null}
    </MapCanvas>
  );
}
