import { describe, expect, it } from 'vitest';
import { classBreaks, classify, colourOf, legendClasses } from './classes.ts';

describe('classBreaks', () => {
  it('cuts ten spread values into five quantile classes', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const classes = classBreaks(values);
    expect(classes?.thresholds).toEqual([30, 50, 70, 90]);
    expect(classes?.colours).toHaveLength(5);
    expect(classes?.min).toBe(10);
    expect(classes?.max).toBe(100);
  });

  it('merges classes when values repeat (most provinces at 100 %)', () => {
    const values = [86.7, 92.1, 100, 100, 100, 100, 100, 100, 100, 100];
    const classes = classBreaks(values);
    expect(classes?.thresholds).toEqual([100]);
    expect(classes?.colours).toHaveLength(2);
  });

  it('rounds bounds to one decimal over a narrow span and to whole numbers over a wide one', () => {
    expect(classBreaks([90.04, 90.55, 91.26, 92.71, 93.93])?.thresholds).toEqual([90.6, 91.3, 92.7, 93.9]);
    expect(classBreaks([0, 24.4, 50.6, 75.5, 100])?.thresholds).toEqual([24, 51, 76, 100]);
  });

  it('makes one class of equal values and none without values', () => {
    const one = classBreaks([100, 100, null]);
    expect(one?.thresholds).toEqual([]);
    expect(one?.colours).toHaveLength(1);
    expect(classBreaks([null, null])).toBeNull();
    expect(classBreaks([])).toBeNull();
  });
});

describe('classify', () => {
  const classes = classBreaks([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  it('puts a value on a bound in the class above, and no value in none', () => {
    if (!classes) throw new Error('no classes');
    expect(classify(10, classes)).toBe(0);
    expect(classify(29.9, classes)).toBe(0);
    expect(classify(30, classes)).toBe(1);
    expect(classify(100, classes)).toBe(4);
    expect(classify(null, classes)).toBeNull();
    expect(colourOf(null, classes)).toBeNull();
    expect(colourOf(100, classes)).toBe('#253494');
    expect(colourOf(5, null)).toBeNull();
  });
});

describe('legendClasses', () => {
  it('names open-ended first and last classes and counts the units in each', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, null];
    const classes = classBreaks(values);
    if (!classes) throw new Error('no classes');
    expect(legendClasses(values, classes).map(({ from, to, count }) => [from, to, count])).toEqual([
      [null, 30, 2],
      [30, 50, 2],
      [50, 70, 2],
      [70, 90, 2],
      [90, null, 2],
    ]);
  });
  it('shows a single class as its value range', () => {
    const classes = classBreaks([100, 100]);
    if (!classes) throw new Error('no classes');
    expect(legendClasses([100, 100], classes)).toEqual([{ colour: '#41b6c4', from: 100, to: 100, count: 2 }]);
  });
});
