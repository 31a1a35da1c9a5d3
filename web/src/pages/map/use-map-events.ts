import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { LayerId } from './explorer-state.ts';
import type { Hover, HoverTarget } from './HoverLabel.tsx';
import { alive } from './map-alive.ts';
import { LYR, POINT_LAYERS, SRC } from './map-layers.ts';

// Pointer handling of the explorer map: what is under the pointer (for the hover label and highlight),
// and what a click does — zoom into a group of sites, open a point's details, or choose a province.

export interface MapHandlers {
  onSelect(selection: { layer: LayerId; code: string; position: readonly [number, number] } | null): void;
  onChooseProvince(code: string): void;
}

/** The switchable layer a map layer belongs to (clusters are handled apart). */
const LAYER_OF: Readonly<Record<string, LayerId>> = {
  [LYR.sites]: 'sites',
  [LYR.villages]: 'villages',
  [LYR.gaps]: 'gaps',
  [LYR.datacentres]: 'datacentres',
  [LYR.itparks]: 'itparks',
};

const UNIT_LAYERS = [LYR.communesFill, LYR.provincesFill];

function firstFeature(map: MapLibreMap, e: MapMouseEvent): MapGeoJSONFeature | null {
  const layers = [...POINT_LAYERS, ...UNIT_LAYERS].filter(
    (id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none',
  );
  // A few pixels of slack: points are small targets.
  const { x, y } = e.point;
  const pad = 4;
  const found = map.queryRenderedFeatures(
    [
      [x - pad, y - pad],
      [x + pad, y + pad],
    ],
    { layers },
  );
  // queryRenderedFeatures lists top layers first; a point beats the unit under it.
  return found.find((f) => POINT_LAYERS.includes(f.layer.id)) ?? found[0] ?? null;
}

function targetOf(feature: MapGeoJSONFeature): HoverTarget | null {
  const p = feature.properties;
  const id = feature.layer.id;
  if (id === LYR.siteClusters) return { kind: 'cluster', count: Number(p.point_count) };
  const layer = LAYER_OF[id];
  if (layer) return { kind: 'point', layer, code: String(p.code) };
  if (id === LYR.provincesFill || id === LYR.communesFill) {
    return {
      kind: 'unit',
      level: id === LYR.provincesFill ? 'province' : 'commune',
      code: String(p.code),
      fullName: String(p.fullName),
    };
  }
  return null;
}

const pointPosition = (feature: MapGeoJSONFeature): [number, number] | null => {
  const g = feature.geometry;
  if (g.type !== 'Point') return null;
  const [lon, lat] = g.coordinates;
  return lon !== undefined && lat !== undefined ? [lon, lat] : null;
};

/** Wires the pointer events to `map` and answers what is hovered now. */
export function useMapEvents(map: MapLibreMap | null, handlers: MapHandlers & { province: string | null }) {
  const [hover, setHover] = useState<Hover | null>(null);
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!alive(map)) return;
    let highlighted: { source: string; id: string } | null = null;
    const highlight = (next: { source: string; id: string } | null) => {
      if (highlighted?.source === next?.source && highlighted?.id === next?.id) return;
      if (highlighted) map.setFeatureState(highlighted, { hover: false });
      if (next) map.setFeatureState(next, { hover: true });
      highlighted = next;
    };
    const onMove = (e: MapMouseEvent) => {
      const feature = firstFeature(map, e);
      const target = feature ? targetOf(feature) : null;
      highlight(
        target?.kind === 'unit'
          ? { source: target.level === 'province' ? SRC.provinces : SRC.communes, id: target.code }
          : null,
      );
      map.getCanvas().style.cursor = target && target.kind !== 'unit' ? 'pointer' : '';
      setHover(target ? { x: e.point.x, y: e.point.y, target } : null);
    };
    const onLeave = () => {
      highlight(null);
      setHover(null);
    };
    const onClick = (e: MapMouseEvent) => {
      const feature = firstFeature(map, e);
      const target = feature ? targetOf(feature) : null;
      if (!feature || !target) {
        latest.current.onSelect(null);
        return;
      }
      if (target.kind === 'cluster') {
        const source = map.getSource<GeoJSONSource>(SRC.sites);
        const center = pointPosition(feature);
        if (!source || !center) return;
        source.getClusterExpansionZoom(Number(feature.properties.cluster_id)).then(
          (zoom) => map.easeTo({ center, zoom }),
          (err: unknown) => console.warn('Hatang map: cluster zoom', err),
        );
        return;
      }
      if (target.kind === 'point') {
        const position = pointPosition(feature);
        if (position) latest.current.onSelect({ layer: target.layer, code: target.code, position });
        return;
      }
      latest.current.onSelect(null);
      if (target.level === 'province' && target.code !== latest.current.province) {
        latest.current.onChooseProvince(target.code);
      }
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      setHover(null);
      if (!alive(map)) return;
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
    };
  }, [map]);

  return hover;
}
