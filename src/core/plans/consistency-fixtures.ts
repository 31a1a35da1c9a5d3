/**
 * Test-only: the national plan 36/QĐ-TTg and the Bắc Kạn 2023–2025 digital infrastructure plan
 * built from datasets/vn/ict-plans/ict_plan_targets_and_stats.json, with a small indicator table
 * (unit, direction, aggregation) for the codes the two plans use. Pure: the tests read the file.
 */
import type { Aggregation, Direction, Indicator, Plan, Target, TargetValue } from './plan-model.ts';

export const NATIONAL_CODE = '36/QĐ-TTg';
/** The plan's number (660/KH-UBND?) could not be confirmed (see the dataset's SOURCE.md): a label. */
export const BAC_KAN_CODE = 'KH-HTS-BK-2023-2025';
/** Bắc Kạn, province 06, read before it merged into Thái Nguyên (19) on 1 Jul 2025. */
export const BAC_KAN_SCOPE = { code: '06', on: '2023-10-01' } as const;

type Row = [unit: string, direction: Direction, aggregation: Aggregation];
const pct: Row = ['%', 'higher', 'ratio'];
const count: Row = ['count', 'higher', 'sum'];

/** National codes lose their `_2025`/`_2030` suffix: one indicator, one target per deadline. */
export const INDICATOR_TABLE: Readonly<Record<string, Row>> = {
  FBB_VILLAGE_COVERAGE: pct,
  FTTH_HOUSEHOLD_READY: pct,
  FBB_USERS_ACCESS: pct,
  URBAN_ORG_1GBPS: pct,
  MBB_4G_SPEED: ['Mb/s', 'higher', 'none'],
  MBB_5G_SPEED: ['Mb/s', 'higher', 'none'],
  ADULT_SMARTPHONE: pct,
  PARKS_1GBPS: pct,
  GOV_SPECIALIZED_NET: pct,
  IOT_READY_INFRA: pct,
  GOV_CLOUD: pct,
  ENTERPRISE_DOMESTIC_CLOUD: pct,
  NATIONAL_MULTIPURPOSE_DC: count,
  INTL_CABLES: count,
  IPV6_RANK: ['rank', 'lower', 'none'],
  IT_PARKS: count,
  POSTAL_CAPACITY: ['tonnes/day', 'higher', 'sum'],
  POSTAL_REGIONAL_CENTRES: count,
  POSTAL_ZONE_CENTRES: count,
  POSTAL_DELIVERY_INTERPROV: ['days', 'lower', 'none'],
  POSTAL_DELIVERY_INTRAREG: ['days', 'lower', 'none'],
  FBB_1GBPS: pct,
  '5G_POP_COVERAGE': pct,
  // Bắc Kạn 2023–2025 (ADULT_SMARTPHONE shared with the national plan)
  VILLAGE_MBB: pct,
  VILLAGE_FTTH: pct,
  BTS_SHARING: pct,
  COMMUNE_PC_SPECIALIZED_NET: pct,
  SMARTPHONE_SUB_RATIO: pct,
  INTERNET_USERS: pct,
  HH_FIBRE_READY: pct,
  HH_INTERNET: pct,
  FBB_200MBPS: pct,
  AGENCY_1GBPS: pct,
  MBB_70MBPS_POP: pct,
};

/** The equivalences the brief names: same measure, different codes in the two plans. */
export const EQUIVALENT_INDICATORS: readonly (readonly [string, string])[] = [
  ['FTTH_HOUSEHOLD_READY', 'HH_FIBRE_READY'],
  ['FBB_USERS_ACCESS', 'FBB_200MBPS'],
  ['FBB_VILLAGE_COVERAGE', 'VILLAGE_FTTH'],
];

export interface RawTarget {
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  comparator: string;
  target: number | string;
  target_year: number;
  sources?: string[];
}

export interface RawPlans {
  national_plan_36_QD_TTg: { plan: string; issued: string; full_text_url: string; targets: RawTarget[] };
  bac_kan_digital_infra_plan_2023_2025: { plan: string; source: string; targets_2025: RawTarget[] };
}

export const indicatorCodeOf = (rawCode: string): string => rawCode.replace(/_(2025|2030)$/, '');

function rawValue(raw: RawTarget): TargetValue {
  if (raw.comparator === 'range') {
    const [min, max] = String(raw.target).split('-').map(Number);
    if (min === undefined || max === undefined) throw new Error(`bad range ${raw.code}`);
    return { comparator: 'range', min, max };
  }
  if (raw.comparator !== '>=' && raw.comparator !== '<=' && raw.comparator !== '=') {
    throw new Error(`bad comparator ${raw.code}`);
  }
  return { comparator: raw.comparator, value: Number(raw.target) };
}

function targetOf(planCode: string, scope: { code: string; on: string | null }, raw: RawTarget): Target {
  return {
    planCode,
    indicatorCode: indicatorCodeOf(raw.code),
    scope: { kind: 'unit', unit: { ...scope } },
    value: rawValue(raw),
    deadline: `${raw.target_year}-12-31`,
    baseline: null,
    sourceClause: null,
    sourceUrl: raw.sources?.[0] ?? null,
  };
}

export interface RealPlans {
  national: { plan: Plan; targets: Target[] };
  bacKan: { plan: Plan; targets: Target[] };
  indicators: Map<string, Indicator>;
}

export function buildRealPlans(raw: RawPlans): RealPlans {
  const n = raw.national_plan_36_QD_TTg;
  const bk = raw.bac_kan_digital_infra_plan_2023_2025;
  const national: Plan = {
    code: NATIONAL_CODE,
    titleVi: n.plan,
    titleEn: 'ICT infrastructure plan 2021–2030, vision 2050',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: n.issued,
    periodStart: 2021,
    periodEnd: 2030,
    visionYear: 2050,
    scope: { code: 'VN', on: null },
    parentPlanCode: null,
    status: 'in_force',
    sourceUrl: n.full_text_url,
  };
  const bacKan: Plan = {
    code: BAC_KAN_CODE,
    titleVi: 'Kế hoạch phát triển hạ tầng số tỉnh Bắc Kạn giai đoạn 2023–2025',
    titleEn: 'Bắc Kạn digital infrastructure plan 2023–2025',
    issuer: 'UBND tỉnh Bắc Kạn',
    issuedOn: null,
    periodStart: 2023,
    periodEnd: 2025,
    visionYear: null,
    scope: { ...BAC_KAN_SCOPE },
    parentPlanCode: null,
    status: 'expired',
    sourceUrl: bk.source,
  };
  const indicators = new Map<string, Indicator>();
  for (const t of [...n.targets, ...bk.targets_2025]) {
    const code = indicatorCodeOf(t.code);
    const row = INDICATOR_TABLE[code];
    if (row === undefined || indicators.has(code)) continue;
    const [unit, direction, aggregation] = row;
    indicators.set(code, {
      code,
      nameVi: t.name_vi,
      nameEn: t.name_en,
      unit,
      direction,
      naturalLimit: unit === '%' ? 100 : null,
      kind: 'reported',
      aggregation,
      scale: unit === '%' ? 100 : 1,
      numeratorVi: null,
      denominatorVi: null,
      descriptionVi: null,
    });
  }
  return {
    national: { plan: national, targets: n.targets.map((t) => targetOf(NATIONAL_CODE, national.scope, t)) },
    bacKan: { plan: bacKan, targets: bk.targets_2025.map((t) => targetOf(BAC_KAN_CODE, BAC_KAN_SCOPE, t)) },
    indicators,
  };
}

/** A test indicator (percent, higher is better, ratio unless told). */
export function indicator(code: string, patch: Partial<Indicator> = {}): Indicator {
  return {
    code,
    nameVi: code,
    nameEn: code,
    unit: '%',
    direction: 'higher',
    naturalLimit: null,
    kind: 'reported',
    aggregation: 'ratio',
    scale: 1,
    numeratorVi: null,
    denominatorVi: null,
    descriptionVi: null,
    ...patch,
  };
}

/** A provincial plan for `code` (read on 2023-10-01) with the given targets. */
export function provincialPlan(
  planCode: string,
  unitCode: string,
  targets: readonly [indicatorCode: string, value: TargetValue, deadline: string][],
): { plan: Plan; targets: Target[] } {
  const scope = { code: unitCode, on: '2023-10-01' };
  return {
    plan: {
      code: planCode,
      titleVi: planCode,
      titleEn: null,
      issuer: 'UBND',
      issuedOn: null,
      periodStart: 2023,
      periodEnd: 2025,
      visionYear: null,
      scope,
      parentPlanCode: NATIONAL_CODE,
      status: 'in_force',
      sourceUrl: null,
    },
    targets: targets.map(([indicatorCode, value, deadline]) => ({
      planCode,
      indicatorCode,
      scope: { kind: 'unit', unit: { ...scope } },
      value,
      deadline,
      baseline: null,
      sourceClause: null,
      sourceUrl: null,
    })),
  };
}
