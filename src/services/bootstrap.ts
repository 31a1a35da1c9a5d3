import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrator.ts';
import type { Logger } from '../logging/logger.ts';
import { systemClock } from './clock.ts';
import { loadReferencePlans } from './plans/load-reference-plans.ts';
import { type LoadUnitsResult, loadReferenceUnits } from './units/load-reference-units.ts';
import { UnitsService } from './units/units-service.ts';

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
  if (!result.skipped) reportUnits(result, Date.now() - started, logger);
  const plans = await loadReferencePlans(db, await new UnitsService(db, systemClock()).catalogue());
  if (!plans.skipped) {
    logger.info(
      `Đã nạp ${plans.indicators} chỉ tiêu, các kế hoạch ${plans.plans.join(', ')} (${plans.targets} mục tiêu) và ${plans.observations} số liệu công bố`,
    );
  }
}

function reportUnits(result: LoadUnitsResult, ms: number, logger: Logger): void {
  logger.info(`Đã nạp ${result.units} đơn vị và ${result.lineage} liên kết trong ${ms} ms`);
  const report = result.report;
  if (report) {
    // Known, documented corrections of the published lineage (datasets/vn/admin-lineage-2025/CORRECTIONS.md).
    logger.info(
      `Hiệu chỉnh liên kết sáp nhập: bỏ ${report.dropped.length} liên kết sai tỉnh, sửa ${report.recoded.length} mã xã, ${report.unresolved.length} mã cũ không có trong danh mục 1/3/2025`,
    );
    for (const d of report.dropped) {
      logger.debug(
        `Bỏ liên kết ${d.oldCode} ${d.oldName} (tỉnh cũ ${d.oldProvinceCode}) → ${d.newCode} ${d.newName}`,
      );
    }
  }
}
