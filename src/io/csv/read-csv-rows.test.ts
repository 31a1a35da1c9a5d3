import { describe, expect, it } from 'vitest';
import { encode } from '../text/decode.ts';
import { TEXT_ENCODINGS } from '../text/text-encoding.ts';
import { CsvReadError } from './csv-read-error.ts';
import { type CsvRow, type ReadCsvOptions, readCsvRows } from './read-csv-rows.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function readAll(
  source: AsyncIterable<Uint8Array> | Uint8Array,
  options?: ReadCsvOptions,
): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(source, options)) rows.push(row);
  return rows;
}

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

const cells = (rows: CsvRow[]): string[][] => rows.map((r) => r.cells);

describe('readCsvRows', () => {
  it('reads each delimiter, sniffed or given', async () => {
    for (const d of [',', ';', '\t', '|'] as const) {
      const text = `a${d}b${d}c\n1${d}2${d}3\n`;
      expect(cells(await readAll(utf8(text)))).toEqual([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]);
      expect(cells(await readAll(utf8(text), { delimiter: d }))).toHaveLength(2);
    }
  });

  it('reads quoted fields with delimiters and escaped quotes', async () => {
    const rows = await readAll(utf8('ten;ghi chu\n"Xã A; B";"cột ""5G"" mới"\n"";x\n'));
    expect(cells(rows)).toEqual([
      ['ten', 'ghi chu'],
      ['Xã A; B', 'cột "5G" mới'],
      ['', 'x'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends', async () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const rows = await readAll(utf8(`a;b${eol}1;2${eol}3;4`));
      expect(cells(rows)).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
      expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    }
  });

  it('keeps line breaks inside quotes and numbers records by the line they start on', async () => {
    const text = 'ma;dia chi\r\n1;"thôn Nà Pẻn\r\nxã Hoà Bình"\r\n2;"a\nb\rc"\r\n3;x\r\n';
    const rows = await readAll(utf8(text));
    expect(rows).toEqual([
      { line: 1, cells: ['ma', 'dia chi'] },
      { line: 2, cells: ['1', 'thôn Nà Pẻn\r\nxã Hoà Bình'] },
      { line: 4, cells: ['2', 'a\nb\rc'] },
      { line: 7, cells: ['3', 'x'] },
    ]);
  });

  it('skips empty lines but counts them', async () => {
    const rows = await readAll(utf8('a;b\n\n\r\n1;2\n\n3;4\n\n'));
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['1', '2'] },
      { line: 6, cells: ['3', '4'] },
    ]);
  });

  it('keeps a line of empty fields (it is not an empty line)', async () => {
    expect(cells(await readAll(utf8('a;b\n;\n')))).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('drops a UTF-8 byte order mark', async () => {
    const rows = await readAll(encode('mã;tên\n1;Xã A\n', 'utf-8-bom'));
    expect(rows[0]?.cells).toEqual(['mã', 'tên']);
  });

  it('keeps text after a closing quote and quotes inside unquoted fields, as Excel does', async () => {
    expect(cells(await readAll(utf8('"ab"c;ống 5" ;x\n')))).toEqual([['abc', 'ống 5" ', 'x']]);
  });

  it.each(TEXT_ENCODINGS.map((e) => [e]))('reads a %s file end to end (detected)', async (encoding) => {
    const text =
      'Mã;Tên trạm;Địa chỉ\r\n1;Trạm BTS thôn Nà Pẻn;"Xã Hoà Bình; huyện Chợ Đồn, tỉnh Bắc Kạn"\r\n';
    const detected: string[] = [];
    const rows = await readAll(encode(text, encoding), { onDetected: (d) => detected.push(d.encoding) });
    expect(detected).toEqual([encoding]);
    expect(cells(rows)).toEqual([
      ['Mã', 'Tên trạm', 'Địa chỉ'],
      ['1', 'Trạm BTS thôn Nà Pẻn', 'Xã Hoà Bình; huyện Chợ Đồn, tỉnh Bắc Kạn'],
    ]);
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const text = 'ma;ten\r\n1;"Xã ""A""\r\nB";Hoà\r\n\r\n2;Việt\r3;"x"\n';
    for (const encoding of ['utf-8', 'utf-16le', 'windows-1258', 'tcvn3', 'vni'] as const) {
      const bytes = encode(text, encoding);
      const whole = await readAll(bytes, { encoding });
      for (const size of [1, 2, 3, 5, 7]) {
        expect(
          await readAll(inPieces(bytes, size), { encoding }),
          `${encoding} in ${size}-byte chunks`,
        ).toEqual(whole);
      }
    }
  });

  it('reads the encoding from the first non-ASCII bytes when the first 64 KB are ASCII', async () => {
    const ascii = `ma;ten\n${Array.from({ length: 8000 }, (_, i) => `${i};Xa ${i}`).join('\n')}`;
    const bytes = new Uint8Array([
      ...utf8(`${ascii}\n`),
      ...encode('9999;Xã Hoà Bình, huyện Chợ Đồn\n', 'tcvn3'),
    ]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const detected: string[] = [];
    const rows = await readAll(inPieces(bytes, 4096), { onDetected: (d) => detected.push(d.encoding) });
    expect(detected).toEqual(['tcvn3']);
    expect(rows.at(-1)).toEqual({ line: 8002, cells: ['9999', 'Xã Hoà Bình, huyện Chợ Đồn'] });
  });

  it('fails with the line of the opening quote when a quote is never closed', async () => {
    const error = await readAll(utf8('a;b\n1;2\n\n3;"thôn Nà Pẻn\n4;5\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvReadError);
    expect(error).toMatchObject({ code: 'UNTERMINATED_QUOTE', line: 4 });
    expect((error as CsvReadError).localized.vi).toMatch(/^Dòng 4: /);
    expect((error as CsvReadError).toJSON().message.en).toMatch(/^Line 4: /);
  });

  it('fails on bytes that are not valid in the detected encoding, near their line', async () => {
    const head = `ma;ten\n${Array.from({ length: 5000 }, (_, i) => `${i};Xã ${i}`).join('\n')}\n`;
    const bytes = new Uint8Array([...utf8(head), 0x58, 0xe3, 0x3b, 0x0a]);
    const error = await readAll(inPieces(bytes, 70 * 1024)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_ENCODING' });
    expect((error as CsvReadError).line).toBe(5002);
  });

  it('returns nothing for an empty file', async () => {
    expect(await readAll(new Uint8Array(0))).toEqual([]);
  });

  it('stops reading the source when the caller stops', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (let i = 0; ; i++) yield utf8(`${i};x\n`.repeat(1000));
      } finally {
        closed = true;
      }
    }
    for await (const row of readCsvRows(source())) if (row.line === 10) break;
    expect(closed).toBe(true);
  });
});
