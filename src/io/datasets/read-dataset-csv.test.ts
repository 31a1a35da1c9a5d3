import { describe, expect, it } from 'vitest';
import { encode } from '../text/decode.ts';
import { failure, inPieces, readAll, SITE_OPTIONS, utf8 } from './fixtures/dataset-fixtures.ts';
import { readDatasetFile } from './read-dataset-file.ts';

const VIETNAMESE_SITES = [
  'Mã trạm;Kinh độ;Vĩ độ;Mã xã;Tên trạm;Ghi chú',
  'BKN001;105,8342;22,1471;01234;Trạm Hoà Bình;Trạm dùng chung với Viettel',
  'BKN002;105,9012;22,2033;01240;Trạm Nà Phặc;Đang nâng cấp lên công nghệ 5G',
  'BKN003;106,0121;22,3154;01252;Trạm Chợ Đồn;Mất điện thường xuyên vào mùa mưa',
].join('\r\n');

const RECORDS = [
  {
    location: { row: 2 },
    fields: { siteCode: 'BKN001', lon: '105,8342', lat: '22,1471', communeCode: '01234' },
  },
  {
    location: { row: 3 },
    fields: { siteCode: 'BKN002', lon: '105,9012', lat: '22,2033', communeCode: '01240' },
  },
  {
    location: { row: 4 },
    fields: { siteCode: 'BKN003', lon: '106,0121', lat: '22,3154', communeCode: '01252' },
  },
];

describe('readDatasetFile on CSV', () => {
  it('reads `;` with comma decimals and a UTF-8 BOM, listing unknown columns', async () => {
    const { info, records, summary } = await readAll({
      name: 'tram.csv',
      bytes: encode(VIETNAMESE_SITES, 'utf-8-bom'),
    });
    expect(info).toMatchObject({
      name: 'tram.csv',
      format: 'csv',
      encoding: { encoding: 'utf-8-bom', confidence: 1, settled: true },
      delimiter: ';',
      sheet: null,
      headerRows: [1],
      unknownColumns: ['Tên trạm', 'Ghi chú'],
      missingKeys: [],
    });
    expect(info.columns.map((c) => [c.column, c.label, c.key, c.status])).toEqual([
      [1, 'Mã trạm', 'siteCode', 'read'],
      [2, 'Kinh độ', 'lon', 'read'],
      [3, 'Vĩ độ', 'lat', 'read'],
      [4, 'Mã xã', 'communeCode', 'read'],
      [5, 'Tên trạm', null, 'unknown'],
      [6, 'Ghi chú', null, 'unknown'],
    ]);
    expect(records).toEqual(RECORDS);
    expect(summary).toEqual({ records: 3, encoding: info.encoding });
  });

  it.each(['tcvn3', 'vni', 'windows-1258'] as const)('detects %s headers and values', async (encoding) => {
    const { info, records } = await readAll({
      name: `tram-${encoding}.csv`,
      bytes: encode(VIETNAMESE_SITES, encoding),
    });
    expect(info.encoding?.encoding).toBe(encoding);
    expect(info.encoding?.confidence).toBeGreaterThan(0.5);
    expect(info.columns.map((c) => c.label)).toEqual([
      'Mã trạm',
      'Kinh độ',
      'Vĩ độ',
      'Mã xã',
      'Tên trạm',
      'Ghi chú',
    ]);
    expect(records).toEqual(RECORDS);
  });

  it('reads in the encoding given, saying so', async () => {
    const text = 'Mã trạm,Kinh độ,Vĩ độ,Tên\nA1,105.8,22.1,Xã Hoà Bình\n';
    const { info, records } = await readAll(
      { name: 'a.csv', bytes: encode(text, 'vni') },
      { encoding: 'vni' },
    );
    expect(info.encoding).toEqual({ encoding: 'vni', confidence: 1, reason: 'given', settled: true });
    expect(info.delimiter).toBe(',');
    expect(info.unknownColumns).toEqual(['Tên']);
    expect(records[0]?.fields).toEqual({ siteCode: 'A1', lon: '105.8', lat: '22.1' });
  });

  it('skips a title line; blank lines between data lines come as records without fields; quoted line breaks move line numbers on', async () => {
    const text = [
      'DANH SÁCH TRẠM BTS TỈNH BẮC KẠN',
      '',
      'Mã trạm\tKinh độ\tVĩ độ\tGhi chú',
      'A1\t105.8\t22.1\t"hai',
      'dòng"',
      '\t\t\t',
      '',
      'A2\t105.9\t22.2\t',
      '\t\t\tchỉ có ghi chú',
      'A3\t\t22.3\t',
      '',
      '\t\t\t',
    ].join('\n');
    const { info, records, summary } = await readAll(
      { name: 'tab.txt', bytes: utf8(text) },
      { requiredKeys: ['siteCode'] },
    );
    expect(info.delimiter).toBe('\t');
    expect(info.headerRows).toEqual([3]);
    expect(info.missingKeys).toEqual([]);
    const blank = (row: number) => ({ location: { row }, fields: {} });
    // Lines 6, 7 (empty) and 9 (a note only) are blank; the blank lines after the last data line are not given.
    expect(records).toEqual([
      { location: { row: 4 }, fields: { siteCode: 'A1', lon: '105.8', lat: '22.1' } },
      blank(6),
      blank(7),
      { location: { row: 8 }, fields: { siteCode: 'A2', lon: '105.9', lat: '22.2' } },
      blank(9),
      { location: { row: 10 }, fields: { siteCode: 'A3', lat: '22.3' } },
    ]);
    expect(summary.records).toBe(6);
  });

  it('counts empty lines after a record spanning lines, and right below the header', async () => {
    const text = 'Mã trạm;Kinh độ;Ghi chú\r\n\r\nA;1;"hai\r\ndòng"\r\n\r\n;;"chỉ\nghi chú"\n\nB;2\n';
    const { records } = await readAll({ name: 'a.csv', bytes: utf8(text) });
    expect(records.map((r) => [r.location.row, r.fields.siteCode ?? null])).toEqual([
      [2, null],
      [3, 'A'],
      [5, null],
      [6, null],
      [8, null],
      [9, 'B'],
    ]);
  });

  it("follows Excel's `sep=` hint line and skips it", async () => {
    const text = 'sep=;\r\nMã trạm;Kinh độ;Vĩ độ\r\nA;105,5;22,25\r\n';
    const { info, records } = await readAll({ name: 'sep.csv', bytes: utf8(text) });
    expect(info).toMatchObject({ delimiter: ';', headerRows: [2], unknownColumns: [] });
    expect(records).toEqual([
      { location: { row: 3 }, fields: { siteCode: 'A', lon: '105,5', lat: '22,25' } },
    ]);
  });

  it('reads the first column of a field, lists a second one as duplicate', async () => {
    const text = 'MA TRAM,Vi do,Mã trạm,Chủ sở hữu\nA1,22.1,B1,VNPT\n';
    const { info, records } = await readAll({ name: 'a.csv', bytes: utf8(text) });
    expect(info.columns.map((c) => c.status)).toEqual(['read', 'read', 'duplicate', 'unknown']);
    expect(info.unknownColumns).toEqual(['Chủ sở hữu']);
    expect(info.missingKeys).toEqual([]);
    expect(records).toEqual([{ location: { row: 2 }, fields: { siteCode: 'A1', lat: '22.1' } }]);
  });

  it('refuses a file without a required column, or without any column of a one-of group, naming them', async () => {
    const bytes = utf8('MA TRAM,Vi do,Chủ sở hữu\nA1,22.1,VNPT\n');
    // Without the dataset's labels, a column is named by its key.
    const bare = await failure({ name: 'a.csv', bytes }, { requiredKeys: ['siteCode', 'lon', 'lat'] });
    expect(bare).toMatchObject({ code: 'MISSING_COLUMNS', line: null });
    expect(bare.localized.vi).toBe(
      'Tệp "a.csv" thiếu cột bắt buộc "lon": hãy thêm cột, hoặc sửa tên cột trong dòng tiêu đề cho đúng như tệp mẫu.',
    );
    const dataset = {
      fields: [
        { key: 'lon', vi: 'Kinh độ', en: 'Longitude' },
        { key: 'communeCode', vi: 'Mã xã', en: 'Commune code' },
        { key: 'communeName', vi: 'Tên xã', en: 'Commune name' },
      ],
      requiredOneOf: [['communeCode', 'communeName']],
    };
    const named = await failure(
      { name: 'a.csv', bytes },
      { requiredKeys: ['siteCode', 'lon', 'x'], dataset },
    );
    expect(named.localized.vi).toBe(
      'Tệp "a.csv" thiếu các cột bắt buộc "Kinh độ", "x"; cần ít nhất một trong các cột "Mã xã" hoặc "Tên xã" nhưng không có cột nào: hãy thêm cột, hoặc sửa tên cột trong dòng tiêu đề cho đúng như tệp mẫu.',
    );
    expect(named.localized.en).toContain(
      'lacks the required columns "Kinh độ" (Longitude), "x"; needs at least one of the columns "Mã xã" (Commune code) or "Tên xã" (Commune name) but has none',
    );
    // One column of the group is enough.
    const { info } = await readAll(
      { name: 'b.csv', bytes: utf8('Mã trạm;Kinh độ;Mã xã\nA1;105;01840\n') },
      { requiredKeys: ['siteCode', 'lon'], dataset },
    );
    expect(info.missingKeys).toEqual([]);
  });

  it('streams chunk by chunk; an ASCII head settles its encoding later, reported in the summary', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 5000; i++) rows.push(`S${i};105,${i % 10};22,${i % 7}`);
    rows.push('Trạm Đồn;105,1;22,1');
    const ascii = `siteCode;lon;lat\n${rows.join('\n')}`;
    const progress: number[] = [];
    const { info, records, summary } = await readAll(
      { name: 'big.csv', stream: inPieces(encode(ascii, 'tcvn3'), 777) },
      { onProgress: (n) => progress.push(n) },
    );
    expect(info.encoding).toMatchObject({ encoding: 'utf-8', settled: false });
    expect(summary.encoding).toMatchObject({ encoding: 'tcvn3', settled: true });
    expect(records).toHaveLength(5001);
    expect(records.at(-1)).toEqual({
      location: { row: 5002 },
      fields: { siteCode: 'Trạm Đồn', lon: '105,1', lat: '22,1' },
    });
    expect(progress).toEqual([1000, 2000, 3000, 4000, 5000, 5001]);
  });

  it('gives NO_HEADER for a header of unknown columns only, with what it read', async () => {
    const error = await failure({ name: 'x.csv', bytes: utf8('Tên;Địa chỉ;Ghi chú\nA;B;C\n') });
    expect(error.code).toBe('NO_HEADER');
    expect(error.localized.vi).toContain('"x.csv"');
    expect(error.localized.en).toContain('"Tên", "Địa chỉ", "Ghi chú"');
  });

  it('gives EMPTY from records for a header without data rows, and for blank records only', async () => {
    const reader = readDatasetFile({ name: 'h.csv', bytes: utf8('Mã trạm;Kinh độ\n;\n') }, SITE_OPTIONS);
    await expect(reader.info).resolves.toMatchObject({ headerRows: [1] });
    expect((await failure({ name: 'h.csv', bytes: utf8('Mã trạm;Kinh độ\n;\n\n') })).code).toBe('EMPTY');
    expect((await failure({ name: 'b.csv', bytes: utf8(';;\n;;\n') })).code).toBe('EMPTY');
  });

  it('gives BAD_ENCODING and UNTERMINATED_QUOTE with their line', async () => {
    const bad = new Uint8Array([...utf8('Mã trạm;Kinh độ\nA;1\nB'), 0xff, ...utf8(';2\n')]);
    const encoding = await failure({ name: 'bad.csv', bytes: bad }, { encoding: 'utf-8' });
    expect(encoding.code).toBe('BAD_ENCODING');
    expect(encoding.line).toBe(3);
    expect(encoding.toJSON()).toMatchObject({ code: 'BAD_ENCODING', line: 3 });
    expect(encoding.localized.vi).toContain('dòng 3');
    const quote = await failure({ name: 'q.csv', bytes: utf8('Mã trạm;Kinh độ\nA;1\nB;"2\n') });
    expect(quote.code).toBe('UNTERMINATED_QUOTE');
    expect(quote.line).toBe(3);
  });
});
