import { migrate } from '../../db/migrator.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const dbMigrateCommand: Command = {
  path: ['db', 'migrate'],
  summary: 'Áp dụng các migration còn thiếu / apply pending migrations',
  usage: 'hatang db migrate',
  async run() {
    return withDatabase(async ({ db }) => {
      const result = await migrate(db);
      if (result.applied.length === 0)
        process.stdout.write(`CSDL đã ở phiên bản ${result.current}, không có gì để áp dụng.\n`);
      for (const m of result.applied) process.stdout.write(`Đã áp dụng ${m.name}\n`);
      return 0;
    });
  },
};
