import { parseArgs } from 'node:util';
import { STATUS_LABELS } from '../../core/progress/status.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const progressCommand: Command = {
  path: ['progress'],
  summary: 'Đánh giá tiến độ các chỉ tiêu của một kế hoạch / evaluate a plan’s progress',
  usage: 'hatang progress KẾ_HOẠCH [--unit MÃ] [--as-of YYYY-MM-DD] [--lang vi|en] [--json]',
  options: [
    '--unit MÃ      đánh giá cho một đơn vị (ví dụ 19); mặc định: phạm vi của từng chỉ tiêu',
    '--as-of NGÀY   ngày đánh giá (mặc định hôm nay)',
    '--lang vi|en   ngôn ngữ giải thích',
    '--json         kết quả đầy đủ dạng JSON',
  ],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        unit: { type: 'string' },
        'as-of': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [plan] = positionals;
    if (!plan) throw new CommandError('Thiếu kế hoạch. Ví dụ: hatang progress 36/QĐ-TTg --unit 19');
    const asOf = values['as-of'];
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw new CommandError(`--as-of "${asOf}": dùng dạng YYYY-MM-DD`);
    const lang = values.lang === 'en' ? 'en' : 'vi';
    return withDatabase(
      async ({ db }) => {
        const progress = await createServices(db).progress.progress(plan, {
          ...(values.unit ? { unit: values.unit } : {}),
          ...(asOf ? { asOf } : {}),
        });
        if (values.json) {
          process.stdout.write(`${JSON.stringify(progress)}\n`);
          return 0;
        }
        process.stdout.write(`${progress.plan.code} — ${progress.plan.titleVi} (đến ${progress.asOf})\n`);
        for (const { target, indicator, evaluations } of progress.targets) {
          for (const { unit, evaluation } of evaluations) {
            const label = STATUS_LABELS[evaluation.status][lang];
            process.stdout.write(
              `- ${indicator.code} [${unit.code}] ${label}\n    ${evaluation.explanation[lang]}\n`,
            );
          }
          if (evaluations.length === 0)
            process.stdout.write(`- ${target.indicatorCode}: không có đơn vị nào trong phạm vi\n`);
        }
        return 0;
      },
      { prepare: true },
    );
  },
};
