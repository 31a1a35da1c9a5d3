import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { PlanRef } from '../../api/types.ts';
import { applicablePlans, byEffectiveDate, isFormerSelf, lastDayInForce, linkedUnitPath } from './lineage.ts';
import type { LinkedUnit } from './types.ts';

const link = (
  code: string,
  name: string,
  effective = '2025-07-01',
  validTo: string | null = '2025-06-30',
): LinkedUnit => ({
  code,
  name,
  fullName: `Tỉnh ${name}`,
  level: 'province',
  validFrom: null,
  validTo,
  provinceCode: code,
  kind: 'full',
  effective,
});

describe('linkedUnitPath', () => {
  it('opens a former unit on its last day, since its code may now name the new unit', () => {
    expect(linkedUnitPath(link('19', 'Thái Nguyên'))).toBe('/units/19?date=2025-06-30');
    expect(linkedUnitPath({ code: '19', validTo: null })).toBe('/units/19');
  });
});

describe('lastDayInForce', () => {
  it('reads validTo from UNIT_NOT_IN_FORCE only', () => {
    const gone = new ApiError(404, 'UNIT_NOT_IN_FORCE', 'gone', { code: '06', validTo: '2025-06-30' });
    expect(lastDayInForce(gone)).toBe('2025-06-30');
    expect(lastDayInForce(new ApiError(404, 'UNIT_NOT_FOUND', 'none', { code: '99999' }))).toBeNull();
    expect(lastDayInForce(new ApiError(404, 'UNIT_NOT_IN_FORCE', 'odd', null))).toBeNull();
    expect(lastDayInForce(null)).toBeNull();
  });
});

describe('lineage', () => {
  it('groups links by the date they took effect', () => {
    const groups = byEffectiveDate([
      link('06', 'Bắc Kạn'),
      link('19', 'Thái Nguyên'),
      link('01', 'X', '2020-01-01'),
    ]);
    expect(groups.map((g) => [g.effective, g.units.map((u) => u.code)])).toEqual([
      ['2020-01-01', ['01']],
      ['2025-07-01', ['06', '19']],
    ]);
  });
  it('recognises the unit’s former self by name and level', () => {
    expect(isFormerSelf(link('19', 'Thái Nguyên'), { name: 'Thái Nguyên', level: 'province' })).toBe(true);
    expect(isFormerSelf(link('06', 'Bắc Kạn'), { name: 'Thái Nguyên', level: 'province' })).toBe(false);
  });
});

describe('applicablePlans', () => {
  const plan = (code: string, scope: string, status: string): PlanRef => ({
    id: 1,
    code,
    titleVi: code,
    titleEn: null,
    issuer: null,
    issuedOn: null,
    periodStart: 2021,
    periodEnd: 2030,
    scopeUnit: {
      code: scope,
      name: scope,
      fullName: scope,
      level: 'province',
      validFrom: null,
      validTo: null,
    },
    status,
    sourceUrl: null,
    targetCount: 1,
  });
  const plans = [
    plan('KH-BK', '06', 'expired'),
    plan('KH-HN', '01', 'in_force'),
    plan('36/QĐ-TTg', 'VN', 'in_force'),
  ];

  it('takes the national plan and the plans of the province and of the provinces merged into it', () => {
    expect(applicablePlans(plans, '19', ['19', '06']).map((p) => p.code)).toEqual(['36/QĐ-TTg', 'KH-BK']);
    expect(applicablePlans(plans, '01840', ['19', '06']).map((p) => p.code)).toEqual(['36/QĐ-TTg', 'KH-BK']);
    expect(applicablePlans(plans, '01', ['01']).map((p) => p.code)).toEqual(['36/QĐ-TTg', 'KH-HN']);
  });
});
