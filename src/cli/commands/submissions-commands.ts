import { parseArgs } from 'node:util';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../../core/auth/resources.ts';
import { STATUS_NAMES } from '../../core/submissions/workflow.ts';
import type { StoredSubmission } from '../../db/inventory/submission-repository.ts';
import { CLI_CALLER } from '../../services/auth/caller.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

const line = (s: StoredSubmission) =>
  [
    `#${s.id}`,
    s.datasetType,
    s.organisation,
    s.period,
    `v${s.version}`,
    STATUS_NAMES[s.status].vi,
    `${s.rowCount} dòng`,
    s.provinceCodes.length > 0 ? `tỉnh ${s.provinceCodes.join(',')}` : '',
    s.createdByName ?? 'dòng lệnh',
  ].join('\t');

function submissionId(raw: string | undefined, usage: string): number {
  const id = Number(raw);
  if (!raw || !Number.isInteger(id) || id < 1) throw new CommandError(`Cần số của lần nộp. ${usage}`);
  return id;
}

export const submissionsListCommand: Command = {
  path: ['submissions', 'list'],
  summary: 'Các lần nộp dữ liệu / list submissions',
  usage: 'hatang submissions list [--status submitted] [--limit N] [--json]',
  options: [`--status   ${SUBMISSION_STATUSES.join(', ')}`],
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { status: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    });
    const status = values.status;
    if (status !== undefined && !(SUBMISSION_STATUSES as readonly string[]).includes(status))
      throw new CommandError(
        `--status "${status}" không hợp lệ; cần một trong: ${SUBMISSION_STATUSES.join(', ')}`,
      );
    const limit = Number(values.limit ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new CommandError('--limit cần số từ 1 đến 500');
    return withDatabase(
      async ({ db }) => {
        const { items, total } = await createServices(db).submissions.submissions(
          { limit, offset: 0, ...(status ? { status: status as SubmissionStatus } : {}) },
          CLI_CALLER.actor,
        );
        if (values.json) print(JSON.stringify({ items, total }));
        else {
          for (const s of items) print(line(s));
          print(`${items.length}/${total} lần nộp.`);
        }
        return 0;
      },
      { prepare: true },
    );
  },
};

/** `approve` or `reject` a submitted file from the console, as the installation's admin (audited as cli). */
function reviewCommand(step: 'approve' | 'reject'): Command {
  const usage = `hatang submissions ${step} SỐ ${step === 'reject' ? '--comment "cần sửa gì"' : '[--comment "nhận xét"]'}`;
  return {
    path: ['submissions', step],
    summary:
      step === 'approve'
        ? 'Duyệt một lần nộp / approve a submission'
        : 'Từ chối một lần nộp / reject a submission',
    usage,
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { comment: { type: 'string' }, json: { type: 'boolean' } },
      });
      const id = submissionId(positionals[0], usage);
      return withDatabase(
        async ({ db }) => {
          const { submissions } = createServices(db);
          const comment = values.comment ?? null;
          const done =
            step === 'approve'
              ? await submissions.approve(id, CLI_CALLER, comment, (m) => {
                  if (!values.json) process.stderr.write(`… ${m}\n`);
                })
              : await submissions.reject(id, CLI_CALLER, comment);
          if (values.json) print(JSON.stringify(done));
          else
            print(`${line(done)}\n${step === 'approve' ? 'Đã duyệt: dữ liệu là hiện hành.' : 'Đã từ chối.'}`);
          return 0;
        },
        { prepare: true },
      );
    },
  };
}

export const submissionsCommands: Command[] = [
  submissionsListCommand,
  reviewCommand('approve'),
  reviewCommand('reject'),
];
