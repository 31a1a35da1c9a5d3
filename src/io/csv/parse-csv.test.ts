import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads a header and rows into records', () => {
    expect(parseCsv('code,name\n01,Hà Nội\n19,Thái Nguyên\n')).toEqual([
      { code: '01', name: 'Hà Nội' },
      { code: '19', name: 'Thái Nguyên' },
    ]);
  });

  it('drops a UTF-8 byte order mark and accepts CRLF line ends', () => {
    expect(parseCsv('\uFEFFcode,name\r\n06,Bắc Kạn\r\n')).toEqual([{ code: '06', name: 'Bắc Kạn' }]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsvRows('a,"b, c","say ""hi""","x\ny"')).toEqual([['a', 'b, c', 'say "hi"', 'x\ny']]);
  });

  it('fills missing trailing fields with empty strings and skips blank lines', () => {
    expect(parseCsv('a,b,c\n1,2\n\n')).toEqual([{ a: '1', b: '2', c: '' }]);
  });

  it('returns nothing for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
