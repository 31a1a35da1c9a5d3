import { describe, expect, it } from 'vitest';
import { vietnameseRuns } from './vietnamese-runs.ts';

describe('vietnameseRuns', () => {
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
});
