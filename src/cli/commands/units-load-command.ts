import { parseArgs } from 'node:util';
import { migrate } from '../../db/migrator.ts';
import { loadReferenceUnits } from '../../services/units/load-reference-units.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const unitsLoadCommand: Command = {
  path: ['units', 'load'],
  summary: 'Nạp đơn vị hành chính, ranh giới và liên kết sáp nhập / load units, boundaries and lineage',
  usage: 'hatang units load [--force] [--json]',
  options: ['--force   nạp lại kể cả khi dữ liệu không đổi', '--json    in kết quả dạng JSON'],
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { force: { type: 'boolean' }, json: { type: 'boolean' } },
    });
    return withDatabase(async ({ db }) => {
      await migrate(db);
      const result = await loadReferenceUnits(db, {
        force: values.force ?? false,
        onProgress: (p) => {
          if (!values.json) process.stderr.write(`… ${p.message}\n`);
        },
      });
      if (values.json) {
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } else if (result.skipped) {
        process.stdout.write(
          'Dữ liệu đơn vị hành chính đã được nạp và không đổi (dùng --force để nạp lại).\n',
        );
      } else {
        process.stdout.write(
          `Đã nạp ${result.units} đơn vị, ${result.lineage} liên kết. Bỏ ${result.report?.dropped.length ?? 0} liên kết sai tỉnh; ${result.report?.unresolved.length ?? 0} mã cũ không có trong danh mục 1/3/2025.\n`,
        );
      }
      return 0;
    });
  },
};
