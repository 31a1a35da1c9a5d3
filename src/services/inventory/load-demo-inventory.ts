import type { DemoCommuneInput } from '../../core/demo/commune.ts';
import { generateDemoInventory } from '../../core/demo/generate.ts';
import type { Database } from '../../db/database.ts';
import { InventoryWriter } from '../../db/inventory/inventory-writer.ts';
import { SubmissionRepository } from '../../db/inventory/submission-repository.ts';
import { ReferenceDatasetRepository } from '../../db/reference-dataset-repository.ts';
import { readVietnamBoundaries } from '../../io/units/read-vietnam-boundaries.ts';
import type { UnitCatalogue } from '../units/units-service.ts';

export const DEMO_DATASET = 'demo-inventory';
/** Organisation under which the synthetic inventory is recorded (never a real operator). */
export const DEMO_ORGANISATION = 'HATANG-DEMO';
// Bump when the generator's output changes, so existing databases regenerate.
const GENERATOR_VERSION = '1';

export interface DemoLoadProgress {
  step: 'generate' | 'villages' | 'sites' | 'facilities' | 'done';
  message: string;
}

export interface DemoLoadResult {
  skipped: boolean;
  submissionId: number | null;
  counts: Record<string, number>;
  seconds: number;
}

/**
 * Generates the synthetic inventory (core/demo) inside the real 2025 communes and stores it under a
 * `demo` submission, every row flagged synthetic. `provinces` limits it to some provinces (tests,
 * small demos); a second call with the same seed and scope does nothing.
 *
 * It is written in batches, not one transaction: on the embedded engine a transaction holds the only
 * connection, and the first start loads this in the background while the server already answers.
 * Every write is an upsert on natural keys and the completion mark is written last, so an
 * interrupted load is simply redone on the next start.
 */
export async function loadDemoInventory(
  db: Database,
  units: UnitCatalogue,
  options: {
    seed: number;
    provinces?: readonly string[];
    force?: boolean;
    onProgress?: (p: DemoLoadProgress) => void;
  },
): Promise<DemoLoadResult> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  const scope = options.provinces ? [...options.provinces].sort().join(',') : 'VN';
  const checksum = `${GENERATOR_VERSION}:${options.seed}:${scope}`;
  const datasets = new ReferenceDatasetRepository(db);
  if (!options.force && (await datasets.find(DEMO_DATASET))?.checksum === checksum) {
    return { skipped: true, submissionId: null, counts: {}, seconds: 0 };
  }
  progress({
    step: 'generate',
    message: `Tạo dữ liệu mẫu (tổng hợp, seed ${options.seed}) trong ranh giới xã thật`,
  });
  const current = units.units.filter((u) => u.validTo === null);
  const { communes: boundaries } = await readVietnamBoundaries();
  const inputs: DemoCommuneInput[] = [];
  for (const unit of current) {
    if (unit.level !== 'commune' || unit.provinceCode === null) continue;
    if (options.provinces && !options.provinces.includes(unit.provinceCode)) continue;
    const boundary = boundaries.get(unit.code);
    if (!boundary) continue;
    inputs.push({
      code: unit.code,
      provinceCode: unit.provinceCode,
      unitType: unit.unitType,
      areaKm2: unit.areaKm2,
      polygon: JSON.parse(boundary.geometry) as DemoCommuneInput['polygon'],
      name: unit.name,
    });
  }
  const inventory = generateDemoInventory({ seed: options.seed, communes: inputs });
  const ids = new Map(current.map((u) => [u.code, u.id]));
  const counts = await writeInventory(db, inventory, ids, checksum, progress);
  const { submissionId, ...rest } = counts;
  progress({ step: 'done', message: 'Đã nạp dữ liệu mẫu' });
  return { skipped: false, submissionId, counts: rest, seconds: (Date.now() - started) / 1000 };
}

async function writeInventory(
  tx: Database,
  inventory: ReturnType<typeof generateDemoInventory>,
  ids: ReadonlyMap<string, number>,
  checksum: string,
  progress: (p: DemoLoadProgress) => void,
) {
  const submissionId = await new SubmissionRepository(tx).create({
    datasetType: 'demo',
    organisation: DEMO_ORGANISATION,
    period: '2025',
    status: 'approved',
    fileName: null,
    fileSha256: null,
    encoding: null,
    rowCount: inventory.villages.length + inventory.mobileSites.length,
    errorCount: 0,
    report: [],
    synthetic: true,
  });
  const writer = new InventoryWriter(tx, submissionId);
  const n = (x: number) => x.toLocaleString('vi-VN');
  progress({ step: 'villages', message: `Ghi ${n(inventory.villages.length)} thôn, bản (tổng hợp)` });
  const villages = await writer.villages(inventory.villages, ids);
  progress({ step: 'sites', message: `Ghi ${n(inventory.mobileSites.length)} trạm di động (tổng hợp)` });
  const sites = await writer.sites(inventory.mobileSites, ids);
  progress({
    step: 'facilities',
    message: 'Ghi băng rộng cố định, trung tâm dữ liệu, khu CNTT, bưu chính, mạng TSLCD',
  });
  const fixedBroadband = await writer.fixedBroadband(inventory.fixedBroadband);
  const dataCentres = await writer.dataCentres(inventory.dataCentres, ids);
  const itParks = await writer.itParks(inventory.itParks, ids);
  const postalFacilities = await writer.postalFacilities(inventory.postalFacilities, ids);
  const networkConnections = await writer.networkConnections(inventory.networkConnections, ids);
  const result = {
    submissionId,
    villages,
    sites,
    fixedBroadband,
    dataCentres,
    itParks,
    postalFacilities,
    networkConnections,
  };
  await new ReferenceDatasetRepository(tx).record(DEMO_DATASET, checksum, result);
  return result;
}
