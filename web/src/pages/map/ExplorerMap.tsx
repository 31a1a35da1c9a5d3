import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { explorer } from '../../i18n/messages/explorer.ts';
import { featuresBounds } from '../../map/bounds.ts';
import { MapCanvas, VIETNAM_BOUNDS } from '../../map/MapCanvas.tsx';
import { LAYER_IDS, type LayerId } from './explorer-state.ts';
import { FeaturePopup } from './FeaturePopup.tsx';
import type { FeatureDetail } from './feature-rows.ts';
import { HoverLabel, type HoverTarget } from './HoverLabel.tsx';
import type { MapPoints } from './layer-features.ts';
import { alive, trackRemoval } from './map-alive.ts';
import {
  addExplorerLayers,
  CLUSTER_MAX_ZOOM,
  LYR,
  MAP_LAYERS_OF,
  provinceFillColour,
  SRC,
} from './map-layers.ts';
import type { UnitCollection } from './map-types.ts';
import { type OperatorColour, operatorColourExpression } from './operator-colours.ts';
import { type MapHandlers, useMapEvents } from './use-map-events.ts';
import { useMapReadiness } from './use-map-readiness.ts';

// The explorer's map: fills the sources as answers arrive, shows the layers that are on, fits to the chosen
// province, names what the pointer is over and opens the details of a clicked point.

export interface Selection {
  readonly layer: LayerId;
  readonly code: string;
  readonly position: readonly [number, number];
  /** Chosen from the table: the map moves to the point (a click on the map is already there). */
  readonly fly?: boolean;
}

export interface ExplorerMapProps extends MapHandlers {
  readonly province: string | null;
  readonly provinces: UnitCollection | null;
  readonly communes: UnitCollection | null;
  readonly points: Readonly<Record<LayerId, MapPoints>>;
  readonly visible: readonly LayerId[];
  readonly colours: readonly OperatorColour[];
  /** Something the map will draw is still loading (the map says "loading" to the tests meanwhile). */
  readonly pending: boolean;
  readonly selection: Selection | null;
  readonly selectedDetail: FeatureDetail | null;
  readonly hoverText: (target: HoverTarget) => React.ReactNode;
}

const EMPTY_UNITS: UnitCollection = { type: 'FeatureCollection', features: [] };

function setData(map: MapLibreMap, source: string, data: GeoJSON.GeoJSON): void {
  const target = map.getSource<GeoJSONSource>(source);
  // setData answers a promise; a failure inside MapLibre is reported through its 'error' event.
  if (target) void target.setData(data);
}

export function ExplorerMap(props: ExplorerMapProps) {
  const { t } = useI18n();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const { province, provinces, communes, points, visible, colours, pending } = props;

  const onLoad = useCallback((loaded: MapLibreMap) => {
    addExplorerLayers(loaded);
    // A language change rebuilds the map (MapCanvas): forget the old one so nothing touches it.
    trackRemoval(loaded, () => setMap((current) => (current === loaded ? null : current)));
    setMap(loaded);
  }, []);

  const hover = useMapEvents(map, props);

  useEffect(() => {
    if (alive(map)) setData(map, SRC.provinces, provinces ?? EMPTY_UNITS);
  }, [map, provinces]);
  useEffect(() => {
    if (alive(map)) setData(map, SRC.communes, province ? (communes ?? EMPTY_UNITS) : EMPTY_UNITS);
  }, [map, province, communes]);
  // Only the layers whose data changed are replaced (re-clustering thousands of sites takes a moment).
  const applied = useRef<{ map: MapLibreMap | null; data: Map<LayerId, MapPoints> }>({
    map: null,
    data: new Map(),
  });
  useEffect(() => {
    if (!alive(map)) return;
    if (applied.current.map !== map) applied.current = { map, data: new Map() };
    for (const id of LAYER_IDS) {
      if (applied.current.data.get(id) === points[id]) continue;
      setData(map, SRC[id], points[id]);
      applied.current.data.set(id, points[id]);
    }
  }, [map, points]);
  useEffect(() => {
    if (!alive(map)) return;
    for (const id of LAYER_IDS) {
      for (const layer of MAP_LAYERS_OF[id]) {
        map.setLayoutProperty(layer, 'visibility', visible.includes(id) ? 'visible' : 'none');
      }
    }
  }, [map, visible]);
  useEffect(() => {
    if (alive(map)) map.setPaintProperty(LYR.sites, 'icon-color', operatorColourExpression(colours));
  }, [map, colours]);

  // The chosen province: outlined, and the map fitted to it (once per choice and per map).
  const fitted = useRef<{ map: MapLibreMap | null; province: string | null | undefined }>({
    map: null,
    province: undefined,
  });
  useEffect(() => {
    if (!alive(map)) return;
    map.setFilter(LYR.provinceChosen, ['==', ['get', 'code'], province ?? '']);
    map.setPaintProperty(LYR.provincesFill, 'fill-color', provinceFillColour(province));
    if (fitted.current.map === map && fitted.current.province === province) return;
    if (province === null) {
      fitted.current = { map, province };
      map.fitBounds(VIETNAM_BOUNDS, { padding: 16, duration: 0 });
      return;
    }
    const feature = provinces?.features.find((f) => f.properties.code === province);
    const bounds = feature ? featuresBounds([feature]) : null;
    if (!bounds) return;
    fitted.current = { map, province };
    map.fitBounds(bounds, { padding: 24, duration: 0 });
  }, [map, province, provinces]);

  const { selection } = props;
  useEffect(() => {
    if (!alive(map) || !selection?.fly) return;
    const [lon, lat] = selection.position;
    // Past the clustering zoom, so a site shows as itself.
    // The point a quarter of the height above the centre, leaving room below it for the popup.
    const offset: [number, number] = [0, -map.getContainer().clientHeight / 4];
    map.easeTo({
      center: [lon, lat],
      offset,
      zoom: Math.max(map.getZoom(), CLUSTER_MAX_ZOOM + 1),
      duration: 0,
    });
    map.getContainer().scrollIntoView({ block: 'nearest' });
  }, [map, selection]);

  useMapReadiness(map, pending, province ? LYR.communesFill : LYR.provincesFill, [
    provinces,
    communes,
    points,
    visible,
    province,
  ]);

  return (
    <MapCanvas id="explorer" label={t(explorer.mapLabel)} onLoad={onLoad} className="explorer-map">
      {hover ? <HoverLabel hover={hover} text={props.hoverText} /> : null}
      {alive(map) && props.selection && props.selectedDetail ? (
        <FeaturePopup
          map={map}
          position={props.selection.position}
          detail={props.selectedDetail}
          onClose={() => props.onSelect(null)}
        />
      ) : null}
    </MapCanvas>
  );
}
