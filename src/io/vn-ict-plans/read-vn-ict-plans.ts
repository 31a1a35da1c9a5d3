import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawPlanSubmission, RawRecord } from '../../core/plans/plan-input.ts';
import type { Indicator } from '../../core/plans/plan-model.ts';
import { DEFAULT_DATASETS_DIR } from '../units/datasets-dir.ts';

/** An indicator of the catalogue with the target codes the source file uses for it. */
export interface CatalogueIndicator extends Indicator {
  planCodes: string[];
}

/** A published figure, tied to a unit code read on a date, with its source. */
export interface SourceObservation {
  indicatorCode: string;
  unitCode: string;
  /** Day the unit code is read on (old Sơn La 14 in 2024; current Tuyên Quang 08 in 2026). */
  unitOn: string;
  period: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sourceUrl: string;
  note: string | null;
}

export interface VnIctPlans {
  indicators: CatalogueIndicator[];
  plans: RawPlanSubmission[];
  observations: SourceObservation[];
}

interface SourceTarget {
  code: string;
  name_vi: string;
  unit: string;
  comparator: '>=' | '<=' | '=' | 'range';
  target: number | string;
  target_year: number;
  sources: string[];
  note?: string;
}

interface SourceFile {
  national_plan_36_QD_TTg: {
    plan: string;
    decision: string;
    issued: string;
    full_text_url: string;
    targets: SourceTarget[];
  };
  bac_kan_digital_infra_plan_2023_2025: {
    source: string;
    targets_2025: SourceTarget[];
    baseline: { source: string; values: Record<string, number> };
  };
  national_and_provincial_statistics: {
    as_of: string;
    source: string;
    values: Record<string, number | string>;
  }[];
}

/** Code under which Hatang stores the Bắc Kạn plan: its number (660/KH-UBND) could not be confirmed (SOURCE.md). */
export const BAC_KAN_PLAN_CODE = 'KH-HTS-BK-2023-2025';
export const NATIONAL_PLAN_CODE = '36/QĐ-TTg';

function targetRecords(targets: SourceTarget[], byPlanCode: Map<string, string>): RawRecord[] {
  return targets.map((t, i) => {
    const range = t.comparator === 'range' ? String(t.target).split('-').map(Number) : null;
    return {
      location: { row: i + 1 },
      fields: {
        indicator: byPlanCode.get(t.code) ?? t.code,
        comparator: t.comparator,
        value: range ? null : Number(t.target),
        min: range?.[0] ?? null,
        max: range?.[1] ?? null,
        deadline: t.target_year,
        // The clause numbers are not in the source; the target's wording is kept as written.
        sourceClause: t.note ? `${t.name_vi} (${t.note})` : t.name_vi,
        sourceUrl: t.sources[0] ?? null,
      },
    };
  });
}

/**
 * Which published statistic measures which indicator, and how to read it. Only figures with a clear
 * definition are taken; the others (e.g. "5G stations deployed in 2025: >26000") stay in the file.
 */
const NATIONAL_STATISTICS: { key: string; indicator: string; period?: string }[] = [
  { key: 'household_fibre_pct', indicator: 'HH_FIBRE_USE' },
  { key: 'internet_users_pct', indicator: 'INTERNET_USERS' },
  { key: 'smartphone_to_mobile_users_pct', indicator: 'SMARTPHONE_SUB_RATIO' },
  { key: '4g_population_coverage_pct', indicator: 'MBB_4G_POP_COVERAGE' },
  { key: '5g_bts', indicator: 'SITES_5G' },
  { key: '5g_population_coverage_pct', indicator: 'MBB_5G_POP_COVERAGE' },
  { key: '5g_coverage_pct', indicator: 'MBB_5G_POP_COVERAGE' },
  { key: 'villages_with_mobile_broadband_pct', indicator: 'VILLAGE_MBB_COVERAGE' },
  { key: 'mobile_speed_mbps', indicator: 'MBB_SPEED' },
  { key: 'fixed_speed_mbps', indicator: 'FBB_SPEED' },
  { key: 'mobile_bb_speed_mbps_2025_04', indicator: 'MBB_SPEED', period: '2025-04' },
  { key: 'fixed_bb_speed_mbps_2025_04', indicator: 'FBB_SPEED', period: '2025-04' },
  { key: 'ipv6_usage_pct', indicator: 'IPV6_USAGE' },
  { key: 'data_centres', indicator: 'DATA_CENTRES' },
  { key: 'operational_data_centres', indicator: 'DATA_CENTRES' },
  { key: 'dc_total_capacity_mw', indicator: 'DC_CAPACITY_MW' },
];

/** `2023 (MIC year-end report)` → 2023, `2025-05 (early May)` → 2025-05, `2025-Q2 (…)` → 2025-Q2. */
function periodOf(asOf: string): string | null {
  const match = /^(\d{4})(-Q[1-4]|-\d{2})?/.exec(asOf);
  return match ? `${match[1]}${match[2] ?? ''}` : null;
}

/** `~90` → 90 (approximate, noted); `>84` and other bounds are not values and are skipped. */
function numberOf(value: number | string): { value: number; approximate: boolean } | null {
  if (typeof value === 'number') return { value, approximate: false };
  const approx = /^~\s*(\d+(?:\.\d+)?)$/.exec(value.trim());
  return approx ? { value: Number(approx[1]), approximate: true } : null;
}

function statisticsObservations(file: SourceFile): SourceObservation[] {
  const out: SourceObservation[] = [];
  for (const snapshot of file.national_and_provincial_statistics) {
    const period = periodOf(snapshot.as_of);
    if (!period) continue;
    for (const { key, indicator, period: own } of NATIONAL_STATISTICS) {
      const raw = snapshot.values[key];
      const parsed = raw === undefined ? null : numberOf(raw);
      if (!parsed) continue;
      out.push({
        indicatorCode: indicator,
        unitCode: 'VN',
        unitOn: '2025-01-01',
        period: own ?? period,
        value: parsed.value,
        numerator: null,
        denominator: null,
        sourceUrl: snapshot.source,
        note: parsed.approximate ? `xấp xỉ (nguồn ghi "${raw}")` : null,
      });
    }
    // The 5G/4G ratio is published with its numerator: the denominator follows (≈150,000 4G sites).
    const sites5g = snapshot.values['5g_bts'];
    const ratio = snapshot.values['5g_bts_as_pct_of_4g_bts'];
    if (typeof sites5g === 'number' && typeof ratio === 'number') {
      out.push({
        indicatorCode: 'SITES_5G_TO_4G',
        unitCode: 'VN',
        unitOn: '2025-01-01',
        period,
        value: ratio,
        numerator: sites5g,
        denominator: Math.round((sites5g * 100) / ratio),
        sourceUrl: snapshot.source,
        note: 'mẫu số (số trạm 4G) suy ra từ tỷ lệ công bố',
      });
    }
  }
  return [...out, ...provincialObservations(file)];
}

/** The two provincial snapshots: Tuyên Quang after the merger (January 2026) and old Sơn La (c. 2024). */
function provincialObservations(file: SourceFile): SourceObservation[] {
  const out: SourceObservation[] = [];
  for (const snapshot of file.national_and_provincial_statistics) {
    const v = snapshot.values;
    if (snapshot.as_of.includes('Tuyên Quang') && typeof v.village_coverage_pct === 'number') {
      const [uncovered, total] = String(v.villages_no_mobile_signal).split('/').map(Number);
      if (uncovered !== undefined && total) {
        out.push({
          indicatorCode: 'VILLAGE_MBB_COVERAGE',
          unitCode: '08',
          unitOn: '2026-01-01',
          period: '2026-01',
          value: (100 * (total - uncovered)) / total,
          numerator: total - uncovered,
          denominator: total,
          sourceUrl: snapshot.source,
          note: `${uncovered}/${total} thôn chưa có sóng di động`,
        });
      }
    }
    if (snapshot.as_of.includes('Sơn La')) {
      const pairs: [string, string][] = [
        ['villages_fixed_bb_pct', 'FBB_VILLAGE_COVERAGE'],
        ['villages_3g4g_pct', 'VILLAGE_MBB_COVERAGE'],
        ['households_fibre_subscription_pct', 'HH_FIBRE_USE'],
      ];
      for (const [key, indicator] of pairs) {
        const value = v[key];
        if (typeof value !== 'number') continue;
        out.push({
          indicatorCode: indicator,
          unitCode: '14',
          unitOn: '2024-12-31',
          period: '2024',
          value,
          numerator: null,
          denominator: null,
          sourceUrl: snapshot.source,
          note: 'năm của số liệu ước tính (nguồn ghi khoảng 2024)',
        });
      }
    }
  }
  return out;
}

/** The Bắc Kạn baseline (c. 2023) as observations of old Bắc Kạn (06). */
function bacKanBaseline(file: SourceFile): SourceObservation[] {
  const { source, values } = file.bac_kan_digital_infra_plan_2023_2025.baseline;
  const base = { unitCode: '06', unitOn: '2023-10-01', period: '2023', sourceUrl: source };
  const note = 'năm của số liệu ước tính (nguồn không ghi ngày, khoảng 2023)';
  const out: SourceObservation[] = [];
  if (values.bts_stations !== undefined) {
    out.push({
      ...base,
      indicatorCode: 'MOBILE_SITES',
      value: values.bts_stations,
      numerator: null,
      denominator: null,
      note,
    });
  }
  const smart = values.smartphone_subscriptions;
  const mobile = values.mobile_subscriptions;
  if (smart !== undefined && mobile) {
    out.push({
      ...base,
      indicatorCode: 'SMARTPHONE_SUB_RATIO',
      value: (100 * smart) / mobile,
      numerator: smart,
      denominator: mobile,
      note,
    });
  }
  if (values.household_fibre_use_pct !== undefined) {
    out.push({
      ...base,
      indicatorCode: 'HH_FIBRE_USE',
      value: values.household_fibre_use_pct,
      numerator: null,
      denominator: null,
      note,
    });
  }
  return out;
}

/** Reads the indicator catalogue, the two real plans and the published figures shipped in datasets/vn/ict-plans. */
export async function readVnIctPlans(datasetsDir: string = DEFAULT_DATASETS_DIR): Promise<VnIctPlans> {
  const dir = join(datasetsDir, 'ict-plans');
  const catalogue = JSON.parse(await readFile(join(dir, 'indicators.json'), 'utf8')) as {
    indicators: CatalogueIndicator[];
  };
  const file = JSON.parse(await readFile(join(dir, 'ict_plan_targets_and_stats.json'), 'utf8')) as SourceFile;
  const byPlanCode = new Map<string, string>();
  for (const indicator of catalogue.indicators)
    for (const code of indicator.planCodes) byPlanCode.set(code, indicator.code);

  const national = file.national_plan_36_QD_TTg;
  const bacKan = file.bac_kan_digital_infra_plan_2023_2025;
  const smart = bacKan.baseline.values.smartphone_subscriptions;
  const mobile = bacKan.baseline.values.mobile_subscriptions;
  const bacKanTargets = targetRecords(bacKan.targets_2025, byPlanCode).map((record) =>
    record.fields.indicator === 'SMARTPHONE_SUB_RATIO' && smart !== undefined && mobile
      ? {
          ...record,
          fields: {
            ...record.fields,
            baselineValue: Math.round((1000 * smart) / mobile) / 10,
            baselineYear: 2023,
          },
        }
      : record,
  );
  const plans: RawPlanSubmission[] = [
    {
      plan: {
        location: { row: 0 },
        fields: {
          code: national.decision,
          titleVi: national.plan,
          titleEn: 'Information and communications infrastructure plan for 2021–2030, with a vision to 2050',
          issuer: 'Thủ tướng Chính phủ',
          issuedOn: national.issued,
          periodStart: 2021,
          periodEnd: 2030,
          visionYear: 2050,
          scopeUnit: 'VN',
          status: 'in_force',
          sourceUrl: national.full_text_url,
        },
      },
      targets: targetRecords(national.targets, byPlanCode),
    },
    {
      plan: {
        location: { row: 0 },
        fields: {
          code: BAC_KAN_PLAN_CODE,
          titleVi: 'Kế hoạch phát triển hạ tầng số tỉnh Bắc Kạn giai đoạn 2023–2025',
          titleEn: 'Digital infrastructure development plan of Bắc Kạn province, 2023–2025',
          issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn',
          periodStart: 2023,
          periodEnd: 2025,
          scopeUnit: '06',
          scopeDate: '2023-10-01',
          status: 'expired',
          sourceUrl: bacKan.source,
        },
      },
      targets: bacKanTargets,
    },
  ];
  return {
    indicators: catalogue.indicators,
    plans,
    observations: [...statisticsObservations(file), ...bacKanBaseline(file)],
  };
}
