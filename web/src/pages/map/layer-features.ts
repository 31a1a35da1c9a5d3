import type { Feature, FeatureCollection, Point } from 'geojson';
import type {
  FacilityCollection,
  FacilityProps,
  SiteCollection,
  Technology,
  VillageCollection,
  VillageProps,
} from './map-types.ts';

// The API's features turned into what the map draws: points with flat, primitive properties (MapLibre
// hands nested objects and arrays back to event handlers as JSON text, and filters on them are awkward).
// The full properties stay on the page, looked up by code when a point is pointed at or clicked.

export type CoverageState = 'covered' | 'uncovered' | 'unknown';

export interface MapPointProps {
  readonly code: string;
  readonly [key: string]: string | number | boolean;
}
export type MapPoints = FeatureCollection<Point, MapPointProps>;

const collection = (features: Feature<Point, MapPointProps>[]): MapPoints => ({
  type: 'FeatureCollection',
  features,
});

const point = (geometry: Point, properties: MapPointProps): Feature<Point, MapPointProps> => ({
  type: 'Feature',
  geometry,
  properties,
});

export function siteMapFeatures(sites: SiteCollection | null): MapPoints {
  return collection(
    (sites?.features ?? []).map((f) =>
      point(f.geometry, { code: f.properties.code, operator: f.properties.operator }),
    ),
  );
}

/** A village's coverage by one technology; "unknown" when the coverage has not been computed. */
export function villageCoverage(village: VillageProps, tech: Technology): CoverageState {
  const value = village.coverage?.[tech];
  return value === true ? 'covered' : value === false ? 'uncovered' : 'unknown';
}

export function villageMapFeatures(villages: VillageCollection | null, tech: Technology): MapPoints {
  return collection(
    (villages?.features ?? []).map((f) =>
      point(f.geometry, { code: f.properties.code, coverage: villageCoverage(f.properties, tech) }),
    ),
  );
}

/** The villages the technology does not reach (the "chưa có sóng" layer). */
export function gapVillages(
  villages: VillageCollection | null,
  tech: Technology,
): Feature<Point, VillageProps>[] {
  return (villages?.features ?? []).filter((f) => villageCoverage(f.properties, tech) === 'uncovered');
}

export function gapMapFeatures(villages: VillageCollection | null, tech: Technology): MapPoints {
  return collection(gapVillages(villages, tech).map((f) => point(f.geometry, { code: f.properties.code })));
}

/** The key a facility is found by: its code, or its name when the answer has no code. */
export const facilityKey = (p: FacilityProps): string => p.code ?? p.name;

/** Facilities that have a position (an IT park without one cannot be drawn; the table still lists it). */
export function facilityMapFeatures(facilities: FacilityCollection | null): MapPoints {
  const features: Feature<Point, MapPointProps>[] = [];
  for (const f of facilities?.features ?? []) {
    if (f.geometry?.type === 'Point') features.push(point(f.geometry, { code: facilityKey(f.properties) }));
  }
  return collection(features);
}

/** The operator codes present in an answer (the filter offers the operators of the data). */
export function siteOperators(sites: SiteCollection | null): string[] {
  return [...new Set((sites?.features ?? []).map((f) => f.properties.operator))];
}
