import { parseArgs } from 'node:util';
import { isUnitLevel } from '../../core/units/admin-unit.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const unitsResolveCommand: Command = {
  path: ['units', 'resolve'],
  summary: 'Tìm mã đơn vị từ một tên / resolve a unit name to codes',
  usage:
    'hatang units resolve TÊN [--province TỈNH] [--level province|district|commune] [--date YYYY-MM-DD] [--json]',
  options: [
    '--province TỈNH   mã hoặc tên tỉnh để thu hẹp',
    '--level CẤP       province, district hoặc commune',
    '--date NGÀY       ngày tham chiếu (mặc định hôm nay)',
    '--json            in kết quả dạng JSON',
  ],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        province: { type: 'string' },
        level: { type: 'string' },
        date: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const name = positionals.join(' ').trim();
    if (!name) throw new CommandError('Thiếu tên cần tìm. Ví dụ: hatang units resolve "Bac Kan"');
    if (values.level !== undefined && !isUnitLevel(values.level)) {
      throw new CommandError(`--level "${values.level}" không hợp lệ: dùng province, district hoặc commune`);
    }
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
      throw new CommandError(`--date "${values.date}" không hợp lệ: dùng dạng YYYY-MM-DD`);
    }
    return withDatabase(
      async ({ db }) => {
        const { units } = createServices(db);
        const { candidates } = await units.resolve({
          name,
          limit: 20,
          ...(values.province !== undefined ? { province: values.province } : {}),
          ...(values.level !== undefined && isUnitLevel(values.level) ? { level: values.level } : {}),
          ...(values.date !== undefined ? { date: values.date } : {}),
        });
        if (values.json) {
          process.stdout.write(`${JSON.stringify({ candidates })}\n`);
          return 0;
        }
        if (candidates.length === 0) {
          process.stdout.write(`Không tìm thấy đơn vị nào khớp với "${name}".\n`);
          return 1;
        }
        for (const c of candidates) {
          const where = c.level === 'province' || !c.provinceName ? '' : `, ${c.provinceName}`;
          const validity = c.validTo ? ` (hiệu lực đến ${c.validTo})` : '';
          const next =
            c.successors.length > 0
              ? ` → ${c.successors.map((s) => `${s.code} ${s.fullName}`).join(', ')}`
              : '';
          process.stdout.write(
            `${c.score.toFixed(3)}  ${c.code.padEnd(5)}  ${c.fullName}${where}${validity}${next}\n`,
          );
        }
        return 0;
      },
      { prepare: true },
    );
  },
};
