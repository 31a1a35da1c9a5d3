import { describe, expect, it } from 'vitest';
import { assessRange, rangePosition } from './range.ts';

describe('rangePosition', () => {
  it.each([
    [11, 'below'],
    [12, 'within'],
    [13, 'within'],
    [14, 'within'],
    [15, 'above'],
  ] as const)('%d against 12–14 is %s (bounds inclusive)', (value, position) => {
    expect(rangePosition(value, 12, 14)).toBe(position);
  });
});

describe('assessRange', () => {
  it('within → achieved, nothing to chase', () => {
    expect(assessRange(13, { min: 12, max: 14 }, 'higher')).toMatchObject({
      achieved: true,
      overshoot: false,
      chaseBound: null,
    });
  });

  it('below a higher-is-better range → chase min', () => {
    expect(assessRange(9, { min: 12, max: 14 }, 'higher')).toMatchObject({
      position: 'below',
      achieved: false,
      chaseBound: 12,
    });
  });

  it('above a higher-is-better range → achieved, flagged overshoot', () => {
    expect(assessRange(16, { min: 12, max: 14 }, 'higher')).toMatchObject({
      position: 'above',
      achieved: true,
      overshoot: true,
      chaseBound: null,
    });
  });

  it('above a lower-is-better range → chase max; below it → overshoot', () => {
    expect(assessRange(5, { min: 2, max: 3 }, 'lower')).toMatchObject({ achieved: false, chaseBound: 3 });
    expect(assessRange(1, { min: 2, max: 3 }, 'lower')).toMatchObject({ achieved: true, overshoot: true });
  });

  it('rejects an inverted or non-numeric range', () => {
    expect(assessRange(5, { min: 14, max: 12 }, 'higher')).toBeNull();
    expect(assessRange(5, { min: Number.NaN, max: 12 }, 'higher')).toBeNull();
  });
});
