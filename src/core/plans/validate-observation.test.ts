import { describe, expect, it } from 'vitest';
import { indicator } from './consistency-fixtures.ts';
import type { RawRecord } from './plan-input.ts';
import type { Indicator } from './plan-model.ts';
import { type ObservationContext, validateObservation } from './validate-observation.ts';

const coverage = indicator('VILLAGE_MBB_COVERAGE', { naturalLimit: 100, kind: 'computed', scale: 100 });
const sites: Indicator = {
  ...coverage,
  code: 'MOBILE_SITES',
  unit: 'count',
  naturalLimit: null,
  aggregation: 'sum',
  scale: 1,
};
const ctx: ObservationContext = {
  findIndicator: (code) => [coverage, sites].find((i) => i.code === code) ?? null,
  unitExists: (code, on) =>
    code === '08' ? on >= '2025-07-01' : code === '06' ? on <= '2025-06-30' : code === 'VN',
};
const record = (fields: RawRecord['fields']): RawRecord => ({ location: { row: 1 }, fields });

describe('validateObservation', () => {
  it('computes a share from its parts and reads the unit at the period end', () => {
    const result = validateObservation(
      record({
        indicator: 'village_mbb_coverage',
        unit: '08',
        period: '2026-01',
        numerator: 3711,
        denominator: 3802,
      }),
      ctx,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.observation.value).toBeCloseTo(97.607, 3);
    expect(result.observation).toMatchObject({
      unitOn: '2026-01-31',
      periodEnd: '2026-01-31',
      period: '2026-01',
    });
  });

  it('refuses a unit that did not exist at the end of the period', () => {
    const result = validateObservation(
      record({ indicator: 'MOBILE_SITES', unit: '06', period: '2025', value: 672 }),
      ctx,
    );
    expect(!result.ok && result.errors.map((e) => [e.field, e.message.en])).toEqual([
      ['unit', 'no administrative unit with code "06" on 2025-12-31'],
    ]);
    const dated = validateObservation(
      record({ indicator: 'MOBILE_SITES', unit: '06', unitDate: '2025-06-30', period: '2025', value: 672 }),
      ctx,
    );
    expect(dated.ok).toBe(true);
  });

  it('reports every problem of the row', () => {
    const result = validateObservation(
      record({ indicator: 'NOPE', unit: 'VN', period: '2025-13', value: 'nhiều' }),
      ctx,
    );
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['indicator', 'period', 'value']);
  });

  it('refuses a value that disagrees with its parts, a share over 100 and parts on a count', () => {
    const mismatch = validateObservation(
      record({
        indicator: 'VILLAGE_MBB_COVERAGE',
        unit: 'VN',
        period: '2025',
        value: 90,
        numerator: 50,
        denominator: 100,
      }),
      ctx,
    );
    expect(!mismatch.ok && mismatch.errors.map((e) => e.field)).toEqual(['value']);
    const over = validateObservation(
      record({ indicator: 'VILLAGE_MBB_COVERAGE', unit: 'VN', period: '2025', value: 101 }),
      ctx,
    );
    expect(!over.ok && over.errors.map((e) => e.field)).toEqual(['value']);
    const parts = validateObservation(
      record({
        indicator: 'MOBILE_SITES',
        unit: 'VN',
        period: '2025',
        value: 5,
        numerator: 1,
        denominator: 2,
      }),
      ctx,
    );
    expect(!parts.ok && parts.errors.map((e) => e.field)).toEqual(['numerator']);
    const negative = validateObservation(
      record({ indicator: 'MOBILE_SITES', unit: 'VN', period: '2025', value: -1 }),
      ctx,
    );
    expect(!negative.ok && negative.errors.map((e) => e.field)).toEqual(['value']);
  });
});
