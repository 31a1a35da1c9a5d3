import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isTextEncodingName } from '../../io/text/text-encoding.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

export const importSitesCommand: Command = {
  path: ['import', 'sites'],
  summary: 'Nộp danh sách trạm di động của một nhà mạng (CSV, XLSX, GeoJSON) / import an operator’s sites',
  usage: 'hatang import sites TỆP --operator MÃ --period KỲ [--dry-run] [--json] [--encoding TÊN]',
  options: [
    '--operator MÃ     VIETTEL, VNPT, MOBIFONE, VIETNAMOBILE, GMOBILE, ITEL, REDDI',
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
        period: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        encoding: { type: 'string' },
      },
    });
    const [path] = positionals;
    if (!path || !values.operator || !values.period) {
      throw new CommandError(
        'Cần tệp, --operator và --period. Ví dụ: hatang import sites tram.csv --operator VIETTEL --period 2025-Q2',
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
        const outcome = await imports.importSites({
          operator: values.operator ?? '',
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
            `${path}: ${s.rows} dòng, ${s.accepted} hợp lệ, ${s.rejected} lỗi, ${outcome.warnings.length} cảnh báo (${s.additions} trạm mới, ${s.updates} cập nhật).\n`,
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
