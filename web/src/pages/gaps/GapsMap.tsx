import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useState } from 'react';
import type { UnitRef } from '../../api/types.ts';
import { Vi } from '../../components/names.tsx';
import { Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { gaps } from '../../i18n/messages/gaps.ts';
import { featuresBounds } from '../../map/bounds.ts';
import { MapCanvas, markLoading, markReady } from '../../map/MapCanvas.tsx';
import { formatDistance, labelPosition } from './gaps-format.ts';
import { type GapFilters, gapsExportPath } from './gaps-query.ts';
import { toVillagePoints, type VillagePoint, villageFromProperties } from './map-data.ts';
import { useAnswer } from './use-answer.ts';

// The uncovered villages of the current filter as dots, over province outlines (and commune outlines
// when a province is chosen) so the dots have a place. Clicking a dot names the village.

export const POINTS_LAYER = 'gaps-points';
const POINTS = 'gaps';
const OUTLINES = 'gaps-outlines';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function addLayers(map: MapLibreMap): void {
  map.addSource(OUTLINES, { type: 'geojson', data: EMPTY });
  map.addSource(POINTS, { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'gaps-outline-fill',
    type: 'fill',
    source: OUTLINES,
    paint: { 'fill-color': '#f7f9fb' },
  });
  map.addLayer({
    id: 'gaps-outline-line',
    type: 'line',
    source: OUTLINES,
    paint: { 'line-color': '#7b8691', 'line-width': 0.7 },
  });
  map.addLayer({
    id: POINTS_LAYER,
    type: 'circle',
    source: POINTS,
    paint: {
      'circle-color': '#c0392b',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 9, 5, 12, 8],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 0.8,
    },
  });
}

interface Picked {
  readonly village: VillagePoint;
  readonly left: number;
  readonly top: number;
}

export interface GapsMapProps {
  readonly filters: GapFilters;
  readonly provinces: ReadonlyMap<string, UnitRef>;
}

export function GapsMap({ filters, provinces }: GapsMapProps) {
  const { t, lang, number } = useI18n();
  const points = useAnswer<FeatureCollection>(gapsExportPath(filters, 'geojson'));
  const outlinePath = filters.province
    ? `/api/geo/units?level=commune&parent=${filters.province}`
    : '/api/geo/units?level=province';
  const outlines = useAnswer<FeatureCollection>(outlinePath);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);

  const onLoad = useCallback((m: MapLibreMap) => {
    addLayers(m);
    m.on('mouseenter', POINTS_LAYER, () => {
      m.getCanvas().style.cursor = 'pointer';
    });
    m.on('mouseleave', POINTS_LAYER, () => {
      m.getCanvas().style.cursor = '';
    });
    m.on('click', (e) => {
      const hit = m.queryRenderedFeatures(e.point, { layers: [POINTS_LAYER] })[0];
      const village = villageFromProperties(hit?.properties);
      const canvas = m.getContainer();
      const size = { width: canvas.clientWidth, height: canvas.clientHeight };
      setPicked(village ? { village, ...labelPosition(e.point, size) } : null);
    });
    setMap(m);
  }, []);

  useEffect(() => {
    if (!map) return;
    void (map.getSource(OUTLINES) as GeoJSONSource | undefined)?.setData(outlines.data ?? EMPTY);
  }, [map, outlines.data]);

  useEffect(() => {
    if (!map) return;
    setPicked(null);
    if (!points.data) {
      // A new filter is loading: the tests waiting for "ready" must wait for the new dots.
      markLoading(map);
      return;
    }
    const data = toVillagePoints(points.data);
    void (map.getSource(POINTS) as GeoJSONSource | undefined)?.setData(data);
    const bounds = featuresBounds(data.features);
    if (bounds) map.fitBounds(bounds, { padding: 40, maxZoom: 11, animate: false });
    void markReady(map, POINTS_LAYER);
  }, [map, points.data]);

  const province = picked ? provinces.get(picked.village.province) : undefined;
  return (
    <div className="gaps-map">
      {points.loading ? <Loading label={t(gaps.mapLoading)} /> : null}
      <MapCanvas id="gaps" label={t(gaps.mapLabel, { tech: filters.tech })} onLoad={onLoad}>
        {picked ? (
          <div className="gaps-popup" aria-live="polite" style={{ left: picked.left, top: picked.top }}>
            <button
              type="button"
              className="gaps-popup-close"
              aria-label={t(gaps.close)}
              onClick={() => setPicked(null)}
            >
              ×
            </button>
            <p className="gaps-popup-name">
              <Vi>{picked.village.name}</Vi>
            </p>
            <p>
              <Vi>{picked.village.commune}</Vi>
              {province ? (
                <>
                  {', '}
                  <Vi>{province.fullName}</Vi>
                </>
              ) : null}
            </p>
            {picked.village.distance !== null ? (
              <p>
                {t(gaps.popupDistance, {
                  tech: filters.tech,
                  d: formatDistance(picked.village.distance, lang),
                })}
              </p>
            ) : null}
            {picked.village.population !== null ? (
              <p>{t(gaps.popupPopulation, { n: number(picked.village.population) })}</p>
            ) : null}
          </div>
        ) : null}
      </MapCanvas>
      <p className="muted gaps-map-hint">{t(gaps.mapHint)}</p>
    </div>
  );
}
