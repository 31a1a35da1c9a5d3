import { describe, expect, it } from 'vitest';
import {
  deadlineYear,
  linearScale,
  niceAxis,
  niceStep,
  periodYear,
  projectionPoints,
  readProjection,
  valueDomain,
  yearDomain,
  yearTicks,
} from './scale.ts';

describe('linearScale', () => {
  it('maps the domain onto the range, inverted ranges included (SVG y grows downwards)', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(150);
  });
  it('puts everything in the middle for a zero-width domain', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe('niceAxis', () => {
  it('widens to whole steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(10, 5)).toBe(2);
    expect(niceAxis([0, 100], 4)).toEqual({ domain: [0, 100], ticks: [0, 50, 100] });
    expect(niceAxis([0, 93], 5)).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceAxis([0, 2572], 4).ticks).toEqual([0, 1000, 2000, 3000]);
  });
  it('keeps decimal ticks exact', () => {
    expect(niceAxis([0, 0.3], 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });
  it('survives a flat domain', () => {
    expect(niceAxis([0, 0]).ticks.length).toBeGreaterThan(1);
  });
});

describe('valueDomain', () => {
  it('shows 0–100 for shares within it and keeps zero in view', () => {
    expect(valueDomain([86.7, 93], '%')).toEqual([0, 100]);
    expect(valueDomain([40, 55], 'Mb/s')).toEqual([0, 55]);
  });
  it('keeps negative values and does not clip counts above 100', () => {
    expect(valueDomain([-5, 10], '%')).toEqual([-5, 10]);
    expect(valueDomain([93000, 197], 'tonnes/day')).toEqual([0, 93000]);
  });
  it('has a width even with one zero value or none', () => {
    expect(valueDomain([0], 'count')).toEqual([0, 1]);
    expect(valueDomain([], '%')).toEqual([0, 100]);
  });
});

describe('year axis', () => {
  it('places periods at their end, as the server does', () => {
    expect(periodYear('2025')).toBe(2025);
    expect(periodYear('2025-Q2')).toBe(2024.5);
    expect(periodYear('2025-06')).toBe(2024.5);
    expect(periodYear('2025-12')).toBe(2025);
    expect(periodYear('Q2')).toBeNull();
    expect(deadlineYear('2030-12-31')).toBe(2030);
  });
  it('spans whole years and at least one', () => {
    expect(yearDomain([2024.4, 2025, 2030])).toEqual([2024, 2030]);
    expect(yearDomain([2025, 2025])).toEqual([2024, 2025]);
  });
  it('thins ticks on long spans', () => {
    expect(yearTicks([2024, 2026])).toEqual([2024, 2025, 2026]);
    expect(yearTicks([2015, 2030], 6)).toEqual([2015, 2018, 2021, 2024, 2027, 2030]);
  });
});

describe('projection', () => {
  // The shape of a real answer (5G population coverage, national plan, deadline 2030).
  const real = {
    weighting: { kind: 'escap' },
    slope: 91.657606742378,
    intercept: -185531.35311711126,
    deadlineYear: 2030,
    unclampedValue: 533.59,
    projectedValue: 100,
    clamped: true,
    bounds: { lower: 0, upper: 100 },
    outlook: 'will_meet',
  };

  it('reads the fields it draws and refuses anything else', () => {
    expect(readProjection(real)).toEqual({
      slope: 91.657606742378,
      intercept: -185531.35311711126,
      deadlineYear: 2030,
      projectedValue: 100,
      bounds: { lower: 0, upper: 100 },
    });
    expect(readProjection(null)).toBeNull();
    expect(readProjection({ slope: 1 })).toBeNull();
  });

  it('follows the fitted line, bends at the natural limit and ends at the projected value', () => {
    const p = readProjection(real);
    if (!p) throw new Error('unreadable');
    const points = projectionPoints(p, 2025.0833333333333);
    expect(points).toHaveLength(3);
    const [start, corner, end] = points;
    expect(start?.year).toBe(2025.0833333333333);
    expect(start?.value).toBeCloseTo(91.657606742378 * 2025.0833333333333 - 185531.35311711126, 6);
    expect(corner?.value).toBe(100);
    expect(corner?.year).toBeCloseTo((100 + 185531.35311711126) / 91.657606742378);
    expect(end).toEqual({ year: 2030, value: 100 });
  });

  it('draws nothing when the deadline is not after the last point', () => {
    const p = readProjection({ ...real, deadlineYear: 2025 });
    if (!p) throw new Error('unreadable');
    expect(projectionPoints(p, 2025)).toEqual([]);
  });

  it('runs straight when no bound is met', () => {
    const p = readProjection({ ...real, slope: 2, intercept: -3990, projectedValue: 70, bounds: null });
    if (!p) throw new Error('unreadable');
    expect(projectionPoints(p, 2025)).toEqual([
      { year: 2025, value: 60 },
      { year: 2030, value: 70 },
    ]);
  });
});
