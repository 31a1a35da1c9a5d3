import { describe, expect, it } from 'vitest';
import { formatPeriod, formatTarget, formatValue, targetLevels } from './format.ts';
import { chartPoints, isComputed, latestPoint } from './series.ts';

describe('formatValue', () => {
  it('writes numbers the Vietnamese way with the unit after', () => {
    expect(formatValue(86.69268985095813, '%', 'vi')).toBe('86,7 %');
    expect(formatValue(86.69268985095813, '%', 'en')).toBe('86.7 %');
    expect(formatValue(40, 'Mb/s', 'vi')).toBe('40 Mb/s');
  });
  it('never rounds a share short of 100 % up to 100 %', () => {
    expect(formatValue((100 * 3105) / 3106, '%', 'vi')).toBe('99,9 %');
    expect(formatValue(99.94, '%', 'vi')).toBe('99,9 %');
    expect(formatValue(99.86, '%', 'vi')).toBe('99,9 %');
    expect(formatValue(100, '%', 'vi')).toBe('100 %');
  });
  it('shows counts whole, without a unit word, and translates the unit words it knows', () => {
    expect(formatValue(2572, 'count', 'vi')).toBe('2.572');
    expect(formatValue(2572, 'count', 'en')).toBe('2,572');
    expect(formatValue(93000, 'tonnes/day', 'vi')).toBe('93.000 tấn/ngày');
    expect(formatValue(5, 'days', 'en')).toBe('5 days');
    expect(formatValue(20, 'rank', 'vi')).toBe('hạng 20');
  });
});

describe('formatTarget', () => {
  it('uses the comparator symbols of decisions', () => {
    expect(formatTarget({ comparator: '>=', value: 100 }, '%', 'vi')).toBe('≥ 100 %');
    expect(formatTarget({ comparator: '<=', value: 5 }, 'days', 'vi')).toBe('≤ 5 ngày');
    expect(formatTarget({ comparator: '=', value: 3 }, 'count', 'en')).toBe('= 3');
  });
  it('writes a range with an en dash', () => {
    expect(formatTarget({ comparator: 'range', min: 12, max: 14 }, 'count', 'vi')).toBe('12–14');
    expect(formatTarget({ comparator: 'range', min: 90, max: 95.5 }, '%', 'vi')).toBe('90–95,5 %');
  });
  it('draws one level per bound', () => {
    expect(targetLevels({ comparator: 'range', min: 12, max: 14 })).toEqual([12, 14]);
    expect(targetLevels({ comparator: '>=', value: 100 })).toEqual([100]);
    expect(targetLevels({ comparator: '>=', value: null })).toEqual([]);
  });
});

describe('formatPeriod', () => {
  it('writes quarters and months as officers do', () => {
    expect(formatPeriod('2025', 'vi')).toBe('2025');
    expect(formatPeriod('2025-Q2', 'vi')).toBe('Quý 2/2025');
    expect(formatPeriod('2025-Q2', 'en')).toBe('Q2 2025');
    expect(formatPeriod('2026-01', 'vi')).toBe('1/2026');
    expect(formatPeriod('2026-01', 'en')).toBe('Jan 2026');
  });
});

describe('series', () => {
  const series = [
    { period: '2026-01', value: 90, estimated: false, source: 'observed', provenance: [{ kind: 'source' }] },
    {
      period: '2025',
      value: 67.5,
      estimated: false,
      source: 'observed',
      provenance: [{ kind: 'computation' }],
    },
    { period: '2025-05', value: 26, estimated: true, source: 'observed' },
    { period: 'bad', value: 1, estimated: false, source: 'observed' },
  ];
  it('orders points on the year axis and drops unplaceable periods', () => {
    expect(chartPoints(series).map((p) => p.period)).toEqual(['2025-05', '2025', '2026-01']);
  });
  it('takes the latest period as the current value', () => {
    expect(latestPoint(series)?.period).toBe('2026-01');
    expect(latestPoint([])).toBeNull();
  });
  it('knows a computed figure by its provenance', () => {
    expect(isComputed(series[1])).toBe(true);
    expect(isComputed(series[0])).toBe(false);
    expect(isComputed(series[2])).toBe(false);
  });
});
