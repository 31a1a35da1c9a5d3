import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { foldForSearch } from '../../core/text/vietnamese.ts';
import type { AdminUnitRecord } from '../../core/units/admin-unit.ts';
import { linkEntries } from '../../core/units/unit-graph.ts';
import type { Database } from '../../db/database.ts';
import { ReferenceDatasetRepository } from '../../db/reference-dataset-repository.ts';
import { AdminUnitWriter, type UnitToStore } from '../../db/units/admin-unit-writer.ts';
import { DEFAULT_DATASETS_DIR } from '../../io/units/datasets-dir.ts';
import { readVietnamBoundaries } from '../../io/units/read-vietnam-boundaries.ts';
import { type LineageReadReport, readVietnamUnits } from '../../io/units/read-vietnam-units.ts';

export const UNITS_DATASET = 'vn-admin-units';

/** Files whose content decides whether a reload is needed. */
const DATASET_FILES = [
  'admin-units-2025/provinces_34_latest.csv',
  'admin-units-2025/wards_3321_latest.csv',
  'admin-units-2025/wards_3321_v3.0.2_20250701.csv',
  'admin-units-pre2025/districts_v2.4.1_20250301.csv',
  'admin-units-pre2025/communes_v2.4.1_20250301.csv',
  'admin-lineage-2025/merges_new_to_old.json',
  'boundaries-2025/provinces_34.geojson',
  'boundaries-2025/wards_3321_simplified5pct.topojson',
  'boundaries-2025/wards_thai_nguyen_19_fullres.geojson',
];

// Bump when the way records are derived from the files changes, so existing databases reload.
const LOADER_VERSION = '1';

export interface LoadProgress {
  step: 'read' | 'units' | 'lineage' | 'done';
  message: string;
}

export interface LoadUnitsResult {
  skipped: boolean;
  units: number;
  lineage: number;
  report: LineageReadReport | null;
}

async function datasetChecksum(dir: string): Promise<string> {
  const hash = createHash('sha256').update(LOADER_VERSION);
  for (const file of DATASET_FILES) hash.update(file).update(await readFile(join(dir, file)));
  return hash.digest('hex');
}

function sourceOf(unit: AdminUnitRecord): string {
  if (unit.level === 'country') return 'hatang';
  return unit.validTo === null
    ? 'thanglequoc/vietnamese-provinces-database latest (2026) + v3.0.2 (2025-07-01)'
    : 'thanglequoc/vietnamese-provinces-database v2.4.1 (2025-03-01)';
}

/**
 * Loads Vietnam's units (both hierarchies), their boundaries and the 2025 lineage in one transaction:
 * a failure leaves the previous state untouched. Skips the work when the same files are already loaded.
 */
export async function loadReferenceUnits(
  db: Database,
  options: { force?: boolean; datasetsDir?: string; onProgress?: (p: LoadProgress) => void } = {},
): Promise<LoadUnitsResult> {
  const dir = options.datasetsDir ?? DEFAULT_DATASETS_DIR;
  const progress = options.onProgress ?? (() => {});
  const checksum = await datasetChecksum(dir);
  const state = await new ReferenceDatasetRepository(db).find(UNITS_DATASET);
  if (!options.force && state?.checksum === checksum) {
    return { skipped: true, units: 0, lineage: 0, report: null };
  }
  progress({
    step: 'read',
    message: `Đọc dữ liệu đơn vị hành chính từ ${relative(process.cwd(), dir) || dir}`,
  });
  const { units, lineage, report } = await readVietnamUnits(dir);
  const boundaries = await readVietnamBoundaries(dir);
  // The province of each unit in its own hierarchy, as the name resolver sees it.
  const entries = linkEntries(units, []);
  const toStore: UnitToStore[] = units.map((unit, i) => {
    const current = unit.validTo === null;
    const boundary =
      current && unit.level === 'province'
        ? boundaries.provinces.get(unit.code)
        : current && unit.level === 'commune'
          ? boundaries.communes.get(unit.code)
          : undefined;
    return {
      ...unit,
      provinceCode: entries[i]?.province?.unit.code ?? null,
      searchText: [unit.name, unit.fullName, ...unit.aliases, unit.nameEn ?? '', unit.code]
        .map(foldForSearch)
        .join(' | '),
      geometry: boundary?.geometry ?? null,
      areaKm2: boundary?.areaKm2 ?? null,
      source: sourceOf(unit),
    };
  });
  return db.transaction(async (tx) => {
    const writer = new AdminUnitWriter(tx);
    progress({ step: 'units', message: `Ghi ${toStore.length.toLocaleString('vi-VN')} đơn vị hành chính` });
    const unitCount = await writer.upsertUnits(toStore);
    progress({
      step: 'lineage',
      message: `Ghi ${lineage.length.toLocaleString('vi-VN')} liên kết trước/sau sáp nhập`,
    });
    const { written: lineageCount, unresolved } = await writer.upsertLineage(lineage);
    if (unresolved.length > 0) {
      const sample = unresolved
        .slice(0, 5)
        .map(
          (l) => `${l.predecessor.level} ${l.predecessor.code} → ${l.successor.level} ${l.successor.code}`,
        );
      throw new Error(
        `${unresolved.length} liên kết trỏ tới đơn vị không có trong dữ liệu: ${sample.join('; ')}`,
      );
    }
    await new ReferenceDatasetRepository(tx).record(UNITS_DATASET, checksum, {
      units: unitCount,
      lineage: lineageCount,
      droppedLinks: report.dropped.length,
      unresolvedLinks: report.unresolved.length,
    });
    progress({ step: 'done', message: 'Đã nạp xong đơn vị hành chính' });
    return { skipped: false, units: unitCount, lineage: lineageCount, report };
  });
}
