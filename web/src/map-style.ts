import type { MapOptions } from 'maplibre-gl';
import type { UnitCollection } from './units.ts';

export const EMPTY: UnitCollection = { type: 'FeatureCollection', features: [] };

type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** The whole style lives in code: no tile server, sprite, glyphs or fonts are fetched, because the
 * machines that run Hatang (and many government networks) have no internet. Without glyphs there are no
 * text layers; names are in the side panel instead. */
export function buildStyle(): StyleSpecification {
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
