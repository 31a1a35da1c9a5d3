/**
 * Why an inventory file (CSV, XLSX or GeoJSON) could not be read as a table at all, as opposed to
 * readable rows whose values are wrong, which the validators report row by row. Codes are stable:
 * the HTTP layer maps them to `INVALID_FILE` and the UI matches on them. Messages name the file and
 * say what it is ("an Excel 97–2003 workbook", "a PDF document") and what to do about it.
 */
import type { CsvReadError } from '../csv/csv-read-error.ts';
import type { LocalizedText } from '../text/text-encoding.ts';

export type DatasetFileErrorCode =
  /** Bytes that are no table: garbage, an image, a damaged ZIP, a .docx, JSON that is not GeoJSON. */
  | 'NOT_A_TABLE'
  /** No row within the first rows has two columns the dataset type knows. */
  | 'NO_HEADER'
  /** 0 bytes, only blanks, a workbook without sheets, or a header without any data row. */
  | 'EMPTY'
  /** A format we do not read: .xls (Excel 97–2003), .xlsb, .ods, PDF, HTML saved as .xls; a GeoJSON over V8's string limit. */
  | 'UNSUPPORTED'
  /** A .json / .geojson file that is not valid JSON. */
  | 'BAD_JSON'
  /** Bytes that are not valid in the file's (detected or given) encoding; `line` says where. */
  | 'BAD_ENCODING'
  /** A CSV quote never closed; `line` is where it opened. */
  | 'UNTERMINATED_QUOTE'
  /** The `sheet` asked for is not in the workbook (its message lists the sheets there are). */
  | 'NO_SHEET'
  /** The header has no column for a required field (or for any field of a one-of group): named. */
  | 'MISSING_COLUMNS';

/**
 * `Error.message` must be a string, so the bilingual text is `localized`; `message` carries the
 * English text for logs, and `toJSON()` gives `{ code, line?, message: { vi, en } }` for an API answer.
 */
export class DatasetFileError extends Error {
  readonly localized: LocalizedText;
  /** The physical line of a text file the problem is on (1-based), when there is one. */
  readonly line: number | null;

  constructor(
    readonly code: DatasetFileErrorCode,
    localized: LocalizedText,
    options: { cause?: unknown; line?: number } = {},
  ) {
    super(localized.en, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'DatasetFileError';
    this.localized = localized;
    this.line = options.line ?? null;
  }

  toJSON(): { code: DatasetFileErrorCode; line?: number; message: LocalizedText } {
    return this.line === null
      ? { code: this.code, message: this.localized }
      : { code: this.code, line: this.line, message: this.localized };
  }
}

const q = (name: string): string => `"${name}"`;

export function emptyFile(name: string, blanksOnly = false): DatasetFileError {
  return new DatasetFileError(
    'EMPTY',
    blanksOnly
      ? { vi: `Tệp ${q(name)} chỉ chứa khoảng trắng.`, en: `File ${q(name)} holds only blank space.` }
      : { vi: `Tệp ${q(name)} rỗng (0 byte).`, en: `File ${q(name)} is empty (0 bytes).` },
  );
}

/** A header was found but no row below it holds a value in a known column. */
export function noDataRows(name: string, where: LocalizedText): DatasetFileError {
  return new DatasetFileError('EMPTY', {
    vi: `Tệp ${q(name)} có dòng tiêu đề (${where.vi}) nhưng không có dòng dữ liệu nào bên dưới.`,
    en: `File ${q(name)} has a header (${where.en}) but no data row below it.`,
  });
}

export function noFeatures(name: string): DatasetFileError {
  return new DatasetFileError('EMPTY', {
    vi: `Tệp GeoJSON ${q(name)} không có đối tượng (feature) nào.`,
    en: `GeoJSON file ${q(name)} has no features.`,
  });
}

export function emptyWorkbook(name: string): DatasetFileError {
  return new DatasetFileError('EMPTY', {
    vi: `Sổ làm việc ${q(name)} không có trang tính nào.`,
    en: `Workbook ${q(name)} has no worksheets.`,
  });
}

/** What an unsupported file is, and how to get a readable one. */
export type UnsupportedKind = 'xls' | 'xlsb' | 'ods' | 'pdf' | 'markup';

const UNSUPPORTED_TEXT: Record<UnsupportedKind, (name: string) => LocalizedText> = {
  xls: (n) => ({
    vi: `Tệp ${q(n)} là bảng tính Excel 97–2003 (.xls) hoặc tệp Excel có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (nếu có) và lưu lại dạng "Excel Workbook (.xlsx)" hoặc "CSV UTF-8".`,
    en: `File ${q(n)} is an Excel 97–2003 workbook (.xls) or a password-protected Excel file: open it in Excel, remove any password and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".`,
  }),
  xlsb: (n) => ({
    vi: `Tệp ${q(n)} là sổ làm việc nhị phân Excel (.xlsb): hãy lưu lại dạng "Excel Workbook (.xlsx)".`,
    en: `File ${q(n)} is an Excel binary workbook (.xlsb): save it as "Excel Workbook (.xlsx)".`,
  }),
  ods: (n) => ({
    vi: `Tệp ${q(n)} là bảng tính OpenDocument (.ods): hãy lưu lại dạng "Excel 2007-365 (.xlsx)" hoặc CSV.`,
    en: `File ${q(n)} is an OpenDocument spreadsheet (.ods): save it as "Excel 2007-365 (.xlsx)" or CSV.`,
  }),
  pdf: (n) => ({
    vi: `Tệp ${q(n)} là tài liệu PDF, không phải bảng dữ liệu: hãy gửi tệp CSV, Excel (.xlsx) hoặc GeoJSON.`,
    en: `File ${q(n)} is a PDF document, not a data table: send a CSV, Excel (.xlsx) or GeoJSON file.`,
  }),
  markup: (n) => ({
    vi: `Tệp ${q(n)} là trang HTML/XML (thường do phần mềm "xuất ra Excel" tạo, đặt tên .xls): hãy mở bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".`,
    en: `File ${q(n)} is an HTML/XML page (often what an "export to Excel" button writes under a .xls name): open it in Excel and save it as "Excel Workbook (.xlsx)".`,
  }),
};

export function unsupportedFile(name: string, kind: UnsupportedKind): DatasetFileError {
  return new DatasetFileError('UNSUPPORTED', UNSUPPORTED_TEXT[kind](name));
}

export type NotATableKind = 'binary' | 'zip' | 'json';

const NOT_A_TABLE_TEXT: Record<NotATableKind, (name: string) => LocalizedText> = {
  binary: (n) => ({
    vi: `Tệp ${q(n)} không phải văn bản hay bảng tính: hãy gửi tệp CSV, Excel (.xlsx) hoặc GeoJSON.`,
    en: `File ${q(n)} is neither text nor a spreadsheet: send a CSV, Excel (.xlsx) or GeoJSON file.`,
  }),
  zip: (n) => ({
    vi: `Tệp ${q(n)} là tệp nén ZIP bị hỏng hoặc không phải sổ làm việc Excel (.xlsx).`,
    en: `File ${q(n)} is a damaged ZIP archive or is not an Excel workbook (.xlsx).`,
  }),
  json: (n) => ({
    vi: `Tệp ${q(n)} là JSON nhưng không phải GeoJSON "FeatureCollection": cần một đối tượng { "type": "FeatureCollection", "features": [...] }.`,
    en: `File ${q(n)} is JSON but not a GeoJSON "FeatureCollection": expected { "type": "FeatureCollection", "features": [...] }.`,
  }),
};

export function notATable(name: string, kind: NotATableKind, cause?: unknown): DatasetFileError {
  return new DatasetFileError(
    'NOT_A_TABLE',
    NOT_A_TABLE_TEXT[kind](name),
    cause === undefined ? {} : { cause },
  );
}

export function badJson(name: string, line: number | null, cause: unknown): DatasetFileError {
  const at = line === null ? { vi: '', en: '' } : { vi: ` (gần dòng ${line})`, en: ` (near line ${line})` };
  return new DatasetFileError(
    'BAD_JSON',
    {
      vi: `Tệp ${q(name)} không phải JSON hợp lệ${at.vi}: tệp có thể bị cắt cụt hoặc sửa tay sai cú pháp.`,
      en: `File ${q(name)} is not valid JSON${at.en}: it may be truncated or hand-edited with a syntax error.`,
    },
    line === null ? { cause } : { cause, line },
  );
}

export function tooLarge(name: string, cause: unknown): DatasetFileError {
  return new DatasetFileError(
    'UNSUPPORTED',
    {
      vi: `Tệp GeoJSON ${q(name)} quá lớn để đọc một lần: hãy gửi dữ liệu dạng CSV (có cột kinh độ, vĩ độ).`,
      en: `GeoJSON file ${q(name)} is too large to read at once: send the data as CSV (with longitude and latitude columns).`,
    },
    { cause },
  );
}

export function badEncoding(
  name: string,
  encoding: string,
  line: number | null,
  cause: unknown,
): DatasetFileError {
  const at = line === null ? { vi: '', en: '' } : { vi: ` gần dòng ${line}`, en: ` near line ${line}` };
  return new DatasetFileError(
    'BAD_ENCODING',
    {
      vi: `Tệp ${q(name)} có byte không hợp lệ trong bảng mã ${encoding}${at.vi}: hãy lưu lại tệp với bảng mã UTF-8, hoặc chọn đúng bảng mã của tệp.`,
      en: `File ${q(name)} has bytes that are not valid ${encoding}${at.en}: save it again as UTF-8, or choose the file's encoding.`,
    },
    line === null ? { cause } : { cause, line },
  );
}

/** A CsvReadError (a bad byte, a quote never closed) as a DatasetFileError naming the file. */
export function fromCsvReadError(name: string, error: CsvReadError, encoding: string): DatasetFileError {
  if (error.code === 'INVALID_ENCODING') return badEncoding(name, encoding, error.line, error);
  return new DatasetFileError(
    'UNTERMINATED_QUOTE',
    {
      vi: `Tệp ${q(name)}, dòng ${error.line}: ô bắt đầu bằng dấu ngoặc kép (") nhưng không có dấu ngoặc kép đóng trước khi hết tệp.`,
      en: `File ${q(name)}, line ${error.line}: a field opens with a double quote (") that is never closed before the end of the file.`,
    },
    { cause: error, line: error.line },
  );
}

/**
 * No header row: `where` says what was searched ("the first 10 rows of sheet X"), `seen` the
 * labels of the first non-empty row, so the officer sees what we read instead of what we expected.
 */
export function noHeader(name: string, where: LocalizedText, seen: readonly string[]): DatasetFileError {
  const labels = seen
    .filter((s) => s.trim() !== '')
    .slice(0, 12)
    .map(q)
    .join(', ');
  const tail =
    labels === ''
      ? { vi: '', en: '' }
      : { vi: ` Dòng đầu tiên có: ${labels}.`, en: ` The first row reads: ${labels}.` };
  return new DatasetFileError('NO_HEADER', {
    vi: `Tệp ${q(name)}: không tìm thấy dòng tiêu đề trong ${where.vi}; cần một dòng có ít nhất hai cột đã biết (ví dụ mã, kinh độ, vĩ độ).${tail.vi}`,
    en: `File ${q(name)}: no header row in ${where.en}; a row needs at least two known columns (such as a code, longitude, latitude).${tail.en}`,
  });
}

export function noSheet(name: string, asked: string, sheets: readonly string[]): DatasetFileError {
  const list = sheets.map(q).join(', ');
  return new DatasetFileError('NO_SHEET', {
    vi: `Sổ làm việc ${q(name)} không có trang ${q(asked)}; các trang hiện có: ${list}.`,
    en: `Workbook ${q(name)} has no sheet ${q(asked)}; its sheets are: ${list}.`,
  });
}

/**
 * The header lacks columns the dataset type needs: `missing` required ones, and `groups` of which it
 * has none (`Mã xã` or `Tên xã`), each named by its template label. Said once for the file instead of
 * once per row.
 */
export function missingColumns(
  name: string,
  missing: readonly LocalizedText[],
  groups: readonly (readonly LocalizedText[])[],
): DatasetFileError {
  const vi: string[] = [];
  const en: string[] = [];
  if (missing.length > 0) {
    const labels = missing.map((c) => q(c.vi));
    vi.push(`thiếu ${missing.length === 1 ? 'cột bắt buộc' : 'các cột bắt buộc'} ${labels.join(', ')}`);
    const english = missing.map((c) => (c.en === c.vi ? q(c.vi) : `${q(c.vi)} (${c.en})`));
    en.push(`lacks the required ${missing.length === 1 ? 'column' : 'columns'} ${english.join(', ')}`);
  }
  for (const group of groups) {
    vi.push(
      `cần ít nhất một trong các cột ${group.map((c) => q(c.vi)).join(' hoặc ')} nhưng không có cột nào`,
    );
    const english = group.map((c) => (c.en === c.vi ? q(c.vi) : `${q(c.vi)} (${c.en})`));
    en.push(`needs at least one of the columns ${english.join(' or ')} but has none`);
  }
  return new DatasetFileError('MISSING_COLUMNS', {
    vi: `Tệp ${q(name)} ${vi.join('; ')}: hãy thêm cột, hoặc sửa tên cột trong dòng tiêu đề cho đúng như tệp mẫu.`,
    en: `File ${q(name)} ${en.join('; ')}: add the column, or correct the header's spelling as in the template.`,
  });
}
