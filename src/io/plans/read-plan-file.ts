import type { RawPlanSubmission } from '../../core/plans/plan-input.ts';
import { decodeText, emptyFileError, sniffFile } from './file-sniff.ts';
import { PlanFileError } from './plan-file-error.ts';
import { readPlanJson } from './read-plan-json.ts';
import { readPlanWorkbook } from './read-plan-workbook.ts';

/**
 * Reads an uploaded plan file, XLSX or JSON. The bytes decide before the name does: an XLSX is a
 * ZIP (`PK\x03\x04`) whatever it is called, and a `.xlsx` that is really JSON is read as JSON. A
 * `.json` name, or text starting with `{`/`[`, is read as JSON; anything else goes to the workbook
 * reader, whose NOT_XLSX message says what the file is (`.xls`, `.ods`, CSV, …).
 */
export async function readPlanFile(name: string, data: Buffer | Uint8Array): Promise<RawPlanSubmission> {
  const kind = sniffFile(data);
  if (kind === 'empty') throw emptyFileError();
  const isJsonName = /\.json$/i.test(name.trim());
  if (kind === 'json' || (isJsonName && kind === 'text')) {
    const text = decodeText(data);
    if (text === null) {
      throw new PlanFileError('NOT_JSON', {
        vi: 'Tệp JSON không phải văn bản UTF-8 hợp lệ.',
        en: 'The JSON file is not valid UTF-8 text.',
      });
    }
    return readPlanJson(text);
  }
  if (isJsonName && kind !== 'zip') {
    throw new PlanFileError('NOT_JSON', {
      vi: 'Tệp có đuôi .json nhưng không phải văn bản JSON.',
      en: 'The file is named .json but is not JSON text.',
    });
  }
  return readPlanWorkbook(data);
}
