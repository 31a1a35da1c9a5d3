import { describe, expect, it } from 'vitest';
import { readDate, readDeadline, readNumber, readYear } from './cell-values.ts';

describe('cell readers', () => {
  it.each([
    [90, 90],
    ['90', 90],
    ['90,5', 90.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.000', 1000],
    ['1,000,000', 1000000],
    ['2.5', 2.5],
    ['95%', 95],
    [' 12 ', 12],
    ['-3,5', -3.5],
  ])('reads the number %s as %d', (raw, expected) => {
    expect(readNumber(raw)).toBe(expected);
  });

  it.each(['abc', '1,2,3x', '12 tỷ', true])('refuses %s as a number', (raw) => {
    expect(readNumber(raw)).toEqual({ problem: { vi: 'không phải là số', en: 'is not a number' } });
  });

  it('treats empty cells as missing', () => {
    expect(readNumber('')).toBeNull();
    expect(readNumber(null)).toBeNull();
    expect(readDate('  ')).toBeNull();
  });

  it('reads years within 1900–2100 only', () => {
    expect(readYear('2025')).toBe(2025);
    expect(readYear(20251)).toMatchObject({ problem: {} });
    expect(readYear(2025.5)).toMatchObject({ problem: {} });
  });

  it('reads ISO, Vietnamese and Excel dates, and refuses impossible ones', () => {
    expect(readDate('2025-06-30')).toBe('2025-06-30');
    expect(readDate('30/6/2025')).toBe('2025-06-30');
    expect(readDate(new Date(Date.UTC(2023, 9, 15)))).toBe('2023-10-15');
    expect(readDate('31/02/2025')).toMatchObject({ problem: {} });
    expect(readDate('next year')).toMatchObject({ problem: {} });
  });

  it('reads a deadline year as its last day', () => {
    expect(readDeadline(2025)).toBe('2025-12-31');
    expect(readDeadline('2030')).toBe('2030-12-31');
    expect(readDeadline('30/06/2025')).toBe('2025-06-30');
  });
});
