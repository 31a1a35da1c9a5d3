import { describe, expect, it } from 'vitest';
import { formatDistance, labelPosition } from './gaps-format.ts';

describe('formatDistance', () => {
  it('writes metres and kilometres in each language', () => {
    expect(formatDistance(850, 'vi')).toBe('850\u00a0m');
    expect(formatDistance(9334, 'vi')).toBe('9,3\u00a0km');
    expect(formatDistance(9334, 'en')).toBe('9.3\u00a0km');
    expect(formatDistance(12_050, 'en')).toBe('12.1\u00a0km');
  });
});

describe('labelPosition', () => {
  const size = { width: 800, height: 400 };
  it('puts the label beside the point', () => {
    expect(labelPosition({ x: 100, y: 50 }, size)).toEqual({ left: 112, top: 62 });
  });
  it('keeps it inside the map near the right and bottom edges', () => {
    expect(labelPosition({ x: 790, y: 390 }, size)).toEqual({ left: 556, top: 276 });
  });
});
