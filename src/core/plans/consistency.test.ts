/**
 * The consistency check on the real plans (36/QĐ-TTg and Bắc Kạn 2023–2025, from
 * datasets/vn/ict-plans) and the real unit hierarchy and lineage (datasets/vn), plus synthetic
 * targets for the cases the real data does not show.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readVietnamUnits } from '../../io/units/read-vietnam-units.ts';
import { checkConsistency } from './consistency.ts';
import {
  BAC_KAN_CODE,
  buildRealPlans,
  EQUIVALENT_INDICATORS,
  INDICATOR_TABLE,
  indicator,
  NATIONAL_CODE,
  provincialPlan,
  type RawPlans,
  type RealPlans,
} from './consistency-fixtures.ts';
import type { ConsistencyFinding, ConsistencyInput, FindingKind, UnitLookup } from './consistency-types.ts';
import { unitLookupFromRecords } from './consistency-units.ts';
import type { Target, TargetValue } from './plan-model.ts';

const DATA = new URL('../../../datasets/vn/ict-plans/ict_plan_targets_and_stats.json', import.meta.url);

let real: RealPlans;
let units: UnitLookup;

beforeAll(async () => {
  real = buildRealPlans(JSON.parse(readFileSync(DATA, 'utf8')) as RawPlans);
  const { units: records, lineage } = await readVietnamUnits();
  units = unitLookupFromRecords(records, lineage);
});

const atLeast = (value: number): TargetValue => ({ comparator: '>=', value });
const range = (min: number, max: number): TargetValue => ({ comparator: 'range', min, max });

function input(patch: Partial<ConsistencyInput> = {}): ConsistencyInput {
  return {
    national: real.national,
    provincial: [real.bacKan],
    indicators: real.indicators,
    units,
    asOf: '2025-01-01',
    equivalentIndicators: EQUIVALENT_INDICATORS,
    ...patch,
  };
}

/** Bắc Kạn with some targets replaced (by indicator code) and others added. */
function bacKanWith(replace: Record<string, Partial<Target>>, add: Target[] = []) {
  const targets = real.bacKan.targets.map((t) => ({ ...t, ...replace[t.indicatorCode] }));
  return { plan: real.bacKan.plan, targets: [...targets, ...add] };
}

const ofKind = <K extends FindingKind>(findings: readonly ConsistencyFinding[], kind: K) =>
  findings.filter((f): f is Extract<ConsistencyFinding, { kind: K }> => f.kind === kind);
const nationalCodes = (findings: readonly ConsistencyFinding[]) =>
  findings.map((f) => f.national?.indicatorCode).sort();

/** The national %-targets for 2025 that Bắc Kạn's plan has no target for, even with equivalences. */
const MISSING_IN_BAC_KAN = [
  'ENTERPRISE_DOMESTIC_CLOUD',
  'GOV_CLOUD',
  'GOV_SPECIALIZED_NET',
  'IOT_READY_INFRA',
  'PARKS_1GBPS',
  'URBAN_ORG_1GBPS',
];

describe('the real plans', () => {
  it('maps every target of both plans to an indicator of the test table', () => {
    expect(real.national.targets).toHaveLength(26);
    expect(real.bacKan.targets).toHaveLength(12);
    for (const t of [...real.national.targets, ...real.bacKan.targets]) {
      expect(INDICATOR_TABLE[t.indicatorCode], t.indicatorCode).toBeDefined();
    }
    expect(real.national.targets.filter((t) => t.indicatorCode === 'IT_PARKS').map((t) => t.value)).toEqual([
      range(12, 14),
      range(16, 20),
    ]);
  });

  it('finds the national targets Bắc Kạn lacks, and nothing else, before the merger', () => {
    const result = checkConsistency(input());
    const missing = ofKind(result.findings, 'missing_counterpart');
    expect(nationalCodes(missing)).toEqual(MISSING_IN_BAC_KAN);
    expect(result.findings).toHaveLength(missing.length);
    expect(missing.every((f) => f.severity === 'warning' && f.provincialPlanCode === BAC_KAN_CODE)).toBe(
      true,
    );
    // 10 national 2025 %-targets apply; speeds, ranks, national counts and 2030 targets do not.
    expect(result.summary.applicableNationalTargets).toEqual({ [BAC_KAN_CODE]: 10 });
    expect(result.summary.consistent).toBe(true);
    expect(missing.find((f) => f.national?.indicatorCode === 'GOV_CLOUD')?.message.vi).toBe(
      'Chỉ tiêu quốc gia “Cơ quan nhà nước sử dụng hệ sinh thái điện toán đám mây phục vụ Chính phủ số” ' +
        `(36/QĐ-TTg, hạn 31/12/2025, mức tối thiểu 100%) chưa có chỉ tiêu tương ứng trong kế hoạch tỉnh ${BAC_KAN_CODE}.`,
    );
  });

  it('needs the equivalences to pair the differently coded targets', () => {
    const result = checkConsistency(input({ equivalentIndicators: [] }));
    expect(nationalCodes(ofKind(result.findings, 'missing_counterpart'))).toEqual(
      [...MISSING_IN_BAC_KAN, 'FBB_USERS_ACCESS', 'FBB_VILLAGE_COVERAGE', 'FTTH_HOUSEHOLD_READY'].sort(),
    );
  });

  it('proposes Thái Nguyên (19) for the plan of Bắc Kạn (06) after 1 Jul 2025, once', () => {
    const result = checkConsistency(input({ asOf: '2026-01-01' }));
    const gone = ofKind(result.findings, 'scope_unit_gone');
    expect(gone).toHaveLength(1);
    const [finding] = gone;
    expect(finding?.provincial).toBeNull();
    expect(finding?.unit).toMatchObject({
      code: '06',
      name: 'Bắc Kạn',
      level: 'province',
      validTo: '2025-06-30',
    });
    expect(finding?.successors).toEqual([
      { code: '19', name: 'Thái Nguyên', kind: 'full', validFrom: '2025-07-01' },
    ]);
    expect(finding?.message.vi).toContain(
      'đề nghị chuyển sang đơn vị kế thừa: Thái Nguyên (mã 19, kế thừa toàn bộ)',
    );
    expect(finding?.message.en).toContain('proposed successor: Thái Nguyên (code 19, full successor)');
    expect(ofKind(checkConsistency(input({ asOf: '2025-06-30' })).findings, 'scope_unit_gone')).toEqual([]);
  });
});

describe('scope units on asOf', () => {
  it('reports a target on an old commune apart from the plan (Xuất Hóa 01855 → Phường Bắc Kạn 01843)', () => {
    const [commune] = provincialPlan(BAC_KAN_CODE, '01855', [
      ['VILLAGE_MBB', atLeast(100), '2025-12-31'],
    ]).targets;
    const plan = bacKanWith({}, commune === undefined ? [] : [commune]);
    const gone = ofKind(
      checkConsistency(input({ provincial: [plan], asOf: '2026-01-01' })).findings,
      'scope_unit_gone',
    );
    expect(
      gone.map((f) => [f.provincial?.index ?? null, f.unit.code, f.successors.map((s) => s.code)]),
    ).toEqual([
      [null, '06', ['19']],
      [12, '01855', ['01843']],
    ]);
  });

  it('only notes a province recoded into itself in full (Hà Nội 01 → 01)', () => {
    const plan = provincialPlan('KH-HN', '01', []);
    const gone = ofKind(
      checkConsistency(input({ provincial: [plan], asOf: '2026-01-01' })).findings,
      'scope_unit_gone',
    );
    expect(gone.map((f) => [f.severity, f.successors])).toEqual([
      ['info', [{ code: '01', name: 'Hà Nội', kind: 'full', validFrom: '2025-07-01' }]],
    ]);
  });
});

describe('synthetic departures from the national plan', () => {
  it('flags a weaker value, and a later deadline, as weaker than national', () => {
    const plan = bacKanWith({
      HH_FIBRE_READY: { value: atLeast(95) },
      FBB_200MBPS: { deadline: '2026-12-31' },
    });
    const result = checkConsistency(input({ provincial: [plan] }));
    const weaker = ofKind(result.findings, 'weaker_than_national');
    expect(weaker.map((f) => [f.national?.indicatorCode, f.provincial?.indicatorCode, f.reasons])).toEqual([
      ['FTTH_HOUSEHOLD_READY', 'HH_FIBRE_READY', ['value']],
      ['FBB_USERS_ACCESS', 'FBB_200MBPS', ['deadline']],
    ]);
    expect(weaker[0]?.values).toEqual({ national: atLeast(100), provincial: atLeast(95) });
    expect(weaker[0]?.message.vi).toContain(
      'mức của tỉnh (tối thiểu 95%) thấp hơn yêu cầu quốc gia (tối thiểu 100%)',
    );
    expect(weaker[1]?.message.vi).toContain('hạn của tỉnh 31/12/2026 muộn hơn hạn quốc gia 31/12/2025');
    expect(result.summary.consistent).toBe(false);
    // 2026 also lies outside the 2023–2025 plan.
    const outside = ofKind(result.findings, 'deadline_outside_period');
    expect(outside.map((f) => f.provincial?.indicatorCode)).toEqual(['FBB_200MBPS']);
    expect(outside[0]?.period).toEqual({ start: 2023, end: 2025 });
  });

  it('is direction-aware: a longer delivery time is weaker, a shorter one is not', () => {
    const days = indicator('DELIVERY_DAYS', { unit: 'days', direction: 'lower', aggregation: 'none' });
    const national = provincialPlan(NATIONAL_CODE, 'VN', [
      ['DELIVERY_DAYS', { comparator: '<=', value: 2 }, '2025-12-31'],
    ]);
    // Delivery times do not add up: the national plan asks them of every province explicitly.
    const targets = national.targets.map(
      (t): Target => ({ ...t, scope: { kind: 'level', level: 'province' } }),
    );
    const run = (value: number) =>
      checkConsistency(
        input({
          national: { plan: { ...national.plan, scope: { code: 'VN', on: null } }, targets },
          provincial: [
            provincialPlan('P', '06', [['DELIVERY_DAYS', { comparator: '<=', value }, '2025-12-31']]),
          ],
          indicators: new Map([['DELIVERY_DAYS', days]]),
        }),
      ).findings;
    expect(ofKind(run(3), 'weaker_than_national')).toHaveLength(1);
    expect(run(1.5)).toEqual([]);
    expect(ofKind(run(3), 'weaker_than_national')[0]?.message.vi).toContain('tối đa 3 ngày');
  });

  it('reports a unit of measure mismatch instead of comparing values', () => {
    const indicators = new Map(real.indicators).set(
      'GOV_NET_SITES',
      indicator('GOV_NET_SITES', { unit: 'count' }),
    );
    const extra = provincialPlan(BAC_KAN_CODE, '06', [['GOV_NET_SITES', atLeast(120), '2025-12-31']]).targets;
    const result = checkConsistency(
      input({
        provincial: [bacKanWith({}, extra)],
        indicators,
        equivalentIndicators: [...EQUIVALENT_INDICATORS, ['GOV_SPECIALIZED_NET', 'GOV_NET_SITES']],
      }),
    );
    const mismatch = ofKind(result.findings, 'unit_mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.units).toEqual({ national: '%', provincial: 'count' });
    expect(mismatch[0]?.provincial?.index).toBe(12);
    expect(nationalCodes(ofKind(result.findings, 'missing_counterpart'))).not.toContain(
      'GOV_SPECIALIZED_NET',
    );
    expect(ofKind(result.findings, 'weaker_than_national')).toEqual([]);
  });

  it('reports an earlier deadline: info when as strong, warning when weaker', () => {
    const run = (value: number) =>
      ofKind(
        checkConsistency(
          input({
            provincial: [bacKanWith({ ADULT_SMARTPHONE: { value: atLeast(value), deadline: '2024-12-31' } })],
          }),
        ).findings,
        'deadline_mismatch',
      );
    expect(run(100).map((f) => [f.severity, f.national?.deadline, f.provincial?.deadline])).toEqual([
      ['info', '2025-12-31', '2024-12-31'],
    ]);
    const [weaker] = run(80);
    expect(weaker?.severity).toBe('warning');
    expect(weaker?.message.en).toContain('the plan sets no target at the national deadline');
  });

  it('adds the IT parks of several provincial plans up against the national 12–14 and 16–20', () => {
    const parks = (plan: string, unit: string, n: number) =>
      provincialPlan(plan, unit, [['IT_PARKS', atLeast(n), '2025-12-31']]);
    const plans = [parks('HN', '01', 8), parks('DN', '48', 6), parks('HCM', '79', 5), parks('BK', '06', 1)];
    const result = checkConsistency(input({ provincial: plans }));
    const sums = ofKind(result.findings, 'sum_outside_national');
    // 8 + 6 + 5 + 1 = 20: above 2025's 12–14, inside 2030's 16–20 (2025 targets carry over).
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ severity: 'error', side: 'above', provincialPlanCode: null });
    expect(sums[0]?.sum).toMatchObject({ min: 20, max: 20 });
    expect(sums[0]?.sum.contributions.map((c) => c.target.planCode)).toEqual(['HN', 'DN', 'HCM', 'BK']);
    expect(sums[0]?.values.national).toEqual(range(12, 14));
    expect(sums[0]?.message.vi).toBe(
      'Tổng chỉ tiêu “Khu CNTT tập trung hình thành và triển khai đề án, dự án” của 4 kế hoạch tỉnh ' +
        '(HN, DN, HCM, BK) là 20, vượt mức quốc gia từ 12 đến 14 (36/QĐ-TTg, hạn 31/12/2025).',
    );
    // National totals are not asked of each province.
    expect(nationalCodes(ofKind(result.findings, 'missing_counterpart'))).not.toContain('IT_PARKS');

    const few = ofKind(
      checkConsistency(input({ provincial: [parks('BK', '06', 1)] })).findings,
      'sum_outside_national',
    );
    expect(few.map((f) => [f.side, f.severity, f.national?.deadline])).toEqual([
      ['below', 'warning', '2025-12-31'],
      ['below', 'warning', '2030-12-31'],
    ]);
  });

  it('reports indicators missing from the catalogue and unknown scope units', () => {
    const plan = provincialPlan('X', '99', [['NO_SUCH_INDICATOR', atLeast(1), '2025-12-31']]);
    const result = checkConsistency(input({ provincial: [plan] }));
    expect(ofKind(result.findings, 'unknown_indicator').map((f) => f.indicatorCode)).toEqual([
      'NO_SUCH_INDICATOR',
    ]);
    const unknown = ofKind(result.findings, 'scope_unit_unknown');
    expect(unknown.map((f) => [f.severity, f.ref])).toEqual([['error', { code: '99', on: '2023-10-01' }]]);
  });
});
