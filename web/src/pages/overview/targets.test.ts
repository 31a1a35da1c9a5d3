import { describe, expect, it } from 'vitest';
import type { PlanRef } from '../../api/types.ts';
import { defaultMapIndicator, findNationalPlan, mapIndicators, statusCounts } from './targets.ts';

const unit = (code: string) => ({
  code,
  name: code,
  fullName: code,
  level: code === 'VN' ? ('country' as const) : ('province' as const),
  validFrom: null,
  validTo: null,
});

const plan = (code: string, scope: string, status: string, issuedOn: string | null): PlanRef => ({
  id: 1,
  code,
  titleVi: code,
  titleEn: null,
  issuer: null,
  issuedOn,
  periodStart: 2021,
  periodEnd: 2030,
  scopeUnit: unit(scope),
  status,
  sourceUrl: null,
  targetCount: 1,
});

describe('findNationalPlan', () => {
  it('takes the plan of VN in force, not a provincial or expired one', () => {
    const plans = [
      plan('KH-BK', '06', 'in_force', '2023-01-01'),
      plan('OLD', 'VN', 'expired', '2020-01-01'),
      plan('36/QĐ-TTg', 'VN', 'in_force', '2024-01-11'),
    ];
    expect(findNationalPlan(plans)?.code).toBe('36/QĐ-TTg');
  });
  it('prefers the latest issued and answers null when there is none', () => {
    expect(
      findNationalPlan([plan('A', 'VN', 'in_force', '2022-01-01'), plan('B', 'VN', 'in_force', '2024-01-01')])
        ?.code,
    ).toBe('B');
    expect(findNationalPlan([plan('KH-BK', '06', 'in_force', null)])).toBeNull();
  });
});

describe('statusCounts', () => {
  it('lists the statuses present, best first, with the total', () => {
    expect(
      statusCounts({
        insufficient_data: 24,
        achieved: 2,
        on_track: 0,
        acceleration_needed: 0,
        limited_progress: 0,
        deterioration: 0,
      }),
    ).toEqual({
      total: 26,
      items: [
        { status: 'achieved', count: 2 },
        { status: 'insufficient_data', count: 24 },
      ],
    });
  });
});

describe('map indicators', () => {
  it('offers computed indicators by Vietnamese name, 4G village coverage first by default', () => {
    const list = [
      { code: 'MOBILE_SITES', nameVi: 'Số trạm phát sóng', kind: 'computed' },
      { code: 'ADULT_SMARTPHONE', nameVi: 'Tỷ lệ dân số trưởng thành', kind: 'reported' },
      { code: 'VILLAGE_MBB_COVERAGE', nameVi: 'Tỷ lệ thôn, bản được phủ sóng', kind: 'computed' },
      { code: 'DATA_CENTRES', nameVi: 'Số trung tâm dữ liệu', kind: 'computed' },
    ];
    const offered = mapIndicators(list).map((i) => i.code);
    expect(offered).toEqual(['MOBILE_SITES', 'DATA_CENTRES', 'VILLAGE_MBB_COVERAGE']);
    expect(defaultMapIndicator(offered)).toBe('VILLAGE_MBB_COVERAGE');
    expect(defaultMapIndicator(['DATA_CENTRES'])).toBe('DATA_CENTRES');
    expect(defaultMapIndicator([])).toBeNull();
  });
});
