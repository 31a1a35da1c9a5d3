/**
 * Why a user's CSV file could not be read past some line (as opposed to readable rows whose values
 * are wrong, which the validators report row by row). Codes are stable: the HTTP layer maps them to
 * `INVALID_FILE` and the UI matches on them. `line` is the physical line of the file (1-based), as
 * Excel and text editors number them.
 */
import type { LocalizedText } from '../text/text-encoding.ts';

export type CsvReadErrorCode = 'UNTERMINATED_QUOTE' | 'INVALID_ENCODING';

/**
 * `Error.message` must be a string, so the bilingual text is `localized`; `message` carries the
 * English text for logs, and `toJSON()` gives `{ code, line, message: { vi, en } }` for an API answer.
 */
export class CsvReadError extends Error {
  readonly localized: LocalizedText;

  constructor(
    readonly code: CsvReadErrorCode,
    readonly line: number,
    localized: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(localized.en, options);
    this.name = 'CsvReadError';
    this.localized = localized;
  }

  toJSON(): { code: CsvReadErrorCode; line: number; message: LocalizedText } {
    return { code: this.code, line: this.line, message: this.localized };
  }
}

export function unterminatedQuote(line: number): CsvReadError {
  return new CsvReadError('UNTERMINATED_QUOTE', line, {
    vi: `Dòng ${line}: ô bắt đầu bằng dấu ngoặc kép (") nhưng không có dấu ngoặc kép đóng trước khi hết tệp`,
    en: `Line ${line}: a field opens with a double quote (") that is never closed before the end of the file`,
  });
}

export function invalidEncoding(line: number, encoding: string, cause: unknown): CsvReadError {
  return new CsvReadError(
    'INVALID_ENCODING',
    line,
    {
      vi: `Gần dòng ${line}: tệp có byte không hợp lệ trong bảng mã ${encoding}; hãy lưu lại tệp với bảng mã UTF-8`,
      en: `Near line ${line}: the file has bytes that are not valid ${encoding}; save it again as UTF-8`,
    },
    { cause },
  );
}
