import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { DEFAULT_DATASETS_DIR } from './datasets-dir.ts';

export interface UnitBoundary {
  /** GeoJSON geometry text (Polygon or MultiPolygon), WGS84. */
  geometry: string;
  areaKm2: number | null;
}

interface BoundaryProperties {
  code?: string;
  areaKm2?: number;
}

interface FeatureLike {
  properties: BoundaryProperties | null;
  geometry: Geometry | null;
}

function collect(features: readonly FeatureLike[], into: Map<string, UnitBoundary>): void {
  for (const f of features) {
    const code = f.properties?.code;
    if (!code || !f.geometry) continue;
    into.set(code, { geometry: JSON.stringify(f.geometry), areaKm2: f.properties?.areaKm2 ?? null });
  }
}

/**
 * Boundaries of the current units keyed by code: the 34 provinces; the 3,321 communes simplified to
 * 5 % (TopoJSON); the 92 communes of Thái Nguyên at full resolution replace their simplified shapes.
 * Pre-2025 boundaries have no open source we can ship (see datasets/vn/boundaries-2025/SOURCE.md).
 */
export async function readVietnamBoundaries(
  datasetsDir: string = DEFAULT_DATASETS_DIR,
): Promise<{ provinces: Map<string, UnitBoundary>; communes: Map<string, UnitBoundary> }> {
  const dir = join(datasetsDir, 'boundaries-2025');
  const provinces = new Map<string, UnitBoundary>();
  const communes = new Map<string, UnitBoundary>();
  const provinceFc = JSON.parse(await readFile(join(dir, 'provinces_34.geojson'), 'utf8')) as {
    features: FeatureLike[];
  };
  collect(provinceFc.features, provinces);
  const topology = JSON.parse(
    await readFile(join(dir, 'wards_3321_simplified5pct.topojson'), 'utf8'),
  ) as Topology;
  const wards = topology.objects.wards;
  if (!wards) throw new Error('Tệp ranh giới xã thiếu đối tượng "wards"');
  const wardFc = feature(topology, wards) as unknown as { features: FeatureLike[] };
  collect(wardFc.features, communes);
  const fullRes = JSON.parse(await readFile(join(dir, 'wards_thai_nguyen_19_fullres.geojson'), 'utf8')) as {
    features: FeatureLike[];
  };
  collect(fullRes.features, communes);
  return { provinces, communes };
}
