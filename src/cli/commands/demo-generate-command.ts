import { parseArgs } from 'node:util';
import { loadDemoInventory } from '../../services/inventory/load-demo-inventory.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { DEMO_PERIOD } from '../demo-job.ts';
import { withDatabase } from '../runtime.ts';

export const demoGenerateCommand: Command = {
  path: ['demo', 'generate'],
  summary: 'Tạo và nạp dữ liệu mẫu tổng hợp (thôn, trạm, TTDL…) / generate the synthetic demo inventory',
  usage: 'hatang demo generate [--seed N] [--province MÃ,...] [--force] [--json]',
  options: [
    '--seed N          hạt giống ngẫu nhiên (mặc định 1): cùng seed cho cùng dữ liệu',
    '--province MÃ,…   chỉ tạo cho các tỉnh này (ví dụ 19,04)',
    '--force           tạo lại kể cả khi đã có',
    '--json            in kết quả dạng JSON',
    'Mọi dữ liệu tạo ra đều gắn nhãn "tổng hợp" (synthetic): không phải số liệu thật.',
  ],
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        seed: { type: 'string' },
        province: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) {
      throw new CommandError(`--seed "${values.seed}": cần số nguyên không âm`);
    }
    const provinces = values.province?.split(',').map((p) => p.trim().padStart(2, '0'));
    return withDatabase(
      async ({ db }) => {
        const { units, coverage } = createServices(db);
        const result = await loadDemoInventory(db, await units.catalogue(), {
          seed,
          force: values.force ?? false,
          ...(provinces ? { provinces } : {}),
          onProgress: (p) => {
            if (!values.json) process.stderr.write(`… ${p.message}\n`);
          },
        });
        if (!result.skipped) {
          // Coverage and the computed indicators follow the new inventory, as on a first start.
          await coverage.recompute({
            period: DEMO_PERIOD,
            onProgress: (message) => {
              if (!values.json) process.stderr.write(`… ${message}\n`);
            },
          });
        }
        if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else if (result.skipped)
          process.stdout.write('Dữ liệu mẫu với seed này đã có (dùng --force để tạo lại).\n');
        else {
          const c = result.counts;
          process.stdout.write(
            `Đã nạp dữ liệu mẫu tổng hợp: ${c.villages} thôn, ${c.sites} trạm, ${c.dataCentres} trung tâm dữ liệu trong ${result.seconds.toFixed(1)} s.\n`,
          );
        }
        return 0;
      },
      { prepare: true },
    );
  },
};
