import { describe, expect, it } from 'vitest';
import { copyField, copySql } from './copy-text.ts';

describe('COPY text format (PostgreSQL 15 docs, COPY, "Text Format")', () => {
  it('writes NULL as \\N, booleans as t/f and numbers as JavaScript prints them', () => {
    expect([null, true, false, 30, 105.8348, -0.5].map(copyField)).toEqual([
      '\\N',
      't',
      'f',
      '30',
      '105.8348',
      '-0.5',
    ]);
  });

  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField('Trạm "Bắc Kạn"; số 1')).toBe('Trạm "Bắc Kạn"; số 1');
  });

  it('refuses a number COPY could not read back', () => {
    expect(() => copyField(Number.NaN)).toThrow('finite');
  });

  it('names only plain identifiers', () => {
    expect(copySql('mobile_site', ['operator', 'site_code'])).toBe(
      'COPY mobile_site (operator, site_code) FROM STDIN',
    );
    expect(() => copySql('mobile_site; DROP TABLE x', ['a'])).toThrow('identifier');
  });
});
