import type { Feature, Point } from 'geojson';
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useState } from 'react';
import { Vi } from '../../components/names.tsx';
import { ServerText } from '../../components/ServerText.tsx';
import { vietnameseRuns } from '../../components/vietnamese-runs.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { featuresBounds } from '../../map/bounds.ts';
import { MapCanvas, markReady } from '../../map/MapCanvas.tsx';
import { COMMUNE_FILL, drawContext } from './ContextLayers.ts';
import { problemAnchor } from './ProblemTable.tsx';
import type { ProblemPointProperties } from './report.ts';

const LAYER = 'report-points';
const ERROR_COLOUR = '#a12622';
const WARNING_COLOUR = '#b07400';
/** With more points, labels name the row only (the message is on hover and in the table). */
const FULL_LABELS_UP_TO = 12;
const LABEL_CHARS = 70;

type ProblemFeature = Feature<Point, ProblemPointProperties>;

/** What the pointer is over: a problem row, or a commune of the background. */
type Hovered =
  | { readonly x: number; readonly y: number; readonly row: number; readonly message: string }
  | { readonly x: number; readonly y: number; readonly commune: string };

/**
 * Where the problem rows lie: a point per row (red: error, amber: warning) with an HTML label naming
 * the row (and its problem, when there are few), linked to the row in the table. No text layer: the
 * offline map has no glyphs.
 */
export function ProblemMap({ points }: { points: readonly ProblemFeature[] }) {
  const { t, lang } = useI18n();
  const [hovered, setHovered] = useState<Hovered | null>(null);

  const label = (p: ProblemPointProperties): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.className = 'report-marker';
    a.href = `#${problemAnchor({ row: p.row, ...(p.sheet ? { sheet: p.sheet } : {}) })}`;
    const row = document.createElement('strong');
    row.textContent = t(sub.rowLabel, { row: p.row });
    a.append(row);
    if (points.length <= FULL_LABELS_UP_TO) {
      const text = p.message.length > LABEL_CHARS ? `${p.message.slice(0, LABEL_CHARS - 1)}…` : p.message;
      a.append(': ');
      // Vietnamese names inside an English message are marked as such, as in the table.
      for (const run of vietnameseRuns(text)) {
        if (run.vi && lang === 'en') {
          const span = document.createElement('span');
          span.lang = 'vi';
          span.textContent = run.text;
          a.append(span);
        } else a.append(run.text);
      }
    }
    return a;
  };

  const onLoad = (map: MapLibreMap) => {
    const features = points.map((p) => ({ ...p, properties: { ...p.properties } }));
    map.addSource('report', { type: 'geojson', data: { type: 'FeatureCollection', features } });
    map.addLayer({
      id: LAYER,
      type: 'circle',
      source: 'report',
      paint: {
        'circle-radius': 7,
        'circle-color': ['match', ['get', 'severity'], 'error', ERROR_COLOUR, WARNING_COLOUR],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    for (const f of points) {
      new Marker({ element: label(f.properties), anchor: 'bottom', offset: [0, -10] })
        .setLngLat([f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0])
        .addTo(map);
    }
    map.on('mousemove', LAYER, (e) => {
      const f = e.features?.[0];
      if (!f) return;
      map.getCanvas().style.cursor = 'pointer';
      setHovered({
        x: e.point.x,
        y: e.point.y,
        row: Number(f.properties.row),
        message: String(f.properties.message),
      });
    });
    map.on('mouseleave', LAYER, () => {
      map.getCanvas().style.cursor = '';
      setHovered(null);
    });
    map.on('mousemove', COMMUNE_FILL, (e) => {
      const name = e.features?.[0]?.properties.fullName;
      if (typeof name !== 'string') return;
      // A point under the pointer wins over the commune around it.
      if (map.queryRenderedFeatures(e.point, { layers: [LAYER] }).length > 0) return;
      setHovered({ x: e.point.x, y: e.point.y, commune: name });
    });
    map.on('mouseleave', COMMUNE_FILL, () => setHovered(null));
    const bounds = featuresBounds(features);
    // More room above the points: their labels stand over them.
    if (bounds) {
      map.fitBounds(bounds, {
        padding: { top: 90, bottom: 40, left: 60, right: 60 },
        maxZoom: 13,
        duration: 0,
      });
    }
    // Ready once the background is drawn too (or could not be had).
    drawContext(map, points, LAYER)
      .catch((err: unknown) => console.warn('Hatang: report map without boundaries', err))
      .finally(() => {
        if (map.getLayer(LAYER)) void markReady(map, LAYER);
      });
  };

  return (
    <div className="sub-map">
      <MapCanvas id="report" label={t(sub.mapLabel)} onLoad={onLoad}>
        {hovered ? (
          <div className="map-hover-label" style={{ left: hovered.x + 12, top: hovered.y + 12 }}>
            {'row' in hovered ? (
              <>
                <strong>{t(sub.rowLabel, { row: hovered.row })}</strong>:{' '}
                <ServerText text={hovered.message} />
              </>
            ) : (
              <Vi>{hovered.commune}</Vi>
            )}
          </div>
        ) : null}
      </MapCanvas>
      <p className="sub-legend">
        <span>
          <span className="sub-legend-dot" style={{ background: ERROR_COLOUR }} aria-hidden="true" />
          {t(sub.legendError)}
        </span>
        <span>
          <span className="sub-legend-dot" style={{ background: WARNING_COLOUR }} aria-hidden="true" />
          {t(sub.legendWarning)}
        </span>
        <span className="muted">{t(sub.mapNote)}</span>
      </p>
    </div>
  );
}
