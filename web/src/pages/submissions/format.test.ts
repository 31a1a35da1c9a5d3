import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, isPeriodText, parseTimestamp, quarterOf } from './format.ts';

describe('parseTimestamp', () => {
  it('reads the PostgreSQL form the API sends and ISO', () => {
    expect(parseTimestamp('2026-11-23 12:21:28.282+00')?.toISOString()).toBe('2026-11-23T12:21:28.282Z');
    expect(parseTimestamp('2026-11-23T12:21:28Z')?.toISOString()).toBe('2026-11-23T12:21:28.000Z');
    expect(parseTimestamp('2026-11-23 19:21:28+07')?.toISOString()).toBe('2026-11-23T12:21:28.000Z');
  });
  it('answers null for what is no time', () => {
    expect(parseTimestamp('hôm qua')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('writes Vietnam time, day first', () => {
    expect(formatDateTime('2026-11-23 12:21:28.282+00', 'vi')).toBe('23/11/2026 19:21');
    expect(formatDateTime('2026-11-23 12:21:28.282+00', 'en')).toBe('23 Nov 2026, 19:21');
  });
  it('moves to the next day in Vietnam when it is evening in UTC', () => {
    expect(formatDateTime('2026-12-31 18:05:00+00', 'vi')).toBe('1/1/2027 01:05');
  });
  it('keeps unreadable text as it came', () => {
    expect(formatDateTime('?', 'vi')).toBe('?');
  });
});

describe('quarterOf', () => {
  it('names the quarter in Vietnam time', () => {
    expect(quarterOf(new Date('2026-11-23T12:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-03-31T16:59:00Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-03-31T17:00:00Z'))).toBe('2026-Q2');
  });
});

describe('isPeriodText', () => {
  it('accepts years, quarters and months', () => {
    for (const p of ['2026', '2026-Q4', '2026-01', '2026-12', ' 2026-Q1 '])
      expect(isPeriodText(p)).toBe(true);
  });
  it('refuses other forms', () => {
    for (const p of ['2026-Q5', '2026-13', '26', 'Q4/2026', '2026-1', ''])
      expect(isPeriodText(p)).toBe(false);
  });
});

describe('formatBytes', () => {
  it('uses decimal units and the language’s decimal mark', () => {
    expect(formatBytes(812, 'vi')).toBe('812 B');
    expect(formatBytes(45_300, 'vi')).toBe('45,3 kB');
    expect(formatBytes(45_300, 'en')).toBe('45.3 kB');
    expect(formatBytes(2_100_000, 'en')).toBe('2.1 MB');
  });
});
