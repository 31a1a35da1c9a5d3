import { describe, expect, it } from 'vitest';
import {
  numberReader,
  readCode,
  readCount,
  readMeasure,
  readYesNo,
  wordReader,
  yesNoReader,
} from './common-values.ts';

describe('readYesNo', () => {
  it('reads the words, marks and cells officers use for yes and no', () => {
    for (const yes of [
      'Có',
      'co',
      'X',
      'x',
      '1',
      1,
      true,
      'yes',
      'Y',
      'TRUE',
      'Đã',
      'đã có',
      'rồi',
      '✓',
      '✔',
    ]) {
      expect(readYesNo(yes), String(yes)).toBe(true);
    }
    for (const no of ['Không', 'KHONG', 'ko', 'k', '0', 0, false, 'no', 'N', 'FALSE', 'Chưa', 'chưa có']) {
      expect(readYesNo(no), String(no)).toBe(false);
    }
    expect(readYesNo('')).toBeNull();
    expect(readYesNo(null)).toBeNull();
    expect(readYesNo('có lẽ')).toEqual({
      problem: {
        vi: 'cần Có hoặc Không (x, 1/0, Đã/Chưa, yes/no)',
        en: 'expected yes or no (Có/Không, x, 1/0)',
      },
    });
    expect(readYesNo(2)).toHaveProperty('problem');
  });

  it("takes a column's own words on top", () => {
    const read = yesNoReader({ yes: ['daketnoi'], no: ['chuaketnoi'] });
    expect(read('Đã kết nối')).toBe(true);
    expect(read('Chưa kết nối')).toBe(false);
    expect(readYesNo('Đã kết nối')).toHaveProperty('problem');
  });
});

describe('numbers', () => {
  it('reads a unit after the number and scales it', () => {
    const mw = { mw: 1, kw: 0.001 };
    expect(readMeasure('2,5 MW', mw)).toBe(2.5);
    expect(readMeasure(' 2,5 MW ', mw)).toBe(2.5);
    expect(readMeasure('300 kW', mw)).toBe(0.3);
    expect(readMeasure('1.500', mw)).toBe(1500);
    expect(readMeasure(4, mw)).toBe(4);
    expect(readMeasure('4 GW', mw)).toEqual({ problem: { vi: 'không phải là số', en: 'is not a number' } });
    expect(readMeasure('4 constructor', mw)).toHaveProperty('problem');
  });

  it('says what a rule expects when a value breaks it', () => {
    expect(readCount('12')).toBe(12);
    expect(readCount('1.234')).toBe(1234);
    expect(readCount('-1')).toEqual({
      problem: { vi: 'cần số nguyên ≥ 0', en: 'expected a whole number ≥ 0' },
    });
    expect(readCount('2,5')).toEqual({
      problem: { vi: 'cần số nguyên ≥ 0', en: 'expected a whole number ≥ 0' },
    });
    expect(readCount('nhiều')).toEqual({
      problem: {
        vi: 'không phải là số; cần số nguyên ≥ 0',
        en: 'is not a number; expected a whole number ≥ 0',
      },
    });
    const positive = numberReader({ min: 0, minExclusive: true, unit: 'MW' });
    expect(positive('0')).toEqual({ problem: { vi: 'cần số > 0 (MW)', en: 'expected a number > 0 (MW)' } });
    const ratio = numberReader({ min: 1, max: 3 });
    expect(ratio('3')).toBe(3);
    expect(ratio('3,1')).toEqual({
      problem: { vi: 'cần số từ 1 đến 3', en: 'expected a number from 1 to 3' },
    });
  });
});

describe('readCode and wordReader', () => {
  it('keeps a code as typed, spaces collapsed, at most 64 characters', () => {
    expect(readCode('TN-01')).toBe('TN-01');
    expect(readCode('  Thôn  01 ')).toBe('Thôn 01');
    expect(readCode(1840)).toBe('1840');
    expect(readCode('')).toBeNull();
    expect(readCode('x'.repeat(65))).toEqual({
      problem: { vi: 'dài quá 64 ký tự', en: 'is longer than 64 characters' },
    });
  });

  it('matches whole words, then beginnings, never the properties of an object', () => {
    const expected = { vi: 'cần A hoặc B', en: 'expected A or B' };
    const read = wordReader({ daxong: 'done' }, expected, [['dang', 'doing']]);
    expect(read('Đã xong')).toBe('done');
    expect(read('Đang làm dở')).toBe('doing');
    expect(read('toString')).toEqual({ problem: expected });
    expect(read(' ')).toBeNull();
  });
});
