import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { storedZip } from '../plans/fixtures/workbooks.ts';
import { encode } from '../text/decode.ts';
import { failure, readAll, SITE_OPTIONS, utf8, xlsx } from './fixtures/dataset-fixtures.ts';
import { DatasetFileError, readDatasetFile } from './read-dataset-file.ts';

/** Deterministic noise (xorshift32). */
function garbage(length: number, seed = 2463534242): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('readDatasetFile: what the file is', () => {
  it('refuses garbage, images, old .xls, .ods, PDF and HTML saved as .xls, naming the file', async () => {
    const cases: [string, Uint8Array, string, string][] = [
      ['rac.csv', garbage(4096), 'NOT_A_TABLE', 'neither text nor a spreadsheet'],
      [
        'anh.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'NOT_A_TABLE',
        'neither',
      ],
      ['tram.xls', new Uint8Array([...OLE, ...garbage(504)]), 'UNSUPPORTED', 'Excel 97–2003 workbook (.xls)'],
      [
        'tram.ods',
        storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
        'UNSUPPORTED',
        'OpenDocument',
      ],
      ['tram.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'UNSUPPORTED', 'PDF'],
      [
        'xuat.xls',
        utf8('\uFEFF<html><body><table><tr><td>Mã trạm</td></tr></table>'),
        'UNSUPPORTED',
        'HTML/XML',
      ],
      ['rong.csv', new Uint8Array(0), 'EMPTY', 'empty (0 bytes)'],
      ['trang.csv', utf8(' \r\n\t\n'), 'EMPTY', 'only blank'],
    ];
    for (const [name, bytes, code, words] of cases) {
      const error = await failure({ name, bytes });
      expect({ name, code: error.code }).toEqual({ name, code });
      expect(error.localized.en).toContain(words);
      expect(error.localized.vi).toContain(`"${name}"`);
      expect(error.toJSON()).toEqual({ code, message: error.localized });
    }
  });

  it('lets the bytes decide over the name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRows([
      ['Mã trạm', 'Kinh độ', 'Vĩ độ'],
      ['A', 105, 22],
    ]);
    expect((await readAll({ name: 'tram.csv', bytes: await xlsx(workbook) })).info.format).toBe('xlsx');
    expect((await readAll({ name: 'tram.xlsx', bytes: utf8('Mã trạm;Kinh độ\nA;105\n') })).info.format).toBe(
      'csv',
    );
    const geo =
      '{"type":"Feature","properties":{"Mã trạm":"A"},"geometry":{"type":"Point","coordinates":[1,2]}}';
    expect((await readAll({ name: 'tram.txt', bytes: utf8(geo) })).info.format).toBe('geojson');
  });

  it('reads a UTF-16 "Unicode text" export (tab-separated, with NUL bytes)', async () => {
    const text = 'Mã trạm\tKinh độ\tVĩ độ\r\nBKN001\t105,8\t22,1\r\n';
    const { info, records } = await readAll({
      name: 'unicode.txt',
      bytes: encode(text, 'utf-16le', { bom: true }),
    });
    expect(info).toMatchObject({ format: 'csv', delimiter: '\t', encoding: { encoding: 'utf-16le' } });
    expect(records).toEqual([
      { location: { row: 2 }, fields: { siteCode: 'BKN001', lon: '105,8', lat: '22,1' } },
    ]);
  });

  it('rejects info and throws from records with the same error; records alone leave nothing unhandled', async () => {
    const reader = readDatasetFile({ name: 'rac.bin', bytes: garbage(2048) }, SITE_OPTIONS);
    const fromInfo = await reader.info.catch((e: unknown) => e);
    const fromRecords = await reader.records.next().catch((e: unknown) => e);
    expect(fromInfo).toBeInstanceOf(DatasetFileError);
    expect(fromRecords).toBe(fromInfo);
    const alone = readDatasetFile({ name: 'rong.csv', bytes: new Uint8Array(0) }, SITE_OPTIONS);
    await expect(alone.records.next()).rejects.toMatchObject({ code: 'EMPTY' });
  });

  it('closes the caller’s stream when reading stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield utf8('Mã trạm;Kinh độ;Vĩ độ\n');
        for (let i = 0; ; i++) yield utf8(`S${i};105;22\n`.repeat(100));
      } finally {
        closed = true;
      }
    }
    const reader = readDatasetFile({ name: 'vo-han.csv', stream: source() }, SITE_OPTIONS);
    let n = 0;
    for await (const record of reader.records) {
      expect(record.fields.siteCode).toBe(`S${Math.floor(n / 100)}`);
      if (++n === 5000) break;
    }
    expect(closed).toBe(true);
  });

  it('streams 200,000 rows in order', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield utf8('Mã trạm,Kinh độ,Vĩ độ,Mã xã\n');
      for (let block = 0; block < 200; block++) {
        let text = '';
        for (let i = 0; i < 1000; i++) text += `S${block * 1000 + i},105.${i},22.${i},0${i}\n`;
        yield utf8(text);
      }
    }
    const reader = readDatasetFile({ name: 'lon.csv', stream: source() }, SITE_OPTIONS);
    let n = 0;
    for await (const record of reader.records) {
      n++;
      if (record.location.row !== n + 1) throw new Error(`row ${n} at line ${record.location.row}`);
    }
    expect(n).toBe(200_000);
  });
});
