import type { Feature, FeatureCollection, Point } from 'geojson';

// The gap export's GeoJSON reduced to what the map shows and names. `code` is the village code, which
// markReady counts (data-rendered) and the click label looks up.

export interface VillagePoint {
  readonly code: string;
  readonly name: string;
  readonly commune: string;
  readonly province: string;
  readonly distance: number | null;
  readonly population: number | null;
}

type GapProperties = Partial<{
  villageCode: unknown;
  villageName: unknown;
  communeName: unknown;
  provinceCode: unknown;
  nearestDistanceM: unknown;
  population: unknown;
}>;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function toVillagePoints(collection: FeatureCollection): FeatureCollection<Point, VillagePoint> {
  const features: Feature<Point, VillagePoint>[] = [];
  for (const f of collection.features) {
    if (f.geometry?.type !== 'Point') continue;
    const p = (f.properties ?? {}) as GapProperties;
    const code = text(p.villageCode);
    if (!code) continue;
    features.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        code,
        name: text(p.villageName),
        commune: text(p.communeName),
        province: text(p.provinceCode),
        distance: num(p.nearestDistanceM),
        population: num(p.population),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A clicked feature's properties back as a village (MapLibre hands them over as plain values). */
export function villageFromProperties(p: Record<string, unknown> | null | undefined): VillagePoint | null {
  if (!p || typeof p.code !== 'string') return null;
  return {
    code: p.code,
    name: text(p.name),
    commune: text(p.commune),
    province: text(p.province),
    distance: num(p.distance),
    population: num(p.population),
  };
}
