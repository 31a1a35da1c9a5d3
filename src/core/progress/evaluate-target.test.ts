import { describe, expect, it } from 'vitest';
import type { TargetValue } from '../plans/plan-model.ts';
import { type EvaluateTargetInput, evaluateTarget } from './evaluate-target.ts';

const share = { direction: 'higher', naturalLimit: 100, unit: '%' } as const;
const count = { direction: 'higher', naturalLimit: null, unit: 'count' } as const;

function input(
  value: TargetValue,
  series: EvaluateTargetInput['series'],
  extra: Partial<EvaluateTargetInput> & { baseline?: { value: number; year: number } | null } = {},
): EvaluateTargetInput {
  return {
    indicator: extra.indicator ?? share,
    target: { value, deadline: extra.target?.deadline ?? '2025-12-31', baseline: extra.baseline ?? null },
    series,
    asOfYear: extra.asOfYear ?? 2024,
    ...(extra.options ? { options: extra.options } : {}),
  };
}

describe('evaluateTarget: point targets', () => {
  // Baseline 2020 = 40 (added: the series starts in 2022), 2022 = 55, 2024 = 64; 2026 is after asOf.
  const r = evaluateTarget(
    input(
      { comparator: '>=', value: 80 },
      [
        { year: 2022, value: 55 },
        { year: 2024, value: 64, estimated: true },
        { year: 2026, value: 90 },
      ],
      { baseline: { value: 40, year: 2020 } },
    ),
  );

  it('uses the baseline as a point, the baseline year as base year, and nothing after asOf', () => {
    expect(r.inputs.baselineAdded).toBe(true);
    expect(r.inputs.baseYear).toBe(2020);
    expect(r.inputs.droppedAfterAsOf).toBe(1);
    expect(r.inputs.points.map((p) => p.year)).toEqual([2020, 2022, 2024]);
    expect(r.inputs.deadlineYear).toBe(2025);
  });

  it('takes its status from the Open SDG ratio', () => {
    // CAGR_obs = (64/40)^(1/4) − 1 = 0.124683; CAGR_req = (80/40)^(1/5) − 1 = 0.148698;
    // R = 0.124683/0.148698 = 0.838498 → moderate → acceleration_needed
    expect(r.method).toBe('open_sdg');
    expect(r.reason).toBe('open_sdg');
    expect(r.openSdg?.cagrObserved).toBeCloseTo(0.124683, 5);
    expect(r.openSdg?.cagrRequired).toBeCloseTo(0.148698, 5);
    expect(r.openSdg?.progressValue).toBeCloseTo(0.838498, 5);
    expect(r.status).toBe('acceleration_needed');
  });

  it('adds the ESCAP index on the same base', () => {
    // (64 − 40)/|80 − 40| = 0.6; (2024 − 2020)/(2025 − 2020) = 0.8 of the period elapsed
    expect(r.escap?.index).toBeCloseTo(0.6, 12);
    expect(r.escap?.expectedShare).toBeCloseTo(0.8, 12);
  });

  it('projects to the deadline with ESCAP weights', () => {
    // P = 2025, x = year − 2020: w = 5/5, 5/3, 5/1; Σw = 23/3, x̄ = 70/23, ȳ = 1355/23,
    // Sxx = 1080/69, Sxy = 6120/69 → b = 17/3; value(2025) = 1355/23 + (17/3)(45/23) = 70;
    // gap = 70 − 80 = −10; 70 + (17/3)(t − 2025) = 80 → t = 2026.76 → met in 2027
    expect(r.projection?.slope).toBeCloseTo(17 / 3, 9);
    expect(r.projection?.projectedValue).toBeCloseTo(70, 9);
    expect(r.projection?.gap).toBeCloseTo(-10, 9);
    expect(r.projection?.metYear).toBe(2027);
  });

  it('explains itself in both languages with the numbers', () => {
    expect(r.explanation.en).toContain('Progress made but acceleration needed.');
    expect(r.explanation.en).toContain('R = 0.838');
    expect(r.explanation.en).toContain('moderate_progress');
    expect(r.explanation.en).toContain('baseline (2020 = 40) was added');
    expect(r.explanation.en).toContain('Estimated values in: 2024');
    expect(r.explanation.vi).toContain('Có tiến bộ nhưng cần đẩy nhanh.');
    expect(r.explanation.vi).toContain('R = 0,838');
    expect(r.explanation.vi).toContain('năm 2027');
  });

  it('prefers a measured value over the plan baseline for the same year', () => {
    const e = evaluateTarget(
      input(
        { comparator: '>=', value: 80 },
        [
          { year: 2020, value: 42 },
          { year: 2024, value: 64 },
        ],
        { baseline: { value: 40, year: 2020 } },
      ),
    );
    expect(e.inputs.baselineAdded).toBe(false);
    expect(e.openSdg?.baseValue).toBe(42);
  });

  it('lets "<=" set the good direction even on a higher-is-better indicator', () => {
    // A cap: at most 30 by 2025 from 50 in 2020; 40 in 2024 → d = −1
    // CAGR_obs = (40/50)^(1/4) − 1 = −0.054258; CAGR_req = (30/50)^(1/5) − 1 = e^(−0.510826/5) − 1 = −0.097119;
    // R = (−1)(−0.054258)/0.097119 = 0.558676 → limited
    const e = evaluateTarget(
      input({ comparator: '<=', value: 30 }, [
        { year: 2020, value: 50 },
        { year: 2024, value: 40 },
      ]),
    );
    expect(e.inputs.direction).toBe('lower');
    expect(e.openSdg?.progressValue).toBeCloseTo(0.558676, 5);
    expect(e.status).toBe('limited_progress');
    expect(e.explanation.en).toContain('sets the good direction');
  });

  it('reports achieved when the current value meets the target', () => {
    const e = evaluateTarget(
      input({ comparator: '=', value: 60 }, [
        { year: 2020, value: 50 },
        { year: 2023, value: 61 },
      ]),
    );
    expect(e.status).toBe('achieved');
    expect(e.escap?.capped).toBe(10);
    expect(e.projection?.outlook).toBe('already_met');
  });

  it('says why a sign change leaves no status', () => {
    const e = evaluateTarget(
      input(
        { comparator: '>=', value: 10 },
        [
          { year: 2020, value: -5 },
          { year: 2023, value: 3 },
        ],
        { indicator: { direction: 'higher', naturalLimit: null, unit: 'VND bn' } },
      ),
    );
    expect(e.status).toBe('insufficient_data');
    expect(e.openSdg?.notes).toContain('sign_change');
    expect(e.explanation.en).toContain('opposite signs');
    expect(e.explanation.vi).toContain('trái dấu');
  });

  it('stops early on a bad deadline, duplicate years or no data', () => {
    const bad = evaluateTarget(
      input({ comparator: '>=', value: 1 }, [], { target: { deadline: '2025' } } as never),
    );
    expect(bad.reason).toBe('invalid_deadline');
    const dup = evaluateTarget(
      input({ comparator: '>=', value: 1 }, [
        { year: 2020, value: 1 },
        { year: 2020, value: 2 },
      ]),
    );
    expect(dup.reason).toBe('duplicate_years');
    expect(dup.status).toBe('insufficient_data');
    const none = evaluateTarget(input({ comparator: '>=', value: 1 }, [{ year: 2030, value: 5 }]));
    expect(none.reason).toBe('no_data');
    expect(none.explanation.en).toContain('No data up to 2024');
  });
});

describe('evaluateTarget: range targets (12–14 IT parks by 2030)', () => {
  const range = { comparator: 'range', min: 12, max: 14 } as const;
  const opts = { indicator: count, target: { deadline: '2030-12-31' }, asOfYear: 2025 } as never;

  it('below the range: judged against min with the Open SDG machinery', () => {
    // Base year 2015 (no baseline) → first year with data, 2020. CAGR_obs = (7/4)^(1/3) − 1 = 0.205071;
    // CAGR_req = (12/4)^(1/10) − 1 = 0.116123; R = 1.765982 → on track
    const e = evaluateTarget(
      input(
        range,
        [
          { year: 2020, value: 4 },
          { year: 2023, value: 7 },
        ],
        opts,
      ),
    );
    expect(e.method).toBe('range');
    expect(e.reason).toBe('range_towards_bound');
    expect(e.range?.position).toBe('below');
    expect(e.inputs.evaluatedAgainst).toBe(12);
    expect(e.openSdg?.progressValue).toBeCloseTo(1.765982, 5);
    expect(e.status).toBe('on_track');
    expect(e.explanation.en).toContain('judged against the bound 12');
  });

  it('within the range: achieved', () => {
    const e = evaluateTarget(input(range, [{ year: 2024, value: 13 }], opts));
    expect(e.status).toBe('achieved');
    expect(e.reason).toBe('range_within');
  });

  it('above the range: achieved, flagged for review', () => {
    const e = evaluateTarget(
      input(
        range,
        [
          { year: 2022, value: 10 },
          { year: 2024, value: 16 },
        ],
        opts,
      ),
    );
    expect(e.status).toBe('achieved');
    expect(e.reason).toBe('range_overshoot');
    expect(e.range?.overshoot).toBe(true);
    expect(e.explanation.en).toContain('needs review');
    expect(e.explanation.vi).toContain('rà soát');
  });

  it('an inverted range has no status', () => {
    const e = evaluateTarget(
      input({ comparator: 'range', min: 14, max: 12 }, [{ year: 2024, value: 13 }], opts),
    );
    expect(e.reason).toBe('invalid_range');
    expect(e.status).toBe('insufficient_data');
  });
});
