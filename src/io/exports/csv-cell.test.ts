import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, inertText } from './csv-cell.ts';

describe('csvCell (OWASP CSV Injection)', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', `"'\r=1+2"`],
  ])('makes text that a spreadsheet would evaluate inert: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    ['Thôn Nà Pài', 'Thôn Nà Pài'],
    ['Sở KH&CN "Thái Nguyên" <b>', '"Sở KH&CN ""Thái Nguyên"" <b>"'],
    ["'; DROP TABLE plan; --", `"'; DROP TABLE plan; --"`],
    ['a=1', 'a=1'],
    ['C:\\temp\\N', 'C:\\temp\\N'],
    ['hai\ndòng', '"hai\ndòng"'],
    ['1,5', '"1,5"'],
    ['', ''],
  ])('keeps other text as written, quoted when it must be: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('writes numbers as numbers, a negative one included, and nothing for no value', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('prefixes only text that starts with a formula character', () => {
    expect(inertText('=x')).toBe("'=x");
    expect(inertText("'=x")).toBe("'=x");
    expect(inertText(' =x')).toBe(' =x');
  });

  it('writes a document with a BOM, `;` separators and CRLF line ends', () => {
    expect(
      csvDocument([
        ['Mã', 'Tên'],
        ['A1', '=1+2'],
        [-1, null],
      ]),
    ).toBe("\uFEFFMã;Tên\r\nA1;'=1+2\r\n-1;\r\n");
  });
});
