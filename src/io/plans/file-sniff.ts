import { PlanFileError } from './plan-file-error.ts';

/**
 * What a file's first bytes say it is, so a wrong file gets a useful message ("save it as .xlsx")
 * instead of a ZIP library's "Corrupted zip: can't find end of central directory".
 */
export type FileKind = 'empty' | 'zip' | 'ods' | 'ole' | 'json' | 'text' | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 `.xls`, and also any password-encrypted `.xlsx`. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

/**
 * The bytes as text (UTF-8, or UTF-16 with a byte-order mark; BOM dropped), or null when they are
 * not text. With `limit`, only the head is decoded, and a character cut by the limit is allowed.
 */
export function decodeText(bytes: Uint8Array, limit = Number.POSITIVE_INFINITY): string | null {
  const cut = bytes.length > limit;
  const head = cut ? bytes.subarray(0, limit) : bytes;
  for (let drop = 0; drop <= (cut ? 3 : 0); drop++) {
    try {
      const text = decoderFor(head).decode(head.subarray(0, head.length - drop));
      for (let i = 0; i < Math.min(text.length, 4096); i++) if (isControl(text.charCodeAt(i))) return null;
      return text.replace(/^\uFEFF/, '');
    } catch {
      // invalid here: try a shorter head (a cut multi-byte character), or give up
    }
  }
  return null;
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) {
    // ODF puts an uncompressed `mimetype` entry first: its name and content sit at offset 30.
    const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + ODS_MIMETYPE.length));
    return head === ODS_MIMETYPE ? 'ods' : 'zip';
  }
  if (startsWith(bytes, OLE)) return 'ole';
  const text = decodeText(bytes, 4096);
  if (text === null) return 'binary';
  return /^\s*[{[]/.test(text) ? 'json' : 'text';
}

const NOT_XLSX_TEXT: Record<Exclude<FileKind, 'empty' | 'json'>, { vi: string; en: string }> = {
  ole: {
    vi: 'Tệp là bảng tính Excel 97–2003 (.xls) hoặc tệp Excel có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (nếu có) và lưu lại dạng "Excel Workbook (.xlsx)".',
    en: 'The file is an Excel 97–2003 workbook (.xls) or a password-protected Excel file: open it in Excel, remove any password and save it as "Excel Workbook (.xlsx)".',
  },
  ods: {
    vi: 'Tệp là bảng tính OpenDocument (.ods): hãy lưu lại dạng "Excel 2007-365 (.xlsx)".',
    en: 'The file is an OpenDocument spreadsheet (.ods): save it as "Excel 2007-365 (.xlsx)".',
  },
  text: {
    vi: 'Tệp là văn bản thuần (có thể là CSV), không phải sổ làm việc Excel (.xlsx): hãy điền vào tệp mẫu .xlsx hoặc gửi tệp JSON.',
    en: 'The file is plain text (perhaps CSV), not an Excel workbook (.xlsx): fill in the .xlsx template or send a JSON file.',
  },
  zip: {
    vi: 'Tệp bị hỏng hoặc không phải sổ làm việc Excel (.xlsx).',
    en: 'The file is damaged or is not an Excel workbook (.xlsx).',
  },
  binary: {
    vi: 'Tệp không phải sổ làm việc Excel (.xlsx) hay tệp JSON.',
    en: 'The file is neither an Excel workbook (.xlsx) nor a JSON file.',
  },
};

export function emptyFileError(): PlanFileError {
  return new PlanFileError('EMPTY', { vi: 'Tệp rỗng (0 byte).', en: 'The file is empty (0 bytes).' });
}

/** The NOT_XLSX error for bytes that are not a readable workbook, worded by what they are. */
export function notXlsxError(bytes: Uint8Array, cause?: unknown): PlanFileError {
  const kind = sniffFile(bytes);
  if (kind === 'empty') return emptyFileError();
  const text = NOT_XLSX_TEXT[kind === 'json' ? 'text' : kind];
  return new PlanFileError('NOT_XLSX', text, cause === undefined ? {} : { cause });
}
