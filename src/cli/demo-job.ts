import type { Logger } from '../logging/logger.ts';
import { loadDemoInventory } from '../services/inventory/load-demo-inventory.ts';
import type { Services } from '../services/services.ts';

export const DEMO_JOB = 'demoInventory';
export const DEMO_SEED = 1;
/** The demo inventory describes the network as of 2025 (calibrated to 2025 figures). */
export const DEMO_PERIOD = '2025';

/**
 * Loads the demo inventory in the background, reporting progress through the health endpoint. Never
 * rejects. `scope` is the whole country by default; tests name a seed and provinces.
 */
export async function startDemoLoad(
  services: Services,
  logger: Logger,
  scope: { seed: number; provinces?: readonly string[] } = { seed: DEMO_SEED },
): Promise<void> {
  const { background } = services;
  background.start(DEMO_JOB, 'Đang kiểm tra dữ liệu mẫu');
  try {
    const result = await loadDemoInventory(services.db, await services.units.catalogue(), {
      seed: scope.seed,
      ...(scope.provinces ? { provinces: scope.provinces } : {}),
      onProgress: (p) => {
        background.progress(DEMO_JOB, p.message);
        logger.info(p.message);
      },
    });
    // Coverage and the computed indicators follow the inventory: after a fresh load, or once on a
    // database loaded before coverage existed.
    if (!result.skipped || !(await services.coverage.hasRun())) {
      const run = await services.coverage.recompute({
        period: DEMO_PERIOD,
        onProgress: (message) => {
          background.progress(DEMO_JOB, message);
          logger.info(message);
        },
      });
      logger.info(
        `Vùng phủ: ${run.villages} thôn, ${run.sites} trạm, ${run.observations} giá trị chỉ tiêu trong ${run.seconds.toFixed(1)} s`,
      );
    }
    background.finish(
      DEMO_JOB,
      'done',
      result.skipped
        ? 'Dữ liệu mẫu đã có sẵn'
        : `Đã nạp dữ liệu mẫu tổng hợp trong ${result.seconds.toFixed(0)} s`,
    );
  } catch (error) {
    logger.error('không nạp được dữ liệu mẫu', { error });
    background.finish(DEMO_JOB, 'failed', 'Không nạp được dữ liệu mẫu; xem nhật ký máy chủ');
  }
}
