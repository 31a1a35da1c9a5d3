import type { RawValue } from '../../core/plans/plan-input.ts';

/**
 * The example the template can carry: Bắc Kạn's digital-infrastructure plan for 2023–2025, whose
 * targets for 2025 include mobile broadband in every village and a quarter of BTS sites shared.
 * Bắc Kạn (06) was merged into Thái Nguyên (19) on 1 July 2025, so the scope code is read on a date
 * before the merger. Values are as an officer types them (a date cell, a year, text).
 */
export const EXAMPLE_PLAN: Record<string, RawValue> = {
  code: '660/KH-UBND',
  titleVi: 'Kế hoạch phát triển hạ tầng số tỉnh Bắc Kạn giai đoạn 2023-2025',
  titleEn: 'Digital infrastructure development plan of Bắc Kạn province, 2023-2025',
  issuer: 'UBND tỉnh Bắc Kạn',
  periodStart: 2023,
  periodEnd: 2025,
  scopeUnit: '06',
  scopeDate: new Date(Date.UTC(2023, 9, 1)),
  status: 'in_force',
  sourceUrl: 'https://backan.gov.vn/Pages/phat-trien-ha-tang-so-3e70.aspx',
};

export const EXAMPLE_TARGETS: Record<string, RawValue>[] = [
  {
    indicator: 'VILLAGE_MBB_COVERAGE',
    comparator: '>=',
    value: 100,
    deadline: 2025,
    sourceClause: 'Mục tiêu đến năm 2025',
  },
  {
    indicator: 'BTS_SHARING',
    comparator: '>=',
    value: 25,
    deadline: 2025,
    sourceClause: 'Mục tiêu đến năm 2025',
  },
];
