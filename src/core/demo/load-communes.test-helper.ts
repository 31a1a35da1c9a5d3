import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { DemoCommuneInput } from './commune.ts';

/**
 * Test and script support only (reads files): the 3,321 current communes from the simplified 2025
 * TopoJSON, with unit types and names from the official list.
 */
const DATASETS = fileURLToPath(new URL('../../../datasets/vn/', import.meta.url));

interface WardProps {
  code: string;
  provinceCode: string;
  areaKm2: number | null;
}

let cache: DemoCommuneInput[] | null = null;

export function loadCommunes(filter: (c: DemoCommuneInput) => boolean = () => true): DemoCommuneInput[] {
  if (!cache) {
    const rows = readFileSync(`${DATASETS}admin-units-2025/wards_3321_latest.csv`, 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    const meta = new Map<string, { unitType: string; name: string }>();
    for (const line of rows) {
      const cells = line.split(',');
      meta.set(cells[2] ?? '', { unitType: cells[6] ?? 'Xã', name: cells[3] ?? '' });
    }
    const topology = JSON.parse(
      readFileSync(`${DATASETS}boundaries-2025/wards_3321_simplified5pct.topojson`, 'utf8'),
    ) as Topology;
    const wards = topology.objects.wards;
    if (!wards) throw new Error('missing wards object');
    const fc = feature(topology, wards) as unknown as {
      features: { properties: WardProps; geometry: Geometry | null }[];
    };
    cache = [];
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
      const m = meta.get(f.properties.code);
      cache.push({
        code: f.properties.code,
        provinceCode: f.properties.provinceCode,
        unitType: m?.unitType ?? 'Xã',
        areaKm2: f.properties.areaKm2,
        polygon: g,
        name: m?.name ?? f.properties.code,
      });
    }
  }
  return cache.filter(filter);
}
