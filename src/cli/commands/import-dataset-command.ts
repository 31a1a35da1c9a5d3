import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DATASET_TYPES, type DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import { DATASETS } from '../../core/inventory-import/datasets.ts';
import { isTextEncodingName } from '../../io/text/text-encoding.ts';
import { CLI_CALLER } from '../../services/auth/caller.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

/** The dataset type as typed on the command line: `fixed-broadband` for `fixed_broadband`. */
const cliName = (type: DatasetType) => type.replace(/_/g, '-');

/** `hatang import TYPE FILE …` for one dataset type (sites, villages, fixed-broadband, …). */
function importDatasetCommand(type: DatasetType): Command {
  const definition = DATASETS[type];
  const byOperator = definition.organisationIsOperator;
  const who = byOperator ? '--operator MÃ' : '--organisation TÊN';
  return {
    path: ['import', cliName(type)],
    summary: `Nộp ${definition.titleVi.toLowerCase()} (CSV, XLSX, GeoJSON) / import ${definition.titleEn.toLowerCase()}`,
    usage: `hatang import ${cliName(type)} TỆP ${who} --period KỲ [--dry-run] [--json] [--encoding TÊN]`,
    options: [
      byOperator
        ? '--operator MÃ     VIETTEL, VNPT, MOBIFONE, VIETNAMOBILE, GMOBILE, ITEL, REDDI'
        : '--organisation TÊN  đơn vị nộp số liệu, ví dụ "Sở KH&CN Thái Nguyên"',
      '--period KỲ       kỳ báo cáo: 2025, 2025-Q2 hoặc 2025-06',
      '--dry-run         chỉ kiểm tra, không lưu',
      '--encoding TÊN    utf-8, utf-16le, windows-1258, tcvn3, vni… (mặc định: tự nhận)',
      '--json            in kết quả và danh sách lỗi dạng JSON',
      'Cả tệp được lưu hoặc không dòng nào được lưu: một dòng lỗi là từ chối cả lần nộp.',
    ],
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          operator: { type: 'string' },
          organisation: { type: 'string' },
          period: { type: 'string' },
          'dry-run': { type: 'boolean' },
          json: { type: 'boolean' },
          encoding: { type: 'string' },
        },
      });
      const [path] = positionals;
      const organisation = values.operator ?? values.organisation;
      if (!path || !organisation || !values.period) {
        throw new CommandError(
          `Cần tệp, ${who.split(' ')[0]} và --period. Ví dụ: hatang import ${cliName(type)} tep.xlsx ${byOperator ? '--operator VIETTEL' : '--organisation "Sở KH&CN Thái Nguyên"'} --period 2025-Q2`,
        );
      }
      if (values.encoding !== undefined && !isTextEncodingName(values.encoding)) {
        throw new CommandError(`--encoding "${values.encoding}" không hợp lệ`);
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (error) {
        throw new CommandError(
          `Không đọc được tệp ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
      const encoding =
        values.encoding !== undefined && isTextEncodingName(values.encoding) ? values.encoding : undefined;
      return withDatabase(
        async ({ db }) => {
          const { imports } = createServices(db);
          const outcome = await imports.importDataset({
            caller: CLI_CALLER,
            afterUpload: 'approve',
            datasetType: type,
            organisation,
            period: values.period ?? '',
            fileName: basename(path),
            bytes,
            dryRun: values['dry-run'] ?? false,
            ...(encoding ? { encoding } : {}),
            onProgress: (message, rows) => {
              if (!values.json)
                process.stderr.write(
                  `\r… ${message}${rows === undefined ? '' : `: ${rows.toLocaleString('vi-VN')} dòng`}   `,
                );
            },
          });
          if (!values.json) process.stderr.write('\n');
          if (values.json) {
            process.stdout.write(`${JSON.stringify(outcome)}\n`);
          } else {
            const s = outcome.summary;
            process.stdout.write(
              `${path}: ${s.rows} dòng, ${s.accepted} hợp lệ, ${s.rejected} dòng lỗi, ${outcome.warningCount} cảnh báo (${s.additions} mới, ${s.updates} cập nhật).\n`,
            );
            for (const e of [...outcome.errors, ...outcome.warnings].slice(0, 200)) {
              const kind = outcome.errors.includes(e) ? 'Lỗi' : 'Cảnh báo';
              process.stdout.write(
                `  ${kind} ${e.sheet ? `${e.sheet}, ` : ''}dòng ${e.row}, cột "${e.column}": "${e.value}" ${e.message.vi}\n`,
              );
            }
            process.stdout.write(
              outcome.committed
                ? `Đã lưu (lần nộp số ${outcome.submission?.id}); vùng phủ và chỉ tiêu đã được tính lại.\n`
                : outcome.errors.length > 0
                  ? 'Không có gì được lưu: sửa các lỗi trên rồi nộp lại.\n'
                  : 'Chỉ kiểm tra (--dry-run): chưa lưu.\n',
            );
          }
          return outcome.errors.length > 0 ? 1 : 0;
        },
        { prepare: true },
      );
    },
  };
}

export const importDatasetCommands: Command[] = DATASET_TYPES.map(importDatasetCommand);
