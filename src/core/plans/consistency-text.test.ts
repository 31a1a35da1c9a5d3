/** The consistency report and messages as text, in Vietnamese and English. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readVietnamUnits } from '../../io/units/read-vietnam-units.ts';
import { checkConsistency } from './consistency.ts';
import {
  BAC_KAN_CODE,
  buildRealPlans,
  EQUIVALENT_INDICATORS,
  provincialPlan,
  type RawPlans,
  type RealPlans,
} from './consistency-fixtures.ts';
import { formatDate, formatNumber, formatValue } from './consistency-messages.ts';
import { renderConsistencyReport } from './consistency-text.ts';
import type { ConsistencyInput, UnitLookup } from './consistency-types.ts';
import { unitLookupFromRecords } from './consistency-units.ts';

const DATA = new URL('../../../datasets/vn/ict-plans/ict_plan_targets_and_stats.json', import.meta.url);

let real: RealPlans;
let units: UnitLookup;

beforeAll(async () => {
  real = buildRealPlans(JSON.parse(readFileSync(DATA, 'utf8')) as RawPlans);
  const { units: records, lineage } = await readVietnamUnits();
  units = unitLookupFromRecords(records, lineage);
});

/** Bắc Kạn on 1 Jan 2026 with households' fibre lowered to 95.5%. */
function scenario(patch: Partial<ConsistencyInput> = {}): ConsistencyInput {
  const targets = real.bacKan.targets.map((t) =>
    t.indicatorCode === 'HH_FIBRE_READY' ? { ...t, value: { comparator: '>=' as const, value: 95.5 } } : t,
  );
  return {
    national: real.national,
    provincial: [{ plan: real.bacKan.plan, targets }],
    indicators: real.indicators,
    units,
    asOf: '2026-01-01',
    equivalentIndicators: EQUIVALENT_INDICATORS,
    ...patch,
  };
}

describe('renderConsistencyReport', () => {
  it('writes the Vietnamese report: heading, counts per kind, errors first', () => {
    const lines = renderConsistencyReport(checkConsistency(scenario()), 'vi').split('\n');
    expect(lines.slice(0, 12)).toEqual([
      'BÁO CÁO RÀ SOÁT TÍNH THỐNG NHẤT CỦA KẾ HOẠCH TỈNH VỚI QUY HOẠCH QUỐC GIA',
      '',
      'Quy hoạch quốc gia: 36/QĐ-TTg',
      `Kế hoạch tỉnh: ${BAC_KAN_CODE}`,
      'Ngày đối chiếu: 01/01/2026',
      '',
      'Tổng số phát hiện: 8 (lỗi: 1, cảnh báo: 7, thông tin: 0)',
      'Theo loại:',
      '- Thiếu chỉ tiêu tương ứng: 6',
      '- Thấp hơn yêu cầu quốc gia: 1',
      '- Đơn vị hành chính không còn tồn tại: 1',
      '',
    ]);
    expect(lines[12]).toBe('Chi tiết:');
    expect(lines[13]).toBe(
      `1. [Lỗi] Chỉ tiêu “Hộ gia đình có khả năng tiếp cận cáp quang khi có nhu cầu” trong kế hoạch tỉnh ${BAC_KAN_CODE} ` +
        'chưa bảo đảm yêu cầu của chỉ tiêu quốc gia (36/QĐ-TTg): mức của tỉnh (tối thiểu 95,5%) thấp hơn ' +
        'yêu cầu quốc gia (tối thiểu 100%).',
    );
    expect(lines[14]).toBe(
      `2. [Cảnh báo] Phạm vi của kế hoạch tỉnh ${BAC_KAN_CODE} là đơn vị hành chính Bắc Kạn (mã 06); đơn vị này ` +
        'không còn tồn tại tại ngày 01/01/2026 (hiệu lực đến hết ngày 30/06/2025); đề nghị chuyển sang đơn vị ' +
        'kế thừa: Thái Nguyên (mã 19, kế thừa toàn bộ).',
    );
    expect(lines[15]).toBe(
      '3. [Cảnh báo] Chỉ tiêu quốc gia “Tổ chức KT-XH, DN, trường học, bệnh viện, công sở khu vực thành thị ' +
        'truy nhập tốc độ TB 1 Gb/s” (36/QĐ-TTg, hạn 31/12/2025, mức tối thiểu 90%) chưa có chỉ tiêu tương ứng ' +
        `trong kế hoạch tỉnh ${BAC_KAN_CODE}.`,
    );
    expect(lines.slice(21)).toEqual([
      '',
      'Kết luận: có lỗi cần điều chỉnh để kế hoạch tỉnh thống nhất với quy hoạch quốc gia.',
      '',
    ]);
  });

  it('writes the English report', () => {
    const text = renderConsistencyReport(checkConsistency(scenario()), 'en');
    expect(text).toContain('CONSISTENCY OF PROVINCIAL PLANS WITH THE NATIONAL PLAN\n');
    expect(text).toContain('Checked as of: 1 Jan 2026\n');
    expect(text).toContain('Findings: 8 (error: 1, warning: 7, info: 0)\n');
    expect(text).toContain('- Missing counterpart: 6\n');
    expect(text).toContain(
      `1. [Error] Target “Households able to get fibre on demand” in provincial plan ${BAC_KAN_CODE} is weaker ` +
        'than the national target (36/QĐ-TTg): the provincial level (at least 95.5%) falls short of the ' +
        'national level (at least 100%).\n',
    );
    expect(text).toContain(
      `2. [Warning] The scope of provincial plan ${BAC_KAN_CODE}, Bắc Kạn (code 06), no longer exists on ` +
        '1 Jan 2026 (in force until 30 Jun 2025); proposed successor: Thái Nguyên (code 19, full successor).\n',
    );
    expect(text).toMatch(/Conclusion: errors must be fixed/);
  });

  it('formats numbers in the locale: vi 1.234,5 and 93.000, en 1,234.5 and 93,000', () => {
    const postal = provincialPlan('KH-01', '01', [
      ['POSTAL_CAPACITY', { comparator: '>=', value: 1234.5 }, '2025-12-31'],
    ]);
    const result = checkConsistency(scenario({ provincial: [postal], asOf: '2025-01-01' }));
    expect(renderConsistencyReport(result, 'vi')).toContain(
      '[Cảnh báo] Tổng chỉ tiêu “Tổng năng lực khai thác mạng bưu chính” của 1 kế hoạch tỉnh (KH-01) là ' +
        '1.234,5 tấn/ngày, chưa đạt mức quốc gia tối thiểu 93.000 tấn/ngày (36/QĐ-TTg, hạn 31/12/2025).\n',
    );
    expect(renderConsistencyReport(result, 'en')).toContain(
      '[Warning] The total of “Postal network processing capacity” in 1 provincial plan (KH-01) is ' +
        '1,234.5 tonnes/day, which falls short of the national target of at least 93,000 tonnes/day ' +
        '(36/QĐ-TTg, due 31 Dec 2025).\n',
    );
  });

  it('says so when nothing is found', () => {
    const answered = new Set(['FBB_VILLAGE_COVERAGE', 'FTTH_HOUSEHOLD_READY', 'ADULT_SMARTPHONE']);
    const national = {
      plan: real.national.plan,
      targets: real.national.targets.filter((t) => answered.has(t.indicatorCode)),
    };
    const result = checkConsistency(scenario({ national, provincial: [real.bacKan], asOf: '2025-01-01' }));
    expect(result.findings).toEqual([]);
    const vi = renderConsistencyReport(result, 'vi');
    expect(vi).toContain('Tổng số phát hiện: 0 (lỗi: 0, cảnh báo: 0, thông tin: 0)\n\nKhông phát hiện');
    expect(vi).toContain('Kết luận: không có lỗi');
    expect(renderConsistencyReport(result, 'en')).toContain('No inconsistency found.');
  });
});

describe('locale formatting', () => {
  it.each([
    [1234.5, '1.234,5', '1,234.5'],
    [93000, '93.000', '93,000'],
    [1234567.891, '1.234.567,89', '1,234,567.89'],
    [0.5, '0,5', '0.5'],
    [-2500, '-2.500', '-2,500'],
    [100, '100', '100'],
  ])('formatNumber(%d)', (n, vi, en) => {
    expect(formatNumber(n, 'vi')).toBe(vi);
    expect(formatNumber(n, 'en')).toBe(en);
  });

  it('formats dates and target values', () => {
    expect(formatDate('2025-06-30', 'vi')).toBe('30/06/2025');
    expect(formatDate('2025-06-30', 'en')).toBe('30 Jun 2025');
    expect(formatValue({ comparator: 'range', min: 12, max: 14 }, 'count', 'vi')).toBe('từ 12 đến 14');
    expect(formatValue({ comparator: 'range', min: 12, max: 14 }, 'count', 'en')).toBe('12–14');
    expect(formatValue({ comparator: '<=', value: 2 }, 'days', 'vi')).toBe('tối đa 2 ngày');
    expect(formatValue({ comparator: '>=', value: 40 }, 'Mb/s', 'en')).toBe('at least 40 Mb/s');
    expect(formatValue({ comparator: '<=', value: 20 }, 'rank', 'vi')).toBe('tối đa hạng 20');
  });
});
