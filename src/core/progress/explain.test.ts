import { describe, expect, it } from 'vitest';
import { when } from './explain.ts';

describe('when', () => {
  it('prints a whole year as the year (the state at its end)', () => {
    expect(when(2025, 'vi')).toBe('2025');
  });

  it('prints a point inside a year as the month it ends', () => {
    // 2024.5 is the end of June 2025 on the period axis (periods/period.ts).
    expect(when(2024.5, 'vi')).toBe('6/2025');
    expect(when(2024.5, 'en')).toBe('Jun 2025');
    expect(when(2024 + 5 / 12, 'en')).toBe('May 2025');
    expect(when(2025 + 1 / 12, 'vi')).toBe('1/2026');
  });

  it('prints an unknown year as a question mark', () => {
    expect(when(Number.NaN, 'en')).toBe('?');
  });
});
