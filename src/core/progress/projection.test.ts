import { describe, expect, it } from 'vitest';
import { type ProjectionWeighting, projectionBounds, projectToDeadline, weightedLine } from './projection.ts';

const pts = (...pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

/** y = 2·year − 4006: 30 in 2018 … 36 in 2021, 44 in 2025. */
const LINE = pts([2018, 30], [2019, 32], [2020, 34], [2021, 36]);
/** Three points off any line: 10, 12, 11 in 2020–2022. */
const BENT = pts([2020, 10], [2021, 12], [2022, 11]);

describe('weighted fit', () => {
  it.each([
    { kind: 'escap' },
    { kind: 'recency' },
    { kind: 'half_life', years: 3 },
    { kind: 'uniform' },
  ] as ProjectionWeighting[])('reproduces a straight line exactly with %o weights', (weighting) => {
    const r = projectToDeadline({
      series: LINE,
      deadlineYear: 2025,
      target: null,
      direction: 'higher',
      naturalLimit: null,
      weighting,
    });
    expect(r?.slope).toBeCloseTo(2, 10);
    expect(r?.projectedValue).toBeCloseTo(44, 9);
    expect(r?.gap).toBeNull();
  });

  // Hand computation with x = year − 2020, weighted means x̄ = Σwx/Σw, ȳ = Σwy/Σw,
  // slope b = Σw(x−x̄)(y−ȳ)/Σw(x−x̄)², value(2025) = ȳ + b·(5 − x̄).
  it.each([
    // uniform: x̄ = 1, ȳ = 11, Sxy = (−1)(−1) + 0 + (1)(0) = 1, Sxx = 2 → b = 0.5; 11 + 0.5·4 = 13
    [{ kind: 'uniform' }, 0.5, 13],
    // recency w = 1/3, 1/2, 1: Σw = 11/6, x̄ = 15/11, ȳ = 122/11, Sxx = 12/11, Sxy = 3/11 → b = 0.25;
    // value(2025) = 10.75 + 0.25·5 = 12
    [{ kind: 'recency' }, 0.25, 12],
    // escap, P = 2025, t_min = 2020: w = 5/5, 5/4, 5/3; Σw = 47/12, x̄ = 55/47, ȳ = 520/47,
    // Sxx = 120/47, Sxy = 45/47 → b = 0.375; intercept(2020) = (520 − 20.625)/47 = 10.625 → 12.5
    [{ kind: 'escap' }, 0.375, 12.5],
    // half-life 1 year: w = 0.25, 0.5, 1; Σw = 1.75, x̄ = 10/7, ȳ = 78/7, Sxx = 13/14, Sxy = 1/7
    // → b = 2/13 = 0.153846; value(2025) = 78/7 + (2/13)(5 − 10/7) = 11.692308
    [{ kind: 'half_life', years: 1 }, 2 / 13, 11.692308],
  ] as [ProjectionWeighting, number, number][])('fits %o by hand', (weighting, slope, at2025) => {
    const r = projectToDeadline({
      series: BENT,
      deadlineYear: 2025,
      target: null,
      direction: 'higher',
      naturalLimit: null,
      weighting,
    });
    expect(r?.slope).toBeCloseTo(slope, 9);
    expect(r?.projectedValue).toBeCloseTo(at2025, 6);
  });

  it('exposes the escap weights and the year they are computed for', () => {
    const r = projectToDeadline({
      series: BENT,
      deadlineYear: 2025,
      target: null,
      direction: 'higher',
      naturalLimit: null,
    });
    expect(r?.weighting).toEqual({ kind: 'escap' });
    expect(r?.weightReferenceYear).toBe(2025);
    expect(r?.weights.map((w) => w.weight)).toEqual([1, 1.25, 5 / 3]);
  });

  it('keeps the escap weights finite once the deadline is past (P = last year + 1)', () => {
    const r = projectToDeadline({
      series: BENT,
      deadlineYear: 2021,
      target: null,
      direction: 'higher',
      naturalLimit: null,
    });
    // P = 2023: w = 3/3, 3/2, 3/1
    expect(r?.weightReferenceYear).toBe(2023);
    expect(r?.weights.map((w) => w.weight)).toEqual([1, 1.5, 3]);
  });

  it('needs two distinct years', () => {
    expect(
      projectToDeadline({
        series: pts([2020, 5]),
        deadlineYear: 2025,
        target: 9,
        direction: 'higher',
        naturalLimit: null,
      }),
    ).toBeNull();
    expect(weightedLine([{ year: 2020, value: 1, weight: 1 }])).toBeNull();
  });
});

describe('gap and met year', () => {
  it('meets a target on a known line in the year the line crosses it', () => {
    // 2·t − 4006 = 50 → t = 2028 exactly: met in 2028, not pushed to 2029 by rounding.
    const r = projectToDeadline({
      series: LINE,
      deadlineYear: 2025,
      target: 50,
      direction: 'higher',
      naturalLimit: null,
    });
    expect(r?.outlook).toBe('will_meet');
    expect(r?.metYear).toBe(2028);
    // gap = d·(projected − target) = 44 − 50 = −6: a shortfall at the deadline
    expect(r?.gap).toBeCloseTo(-6, 9);
  });

  it('rounds a crossing inside a year up to the first whole year at or past it', () => {
    // 2·t − 4006 = 45 → t = 2025.5 → the 2026 figure is the first to meet it
    const r = projectToDeadline({
      series: LINE,
      deadlineYear: 2025,
      target: 45,
      direction: 'higher',
      naturalLimit: null,
    });
    expect(r?.metYear).toBe(2026);
  });

  it('never meets a target the trend moves away from', () => {
    const r = projectToDeadline({
      series: pts([2019, 60], [2020, 58], [2021, 55]),
      deadlineYear: 2025,
      target: 70,
      direction: 'higher',
      naturalLimit: null,
    });
    expect(r?.outlook).toBe('never');
    expect(r?.metYear).toBeNull();
    expect(r?.gap).toBeLessThan(0);
  });

  it('dates an already met target from the start of the last unbroken run of met values', () => {
    // 52 (2019) met, 48 (2020) not, then 55 and 60: met since 2021
    const r = projectToDeadline({
      series: pts([2018, 40], [2019, 52], [2020, 48], [2021, 55], [2022, 60]),
      deadlineYear: 2025,
      target: 50,
      direction: 'higher',
      naturalLimit: null,
    });
    expect(r?.outlook).toBe('already_met');
    expect(r?.metYear).toBe(2021);
  });

  it('clamps to the natural limit and refuses targets beyond it', () => {
    // 80, 88, 96: slope 8, 2025 → 128 unclamped → 100
    const series = pts([2019, 80], [2020, 88], [2021, 96]);
    const r = projectToDeadline({
      series,
      deadlineYear: 2025,
      target: 100,
      direction: 'higher',
      naturalLimit: 100,
    });
    expect(r?.unclampedValue).toBeCloseTo(128, 9);
    expect(r?.projectedValue).toBe(100);
    expect(r?.clamped).toBe(true);
    expect(r?.gap).toBe(0);
    // 96 + 8(t − 2021) = 100 → t = 2021.5 → 2022
    expect(r?.metYear).toBe(2022);
    const beyond = projectToDeadline({
      series,
      deadlineYear: 2025,
      target: 105,
      direction: 'higher',
      naturalLimit: 100,
    });
    expect(beyond?.outlook).toBe('never');
  });

  it('floors lower-is-better counts at zero and measures the gap in the good direction', () => {
    // 6, 4, 2 days: slope −2, 2025 → −6 → floored at 0; target ≤ 1: gap = −1·(0 − 1) = +1 (surplus)
    const r = projectToDeadline({
      series: pts([2019, 6], [2020, 4], [2021, 2]),
      deadlineYear: 2025,
      target: 1,
      direction: 'lower',
      naturalLimit: null,
      nonNegative: true,
    });
    expect(r?.projectedValue).toBe(0);
    expect(r?.gap).toBeCloseTo(1, 9);
    // 2 − 2(t − 2021) = 1 → t = 2021.5 → 2022
    expect(r?.metYear).toBe(2022);
  });
});

describe('projectionBounds', () => {
  it('reads the natural limit as a ceiling above the data and a floor below it', () => {
    expect(projectionBounds(80, 100, false)).toEqual({ lower: null, upper: 100 });
    expect(projectionBounds(12, 0, false)).toEqual({ lower: 0, upper: null });
    expect(projectionBounds(12, null, true)).toEqual({ lower: 0, upper: null });
    expect(projectionBounds(80, 100, true)).toEqual({ lower: 0, upper: 100 });
  });
});
