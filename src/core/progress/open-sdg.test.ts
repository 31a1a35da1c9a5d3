import { describe, expect, it } from 'vitest';
import type { Direction } from '../plans/plan-model.ts';
import golden from './open-sdg.golden.json' with { type: 'json' };
import { evaluateOpenSdg, growthRate, limitCoefficient, type OpenSdgInput } from './open-sdg.ts';
import type { ProgressStatus, SdgBuildStatus } from './status.ts';
import { classifyProgress } from './status.ts';

/** Shape of open-sdg.golden.json; `-Infinity` is written as a string since JSON has no infinities. */
interface GoldenCase {
  name: string;
  input: {
    series: { year: number; value: number }[];
    direction: string;
    baseYear?: number;
    target: number | null;
    targetYear?: number;
    limit?: number;
  };
  expected: {
    status: string;
    sdgBuildStatus: string;
    baseYear: number | null;
    currentYear: number | null;
    cagrObserved: number | null;
    cagrRequired: number | null;
    progressValue: number | string | null;
    limitCoefficient: number | null;
    score: number | null;
    notes: string[];
    exact: boolean;
  };
  why: string;
}

const cases: GoldenCase[] = golden.cases;

function toInput(c: GoldenCase): OpenSdgInput {
  const direction: Direction = c.input.direction === 'lower' ? 'lower' : 'higher';
  return {
    series: c.input.series,
    direction,
    target: c.input.target,
    ...(c.input.baseYear !== undefined ? { baseYear: c.input.baseYear } : {}),
    ...(c.input.targetYear !== undefined ? { targetYear: c.input.targetYear } : {}),
    ...(c.input.limit !== undefined ? { limit: c.input.limit } : {}),
  };
}

function expectNumber(actual: number | null, expected: number | string | null, exact: boolean): void {
  if (expected === null) {
    expect(actual).toBeNull();
  } else if (typeof expected === 'string') {
    expect(actual).toBe(Number(expected));
  } else {
    expect(actual).not.toBeNull();
    if (exact) expect(actual).toBe(expected);
    else expect(actual).toBeCloseTo(expected, 5);
  }
}

/** The largest double below a positive x: the value just under a cut-off. */
function justBelow(x: number): number {
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] = (bits[0] ?? 0n) - 1n;
  return new Float64Array(bits.buffer)[0] ?? Number.NaN;
}

describe('evaluateOpenSdg: golden cases (open-sdg.golden.json)', () => {
  it('has at least 12 hand-worked cases, each with its computation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const c of cases) expect(c.why.length).toBeGreaterThan(40);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = evaluateOpenSdg(toInput(c));
    const e = c.expected;
    expect(r.status).toBe(e.status as ProgressStatus);
    expect(r.sdgBuildStatus).toBe(e.sdgBuildStatus as SdgBuildStatus);
    expect(r.baseYear).toBe(e.baseYear);
    expect(r.currentYear).toBe(e.currentYear);
    expectNumber(r.cagrObserved, e.cagrObserved, e.exact);
    expectNumber(r.cagrRequired, e.cagrRequired, e.exact);
    expectNumber(r.progressValue, e.progressValue, e.exact);
    expectNumber(r.limitCoefficient, e.limitCoefficient, false);
    expectNumber(r.score, e.score, false);
    expect(r.notes).toEqual(e.notes);
  });
});

describe('evaluateOpenSdg: behaviour around the golden cases', () => {
  it('uses sdg-build defaults: base year 2015, target year 2030', () => {
    const r = evaluateOpenSdg({
      series: [
        { year: 2015, value: 50 },
        { year: 2021, value: 57 },
      ],
      direction: 'higher',
      target: 80,
    });
    expect(r.baseYearConfigured).toBe(2015);
    expect(r.targetYear).toBe(2030);
    // CAGR_req = (80/50)^(1/15) − 1 = 0.031830
    expect(r.cagrRequired).toBeCloseTo(0.03183, 5);
  });

  it('reports the substituted values it used, not the raw zeros', () => {
    const r = evaluateOpenSdg({
      series: [
        { year: 2015, value: 0 },
        { year: 2020, value: 5 },
      ],
      direction: 'higher',
      target: 0,
    });
    expect(r.baseValue).toBe(0.001);
    expect(r.target).toBe(0.001);
    // 5 ≥ 0.001 → achieved, as sdg-build would say.
    expect(r.status).toBe('achieved');
  });

  it('answers not_available where sdg-build raises: no data at or after the base year', () => {
    const r = evaluateOpenSdg({
      series: [{ year: 2018, value: 10 }],
      direction: 'higher',
      baseYear: 2020,
      target: 20,
    });
    expect(r.sdgBuildStatus).toBe('not_available');
    expect(r.notes).toContain('no_data_from_base_year');
  });

  it('refuses a target year not after the base year (sdg-build divides by zero)', () => {
    const r = evaluateOpenSdg({
      series: [
        { year: 2020, value: 10 },
        { year: 2022, value: 12 },
      ],
      direction: 'higher',
      baseYear: 2020,
      target: 20,
      targetYear: 2020,
    });
    expect(r.status).toBe('insufficient_data');
    expect(r.notes).toContain('target_year_not_after_base');
  });

  it('refuses duplicate years and empty series', () => {
    expect(
      evaluateOpenSdg({
        series: [
          { year: 2015, value: 1 },
          { year: 2015, value: 2 },
        ],
        direction: 'higher',
        target: 5,
      }).notes,
    ).toEqual(['duplicate_year']);
    expect(evaluateOpenSdg({ series: [], direction: 'higher', target: 5 }).notes).toEqual(['no_data']);
  });

  it('merges user cut-offs before the natural-limit scaling', () => {
    const r = evaluateOpenSdg({
      series: [
        { year: 2015, value: 90 },
        { year: 2020, value: 95 },
      ],
      direction: 'higher',
      target: null,
      limit: 100,
      thresholds: { high: 0.03 },
    });
    // high = 0.03 · C = 0.03 · 0.373622 = 0.011209 > v = 0.010872 → moderate
    expect(r.thresholds.high).toBeCloseTo(0.011209, 5);
    expect(r.sdgBuildStatus).toBe('moderate_progress');
  });
});

describe('building blocks', () => {
  it('growthRate is the CAGR', () => {
    // (121/100)^(1/2) − 1 = 0.1
    expect(growthRate(121, 100, 2022, 2020)).toBeCloseTo(0.1, 12);
  });

  it('limitCoefficient covers the three branches of get_progress_thresholds', () => {
    expect(limitCoefficient(0, 0)).toBe(1); // 0 ≥ 2·0: first branch, not 0/0
    expect(limitCoefficient(250, 100)).toBe(1); // ≥ 2·limit
    expect(limitCoefficient(50, 100)).toBeCloseTo(1 - 0.5 ** 4.44, 12);
    expect(limitCoefficient(150, 100)).toBeCloseTo(1 - 0.5 ** 4.44, 12); // mirrored
    expect(limitCoefficient(-90, -100)).toBeCloseTo(1 - 0.9 ** 4.44, 12); // absolute values
  });

  it.each([
    [0.95, 'substantial_progress'],
    [justBelow(0.95), 'moderate_progress'],
    [0.6, 'moderate_progress'],
    [justBelow(0.6), 'limited_progress'],
    [0, 'limited_progress'],
    [-Number.MIN_VALUE, 'deterioration'],
    [Number.NaN, 'not_available'],
  ] as const)('classifyProgress(%s) on 0.95/0.6/0 is %s', (value, label) => {
    expect(classifyProgress(value, { high: 0.95, med: 0.6, low: 0 }, false)).toBe(label);
  });

  it.each([
    [0.015, 'substantial_progress'],
    [0.005, 'moderate_progress'],
    [justBelow(0.015), 'moderate_progress'],
    [justBelow(0.005), 'limited_progress'],
  ] as const)('classifyProgress(%s) on 0.015/0.005/0 is %s', (value, label) => {
    expect(classifyProgress(value, { high: 0.015, med: 0.005, low: 0 }, false)).toBe(label);
  });
});
