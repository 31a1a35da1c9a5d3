import { expect, it } from 'vitest';
import { DEMO_JOB, startDemoLoad } from '../../src/cli/demo-job.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { BackgroundStatus } from '../../src/services/background-status.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createServices } from '../../src/services/services.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { TEST_DEMO_PROVINCE, TEST_DEMO_SEED } from '../support/test-database.ts';

describeEachEngine('the background demo job of `hatang serve`', (db) => {
  it('finds the demo already loaded and coverage computed, says so, and changes nothing', async () => {
    const background = new BackgroundStatus();
    const services = createServices(db(), fixedClock('2026-01-15'), background);
    const counts = async () =>
      (
        await db().query<{ sites: number; runs: number }>(
          `SELECT (SELECT count(*)::integer FROM mobile_site WHERE synthetic) AS sites,
                  (SELECT count(*)::integer FROM computation_run) AS runs`,
        )
      )[0];
    const before = await counts();
    const lines: string[] = [];
    await startDemoLoad(
      services,
      createLogger('info', (line) => lines.push(line)),
      {
        seed: TEST_DEMO_SEED,
        provinces: [TEST_DEMO_PROVINCE],
      },
    );
    expect(background.snapshot()[DEMO_JOB]).toMatchObject({
      state: 'done',
      message: 'Dữ liệu mẫu đã có sẵn',
    });
    expect(await counts()).toEqual(before);
    expect(lines.some((l) => l.includes('không nạp được'))).toBe(false);
  });
});
