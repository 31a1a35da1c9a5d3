import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { HatangError } from '../../core/errors/error-codes.ts';
import { PlanFileError } from '../../io/plans/plan-file-error.ts';
import { readPlanFile } from '../../io/plans/read-plan-file.ts';
import { CLI_CALLER } from '../../services/auth/caller.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const planImportCommand: Command = {
  path: ['plan', 'import'],
  summary: 'Nhập một kế hoạch và các chỉ tiêu từ tệp XLSX hoặc JSON / import a plan file',
  usage: 'hatang plan import TỆP [--dry-run] [--json]',
  options: [
    '--dry-run   chỉ kiểm tra, không lưu',
    '--json      in kết quả (hoặc danh sách lỗi theo dòng) dạng JSON',
    'Mẫu tệp: hatang plan template mau.xlsx, hoặc GET /api/plans/template.xlsx',
  ],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    });
    const [path] = positionals;
    if (!path) throw new CommandError('Thiếu đường dẫn tệp. Ví dụ: hatang plan import ke-hoach.xlsx');
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new CommandError(
        `Không đọc được tệp ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    let submission: Awaited<ReturnType<typeof readPlanFile>>;
    try {
      submission = await readPlanFile(basename(path), bytes);
    } catch (error) {
      if (error instanceof PlanFileError) throw new CommandError(`${path}: ${error.localized.vi}`);
      throw error;
    }
    return withDatabase(
      async ({ db }) => {
        const { plans } = createServices(db);
        try {
          if (values['dry-run']) {
            await plans.check(submission);
            process.stdout.write(
              values.json
                ? `${JSON.stringify({ ok: true })}\n`
                : `${path}: hợp lệ, ${submission.targets.length} chỉ tiêu (chưa lưu).\n`,
            );
            return 0;
          }
          const result = await plans.upsert(CLI_CALLER, submission);
          const verb = result.created ? 'Đã tạo' : 'Đã thay thế';
          process.stdout.write(
            values.json
              ? `${JSON.stringify({ id: result.plan.id, code: result.plan.code, created: result.created, targets: result.targets.length })}\n`
              : `${verb} kế hoạch ${result.plan.code} (id ${result.plan.id}) với ${result.targets.length} chỉ tiêu.\n`,
          );
          return 0;
        } catch (error) {
          if (!(error instanceof HatangError) || error.rows.length === 0) throw error;
          if (values.json) {
            process.stdout.write(`${JSON.stringify({ ok: false, errors: error.rows })}\n`);
          } else {
            process.stderr.write(`${path}: ${error.rows.length} lỗi, không có gì được lưu.\n`);
            for (const row of error.rows) {
              // A workbook names sheet and row; a JSON file has the plan (row 0) and numbered targets.
              const where = row.sheet
                ? `${row.sheet}, dòng ${row.row}, cột "${row.column}"`
                : `${row.row === 0 ? 'kế hoạch' : `chỉ tiêu thứ ${row.row}`}, trường "${row.field}" (${row.column})`;
              process.stderr.write(`  ${where}: "${row.value}" ${row.message.vi}\n`);
            }
          }
          return 1;
        }
      },
      { prepare: true },
    );
  },
};
