import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrator.ts';
import type { Logger } from '../logging/logger.ts';
import { loadReferenceUnits } from './units/load-reference-units.ts';

/**
 * Brings a database up to date before serving: pending migrations, then the shipped reference data
 * when it is missing or changed (a no-op on later starts).
 */
export async function prepareDatabase(db: Database, options: { logger: Logger; loadReferenceData: boolean }) {
  const { logger } = options;
  const migrations = await migrate(db);
  for (const m of migrations.applied) logger.info(`Đã áp dụng migration ${m.name}`);
  if (!options.loadReferenceData) return;
  const started = Date.now();
  const result = await loadReferenceUnits(db, { onProgress: (p) => logger.info(p.message) });
  if (result.skipped) return;
  logger.info(`Đã nạp ${result.units} đơn vị và ${result.lineage} liên kết trong ${Date.now() - started} ms`);
  for (const d of result.report?.dropped ?? []) {
    logger.warn(
      `Bỏ liên kết ${d.oldCode} ${d.oldName} (tỉnh cũ ${d.oldProvinceCode}) → ${d.newCode} ${d.newName}: khác tỉnh cũ với các xã còn lại`,
    );
  }
}
