import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { apiGet } from '../../api/client.ts';
import { provincesContaining } from './report-geo.ts';

// The report map's background: province outlines, and the communes of the provinces the points fall in
// (a point "outside its commune" is read against them). Public boundaries; if they cannot be had, the
// points alone still say where the rows lie.

export const COMMUNE_FILL = 'report-communes-fill';

export async function drawContext(
  map: MapLibreMap,
  points: readonly Feature<Point>[],
  below: string,
): Promise<void> {
  const provinces = await apiGet<FeatureCollection>('/api/geo/units?level=province');
  const codes = provincesContaining(points, provinces.features);
  const communes: Feature[] = [];
  for (const code of codes) {
    const part = await apiGet<FeatureCollection>(`/api/geo/units?level=commune&parent=${code}`);
    communes.push(...part.features);
  }
  // The page may have been left (or the language switched, which rebuilds the map) meanwhile.
  if (!map.getLayer(below)) return;
  map.addSource('report-communes', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: communes },
  });
  map.addSource('report-provinces', { type: 'geojson', data: provinces });
  // A fill that is all but invisible makes the communes hoverable (named in the hover label).
  map.addLayer(
    {
      id: COMMUNE_FILL,
      type: 'fill',
      source: 'report-communes',
      paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.35 },
    },
    below,
  );
  map.addLayer(
    {
      id: 'report-communes-line',
      type: 'line',
      source: 'report-communes',
      paint: { 'line-color': '#7b8a99', 'line-width': 0.8 },
    },
    below,
  );
  map.addLayer(
    {
      id: 'report-provinces-line',
      type: 'line',
      source: 'report-provinces',
      paint: { 'line-color': '#4f5d6b', 'line-width': 1.6 },
    },
    below,
  );
}
