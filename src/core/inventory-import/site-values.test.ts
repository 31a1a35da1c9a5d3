import { describe, expect, it } from 'vitest';
import { isProblem } from '../plans/cell-values.ts';
import {
  readCarriers,
  readHeight,
  readOperator,
  readShared,
  readStatus,
  readTechnologies,
  readTenants,
} from './site-values.ts';

describe('site cell readers', () => {
  it('reads operators as the industry writes them', () => {
    expect(readOperator('Viettel')).toBe('VIETTEL');
    expect(readOperator('VNPT - Vinaphone')).toBe('VNPT');
    expect(readOperator('MobiFone')).toBe('MOBIFONE');
    expect(readOperator('iTel')).toBe('ITEL');
    expect(readOperator(' ')).toBeNull();
    expect(isProblem(readOperator('Telkomsel'))).toBe(true);
  });

  it('reads tenants as a list of known operators, with unknown ones named', () => {
    expect(readTenants('VNPT, MOBIFONE')).toEqual(['VNPT', 'MOBIFONE']);
    expect(readTenants('Vinaphone và Mobifone; VNPT')).toEqual(['VNPT', 'MOBIFONE']);
    const bad = readTenants('VNPT, FPT');
    expect(isProblem(bad) && bad.problem.vi).toContain('FPT');
  });

  it('reads technologies from lists in any separator, keeping repeats for band alignment', () => {
    expect(readTechnologies('2G,4G,5G')).toEqual(['2G', '4G', '5G']);
    expect(readTechnologies('4G/5G')).toEqual(['4G', '5G']);
    expect(readTechnologies('2G; 3G và 4G LTE')).toEqual(['2G', '3G', '4G']);
    expect(readTechnologies('4g, 4g')).toEqual(['4G', '4G']);
    const bad = readTechnologies('4G, 6G');
    expect(isProblem(bad) && bad.problem.en).toContain('unknown technology: 6G');
  });

  it('aligns bands with technologies, or reads the 4G:1800 form', () => {
    expect(readCarriers(['2G', '4G', '5G'], '900,1800,3500')).toEqual([
      { technology: '2G', bandMhz: 900 },
      { technology: '4G', bandMhz: 1800 },
      { technology: '5G', bandMhz: 3500 },
    ]);
    expect(readCarriers(['4G', '5G'], '4G:1800;5G:3500')).toEqual([
      { technology: '4G', bandMhz: 1800 },
      { technology: '5G', bandMhz: 3500 },
    ]);
    expect(readCarriers(['4G', '5G'], '4G: 1800, 2100; 5G: 3.5GHz')).toEqual([
      { technology: '4G', bandMhz: 1800 },
      { technology: '4G', bandMhz: 2100 },
      { technology: '5G', bandMhz: 3500 },
    ]);
    expect(readCarriers(['2G'], '900/1800')).toHaveLength(2);
    expect(readCarriers(['4G'], 1800)).toEqual([{ technology: '4G', bandMhz: 1800 }]);
  });

  it('rejects band counts, ranges and forms that do not fit', () => {
    const message = (v: unknown) => (isProblem(v) ? v.problem.en : 'no problem');
    expect(message(readCarriers(['2G', '4G', '5G'], '900,1800'))).toContain('2 band(s) for 3 technologies');
    expect(message(readCarriers(['4G'], '18000'))).toContain('outside 450–6000 MHz');
    expect(message(readCarriers(['4G', '5G'], '1800, B78'))).toContain('not a band in MHz: B78');
    expect(message(readCarriers(['4G', '5G'], '4G:1800'))).toContain('no band for 5G');
    expect(message(readCarriers(['4G'], '4G:1800;5G:3500'))).toContain('5G not in the technologies column');
  });

  it('reads the shared flag in every usual spelling', () => {
    for (const yes of ['Có', 'co', 'x', 'X', '1', 1, 'yes', 'TRUE', true]) expect(readShared(yes)).toBe(true);
    for (const no of ['Không', 'khong', '0', 0, 'no', 'FALSE', false]) expect(readShared(no)).toBe(false);
    expect(readShared('')).toBeNull();
    expect(isProblem(readShared('có lẽ'))).toBe(true);
  });

  it('reads statuses in Vietnamese and English, NFC or NFD', () => {
    expect(readStatus('Đang hoạt động')).toBe('operating');
    expect(readStatus('Đang hoạt động'.normalize('NFD'))).toBe('operating');
    expect(readStatus('đang xây dựng')).toBe('building');
    expect(readStatus('Quy hoạch')).toBe('planned');
    expect(readStatus('Đã dừng')).toBe('decommissioned');
    expect(readStatus('decommissioned')).toBe('decommissioned');
    expect(isProblem(readStatus('tạm ngưng?'))).toBe(true);
  });

  it('reads antenna heights of 3–200 m, with a decimal comma or a unit', () => {
    expect(readHeight('30,5')).toBe(30.5);
    expect(readHeight('42 m')).toBe(42);
    // Hand-typed cells: blanks around the unit, no space before it, the unit as a word.
    expect(readHeight(' 35 m ')).toBe(35);
    expect(readHeight('35M')).toBe(35);
    expect(readHeight('35,5 mét ')).toBe(35.5);
    expect(isProblem(readHeight('35 km'))).toBe(true);
    expect(readHeight(45)).toBe(45);
    expect(isProblem(readHeight(2))).toBe(true);
    expect(isProblem(readHeight('250'))).toBe(true);
  });
});
