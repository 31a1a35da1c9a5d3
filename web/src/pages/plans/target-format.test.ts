import { describe, expect, it } from 'vitest';
import type { PlanTarget } from './plan-types.ts';
import {
  formatPeriod,
  formatPlanPeriod,
  formatQuantity,
  formatTarget,
  latestPoint,
  planStatusLabel,
  statusCounts,
} from './target-format.ts';

const target = (t: Partial<PlanTarget>): PlanTarget => ({
  id: 1,
  indicatorCode: 'X',
  comparator: '>=',
  value: 90,
  deadline: '2025-12-31',
  sourceClause: null,
  sourceUrl: null,
  scope: { kind: 'level', level: 'province' },
  ...t,
});

describe('formatQuantity', () => {
  it('writes each unit of measure in the page language', () => {
    expect(formatQuantity(90, '%', 'vi')).toBe('90%');
    expect(formatQuantity(93000, 'tonnes/day', 'vi')).toBe('93.000 tấn/ngày');
    expect(formatQuantity(93000, 'tonnes/day', 'en')).toBe('93,000 tonnes/day');
    expect(formatQuantity(5, 'days', 'vi')).toBe('5 ngày');
    expect(formatQuantity(20, 'rank', 'en')).toBe('rank 20');
    expect(formatQuantity(3, 'count', 'vi')).toBe('3');
    expect(formatQuantity(40, 'Mb/s', 'vi')).toBe('40 Mb/s');
    expect(formatQuantity(92.456, '%', 'vi')).toBe('92,46%');
  });
});

describe('formatTarget', () => {
  it('states comparators in words', () => {
    expect(formatTarget(target({}), '%', 'vi')).toBe('tối thiểu 90%');
    expect(formatTarget(target({ comparator: '<=', value: 20 }), 'rank', 'en')).toBe('at most rank 20');
    expect(formatTarget(target({ comparator: '=', value: 3 }), 'count', 'vi')).toBe('đúng 3');
  });
  it('states ranges with both bounds', () => {
    const range = target({ comparator: 'range', value: null, min: 12, max: 14 });
    expect(formatTarget(range, 'count', 'vi')).toBe('từ 12 đến 14');
    expect(formatTarget(range, 'count', 'en')).toBe('12 to 14');
  });
});

describe('formatPeriod', () => {
  it('reads years, quarters and months', () => {
    expect(formatPeriod('2025', 'vi')).toBe('2025');
    expect(formatPeriod('2025-Q2', 'vi')).toBe('Quý 2/2025');
    expect(formatPeriod('2025-Q2', 'en')).toBe('Q2 2025');
    expect(formatPeriod('2026-01', 'vi')).toBe('Tháng 1/2026');
    expect(formatPeriod('2026-01', 'en')).toBe('Jan 2026');
  });
});

describe('latestPoint', () => {
  it('takes the last point, or none', () => {
    expect(latestPoint([])).toBeNull();
    const a = { period: '2025', value: 1, estimated: false, source: 'observed' };
    const b = { period: '2026-01', value: 2, estimated: false, source: 'observed' };
    expect(latestPoint([a, b])).toBe(b);
  });
});

describe('statusCounts', () => {
  it('keeps non-zero statuses in legend order with their total', () => {
    const result = statusCounts({
      insufficient_data: 24,
      achieved: 2,
      on_track: 0,
      acceleration_needed: 0,
      limited_progress: 1,
      deterioration: 0,
    });
    expect(result.counts).toEqual([
      { status: 'achieved', n: 2 },
      { status: 'limited_progress', n: 1 },
      { status: 'insufficient_data', n: 24 },
    ]);
    expect(result.total).toBe(27);
  });
});

describe('plan labels', () => {
  it('translates statuses and leaves unknown ones as they are', () => {
    expect(planStatusLabel('in_force', 'vi')).toBe('Đang có hiệu lực');
    expect(planStatusLabel('expired', 'en')).toBe('Expired');
    expect(planStatusLabel('revoked', 'en')).toBe('revoked');
  });
  it('writes the period with the vision year when there is one', () => {
    expect(formatPlanPeriod({ periodStart: 2021, periodEnd: 2030, visionYear: 2050 }, 'vi')).toBe(
      '2021–2030, tầm nhìn đến 2050',
    );
    expect(formatPlanPeriod({ periodStart: 2023, periodEnd: 2025, visionYear: null }, 'en')).toBe(
      '2023–2025',
    );
  });
});
