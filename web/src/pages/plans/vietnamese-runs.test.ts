import { describe, expect, it } from 'vitest';
import { vietnameseRuns } from './vietnamese-runs.ts';

describe('vietnameseRuns', () => {
  it('marks Vietnamese names inside English text, joining words of one name', () => {
    expect(vietnameseRuns('The scope of plan X, Bắc Kạn (code 06), no longer exists')).toEqual([
      { text: 'The scope of plan X, ', vi: false },
      { text: 'Bắc Kạn', vi: true },
      { text: ' (code 06), no longer exists', vi: false },
    ]);
  });
  it('marks plan codes with Vietnamese letters', () => {
    expect(vietnameseRuns('national target (36/QĐ-TTg, due 31 Dec 2025)')).toEqual([
      { text: 'national target (', vi: false },
      { text: '36/QĐ-TTg', vi: true },
      { text: ', due 31 Dec 2025)', vi: false },
    ]);
  });
  it('keeps the text whole when nothing is Vietnamese', () => {
    expect(vietnameseRuns('Insufficient data.')).toEqual([{ text: 'Insufficient data.', vi: false }]);
  });
  it('loses no character', () => {
    const text = 'Successor: Thái Nguyên (code 19, full successor); “Tỷ lệ thôn” ok';
    expect(
      vietnameseRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});
