import { TECHNOLOGIES, type Technology } from '../../core/assets/asset-model.ts';
import type {
  DataCentreRow,
  ItParkRow,
  MapSiteRow,
  MapVillageRow,
  PostalFacilityRow,
} from '../../db/map/map-repository.ts';
import type { FacilityLayer } from '../../services/map/map-service.ts';

/**
 * The map layers as GeoJSON (RFC 7946): a FeatureCollection of Point features whose `properties` are
 * the public shape of each row (codes, never database ids). A FeatureCollection has no `properties`
 * of its own, so the count travels as the foreign member `total` (RFC 7946 §6.1).
 */

type Point = { type: 'Point'; coordinates: [number, number] };

interface Feature<P> {
  type: 'Feature';
  /** Null only for an IT park whose province has no stored boundary (RFC 7946 §3.2: unlocated). */
  geometry: Point | null;
  properties: P;
}

export interface FeatureCollection<P> {
  type: 'FeatureCollection';
  total: number;
  features: Feature<P>[];
}

function point(lon: number | null, lat: number | null): Point | null {
  return lon === null || lat === null ? null : { type: 'Point', coordinates: [lon, lat] };
}

function collection<R extends { lon: number | null; lat: number | null }, P>(
  rows: readonly R[],
  properties: (row: R) => P,
): FeatureCollection<P> {
  return {
    type: 'FeatureCollection',
    total: rows.length,
    features: rows.map((row) => ({
      type: 'Feature',
      geometry: point(row.lon, row.lat),
      properties: properties(row),
    })),
  };
}

export function presentSiteLayer(rows: readonly MapSiteRow[]) {
  return collection(rows, (s) => ({
    code: s.code,
    operator: s.operator,
    technologies: s.technologies,
    communeCode: s.communeCode,
    status: s.status,
    shared: s.shared,
    synthetic: s.synthetic,
  }));
}

/** Coverage per technology from the stored bitmask (2G = 1, 3G = 2, 4G = 4, 5G = 8: migration 0003). */
function coverageOf(mask: number | null): Record<Technology, boolean> | null {
  if (mask === null) return null;
  return Object.fromEntries(TECHNOLOGIES.map((t, i) => [t, (mask & (1 << i)) !== 0])) as Record<
    Technology,
    boolean
  >;
}

export function presentVillageLayer(rows: readonly MapVillageRow[]) {
  return collection(rows, (v) => ({
    code: v.code,
    name: v.name,
    communeCode: v.communeCode,
    population: v.population,
    households: v.households,
    coverage: coverageOf(v.coveredMask),
    fixedBroadband: v.ftth,
    synthetic: v.synthetic,
  }));
}

const facilityBase = (kind: string, f: DataCentreRow | ItParkRow | PostalFacilityRow) => ({
  code: f.code,
  name: f.name,
  kind,
  provinceCode: f.provinceCode,
  communeCode: f.communeCode,
  synthetic: f.synthetic,
});

export function presentFacilityLayer(layer: FacilityLayer) {
  switch (layer.kind) {
    case 'data_centre':
      return collection(layer.rows, (d) => ({
        ...facilityBase(layer.kind, d),
        approximate: false,
        operator: d.operator,
        tier: d.tier,
        capacityMw: d.capacityMw,
        racks: d.racks,
        pue: d.pue,
      }));
    case 'it_park':
      // Stored by province only: the point stands for the province, not the park's site.
      return collection(layer.rows, (p) => ({
        ...facilityBase(layer.kind, p),
        approximate: true,
        status: p.status,
        areaHa: p.areaHa,
        bandwidthGbps: p.bandwidthGbps,
      }));
    case 'postal':
      return collection(layer.rows, (f) => ({
        ...facilityBase(layer.kind, f),
        approximate: false,
        type: f.type,
        capacityTonnesPerDay: f.capacityTonnesPerDay,
      }));
  }
}
