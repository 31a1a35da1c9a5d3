import { parseArgs } from 'node:util';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const planCheckCommand: Command = {
  path: ['plan', 'check'],
  summary: 'Rà soát tính thống nhất của một kế hoạch với quy hoạch cấp trên / check a plan against another',
  usage: 'hatang plan check KẾ_HOẠCH --against KẾ_HOẠCH [--as-of YYYY-MM-DD] [--lang vi|en] [--json]',
  options: [
    '--against KH   kế hoạch đối chiếu (số hiệu hoặc id), ví dụ 36/QĐ-TTg',
    '--as-of NGÀY   ngày đối chiếu đơn vị hành chính (mặc định hôm nay)',
    '--lang vi|en   ngôn ngữ báo cáo',
    '--json         kết quả có cấu trúc dạng JSON',
  ],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        against: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [plan] = positionals;
    if (!plan || !values.against) {
      throw new CommandError(
        'Cần kế hoạch và --against. Ví dụ: hatang plan check KH-HTS-BK-2023-2025 --against 36/QĐ-TTg',
      );
    }
    const asOf = values['as-of'];
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw new CommandError(`--as-of "${asOf}": dùng dạng YYYY-MM-DD`);
    const against = values.against;
    return withDatabase(
      async ({ db }) => {
        const report = await createServices(db).consistency.check(plan, against, asOf);
        process.stdout.write(
          values.json
            ? `${JSON.stringify(report.result)}\n`
            : `${report.text[values.lang === 'en' ? 'en' : 'vi']}\n`,
        );
        return report.result.summary.consistent ? 0 : 1;
      },
      { prepare: true },
    );
  },
};
