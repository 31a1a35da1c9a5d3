import { describe, expect, it } from 'vitest';
import { sortValues } from './sort-values.ts';
import type { UnitValue } from './types.ts';

const item = (code: string, name: string, value: number | null): UnitValue => ({
  unit: { code, name, fullName: name, level: 'province' },
  value,
  numerator: null,
  denominator: null,
  estimated: false,
  source: null,
});

const items = [
  item('01', 'Hà Nội', 90),
  item('19', 'Thái Nguyên', null),
  item('04', 'Cao Bằng', 70),
  item('11', 'Điện Biên', 80),
  item('08', 'Tuyên Quang', 90),
];
const name = (u: UnitValue['unit']) => u.fullName;

describe('sortValues', () => {
  it('sorts names in Vietnamese alphabetical order (Đ after D, before H)', () => {
    const sorted = sortValues(items, { key: 'name', descending: false }, name, 'vi');
    expect(sorted.map((i) => i.unit.code)).toEqual(['04', '11', '01', '19', '08']);
  });
  it('sorts by value either way, ties by name, and keeps units without data last', () => {
    const up = sortValues(items, { key: 'value', descending: false }, name, 'vi');
    expect(up.map((i) => i.unit.code)).toEqual(['04', '11', '01', '08', '19']);
    const down = sortValues(items, { key: 'value', descending: true }, name, 'vi');
    expect(down.map((i) => i.unit.code)).toEqual(['08', '01', '11', '04', '19']);
  });
});
