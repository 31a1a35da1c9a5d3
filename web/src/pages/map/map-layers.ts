import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from './explorer-state.ts';
import { diamondIcon, squareIcon, triangleSdf } from './map-icons.ts';

// The explorer's sources and layers, drawn bottom to top: unit boundaries, villages, gaps, sites
// (clustered), data centres, IT parks. Every source starts empty and hidden; the page fills them as
// answers arrive and shows the layers that are switched on.

export const SRC = {
  provinces: 'provinces',
  communes: 'communes',
  sites: 'sites',
  villages: 'villages',
  gaps: 'gaps',
  datacentres: 'datacentres',
  itparks: 'itparks',
} as const;

export const LYR = {
  provincesFill: 'provinces-fill',
  provincesLine: 'provinces-line',
  provinceChosen: 'province-chosen',
  communesFill: 'communes-fill',
  communesLine: 'communes-line',
  villages: 'villages-points',
  gaps: 'gaps-points',
  siteClusters: 'sites-clusters',
  sites: 'sites-points',
  datacentres: 'datacentres-points',
  itparks: 'itparks-points',
} as const;

/** The map layers of each switchable layer (what its checkbox shows or hides). */
export const MAP_LAYERS_OF: Readonly<Record<LayerId, readonly string[]>> = {
  sites: [LYR.siteClusters, LYR.sites],
  villages: [LYR.villages],
  gaps: [LYR.gaps],
  datacentres: [LYR.datacentres],
  itparks: [LYR.itparks],
};

/** Point layers under the pointer, most specific first (what a hover or a click is about). */
export const POINT_LAYERS: readonly string[] = [
  LYR.itparks,
  LYR.datacentres,
  LYR.sites,
  LYR.siteClusters,
  LYR.gaps,
  LYR.villages,
];

export const COLOURS = {
  provinceLine: '#55606e',
  chosenLine: '#1f5f99',
  communeLine: '#7d8b99',
  unitFill: '#f7f9fb',
  unitHover: '#ffe8a3',
  otherProvince: '#e3e8ed',
  covered: '#2b8a3e',
  uncovered: '#d9480f',
  uncoveredStroke: '#5c1a00',
  unknown: '#9aa5b1',
  dataCentre: '#5b2a86',
  itPark: '#b5179e',
  /** The sites layer's own swatch (each operator has its colour in the legend). */
  siteSample: '#4f5d6b',
  clusterSmall: '#9ecae1',
  clusterMedium: '#4292c6',
  clusterLarge: '#08519c',
} as const;

/** Cluster sizes and colours by how many sites they hold (thresholds: 10, 100, 1,000). */
export const CLUSTER_STEPS = [
  { min: 0, radius: 12, colour: COLOURS.clusterSmall },
  { min: 10, radius: 16, colour: COLOURS.clusterMedium },
  { min: 100, radius: 21, colour: COLOURS.clusterLarge },
  { min: 1000, radius: 27, colour: '#08306b' },
] as const;

/** A MapLibre `step` over point_count from CLUSTER_STEPS (one of its fields). */
export function clusterStep(field: 'radius' | 'colour'): ExpressionSpecification {
  const [first, ...rest] = CLUSTER_STEPS;
  const stops = rest.flatMap((s) => [s.min, s[field]]);
  return ['step', ['get', 'point_count'], first?.[field] ?? 0, ...stops] as ExpressionSpecification;
}

/** Sites stay grouped up to this zoom; beyond it every site is its own point. */
export const CLUSTER_MAX_ZOOM = 11;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** Provinces' fill: the hovered one highlighted; once one is chosen, the others greyed so it stands out. */
export function provinceFillColour(chosen: string | null): ExpressionSpecification {
  if (chosen === null) return ['case', hovered, COLOURS.unitHover, COLOURS.unitFill];
  return [
    'case',
    hovered,
    COLOURS.unitHover,
    ['==', ['get', 'code'], chosen],
    '#ffffff',
    COLOURS.otherProvince,
  ];
}

const LAYERS: LayerSpecification[] = [
  {
    id: LYR.provincesFill,
    type: 'fill',
    source: SRC.provinces,
    paint: {
      'fill-color': provinceFillColour(null),
      'fill-opacity': 0.75,
    },
  },
  {
    id: LYR.communesFill,
    type: 'fill',
    source: SRC.communes,
    paint: {
      'fill-color': ['case', hovered, COLOURS.unitHover, '#ffffff'],
      'fill-opacity': ['case', hovered, 0.8, 0.5],
    },
  },
  {
    id: LYR.communesLine,
    type: 'line',
    source: SRC.communes,
    paint: { 'line-color': COLOURS.communeLine, 'line-width': 0.7 },
  },
  {
    id: LYR.provincesLine,
    type: 'line',
    source: SRC.provinces,
    paint: { 'line-color': COLOURS.provinceLine, 'line-width': 1 },
  },
  {
    id: LYR.provinceChosen,
    type: 'line',
    source: SRC.provinces,
    filter: ['==', ['get', 'code'], ''],
    paint: { 'line-color': COLOURS.chosenLine, 'line-width': 3 },
  },
  {
    id: LYR.villages,
    type: 'circle',
    source: SRC.villages,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 2.5, 12, 6],
      'circle-color': [
        'match',
        ['get', 'coverage'],
        'covered',
        COLOURS.covered,
        'uncovered',
        COLOURS.uncovered,
        COLOURS.unknown,
      ],
      'circle-stroke-color': ['match', ['get', 'coverage'], 'uncovered', COLOURS.uncoveredStroke, '#ffffff'],
      'circle-stroke-width': ['match', ['get', 'coverage'], 'uncovered', 1.5, 0.5],
    },
  },
  {
    id: LYR.gaps,
    type: 'circle',
    source: SRC.gaps,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 3.5, 12, 7],
      'circle-color': COLOURS.uncovered,
      'circle-stroke-color': COLOURS.uncoveredStroke,
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: LYR.siteClusters,
    type: 'circle',
    source: SRC.sites,
    filter: ['has', 'point_count'],
    paint: {
      'circle-radius': clusterStep('radius'),
      'circle-color': clusterStep('colour'),
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
  // Sites are triangles (towers), so they never pass for village dots of a similar colour.
  {
    id: LYR.sites,
    type: 'symbol',
    source: SRC.sites,
    filter: ['!', ['has', 'point_count']],
    layout: {
      'icon-image': 'hatang-triangle',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.8, 14, 1.2],
    },
    paint: { 'icon-color': '#707070', 'icon-halo-color': '#ffffff', 'icon-halo-width': 1.5 },
  },
  // Icons only (no text): a symbol layer without text needs no glyphs.
  {
    id: LYR.datacentres,
    type: 'symbol',
    source: SRC.datacentres,
    layout: { 'icon-image': 'hatang-square', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  },
  {
    id: LYR.itparks,
    type: 'symbol',
    source: SRC.itparks,
    layout: { 'icon-image': 'hatang-diamond', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  },
];

/** Adds the icons, empty sources and hidden point layers to a freshly loaded map. */
export function addExplorerLayers(map: MapLibreMap): void {
  map.addImage('hatang-square', squareIcon(16, COLOURS.dataCentre, '#ffffff', 2));
  map.addImage('hatang-diamond', diamondIcon(22, COLOURS.itPark, '#ffffff', 2));
  map.addImage('hatang-triangle', triangleSdf(16), { sdf: true });
  // promoteId: the unit code becomes the feature id, for the hover highlight (feature-state).
  map.addSource(SRC.provinces, { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addSource(SRC.communes, { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addSource(SRC.sites, {
    type: 'geojson',
    data: EMPTY,
    cluster: true,
    clusterRadius: 45,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
  });
  for (const id of [SRC.villages, SRC.gaps, SRC.datacentres, SRC.itparks]) {
    map.addSource(id, { type: 'geojson', data: EMPTY });
  }
  for (const layer of LAYERS) {
    const point = Object.values(MAP_LAYERS_OF).some((ids) => ids.includes(layer.id));
    map.addLayer(layer);
    if (point) map.setLayoutProperty(layer.id, 'visibility', 'none');
  }
}
