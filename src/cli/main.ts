import { ConfigError } from '../config/config.ts';
import { HatangError } from '../core/errors/error-codes.ts';
import { MigrationIntegrityError } from '../db/migrator.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { type Command, CommandError } from './command.ts';
import { dbMigrateCommand } from './commands/db-migrate-command.ts';
import { demoGenerateCommand } from './commands/demo-generate-command.ts';
import { importDatasetCommands } from './commands/import-dataset-command.ts';
import { planCheckCommand } from './commands/plan-check-command.ts';
import { planImportCommand } from './commands/plan-import-command.ts';
import { planTemplateCommand } from './commands/plan-template-command.ts';
import { progressCommand } from './commands/progress-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { submissionsCommands } from './commands/submissions-commands.ts';
import { unitsLoadCommand } from './commands/units-load-command.ts';
import { unitsResolveCommand } from './commands/units-resolve-command.ts';
import { usersCommands } from './commands/users-commands.ts';

export const COMMANDS: Command[] = [
  serveCommand,
  dbMigrateCommand,
  unitsLoadCommand,
  unitsResolveCommand,
  planImportCommand,
  planTemplateCommand,
  planCheckCommand,
  progressCommand,
  demoGenerateCommand,
  ...importDatasetCommands,
  ...submissionsCommands,
  ...usersCommands,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  const lines = COMMANDS.map((c) => `  hatang ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return [
    'Hatang — quy hoạch, theo dõi và đánh giá hạ tầng số',
    '',
    'Cách dùng: hatang LỆNH [tuỳ chọn]   (thêm --help sau một lệnh để xem chi tiết)',
    '',
    ...lines,
    '',
    'Cấu hình qua biến môi trường: PORT, HOST, HATANG_DATA_DIR, DATABASE_URL, LOG_LEVEL (xem .env.example).',
  ].join('\n');
}

function help(command: Command): string {
  return [
    `${command.summary}`,
    '',
    `Cách dùng: ${command.usage}`,
    ...(command.options && command.options.length > 0
      ? ['', 'Tuỳ chọn:', ...command.options.map((o) => `  ${o}`)]
      : []),
    '  --help   hiện trợ giúp này',
  ].join('\n');
}

/** Finds the command whose words start the arguments, longest match first. */
function findCommand(args: string[]): { command: Command; rest: string[] } | null {
  const sorted = [...COMMANDS].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => args[i] === word))
      return { command, rest: args.slice(command.path.length) };
  }
  return null;
}

export async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    process.stdout.write(`${overview()}\n`);
    return 0;
  }
  const found = findCommand(args);
  if (!found) {
    const group = COMMANDS.filter((c) => c.path[0] === args[0]);
    if (group.length > 0 && (args.length === 1 || args.includes('--help'))) {
      process.stdout.write(`${group.map((c) => `  hatang ${c.path.join(' ')}  ${c.summary}`).join('\n')}\n`);
      return args.includes('--help') ? 0 : 2;
    }
    process.stderr.write(`Không có lệnh "${args.join(' ')}".\n\n${overview()}\n`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    process.stdout.write(`${help(found.command)}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest);
  } catch (error) {
    if (error instanceof CommandError) {
      process.stderr.write(`Lỗi: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof HatangError) {
      // A user's mistake (a bad parameter, an existing name…): its message, not a stack trace.
      process.stderr.write(`Lỗi: ${errorMessage(error, 'vi')}\n`);
      return 1;
    }
    if (error instanceof ConfigError || error instanceof MigrationIntegrityError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`Lỗi: ${error.message}\n\n${help(found.command)}\n`);
      return 2;
    }
    throw error;
  }
}
