import { describe, expect, it } from 'vitest';
import { leafSeriesFromRows, type RollupIndicator, rollup, rollupSeries } from './rollup.ts';
import { UnitTree } from './unit-tree.ts';

const SITES: RollupIndicator = { code: 'mobile_sites', aggregation: 'sum', scale: 1 };
const FTTH: RollupIndicator = { code: 'ftth_household_share', aggregation: 'ratio', scale: 100 };
const SPEED: RollupIndicator = { code: 'fixed_download_mbps', aggregation: 'none', scale: 1 };

// Thái Nguyên (19) with three communes, and Cao Bằng (04) with one: a small slice of the country.
const tree = UnitTree.build([
  { code: '00001', parentCode: '19', level: 'commune' },
  { code: 'VN', parentCode: null, level: 'country' },
  { code: '19', parentCode: 'VN', level: 'province' },
  { code: '00002', parentCode: '19', level: 'commune' },
  { code: '00003', parentCode: '19', level: 'commune' },
  { code: '04', parentCode: 'VN', level: 'province' },
  { code: '00004', parentCode: '04', level: 'commune' },
]);

function series(indicator: RollupIndicator, rows: Parameters<typeof leafSeriesFromRows>[3]) {
  return leafSeriesFromRows(tree, indicator, '2025', rows).series;
}

describe("rollup: ratios (DESIGN.md: a province's % is a ratio of sums)", () => {
  it("gives a province's percentage as Σnumerators/Σdenominators of its communes, not the mean of %", () => {
    const communes = [
      { code: '00001', numerator: 45, denominator: 50 }, // 90 %, a small commune
      { code: '00002', numerator: 1000, denominator: 5000 }, // 20 %, a large one
      { code: '00003', numerator: 300, denominator: 600 }, // 50 %
    ];
    const result = rollupSeries(tree, series(FTTH, communes));
    const province = result.get('19');
    const ratioOfSums = (100 * (45 + 1000 + 300)) / (50 + 5000 + 600);
    const meanOfPercentages = (90 + 20 + 50) / 3;
    expect(province?.value).toBeCloseTo(ratioOfSums, 12);
    expect(province?.numerator).toBe(1345);
    expect(province?.denominator).toBe(5650);
    // The test only proves something if the two readings really differ (23.8 % vs 53.3 %).
    expect(Math.abs(ratioOfSums - meanOfPercentages)).toBeGreaterThan(25);
    expect(province?.value).not.toBeCloseTo(meanOfPercentages, 0);
  });

  it('gives null, not NaN, where the denominators sum to zero', () => {
    const result = rollupSeries(
      tree,
      series(FTTH, [
        { code: '00001', numerator: 0, denominator: 0 },
        { code: '00004', numerator: 0, denominator: 0 },
        { code: '00002', numerator: 5, denominator: 10 },
      ]),
    );
    expect(result.get('00001')?.value).toBeNull();
    expect(result.get('04')).toMatchObject({ value: null, numerator: 0, denominator: 0, coverage: 1 });
    expect(result.get('19')?.value).toBe(50);
    expect(result.get('VN')?.value).toBe(50);
  });

  it('counts a ratio leaf only when both its parts are present', () => {
    const result = rollupSeries(
      tree,
      series(FTTH, [
        { code: '00001', numerator: 5, denominator: 10 },
        { code: '00002', numerator: 7, denominator: null },
      ]),
    );
    expect(result.get('19')).toMatchObject({
      value: 50,
      numerator: 5,
      denominator: 10,
      coverage: 1,
      leaves: 3,
    });
  });
});

describe('rollup: counts and missing leaves', () => {
  it('adds counts up every level', () => {
    const result = rollupSeries(
      tree,
      series(SITES, [
        { code: '00001', value: 3 },
        { code: '00002', value: 4 },
        { code: '00003', value: 0 },
        { code: '00004', value: 10 },
      ]),
    );
    expect(result.get('19')).toMatchObject({ value: 7, coverage: 3, leaves: 3 });
    expect(result.get('04')?.value).toBe(10);
    expect(result.get('VN')).toMatchObject({ value: 17, coverage: 4, leaves: 4 });
    expect(result.isComplete(tree.indexOf('VN'))).toBe(true);
  });

  it('treats a missing leaf as missing, not zero, and says how many leaves contributed', () => {
    const result = rollupSeries(
      tree,
      series(SITES, [
        { code: '00001', value: 3 },
        { code: '00002', value: 4 },
      ]),
    );
    expect(result.get('19')).toMatchObject({ value: 7, coverage: 2, leaves: 3 });
    expect(result.isComplete(tree.indexOf('19'))).toBe(false);
    expect(result.get('00003')).toMatchObject({ value: null, coverage: 0 });
    // Cao Bằng has no reported commune: its count is unknown, not 0.
    expect(result.get('04')).toMatchObject({ value: null, coverage: 0 });
    expect(result.get('VN')).toMatchObject({ value: 7, coverage: 2, leaves: 4 });
  });

  it("lets a unit's own value win over its descendants' instead of counting both", () => {
    const result = rollupSeries(
      tree,
      series(SITES, [
        { code: '00001', value: 3 },
        { code: '19', value: 50 },
        { code: '00004', value: 10 },
      ]),
    );
    expect(result.get('19')).toMatchObject({ value: 50, coverage: 3 });
    expect(result.get('VN')).toMatchObject({ value: 60, coverage: 4 });
  });

  it('keeps `none` indicators as given, without rolling them up', () => {
    const result = rollupSeries(tree, series(SPEED, [{ code: '00001', value: 80 }]));
    expect(result.get('00001')).toMatchObject({ value: 80, coverage: null });
    expect(result.get('19')?.value).toBeNull();
    expect(result.get('VN')?.value).toBeNull();
  });

  it('rolls many series at once and reports codes the tree does not hold', () => {
    const { unknownCodes } = leafSeriesFromRows(tree, SITES, '2025', [{ code: '99999', value: 1 }]);
    expect(unknownCodes).toEqual(['99999']);
    const out = rollup(tree, [series(SITES, [{ code: '00001', value: 1 }]), series(SPEED, [])]);
    expect(out.map((s) => [s.indicatorCode, s.period])).toEqual([
      ['mobile_sites', '2025'],
      ['fixed_download_mbps', '2025'],
    ]);
  });

  it('rejects a ratio without denominators and columns of the wrong length', () => {
    expect(() => rollupSeries(tree, { indicator: FTTH, period: '2025', values: tree.column() })).toThrow(
      /denominator/,
    );
    expect(() =>
      rollupSeries(tree, { indicator: SITES, period: '2025', values: new Float64Array(2) }),
    ).toThrow(RangeError);
  });
});

describe('UnitTree and deep trees', () => {
  it('orders parents before children and counts leaves per subtree', () => {
    for (let i = 0; i < tree.size; i++) expect(tree.parent[i] ?? -1).toBeLessThan(i);
    expect(tree.codes.slice(0, 3)).toEqual(['VN', '19', '04']);
    expect(tree.leafCount[tree.indexOf('VN')]).toBe(4);
    expect(tree.depth[tree.indexOf('00004')]).toBe(2);
    expect(tree.indexOf('nope')).toBe(-1);
  });

  it('rolls a chain of any depth and mixed-depth leaves up to the root', () => {
    // VN → P → C → village V1 → hamlet H1 (deepest), plus commune C2 reported as a leaf itself.
    const deep = UnitTree.build([
      { code: 'H1', parentCode: 'V1', level: 'hamlet' },
      { code: 'V1', parentCode: 'C', level: 'village' },
      { code: 'V2', parentCode: 'C', level: 'village' },
      { code: 'C', parentCode: 'P', level: 'commune' },
      { code: 'C2', parentCode: 'P', level: 'commune' },
      { code: 'P', parentCode: 'VN', level: 'province' },
      { code: 'VN', parentCode: null, level: 'country' },
    ]);
    const { series: s } = leafSeriesFromRows(deep, FTTH, '2025-Q2', [
      { code: 'H1', numerator: 1, denominator: 4 },
      { code: 'V2', numerator: 3, denominator: 4 },
      { code: 'C2', numerator: 6, denominator: 12 },
    ]);
    const result = rollupSeries(deep, s);
    expect(result.get('V1')).toMatchObject({ value: 25, coverage: 1, leaves: 1 });
    expect(result.get('C')).toMatchObject({ value: 50, numerator: 4, denominator: 8, coverage: 2 });
    expect(result.get('VN')).toMatchObject({
      value: 50,
      numerator: 10,
      denominator: 20,
      coverage: 3,
      leaves: 3,
    });
    expect(deep.depth[deep.indexOf('H1')]).toBe(4);
  });

  it('rejects duplicate codes, unknown parents and cycles', () => {
    expect(() =>
      UnitTree.build([
        { code: 'A', parentCode: null, level: 'country' },
        { code: 'A', parentCode: null, level: 'country' },
      ]),
    ).toThrow(/duplicate/);
    expect(() => UnitTree.build([{ code: 'A', parentCode: 'Z', level: 'province' }])).toThrow(
      /unknown parent/,
    );
    expect(() =>
      UnitTree.build([
        { code: 'R', parentCode: null, level: 'country' },
        { code: 'A', parentCode: 'B', level: 'province' },
        { code: 'B', parentCode: 'A', level: 'province' },
      ]),
    ).toThrow(/cycle/);
  });
});
