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

  it('marks the Vietnamese names inside an English sentence', () => {
    expect(
      vietnameseRuns('position lies in Xã Tam Kim (01774), more than 1 km from Phường Đức Xuân (01840)'),
    ).toEqual([
      { text: 'position lies in ', vi: false },
      { text: 'Xã Tam Kim', vi: true },
      { text: ' (01774), more than 1 km from ', vi: false },
      { text: 'Phường Đức Xuân', vi: true },
      { text: ' (01840)', vi: false },
    ]);
  });

  it('keeps plain English as one run and the joined text unchanged', () => {
    const text = 'invalid technology: 6G (expected 2G, 3G, 4G, 5G)';
    expect(vietnameseRuns(text)).toEqual([{ text, vi: false }]);
    const mixed = '  value "đang hoạt động" is not a status  ';
    expect(
      vietnameseRuns(mixed)
        .map((r) => r.text)
        .join(''),
    ).toBe(mixed);
  });

  it('marks a wholly Vietnamese text as one run', () => {
    expect(vietnameseRuns('Trạm thông tin di động')).toEqual([{ text: 'Trạm thông tin di động', vi: true }]);
  });

  it('answers nothing for an empty text', () => {
    expect(vietnameseRuns('')).toEqual([]);
  });

  it('leaves the quotes and punctuation around a value to the sentence', () => {
    expect(vietnameseRuns('value "đang hoạt động" is not a status; see Bắc Kạn, Thái Nguyên.')).toEqual([
      { text: 'value "', vi: false },
      { text: 'đang hoạt động', vi: true },
      { text: '" is not a status; see ', vi: false },
      { text: 'Bắc Kạn', vi: true },
      { text: ', ', vi: false },
      { text: 'Thái Nguyên', vi: true },
      { text: '.', vi: false },
    ]);
  });
});
