/**
 * The acceptance cases of site imports: malformed and edge-case files as Vietnamese operators send
 * them, each with the result expected row by row. site-imports.test.ts runs every case against the
 * import service on each database engine and checks, with row counts before and after, that a
 * rejected file or a dry run changes nothing and that a committed file adds exactly its new sites.
 *
 * Each case builds its file from a prefix unique per case and engine (`IMP-<id>-<engine>`), used for
 * every site code, so cases do not depend on each other or on the order they run in.
 *
 * Where today's result differs from what an operator would reasonably expect, the case says so in
 * `suspectedBug` (with what the service does now, which the test checks instead): expectations are
 * never bent silently.
 */
import ExcelJS from 'exceljs';
import type { SiteFieldKey } from '../../src/core/inventory-import/site-fields.ts';
import { SAMPLE_BYTES } from '../../src/io/csv/read-csv-rows.ts';
import type { DatasetFileErrorCode } from '../../src/io/datasets/read-dataset-file.ts';
import { encode } from '../../src/io/text/decode.ts';
import type { TextEncodingName } from '../../src/io/text/text-encoding.ts';

// ---------------------------------------------------------------------------------------------------
// Places, verified against the shipped 2025 boundaries and units (PostGIS ST_PointOnSurface of each
// commune, then PolygonIndex.locate and the service's commune resolver on 2025-12-31).
// ---------------------------------------------------------------------------------------------------

export interface Place {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

/** Phường Đức Xuân, Thái Nguyên (old Bắc Kạn town): the brief's known point. */
export const DUC_XUAN: Place = { code: '01840', name: 'Phường Đức Xuân', lon: 105.8348, lat: 22.147 };
/** A second point in Phường Đức Xuân (the one site-submissions uses). */
export const DUC_XUAN_2: Place = { ...DUC_XUAN, lon: 105.84, lat: 22.16 };
/** Phường Bắc Kạn, Thái Nguyên: the neighbour south of Đức Xuân. */
export const BAC_KAN: Place = { code: '01843', name: 'Phường Bắc Kạn', lon: 105.85972, lat: 22.10907 };
export const PHONG_QUANG: Place = { code: '01849', name: 'Xã Phong Quang', lon: 105.75437, lat: 22.21055 };
export const BA_BE: Place = { code: '01906', name: 'Xã Ba Bể', lon: 105.61884, lat: 22.43886 };
/** `Xã Phúc Lộc` also exists in Hà Nội (09739) and Nghệ An (17857). */
export const PHUC_LOC: Place = { code: '01894', name: 'Xã Phúc Lộc', lon: 105.82596, lat: 22.4706 };
/** Phường Sơn Trà, Đà Nẵng (province 48), a coastal ward. */
export const SON_TRA: Place = { code: '20263', name: 'Phường Sơn Trà', lon: 108.27311, lat: 16.11716 };

/** In Phường Bắc Kạn, 510 m from Phường Đức Xuân's boundary (PostGIS geography distance). */
export const NEAR_DUC_XUAN = { lon: 105.86, lat: 22.124 };
/** In Phường Bắc Kạn, 4,967 m from Phường Đức Xuân's boundary. */
export const FAR_FROM_DUC_XUAN = { lon: 105.86, lat: 22.082 };
/** In the sea off Sơn Trà, in no commune, 452 m from Phường Sơn Trà's boundary. */
export const OFF_SON_TRA = { lon: 108.334, lat: 16.114 };
/** Viêng Chăn (Vientiane), Laos: inside the lon/lat box of Vietnam but in no commune. */
export const VIENTIANE = { lon: 102.6, lat: 17.97 };
/** Nam Ninh (Nanning), China. */
export const NANNING = { lon: 108.32, lat: 22.82 };
/** Biển Đông, far from any coast. */
export const OPEN_SEA = { lon: 111, lat: 15 };

/** Pre-2025 Phường Huyền Tụng (Bắc Kạn), merged whole into 01840 Phường Đức Xuân on 2025-07-01. */
export const OLD_HUYEN_TUNG = '01846';
/** Pre-2025 Phường Gia Sàng (Thái Nguyên city), split between 05443 and 05467 on 2025-07-01. */
export const OLD_GIA_SANG_SPLIT = '05461';
/**
 * Pre-2025 Xã Tân Phú (An Giang) has no successor in the lineage: its only published link was dropped
 * as a cross-province name collision (datasets/vn/admin-lineage-2025/CORRECTIONS.md, rule 1).
 */
export const OLD_TAN_PHU_NO_SUCCESSOR = '30622';

// ---------------------------------------------------------------------------------------------------
// Case shape
// ---------------------------------------------------------------------------------------------------

export interface BuiltFile {
  fileName: string;
  bytes: Uint8Array;
}

/** One problem of one row, as the service reports it; `vi` is a fragment of its Vietnamese message. */
export interface ExpectedProblem {
  row: number;
  field: SiteFieldKey;
  column: string;
  sheet?: string;
  vi?: string;
  /** A fragment the Vietnamese message must not hold (a wrong claim). */
  notVi?: string;
}

export interface ExpectedSummary {
  rows: number;
  accepted: number;
  rejected: number;
  blankRows: number;
  swappedCoordinates: number;
}

export interface ExpectedFile {
  format?: 'csv' | 'xlsx' | 'geojson';
  encoding?: TextEncodingName;
  delimiter?: string;
  sheet?: string;
  headerRows?: number[];
}

export type ExpectedOutcome =
  | {
      kind: 'validated';
      /** Stored (all rows valid and not a dry run); then every accepted row is a new site. */
      committed: boolean;
      summary: ExpectedSummary;
      /** Every error reported, in report order (the service keeps the first 1,000). */
      errors: ExpectedProblem[];
      /** Every warning reported, in report order (the first 1,000). */
      warnings: ExpectedProblem[];
      /** All errors found, when more than reported; default `errors.length`. */
      errorCount?: number;
      /** All warnings found, when more than reported; default `warnings.length`. */
      warningCount?: number;
      file?: ExpectedFile;
      /** Committed cases: site code suffix (after the prefix) → the commune code stored. */
      stored?: Record<string, string>;
    }
  | {
      /** The file cannot be read as a table: HatangError INVALID_FILE with the DatasetFileError code. */
      kind: 'invalid-file';
      problem: DatasetFileErrorCode;
      vi?: string;
    };

export interface SiteImportCase {
  /** Short id, part of every site code of the case. */
  id: string;
  name: string;
  build(prefix: string): BuiltFile | Promise<BuiltFile>;
  dryRun?: boolean;
  encoding?: TextEncodingName;
  /**
   * The file fails only after the service has written valid rows (it writes 5,000-row batches while
   * it streams): the test checks that writes were reported in progress, so the unchanged counts prove
   * a rollback rather than a file refused before any write.
   */
  failsAfterWrites?: boolean;
  expected: ExpectedOutcome;
  /**
   * Today's result where it differs from `expected`: the test checks `actual` (so the suite passes
   * while the bug is open) and the case documents the gap; delete this when the service is fixed.
   */
  suspectedBug?: { note: string; actual: ExpectedOutcome };
}

// ---------------------------------------------------------------------------------------------------
// File builders
// ---------------------------------------------------------------------------------------------------

/** One CSV record, quoting cells that hold the delimiter, a quote or a line break (as Excel does). */
function csvLine(cells: readonly (string | number)[], delimiter: string): string {
  return cells
    .map((cell) => {
      const text = String(cell);
      return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(delimiter);
}

export function csvText(
  rows: readonly (readonly (string | number)[])[],
  options: { delimiter?: string; eol?: string } = {},
): string {
  const delimiter = options.delimiter ?? ';';
  return rows.map((r) => csvLine(r, delimiter)).join(options.eol ?? '\r\n');
}

const utf8 = (text: string) => encode(text, 'utf-8');

async function xlsx(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The columns operators export from Excel in vi-VN (`;`, comma decimals). */
const STD_HEADER = [
  'Mã trạm',
  'Kinh độ',
  'Vĩ độ',
  'Mã xã',
  'Công nghệ',
  'Băng tần',
  'Độ cao anten (m)',
  'Trạng thái',
];

const comma = (n: number) => String(n).replace('.', ',');

/** A valid STD_HEADER row at a place, comma decimals; `over` replaces cells by header. */
function stdRow(code: string, place: Place, over: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    'Mã trạm': code,
    'Kinh độ': comma(place.lon),
    'Vĩ độ': comma(place.lat),
    'Mã xã': place.code,
    'Công nghệ': '4G',
    'Băng tần': '1800',
    'Độ cao anten (m)': '30',
    'Trạng thái': 'Đang hoạt động',
  };
  return STD_HEADER.map((h) => over[h] ?? base[h] ?? '');
}

function stdCsv(name: string, rows: string[][], delimiter = ';'): BuiltFile {
  return { fileName: name, bytes: utf8(csvText([STD_HEADER, ...rows], { delimiter })) };
}

/**
 * A site list with the commune by name and Vietnamese words everywhere, as old provincial files hold
 * them: decoding it wrong breaks the names, so resolving them proves the encoding was read right.
 */
const NAMED_HEADER = [
  'Mã trạm',
  'Tên xã',
  'Tỉnh',
  'Kinh độ',
  'Vĩ độ',
  'Công nghệ',
  'Băng tần',
  'Trạng thái',
  'Ghi chú',
];

function namedRows(prefix: string): string[][] {
  return [
    NAMED_HEADER,
    [
      `${prefix}-1`,
      DUC_XUAN.name,
      'Thái Nguyên',
      String(DUC_XUAN.lon),
      String(DUC_XUAN.lat),
      '4G',
      '1800',
      'Đang hoạt động',
      'Trạm dùng chung cột với điện lực',
    ],
    [
      `${prefix}-2`,
      PHONG_QUANG.name,
      'Thái Nguyên',
      String(PHONG_QUANG.lon),
      String(PHONG_QUANG.lat),
      '2G,4G',
      '900,1800',
      'Đang hoạt động',
      'Cột cao, đường lên dốc khó đi',
    ],
    [
      `${prefix}-3`,
      BAC_KAN.name,
      'Thái Nguyên',
      String(BAC_KAN.lon),
      String(BAC_KAN.lat),
      '4G/5G',
      '1800/3500',
      'Đang xây dựng',
      'Chờ nghiệm thu phát sóng thử',
    ],
  ];
}

const NAMED_STORED = { '-1': DUC_XUAN.code, '-2': PHONG_QUANG.code, '-3': BAC_KAN.code };

type Validated = Extract<ExpectedOutcome, { kind: 'validated' }>;

/** Every row accepted, nothing to report. */
const cleanRead = (rows: number, file: ExpectedFile, committed = false): Validated => ({
  kind: 'validated',
  committed,
  summary: { rows, accepted: rows, rejected: 0, blankRows: 0, swappedCoordinates: 0 },
  errors: [],
  warnings: [],
  file,
});

/** The named site list in `encoding` (tab-separated for UTF-16, as "Unicode text" exports are). */
function encodedCase(
  id: string,
  encoding: TextEncodingName,
  how: 'detected' | 'named',
  options: { bom?: boolean; commit?: boolean } = {},
): SiteImportCase {
  const delimiter = encoding.startsWith('utf-16') ? '\t' : encoding === 'utf-8' ? ';' : ',';
  const bomNote = options.bom === undefined ? '' : options.bom ? ' with BOM' : ' without BOM';
  return {
    id,
    name: `${encoding}${bomNote}, ${how}: Vietnamese names resolve`,
    build: (prefix) => ({
      fileName: `tram-${encoding}.csv`,
      bytes: encode(
        csvText(namedRows(prefix), { delimiter }),
        encoding,
        options.bom === undefined ? {} : { bom: options.bom },
      ),
    }),
    dryRun: options.commit !== true,
    ...(how === 'named' ? { encoding } : {}),
    expected: {
      ...cleanRead(3, { format: 'csv', encoding, delimiter }, options.commit === true),
      ...(options.commit === true ? { stored: NAMED_STORED } : {}),
    },
  };
}

const invalidFile = (problem: DatasetFileErrorCode, vi?: string): ExpectedOutcome => ({
  kind: 'invalid-file',
  problem,
  ...(vi === undefined ? {} : { vi }),
});

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Deterministic filler bytes for binary files. */
function filler(n: number, seed = 7): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    out.push(x & 0xff);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// A file whose encoding changes after more than one write batch
// ---------------------------------------------------------------------------------------------------

/** More than one write batch (5,000 rows) of valid rows before the encoding breaks. */
const SWITCH_ROWS = 6000;
/** Title (line 1), header (line 2), SWITCH_ROWS rows, then the bad line. */
export const SWITCH_BAD_LINE = SWITCH_ROWS + 3;

/**
 * A UTF-8 site list (title line, header, 6,000 valid rows) to which a Windows-1258 editor appended one
 * more row (`Đã dừng` is not valid UTF-8). The title is padded so that the CSV reader's last 64 KB
 * chunk starts either at the beginning of a line or between the two bytes of the `Đ` of a row's
 * `Đang hoạt động`; the prefix is padded to one length so both engines get the same layout.
 */
function switchingEncoding(prefix: string, chunkStarts: 'line start' | 'inside a letter'): BuiltFile {
  const code = prefix.padEnd(20, '_');
  const lines = [STD_HEADER.join(';')];
  for (let i = 1; i <= SWITCH_ROWS; i++) lines.push(stdRow(`${code}-${i}`, DUC_XUAN).join(';'));
  const body = utf8(`${lines.join('\r\n')}\r\n`);
  const tail = encode(stdRow(`${code}-x`, DUC_XUAN, { 'Trạng thái': 'Đã dừng' }).join(';'), 'windows-1258');
  for (let pad = 0; pad < 200; pad++) {
    const title = utf8(`DANH SACH TRAM BTS ${'-'.repeat(pad)}\r\n`);
    const total = title.length + body.length;
    // Where the chunk (as the reader slices the file) holding the first invalid byte starts, in `body`.
    const bad = total + tail.findIndex((b) => b >= 0x80);
    const boundary = Math.floor(bad / SAMPLE_BYTES) * SAMPLE_BYTES - title.length;
    const fits =
      chunkStarts === 'line start'
        ? body[boundary - 1] === 0x0a
        : body[boundary - 1] === 0xc4 && body[boundary] === 0x90; // Đ = C4 90
    if (!fits || boundary <= 0) continue;
    const bytes = new Uint8Array(total + tail.length);
    bytes.set(title);
    bytes.set(body, title.length);
    bytes.set(tail, total);
    return { fileName: 'tram-noi-tep.csv', bytes };
  }
  throw new Error(`no padding puts a chunk start at a ${chunkStarts}`);
}

// ---------------------------------------------------------------------------------------------------
// The 100,000-row file
// ---------------------------------------------------------------------------------------------------

export const BIG_ROWS = 100_000;
/** The physical line (header = line 1) of the one bad row near the end. */
export const BIG_BAD_LINE = 99_990;
const BIG_PLACES: readonly Place[] = [DUC_XUAN, DUC_XUAN_2, BAC_KAN, PHONG_QUANG, BA_BE];

/** 100,000 valid rows over five verified points, one unknown commune code at line 99,990. */
function bigCsv(prefix: string): BuiltFile {
  const lines: string[] = ['Mã trạm;Kinh độ;Vĩ độ;Mã xã;Công nghệ;Băng tần;Độ cao anten (m);Trạng thái'];
  for (let i = 1; i <= BIG_ROWS; i++) {
    const place = BIG_PLACES[i % BIG_PLACES.length] as Place;
    const code = i + 1 === BIG_BAD_LINE ? '99999' : place.code;
    lines.push(`${prefix}-${i};${comma(place.lon)};${comma(place.lat)};${code};4G;1800;30;Đang hoạt động`);
  }
  return { fileName: 'tram-viettel-toan-quoc.csv', bytes: utf8(lines.join('\r\n')) };
}

// ---------------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------------

const KD_VD = 'Kinh độ / Vĩ độ';
/** The report keeps this many errors and warnings (ProblemReport.LIMIT); counts are complete. */
const REPORT_LIMIT = 1000;
const MANY_BAD = 1200;

export const SITE_IMPORT_CASES: readonly SiteImportCase[] = [
  // --- A file that commits, and the same as a dry run --------------------------------------------
  {
    id: 'C01',
    name: 'valid `;` file with comma decimals commits: exactly its new sites are added',
    build: (p) =>
      stdCsv('tram-viettel-q4.csv', [
        stdRow(`${p}-1`, DUC_XUAN, { 'Công nghệ': '4G,5G', 'Băng tần': '1800,3500' }),
        stdRow(`${p}-2`, BAC_KAN, { 'Trạng thái': 'Đang xây dựng', 'Độ cao anten (m)': '25,5' }),
        stdRow(`${p}-3`, PHONG_QUANG, { 'Công nghệ': '2G; 4G', 'Băng tần': '4G:1800;2G:900' }),
      ]),
    expected: {
      kind: 'validated',
      committed: true,
      summary: { rows: 3, accepted: 3, rejected: 0, blankRows: 0, swappedCoordinates: 0 },
      errors: [],
      warnings: [],
      file: { format: 'csv', encoding: 'utf-8', delimiter: ';', headerRows: [1] },
      stored: { '-1': DUC_XUAN.code, '-2': BAC_KAN.code, '-3': PHONG_QUANG.code },
    },
  },
  {
    id: 'C02',
    name: 'dry run of a valid file: validated, nothing stored',
    build: (p) => stdCsv('tram.csv', [stdRow(`${p}-1`, DUC_XUAN), stdRow(`${p}-2`, BAC_KAN)]),
    dryRun: true,
    expected: cleanRead(2, { format: 'csv', delimiter: ';' }),
  },

  // --- Encodings: each detected from the bytes, and each named by the caller ----------------------
  encodedCase('E01', 'utf-8', 'detected', { bom: false }),
  encodedCase('E02', 'utf-8', 'named', { bom: false }),
  encodedCase('E03', 'utf-8-bom', 'detected', { commit: true }),
  encodedCase('E04', 'utf-8-bom', 'named'),
  encodedCase('E05', 'utf-16le', 'detected', { bom: true }),
  encodedCase('E06', 'utf-16le', 'named', { bom: false }),
  encodedCase('E07', 'utf-16be', 'detected', { bom: true }),
  encodedCase('E08', 'utf-16be', 'named', { bom: false }),
  encodedCase('E09', 'windows-1258', 'detected'),
  encodedCase('E10', 'windows-1258', 'named'),
  encodedCase('E11', 'tcvn3', 'detected', { commit: true }),
  encodedCase('E12', 'tcvn3', 'named'),
  encodedCase('E13', 'vni', 'detected'),
  encodedCase('E14', 'vni', 'named'),
  {
    id: 'E15',
    name: 'UTF-16LE without BOM, detected from its NUL bytes',
    build: (p) => ({
      fileName: 'tram-unicode.txt',
      bytes: encode(csvText(namedRows(p), { delimiter: '\t' }), 'utf-16le'),
    }),
    dryRun: true,
    expected: cleanRead(3, { format: 'csv', encoding: 'utf-16le', delimiter: '\t' }),
  },
  {
    id: 'E16',
    name: 'TCVN3 bytes with utf-8 named: refused as a bad encoding, not read as mojibake',
    build: (p) => ({
      fileName: 'tram-abc.csv',
      bytes: encode(csvText(namedRows(p), { delimiter: ',' }), 'tcvn3'),
    }),
    encoding: 'utf-8',
    expected: invalidFile('BAD_ENCODING', 'bảng mã utf-8'),
  },

  // --- Vietnamese names ---------------------------------------------------------------------------
  {
    id: 'N01',
    name: 'NFD names (macOS): commune by decomposed name and status resolve',
    build: (p) => ({
      fileName: 'tram-mac.csv',
      bytes: utf8(csvText(namedRows(p), { delimiter: ';' }).normalize('NFD')),
    }),
    dryRun: true,
    expected: cleanRead(3, { format: 'csv', encoding: 'utf-8' }),
  },
  {
    id: 'N02',
    name: 'names, headers and words typed without diacritics resolve; commits',
    build: (p) => ({
      fileName: 'tram-khong-dau.csv',
      bytes: utf8(
        csvText(
          [
            ['Ma tram', 'Ten xa', 'Kinh do', 'Vi do', 'Cong nghe', 'Bang tan', 'Trang thai'],
            [`${p}-1`, 'Phuong Duc Xuan', DUC_XUAN.lon, DUC_XUAN.lat, '4G', '1800', 'dang hoat dong'],
            [
              `${p}-2`,
              'xa phong quang',
              PHONG_QUANG.lon,
              PHONG_QUANG.lat,
              'LTE',
              '1800MHz',
              'DANG HOAT DONG',
            ],
            [`${p}-3`, 'Ba Be', BA_BE.lon, BA_BE.lat, '4G', '1800', 'quy hoach'],
          ],
          { delimiter: ',' },
        ),
      ),
    }),
    expected: {
      ...cleanRead(3, { format: 'csv', delimiter: ',' }, true),
      stored: { '-1': DUC_XUAN.code, '-2': PHONG_QUANG.code, '-3': BA_BE.code },
    },
  },
  {
    id: 'N03',
    name: 'ambiguous commune name: refused listing the candidates; with the province it resolves',
    build: (p) => ({
      fileName: 'tram-phuc-loc.csv',
      bytes: utf8(
        csvText([
          ['Mã trạm', 'Tên xã', 'Tỉnh/Thành phố', 'Kinh độ', 'Vĩ độ', 'Công nghệ', 'Băng tần', 'Trạng thái'],
          [
            `${p}-1`,
            'Xã Phúc Lộc',
            '',
            comma(PHUC_LOC.lon),
            comma(PHUC_LOC.lat),
            '4G',
            '1800',
            'Đang hoạt động',
          ],
          [
            `${p}-2`,
            'Phúc Lộc',
            'Thái Nguyên',
            comma(PHUC_LOC.lon),
            comma(PHUC_LOC.lat),
            '4G',
            '1800',
            'Đang hoạt động',
          ],
        ]),
      ),
    }),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 2, accepted: 1, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'communeName',
          column: 'Tên xã',
          vi: 'khớp nhiều xã: Xã Phúc Lộc, Thái Nguyên (01894); Xã Phúc Lộc, Hà Nội (09739); Xã Phúc Lộc, Nghệ An (17857)',
        },
      ],
      warnings: [],
    },
  },

  // --- Commune codes ------------------------------------------------------------------------------
  {
    id: 'K01',
    name: 'unknown commune code',
    build: (p) =>
      stdCsv('tram.csv', [stdRow(`${p}-1`, DUC_XUAN), stdRow(`${p}-2`, DUC_XUAN, { 'Mã xã': '99999' })]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 2, accepted: 1, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 3,
          field: 'communeCode',
          column: 'Mã xã',
          vi: 'không có xã, phường mã "99999" vào ngày 2025-12-31',
        },
      ],
      warnings: [],
    },
  },
  {
    id: 'K02',
    name: 'pre-2025 commune code with one successor: mapped forward with a warning and stored',
    build: (p) =>
      stdCsv('tram-ma-cu.csv', [
        stdRow(`${p}-1`, DUC_XUAN, { 'Mã xã': OLD_HUYEN_TUNG }),
        // Excel dropped the leading zero of a current code: read as 01840.
        stdRow(`${p}-2`, DUC_XUAN_2, { 'Mã xã': '1840' }),
      ]),
    expected: {
      kind: 'validated',
      committed: true,
      summary: { rows: 2, accepted: 2, rejected: 0, blankRows: 0, swappedCoordinates: 0 },
      errors: [],
      warnings: [
        {
          row: 2,
          field: 'communeCode',
          column: 'Mã xã',
          vi: 'mã xã cũ 01846 (Phường Huyền Tụng) đã chuyển thành 01840 từ 2025-07-01',
        },
      ],
      stored: { '-1': DUC_XUAN.code, '-2': DUC_XUAN.code },
    },
  },
  {
    id: 'K03',
    name: 'pre-2025 commune code split between several new communes: refused, naming them',
    build: (p) => stdCsv('tram.csv', [stdRow(`${p}-1`, DUC_XUAN, { 'Mã xã': OLD_GIA_SANG_SPLIT })]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 1, accepted: 0, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'communeCode',
          column: 'Mã xã',
          vi: 'mã xã cũ 05461 (Phường Gia Sàng) đã chia cho nhiều xã mới',
        },
      ],
      warnings: [],
    },
  },

  {
    id: 'K04',
    name: 'pre-2025 commune code with no successor in the lineage: refused without claiming a split',
    build: (p) => stdCsv('tram.csv', [stdRow(`${p}-1`, DUC_XUAN, { 'Mã xã': OLD_TAN_PHU_NO_SUCCESSOR })]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 1, accepted: 0, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'communeCode',
          column: 'Mã xã',
          vi: 'mã xã cũ 30622 (Xã Tân Phú) không còn hiệu lực sau ngày 2025-06-30 và dữ liệu sắp xếp đơn vị hành chính không có xã mới nào kế thừa; hãy ghi mã xã hiện hành',
          notVi: 'đã chia cho nhiều xã mới',
        },
      ],
      warnings: [],
    },
  },

  {
    id: 'K05',
    name: 'commune code and commune name that disagree: the code is used, the mismatch flagged',
    build: (p) => ({
      fileName: 'tram-ma-ten.csv',
      bytes: utf8(
        csvText([
          [...STD_HEADER, 'Tên xã'],
          [...stdRow(`${p}-1`, DUC_XUAN), BA_BE.name],
          [...stdRow(`${p}-2`, DUC_XUAN), DUC_XUAN.name],
        ]),
      ),
    }),
    dryRun: true,
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 2, accepted: 2, rejected: 0, blankRows: 0, swappedCoordinates: 0 },
      errors: [],
      warnings: [
        {
          row: 2,
          field: 'communeName',
          column: 'Tên xã',
          vi: 'tên xã "Xã Ba Bể" là Xã Ba Bể (01906), không phải xã có mã 01840 (Phường Đức Xuân); đã dùng mã xã',
        },
      ],
    },
  },

  // --- Coordinates --------------------------------------------------------------------------------
  {
    id: 'G01',
    name: 'swapped longitude/latitude columns: read swapped with a warning, still accepted',
    build: (p) =>
      stdCsv('tram-dao-toa-do.csv', [
        stdRow(`${p}-1`, DUC_XUAN, { 'Kinh độ': comma(DUC_XUAN.lat), 'Vĩ độ': comma(DUC_XUAN.lon) }),
        stdRow(`${p}-2`, BAC_KAN),
      ]),
    dryRun: true,
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 2, accepted: 2, rejected: 0, blankRows: 0, swappedCoordinates: 1 },
      errors: [],
      warnings: [
        {
          row: 2,
          field: 'lon',
          column: KD_VD,
          vi: 'hai cột kinh độ và vĩ độ bị đổi chỗ; đã đọc kinh độ 105.8348, vĩ độ 22.147',
        },
      ],
    },
  },
  {
    id: 'G02',
    name: 'DMS coordinates in the usual spellings; minutes of 60 or more refused',
    build: (p) =>
      stdCsv('tram-dms.csv', [
        stdRow(`${p}-1`, DUC_XUAN, { 'Kinh độ': `105°50'05.3"E`, 'Vĩ độ': `22°08'49.2"N` }),
        stdRow(`${p}-2`, DUC_XUAN, { 'Kinh độ': '105 50 05 Đ', 'Vĩ độ': '22 08 49 B' }),
        stdRow(`${p}-3`, DUC_XUAN, { 'Kinh độ': '105°50′05,3″', 'Vĩ độ': '22°08′49″' }),
        stdRow(`${p}-4`, DUC_XUAN, { 'Kinh độ': `22°08'49"N`, 'Vĩ độ': `105°50'05"E` }),
        stdRow(`${p}-5`, DUC_XUAN, { 'Kinh độ': `105°50'05"E`, 'Vĩ độ': `22°68'49"N` }),
      ]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 5, accepted: 4, rejected: 1, blankRows: 0, swappedCoordinates: 1 },
      errors: [{ row: 6, field: 'lat', column: 'Vĩ độ', vi: 'vĩ độ: phút phải nhỏ hơn 60' }],
      warnings: [{ row: 5, field: 'lon', column: KD_VD, vi: 'bị đổi chỗ' }],
    },
  },
  {
    id: 'G03',
    name: 'points abroad (Laos, China, open sea, Thailand) and plane VN-2000 metres refused',
    build: (p) =>
      stdCsv('tram-ngoai-nuoc.csv', [
        stdRow(`${p}-1`, { ...DUC_XUAN, ...VIENTIANE }),
        stdRow(`${p}-2`, { ...DUC_XUAN, ...NANNING }),
        stdRow(`${p}-3`, { ...DUC_XUAN, ...OPEN_SEA }),
        stdRow(`${p}-4`, DUC_XUAN, { 'Kinh độ': '100,5', 'Vĩ độ': '13,75' }),
        stdRow(`${p}-5`, DUC_XUAN, { 'Kinh độ': '435120', 'Vĩ độ': '2449870' }),
      ]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 5, accepted: 0, rejected: 5, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'lon',
          column: KD_VD,
          vi: 'vị trí (102.6, 17.97) nằm ngoài Việt Nam (không thuộc xã nào), cách Phường Đức Xuân (01840) hơn 1 km',
        },
        { row: 3, field: 'lon', column: KD_VD, vi: 'vị trí (108.32, 22.82) nằm ngoài Việt Nam' },
        { row: 4, field: 'lon', column: KD_VD, vi: 'vị trí (111, 15) nằm ngoài Việt Nam' },
        {
          row: 5,
          field: 'lon',
          column: KD_VD,
          vi: 'tọa độ (kinh độ 100.5, vĩ độ 13.75) nằm ngoài Việt Nam (kinh độ 102–118, vĩ độ 7–24), kể cả khi đổi chỗ hai cột',
        },
        { row: 6, field: 'lon', column: KD_VD, vi: 'có vẻ là tọa độ phẳng (mét, VN-2000)' },
      ],
      warnings: [],
    },
  },
  {
    id: 'G04',
    name: 'point in another commune than declared: refused, naming the commune it is in',
    build: (p) => stdCsv('tram.csv', [stdRow(`${p}-1`, { ...BA_BE, code: PHONG_QUANG.code })]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 1, accepted: 0, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'lon',
          column: KD_VD,
          vi: 'vị trí (105.61884, 22.43886) nằm ở Xã Ba Bể (01906), cách Xã Phong Quang (01849) đã khai báo hơn 1 km',
        },
      ],
      warnings: [],
    },
  },
  {
    id: 'G05',
    name: '500 m outside the declared commune is accepted; 5 km outside is refused',
    build: (p) =>
      stdCsv('tram-ranh-gioi.csv', [
        stdRow(`${p}-1`, { ...DUC_XUAN, ...NEAR_DUC_XUAN }),
        stdRow(`${p}-2`, { ...DUC_XUAN, ...FAR_FROM_DUC_XUAN }),
      ]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 2, accepted: 1, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 3,
          field: 'lon',
          column: KD_VD,
          vi: 'vị trí (105.86, 22.082) nằm ở Phường Bắc Kạn (01843), cách Phường Đức Xuân (01840) đã khai báo hơn 1 km',
        },
      ],
      warnings: [],
    },
  },
  {
    id: 'G06',
    name: 'coastal site 450 m offshore: accepted with a warning; commits',
    build: (p) => stdCsv('tram-ven-bien.csv', [stdRow(`${p}-1`, { ...SON_TRA, ...OFF_SON_TRA })]),
    expected: {
      kind: 'validated',
      committed: true,
      summary: { rows: 1, accepted: 1, rejected: 0, blankRows: 0, swappedCoordinates: 0 },
      errors: [],
      warnings: [
        {
          row: 2,
          field: 'lon',
          column: KD_VD,
          vi: 'nằm ngoài ranh giới mọi xã nhưng cách Phường Sơn Trà (20263) dưới 1 km',
        },
      ],
      stored: { '-1': SON_TRA.code },
    },
  },

  // --- Rows ---------------------------------------------------------------------------------------
  {
    id: 'R01',
    name: 'duplicate site codes in the file (case-insensitive): each repeat refused naming the first',
    build: (p) =>
      stdCsv('tram-trung.csv', [
        stdRow(`${p}-A`, DUC_XUAN),
        stdRow(`${p}-B`, BAC_KAN),
        stdRow(`${p}-A`, DUC_XUAN_2),
        stdRow(`${p}-b`.toLowerCase(), BAC_KAN),
      ]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 4, accepted: 2, rejected: 2, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        { row: 4, field: 'siteCode', column: 'Mã trạm', vi: 'trùng mã trạm ở dòng 2' },
        { row: 5, field: 'siteCode', column: 'Mã trạm', vi: 'trùng mã trạm ở dòng 3' },
      ],
      warnings: [],
    },
  },
  {
    id: 'R02',
    name: 'empty rows in the middle: skipped and counted as blank, later rows keep their line numbers',
    build: (p) => ({
      fileName: 'tram-dong-trong.csv',
      bytes: utf8(
        [
          STD_HEADER.join(';'),
          stdRow(`${p}-1`, DUC_XUAN).join(';'),
          '',
          ';;;;;;;',
          stdRow(`${p}-2`, BAC_KAN).join(';'),
          '   ;  ;;;;;;',
          stdRow(`${p}-3`, PHONG_QUANG, { 'Trạng thái': 'Hoạt động tốt' }).join(';'),
        ].join('\r\n'),
      ),
    }),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 3, accepted: 2, rejected: 1, blankRows: 3, swappedCoordinates: 0 },
      errors: [
        {
          row: 7,
          field: 'status',
          column: 'Trạng thái',
          vi: 'cần Đang hoạt động, Đang xây dựng, Quy hoạch hoặc Đã dừng',
        },
      ],
      warnings: [],
    },
  },
  {
    id: 'R03',
    name: 'header not on line 1: `sep=;` hint and a title above it; errors keep physical line numbers',
    build: (p) => ({
      fileName: 'bao-cao-tram.csv',
      bytes: utf8(
        [
          'sep=;',
          'DANH SÁCH TRẠM BTS VIETTEL TỈNH THÁI NGUYÊN – QUÝ 4/2025;;;;;;;',
          '',
          STD_HEADER.join(';'),
          stdRow(`${p}-1`, DUC_XUAN).join(';'),
          stdRow(`${p}-2`, BAC_KAN, { 'Độ cao anten (m)': '500' }).join(';'),
        ].join('\r\n'),
      ),
    }),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 2, accepted: 1, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        { row: 6, field: 'antennaHeightM', column: 'Độ cao anten (m)', vi: 'độ cao phải từ 3 đến 200 m' },
      ],
      warnings: [],
      file: { format: 'csv', delimiter: ';', headerRows: [4] },
    },
  },
  {
    id: 'R04',
    name: 'missing required column (no Công nghệ): the file is refused once, naming the column',
    build: (p) => ({
      fileName: 'tram-thieu-cot.csv',
      bytes: utf8(
        csvText([
          ['Mã trạm', 'Kinh độ', 'Vĩ độ', 'Mã xã', 'Băng tần', 'Trạng thái'],
          [`${p}-1`, comma(DUC_XUAN.lon), comma(DUC_XUAN.lat), DUC_XUAN.code, '1800', 'Đang hoạt động'],
          [`${p}-2`, comma(BAC_KAN.lon), comma(BAC_KAN.lat), BAC_KAN.code, '1800', 'Đang hoạt động'],
        ]),
      ),
    }),
    expected: invalidFile('MISSING_COLUMNS', 'thiếu cột bắt buộc "Công nghệ"'),
  },
  {
    id: 'R05',
    name: 'no commune column at all (neither code nor name): the file is refused once, naming both',
    build: (p) => ({
      fileName: 'tram-khong-xa.csv',
      bytes: utf8(
        csvText([
          ['Mã trạm', 'Kinh độ', 'Vĩ độ', 'Công nghệ', 'Băng tần', 'Trạng thái'],
          [`${p}-1`, comma(DUC_XUAN.lon), comma(DUC_XUAN.lat), '4G', '1800', 'Đang hoạt động'],
        ]),
      ),
    }),
    expected: invalidFile('MISSING_COLUMNS', 'cần ít nhất một trong các cột "Mã xã" hoặc "Tên xã"'),
  },
  {
    id: 'R06',
    name: 'decommissioned without a date, and other date rules',
    build: (p) => ({
      fileName: 'tram-ngay.csv',
      bytes: utf8(
        csvText([
          [...STD_HEADER, 'Ngày phát sóng', 'Ngày dừng hoạt động'],
          [...stdRow(`${p}-1`, DUC_XUAN, { 'Trạng thái': 'Đã dừng' }), '15/03/2015', ''],
          [...stdRow(`${p}-2`, DUC_XUAN, { 'Trạng thái': 'Đã dừng' }), '15/03/2015', '30/06/2025'],
          [...stdRow(`${p}-3`, DUC_XUAN), '15/03/2015', '01/06/2025'],
          [...stdRow(`${p}-4`, DUC_XUAN, { 'Trạng thái': 'Đã dừng' }), '15/03/2015', '01/01/2014'],
          [...stdRow(`${p}-5`, DUC_XUAN), '2026-02-01', ''],
        ]),
      ),
    }),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 5, accepted: 2, rejected: 3, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'decommissionedDate',
          column: 'Ngày dừng hoạt động',
          vi: 'bắt buộc khi trạng thái là Đã dừng',
        },
        {
          row: 4,
          field: 'decommissionedDate',
          column: 'Ngày dừng hoạt động',
          vi: 'trạm đã dừng hoạt động trước ngày cuối kỳ 2025-12-31 nhưng trạng thái không phải Đã dừng',
        },
        {
          row: 5,
          field: 'decommissionedDate',
          column: 'Ngày dừng hoạt động',
          vi: 'trước ngày phát sóng (2015-03-15)',
        },
      ],
      warnings: [
        {
          row: 6,
          field: 'onAirDate',
          column: 'Ngày phát sóng',
          vi: 'sau ngày cuối kỳ báo cáo 2025-12-31 mà trạm đang hoạt động',
        },
      ],
    },
  },
  {
    id: 'R07',
    name: 'bad technology, band, band count, band text and antenna height',
    build: (p) =>
      stdCsv('tram-cong-nghe.csv', [
        stdRow(`${p}-1`, DUC_XUAN, { 'Công nghệ': '6G' }),
        stdRow(`${p}-2`, DUC_XUAN, { 'Băng tần': '9999' }),
        stdRow(`${p}-3`, DUC_XUAN, { 'Công nghệ': '2G,4G', 'Băng tần': '900' }),
        stdRow(`${p}-4`, DUC_XUAN, { 'Băng tần': 'băng L' }),
        stdRow(`${p}-5`, DUC_XUAN, { 'Độ cao anten (m)': '0,5' }),
        stdRow(`${p}-6`, DUC_XUAN, { 'Công nghệ': '4G LTE, 5G NR', 'Băng tần': '1800MHz, 3.5GHz' }),
      ]),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 6, accepted: 1, rejected: 5, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        {
          row: 2,
          field: 'technologies',
          column: 'Công nghệ',
          vi: 'công nghệ không hợp lệ: 6G (cần 2G, 3G, 4G, 5G)',
        },
        { row: 3, field: 'bands', column: 'Băng tần', vi: 'băng tần 9999 MHz nằm ngoài khoảng 450–6000 MHz' },
        { row: 4, field: 'bands', column: 'Băng tần', vi: 'có 1 băng tần cho 2 công nghệ (2G, 4G)' },
        { row: 5, field: 'bands', column: 'Băng tần', vi: 'không phải là băng tần (MHz): băng, L' },
        { row: 6, field: 'antennaHeightM', column: 'Độ cao anten (m)', vi: 'độ cao phải từ 3 đến 200 m' },
      ],
      warnings: [],
    },
  },
  {
    id: 'R08',
    name: 'operator and sharing columns: another operator, the submitter as its own tenant',
    build: (p) => ({
      fileName: 'tram-dung-chung.csv',
      bytes: utf8(
        csvText([
          [...STD_HEADER, 'Nhà mạng', 'Dùng chung', 'Nhà mạng dùng chung'],
          [...stdRow(`${p}-1`, DUC_XUAN), 'Viettel', 'Có', 'VNPT, MobiFone'],
          [...stdRow(`${p}-2`, DUC_XUAN), 'VNPT', '', ''],
          [...stdRow(`${p}-3`, DUC_XUAN), '', 'Không', 'Vinaphone'],
          [...stdRow(`${p}-4`, DUC_XUAN), '', 'x', 'Viettel và Mobifone'],
          [...stdRow(`${p}-5`, DUC_XUAN), 'viettel', 'x', ''],
        ]),
      ),
    }),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 5, accepted: 2, rejected: 3, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        { row: 3, field: 'operator', column: 'Nhà mạng', vi: 'khác doanh nghiệp nộp số liệu (VIETTEL)' },
        { row: 4, field: 'tenants', column: 'Nhà mạng dùng chung', vi: 'chỉ ghi khi trạm dùng chung' },
        {
          row: 5,
          field: 'tenants',
          column: 'Nhà mạng dùng chung',
          vi: 'không được ghi chính doanh nghiệp nộp số liệu (VIETTEL)',
        },
      ],
      warnings: [
        {
          row: 6,
          field: 'tenants',
          column: 'Nhà mạng dùng chung',
          vi: 'trạm dùng chung nhưng không ghi nhà mạng dùng chung',
        },
      ],
    },
  },

  // --- XLSX ---------------------------------------------------------------------------------------
  {
    id: 'X01',
    name: 'XLSX with a merged title, a two-level merged header and a commune code merged down: commits',
    build: async (p) => ({
      fileName: 'tram-bts.xlsx',
      bytes: await xlsx((workbook) => {
        const sheet = workbook.addWorksheet('Trạm BTS');
        sheet.getCell('A1').value = 'DANH SÁCH TRẠM BTS VIETTEL – THÁI NGUYÊN, QUÝ 4/2025';
        sheet.mergeCells('A1:G1');
        const down = (cell: string, label: string) => {
          sheet.getCell(`${cell}3`).value = label;
          sheet.mergeCells(`${cell}3:${cell}4`);
        };
        down('A', 'Mã trạm');
        sheet.getCell('B3').value = 'Tọa độ (WGS84)';
        sheet.mergeCells('B3:C3');
        sheet.getCell('B4').value = 'Kinh độ';
        sheet.getCell('C4').value = 'Vĩ độ';
        down('D', 'Mã xã');
        down('E', 'Công nghệ');
        down('F', 'Băng tần');
        down('G', 'Trạng thái');
        sheet.getRow(5).values = [
          `${p}-1`,
          DUC_XUAN.lon,
          DUC_XUAN.lat,
          DUC_XUAN.code,
          '4G',
          1800,
          'Đang hoạt động',
        ];
        sheet.getRow(6).values = [
          `${p}-2`,
          DUC_XUAN_2.lon,
          DUC_XUAN_2.lat,
          null,
          '4G',
          1800,
          'Đang hoạt động',
        ];
        sheet.getRow(7).values = [`${p}-3`, 105.84956, 22.16976, null, '5G', 3500, 'Đang xây dựng'];
        sheet.mergeCells('D5:D7');
        // Row 8 left empty; row 9 is a site of the neighbouring ward.
        sheet.getRow(9).values = [
          `${p}-4`,
          BAC_KAN.lon,
          BAC_KAN.lat,
          BAC_KAN.code,
          '2G,4G',
          '900,1800',
          'Đang hoạt động',
        ];
      }),
    }),
    expected: {
      kind: 'validated',
      committed: true,
      // Row 8, empty between two sites, is counted as blank.
      summary: { rows: 4, accepted: 4, rejected: 0, blankRows: 1, swappedCoordinates: 0 },
      errors: [],
      warnings: [],
      file: { format: 'xlsx', sheet: 'Trạm BTS', headerRows: [3, 4] },
      stored: { '-1': DUC_XUAN.code, '-2': DUC_XUAN.code, '-3': DUC_XUAN.code, '-4': BAC_KAN.code },
    },
  },
  {
    id: 'X02',
    name: 'XLSX formula cells: cached results read; a cached #N/A and a formula never calculated refused',
    build: async (p) => ({
      fileName: 'tram-cong-thuc.xlsx',
      bytes: await xlsx((workbook) => {
        const sheet = workbook.addWorksheet('DS tram');
        sheet.addRow(['Mã trạm', 'Kinh độ', 'Vĩ độ', 'Mã xã', 'Công nghệ', 'Băng tần', 'Trạng thái']);
        sheet.addRow([
          { formula: `"${p}-"&1`, result: `${p}-1` },
          { formula: '105.8+0.0348', result: 105.8348 },
          DUC_XUAN.lat,
          { formula: 'TEXT(1840,"00000")', result: '01840' },
          '4G',
          { formula: '900*2', result: 1800 },
          'Đang hoạt động',
        ]);
        sheet.addRow([
          `${p}-2`,
          DUC_XUAN.lon,
          { formula: 'VLOOKUP(A3,ToaDo!A:C,3,FALSE)', result: { error: '#N/A' } },
          DUC_XUAN.code,
          '4G',
          1800,
          'Đang hoạt động',
        ]);
        sheet.addRow([
          `${p}-3`,
          { formula: 'B2' },
          DUC_XUAN.lat,
          DUC_XUAN.code,
          '4G',
          1800,
          'Đang hoạt động',
        ]);
      }),
    }),
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 3, accepted: 1, rejected: 2, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        { sheet: 'DS tram', row: 3, field: 'lat', column: 'Vĩ độ', vi: 'vĩ độ: không phải là tọa độ' },
        { sheet: 'DS tram', row: 4, field: 'lon', column: 'Kinh độ', vi: 'bắt buộc, đang để trống' },
      ],
      warnings: [],
      file: { format: 'xlsx', sheet: 'DS tram', headerRows: [1] },
    },
  },
  {
    id: 'X03',
    name: 'XLSX text-formatted numbers and a code without its leading zero; sheet chosen past a guide and a hidden sheet',
    build: async (p) => ({
      fileName: 'bao-cao-quy-4.xlsx',
      bytes: await xlsx((workbook) => {
        const hidden = workbook.addWorksheet('Dữ liệu cũ', { state: 'hidden' });
        hidden.addRow(['Mã trạm', 'Kinh độ', 'Vĩ độ', 'Mã xã']);
        hidden.addRow([`${p}-old`, 'sai', 'sai', '00000']);
        workbook
          .addWorksheet('Hướng dẫn')
          .addRows([['Hướng dẫn điền số liệu'], ['Mỗi trạm một dòng; tọa độ WGS84']]);
        const sheet = workbook.addWorksheet('Trạm BTS');
        sheet.addRow([
          'Mã trạm',
          'Kinh độ',
          'Vĩ độ',
          'Mã xã',
          'Công nghệ',
          'Băng tần',
          'Độ cao anten (m)',
          'Trạng thái',
        ]);
        sheet.addRow([`${p}-1`, '105.8348', '22.147', 1840, '4G', '1800', '30', 'Đang hoạt động']);
        sheet.addRow([`${p}-2`, '105,75437', '22,21055', '01849', '4G', 1800, ' 35 m ', 'đang hoạt động']);
        for (const row of [2, 3]) {
          for (const col of [2, 3, 7]) sheet.getCell(row, col).numFmt = '@';
        }
        workbook.addWorksheet('Danh mục xã').addRows([
          ['Mã xã', 'Tên xã'],
          [DUC_XUAN.code, DUC_XUAN.name],
        ]);
      }),
    }),
    dryRun: true,
    expected: cleanRead(2, { format: 'xlsx', sheet: 'Trạm BTS', headerRows: [1] }),
  },
  {
    id: 'X04',
    name: 'XLSX with a header and no data row: EMPTY',
    build: async () => ({
      fileName: 'mau-trong.xlsx',
      bytes: await xlsx((workbook) => {
        workbook.addWorksheet('Trạm').addRow(STD_HEADER);
      }),
    }),
    expected: invalidFile('EMPTY', 'không có dòng dữ liệu nào'),
  },

  // --- GeoJSON ------------------------------------------------------------------------------------
  {
    id: 'J01',
    name: 'GeoJSON points: one valid, one LineString, one with [lat, lon] swapped',
    build: (p) => {
      const props = (n: number) => ({
        'Mã trạm': `${p}-${n}`,
        'Mã xã': DUC_XUAN.code,
        'Công nghệ': '4G',
        'Băng tần': '1800',
        'Trạng thái': 'Đang hoạt động',
      });
      const collection = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: props(1),
            geometry: { type: 'Point', coordinates: [DUC_XUAN.lon, DUC_XUAN.lat] },
          },
          {
            type: 'Feature',
            properties: props(2),
            geometry: {
              type: 'LineString',
              coordinates: [
                [DUC_XUAN.lon, DUC_XUAN.lat],
                [105.84, 22.16],
              ],
            },
          },
          {
            type: 'Feature',
            properties: props(3),
            geometry: { type: 'Point', coordinates: [22.16, 105.84] },
          },
        ],
      };
      return { fileName: 'tram.geojson', bytes: utf8(JSON.stringify(collection)) };
    },
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: 3, accepted: 2, rejected: 1, blankRows: 0, swappedCoordinates: 1 },
      errors: [{ row: 2, field: 'lon', column: 'Kinh độ', vi: 'không phải điểm (Point)' }],
      warnings: [{ row: 3, field: 'lon', column: KD_VD, vi: 'bị đổi chỗ' }],
      file: { format: 'geojson', encoding: 'utf-8' },
    },
  },

  // --- Files that cannot be read at all -----------------------------------------------------------
  {
    id: 'F01',
    name: 'PDF bytes named .csv: UNSUPPORTED, says it is a PDF',
    build: () => ({
      fileName: 'tram.csv',
      bytes: new Uint8Array([...utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n'), ...filler(400)]),
    }),
    expected: invalidFile('UNSUPPORTED', 'là tài liệu PDF'),
  },
  {
    id: 'F02',
    name: 'an old .xls (Excel 97–2003, OLE2): UNSUPPORTED, asks for .xlsx',
    build: () => ({ fileName: 'tram.xls', bytes: new Uint8Array([...OLE2, ...filler(1016)]) }),
    expected: invalidFile('UNSUPPORTED', 'Excel 97–2003 (.xls)'),
  },
  {
    id: 'F03',
    name: 'HTML table saved as .xls by an "export to Excel" button: UNSUPPORTED',
    build: (p) => ({
      fileName: 'xuat-du-lieu.xls',
      bytes: utf8(
        `<html><head><meta charset="utf-8"></head><body><table><tr><td>Mã trạm</td><td>Kinh độ</td></tr><tr><td>${p}-1</td><td>105.8348</td></tr></table></body></html>`,
      ),
    }),
    expected: invalidFile('UNSUPPORTED', 'trang HTML/XML'),
  },
  {
    id: 'F04',
    name: 'a damaged .xlsx (truncated ZIP): NOT_A_TABLE',
    build: async (p) => {
      const whole = await xlsx((workbook) => {
        workbook.addWorksheet('Trạm').addRows([STD_HEADER, stdRow(`${p}-1`, DUC_XUAN)]);
      });
      return { fileName: 'tram.xlsx', bytes: whole.subarray(0, Math.floor(whole.length / 2)) };
    },
    expected: invalidFile('NOT_A_TABLE', 'tệp nén ZIP bị hỏng'),
  },
  {
    id: 'F05',
    name: 'an empty file (0 bytes): EMPTY',
    build: () => ({ fileName: 'tram.csv', bytes: new Uint8Array(0) }),
    expected: invalidFile('EMPTY', 'rỗng (0 byte)'),
  },
  {
    id: 'F06',
    name: 'a file of blank lines only: EMPTY',
    build: () => ({ fileName: 'tram.csv', bytes: utf8(' \r\n\r\n\t\r\n') }),
    expected: invalidFile('EMPTY', 'chỉ chứa khoảng trắng'),
  },
  {
    id: 'F07',
    name: 'a CSV with only its header (and blank lines): EMPTY',
    build: () => ({ fileName: 'tram.csv', bytes: utf8(`${STD_HEADER.join(';')}\r\n;;;;;;;\r\n\r\n`) }),
    expected: invalidFile('EMPTY', 'có dòng tiêu đề (dòng 1) nhưng không có dòng dữ liệu nào'),
  },
  {
    id: 'F08',
    name: 'a CSV with no recognisable header: NO_HEADER, quoting what it read',
    build: (p) => ({
      fileName: 'tram.csv',
      bytes: utf8(`STT;Tên;Ghi chú\r\n1;${p}-1;trạm mới\r\n2;${p}-2;trạm cũ\r\n`),
    }),
    expected: invalidFile('NO_HEADER', 'Dòng đầu tiên có: "STT", "Tên", "Ghi chú"'),
  },
  {
    id: 'F09',
    name: 'a quote never closed: UNTERMINATED_QUOTE with its line',
    build: (p) => ({
      fileName: 'tram.csv',
      bytes: utf8(
        [
          STD_HEADER.join(';'),
          stdRow(`${p}-1`, DUC_XUAN).join(';'),
          stdRow(`${p}-2`, DUC_XUAN, { 'Trạng thái': '"Đang hoạt động' }).join(';'),
          stdRow(`${p}-3`, DUC_XUAN).join(';'),
        ].join('\r\n'),
      ),
    }),
    expected: invalidFile('UNTERMINATED_QUOTE', 'dòng 3: ô bắt đầu bằng dấu ngoặc kép'),
  },
  {
    id: 'F10',
    name: 'a .json that is JSON but not GeoJSON: NOT_A_TABLE',
    build: (p) => ({ fileName: 'tram.json', bytes: utf8(JSON.stringify({ sites: [{ code: `${p}-1` }] })) }),
    expected: invalidFile('NOT_A_TABLE', 'không phải GeoJSON'),
  },
  {
    id: 'F11',
    name: 'truncated GeoJSON: BAD_JSON',
    build: (p) => ({
      fileName: 'tram.geojson',
      bytes: utf8(
        `{"type": "FeatureCollection",\n"features": [\n{"type": "Feature", "properties": {"Mã trạm": "${p}-1"`,
      ),
    }),
    expected: invalidFile('BAD_JSON', 'không phải JSON hợp lệ'),
  },

  {
    id: 'F12',
    name: 'UTF-8 that turns into Windows-1258 after 5,000 written rows: BAD_ENCODING on its line, all rolled back',
    build: (p) => switchingEncoding(p, 'line start'),
    failsAfterWrites: true,
    expected: invalidFile('BAD_ENCODING', `bảng mã utf-8 gần dòng ${SWITCH_BAD_LINE}:`),
  },
  {
    id: 'F13',
    name: 'the same when a 64 KB read chunk starts inside a UTF-8 letter: the line is still the bad one',
    build: (p) => switchingEncoding(p, 'inside a letter'),
    failsAfterWrites: true,
    expected: invalidFile('BAD_ENCODING', `bảng mã utf-8 gần dòng ${SWITCH_BAD_LINE}:`),
  },

  // --- 100,000 rows -------------------------------------------------------------------------------
  {
    id: 'B01',
    name: '100,000 rows with one unknown commune code at line 99,990: rejected whole, exactly that row reported',
    build: bigCsv,
    failsAfterWrites: true,
    expected: {
      kind: 'validated',
      committed: false,
      summary: { rows: BIG_ROWS, accepted: BIG_ROWS - 1, rejected: 1, blankRows: 0, swappedCoordinates: 0 },
      errors: [
        { row: BIG_BAD_LINE, field: 'communeCode', column: 'Mã xã', vi: 'không có xã, phường mã "99999"' },
      ],
      warnings: [],
      file: { format: 'csv', encoding: 'utf-8', delimiter: ';' },
    },
  },
  {
    id: 'B02',
    name: '1,200 bad rows: the report keeps the first 1,000 errors and warnings, the counts stay complete',
    build: (p) =>
      stdCsv(
        'tram-sai-het.csv',
        Array.from({ length: MANY_BAD }, (_, i) =>
          stdRow(`${p}-${i + 1}`, DUC_XUAN, {
            'Kinh độ': comma(DUC_XUAN.lat),
            'Vĩ độ': comma(DUC_XUAN.lon),
            'Công nghệ': '6G',
          }),
        ),
      ),
    expected: {
      kind: 'validated',
      committed: false,
      summary: {
        rows: MANY_BAD,
        accepted: 0,
        rejected: MANY_BAD,
        blankRows: 0,
        swappedCoordinates: MANY_BAD,
      },
      errors: Array.from({ length: REPORT_LIMIT }, (_, i) => ({
        row: i + 2,
        field: 'technologies' as const,
        column: 'Công nghệ',
        vi: 'công nghệ không hợp lệ: 6G',
      })),
      warnings: Array.from({ length: REPORT_LIMIT }, (_, i) => ({
        row: i + 2,
        field: 'lon' as const,
        column: KD_VD,
        vi: 'bị đổi chỗ',
      })),
      errorCount: MANY_BAD,
      warningCount: MANY_BAD,
    },
  },
];
