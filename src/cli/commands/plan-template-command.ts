import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const planTemplateCommand: Command = {
  path: ['plan', 'template'],
  summary: 'Ghi mẫu XLSX để điền kế hoạch và chỉ tiêu / write the XLSX plan template',
  usage: 'hatang plan template TỆP.xlsx [--example]',
  options: ['--example   điền sẵn một ví dụ'],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { example: { type: 'boolean' } },
    });
    const [path] = positionals;
    if (!path) throw new CommandError('Thiếu tên tệp. Ví dụ: hatang plan template mau-ke-hoach.xlsx');
    return withDatabase(
      async ({ db }) => {
        const workbook = await createServices(db).plans.template(values.example ?? false);
        await writeFile(path, workbook);
        process.stdout.write(`Đã ghi mẫu vào ${path}.\n`);
        return 0;
      },
      { prepare: true },
    );
  },
};
