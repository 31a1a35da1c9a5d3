import { describe, expect, it } from 'vitest';
import { toRawValue } from './cell-value.ts';

describe('toRawValue', () => {
  const date = new Date(Date.UTC(2025, 11, 31));
  it.each([
    [null, null],
    [undefined, null],
    ['06', '06'],
    [92.5, 92.5],
    [true, true],
    [date, date],
    [{ error: '#REF!' as const }, '#REF!'],
    [{ richText: [{ text: 'BTS_' }, { text: 'SHARING', font: { bold: true } }] }, 'BTS_SHARING'],
    [{ text: 'Văn bản', hyperlink: 'https://example.vn/a' }, 'Văn bản'],
    [{ formula: '50*2', result: 100 }, 100],
    [{ formula: 'TODAY()', result: date }, date],
    [{ formula: 'A1/0', result: { error: '#DIV/0!' as const } }, '#DIV/0!'],
    [{ formula: 'A1' }, null],
    [{ sharedFormula: 'E4', result: 'x' }, 'x'],
  ])('%j → %j', (value, expected) => {
    expect(toRawValue(value)).toEqual(expected);
  });

  it('gives the address of a web link when asked, the text of other links', () => {
    expect(
      toRawValue({ text: 'Văn bản', hyperlink: 'https://example.vn/a' }, { preferHyperlink: true }),
    ).toBe('https://example.vn/a');
    expect(toRawValue({ text: 'Xem trang', hyperlink: '#Sheet1!A1' }, { preferHyperlink: true })).toBe(
      'Xem trang',
    );
  });
});
