import { describe, expect, it } from 'vitest';
import type { LineageKind, UnitLevel, UnitLineageRecord } from '../units/admin-unit.ts';
import { type MappingIndicator, mapThroughLineage, splitShares } from './lineage-mapping.ts';

const SITES: MappingIndicator = { code: 'mobile_sites', aggregation: 'sum', scale: 1 };
const FTTH: MappingIndicator = { code: 'ftth_household_share', aggregation: 'ratio', scale: 100 };
const SPEED: MappingIndicator = { code: 'fixed_download_mbps', aggregation: 'none', scale: 1 };

function link(from: string, to: string, kind: LineageKind, level: UnitLevel = 'province'): UnitLineageRecord {
  return {
    predecessor: { code: from, level, validTo: '2025-06-30' },
    successor: { code: to, level, validFrom: '2025-07-01' },
    kind,
    effective: '2025-07-01',
  };
}

// Resolution 202/2025/QH15: Bắc Kạn (06) and the old Thái Nguyên (19) form the new Thái Nguyên (19).
const THAI_NGUYEN = [link('06', '19', 'full'), link('19', '19', 'full')];
// An old commune 00100 split between new communes 00200 and 00300; 00300 also takes all of 00101.
const SPLIT = [link('00100', '00200', 'partial', 'commune'), link('00100', '00300', 'partial', 'commune')];
const SPLIT_AND_MERGE = [...SPLIT, link('00101', '00300', 'full', 'commune')];

describe('mapThroughLineage: full merges', () => {
  it('sums Bắc Kạn (06) and the old Thái Nguyên (19) into the new Thái Nguyên (19)', () => {
    const result = mapThroughLineage(
      SITES,
      [
        { code: '06', value: 672 },
        { code: '19', value: 2300 },
      ],
      THAI_NGUYEN,
    );
    expect(result.mapped).toEqual([
      {
        code: '19',
        value: 2972,
        numerator: null,
        denominator: null,
        estimated: false,
        parts: [
          { from: '06', share: 1, basis: 'whole' },
          { from: '19', share: 1, basis: 'whole' },
        ],
        missing: [],
      },
    ]);
    expect(result.notMappable).toEqual([]);
  });

  it('lists predecessors that did not report, instead of counting them as zero', () => {
    const result = mapThroughLineage(
      SITES,
      [
        { code: '06', value: 672 },
        { code: '01', value: 9 },
      ],
      THAI_NGUYEN,
    );
    expect(result.mapped[0]).toMatchObject({ code: '19', value: 672, missing: ['19'] });
    expect(result.unlinked).toEqual(['01']);
  });

  it('maps ratios by numerator and denominator, then recomputes the share (a ratio of sums)', () => {
    const result = mapThroughLineage(
      FTTH,
      [
        { code: '06', value: 90, numerator: 90, denominator: 100 }, // 90 %
        { code: '19', value: 20, numerator: 1000, denominator: 5000 }, // 20 %
      ],
      THAI_NGUYEN,
    );
    const [tn] = result.mapped;
    expect(tn).toMatchObject({ code: '19', numerator: 1090, denominator: 5100, estimated: false });
    expect(tn?.value).toBeCloseTo((100 * 1090) / 5100, 12); // 21.4 %, not the mean 55 %
  });

  it('gives null, not NaN, for a ratio whose mapped denominator is zero', () => {
    const result = mapThroughLineage(
      FTTH,
      [{ code: '06', value: null, numerator: 0, denominator: 0 }],
      THAI_NGUYEN,
    );
    expect(result.mapped[0]).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });
});

describe('mapThroughLineage: partial splits', () => {
  it("splits by the caller's weights and flags every receiving unit as estimated", () => {
    const area = new Map([
      ['00200', 30],
      ['00300', 10],
    ]);
    const result = mapThroughLineage(
      SITES,
      [
        { code: '00100', value: 8 },
        { code: '00101', value: 5 },
      ],
      SPLIT_AND_MERGE,
      { weight: (l) => area.get(l.successor.code) },
    );
    expect(result.mapped.map((m) => [m.code, m.value, m.estimated])).toEqual([
      ['00200', 6, true],
      ['00300', 7, true], // 2 from the split part + 5 from the full link: still an estimate
    ]);
    expect(result.mapped[1]?.parts).toEqual([
      { from: '00100', share: 0.25, basis: 'weight' },
      { from: '00101', share: 1, basis: 'whole' },
    ]);
  });

  it('falls back to equal shares when a weight is unknown, and says so', () => {
    const shares = splitShares(SPLIT, { weight: (l) => (l.successor.code === '00200' ? 3 : null) });
    expect(shares.map((s) => s.part)).toEqual([
      { from: '00100', share: 0.5, basis: 'equal' },
      { from: '00100', share: 0.5, basis: 'equal' },
    ]);
    const result = mapThroughLineage(SITES, [{ code: '00100', value: 9 }], SPLIT);
    expect(result.mapped.map((m) => m.value)).toEqual([4.5, 4.5]);
    expect(result.mapped.every((m) => m.estimated)).toBe(true);
  });

  it('splits both parts of a ratio by the same share, keeping the share and flagging it', () => {
    const result = mapThroughLineage(
      FTTH,
      [
        { code: '00100', value: 40, numerator: 40, denominator: 100 },
        { code: '00101', value: 80, numerator: 80, denominator: 100 },
      ],
      SPLIT_AND_MERGE,
      { weight: (l) => (l.successor.code === '00200' ? 3 : 1) },
    );
    const [a, b] = result.mapped;
    expect(a).toMatchObject({ code: '00200', numerator: 30, denominator: 75, value: 40, estimated: true });
    expect(b).toMatchObject({ code: '00300', numerator: 90, denominator: 125, estimated: true });
    expect(b?.value).toBeCloseTo(72, 12); // (10 + 80) / (25 + 100), not the mean (40 + 80) / 2 = 60
  });

  it('carries an upstream estimate flag through a full link', () => {
    const result = mapThroughLineage(SITES, [{ code: '06', value: 1, estimated: true }], THAI_NGUYEN);
    expect(result.mapped[0]?.estimated).toBe(true);
  });
});

describe('mapThroughLineage: non-additive indicators', () => {
  it('keeps the value across a one-to-one full link', () => {
    const result = mapThroughLineage(
      SPEED,
      [{ code: '00101', value: 85 }],
      [link('00101', '00400', 'full', 'commune')],
    );
    expect(result.mapped).toEqual([
      {
        code: '00400',
        value: 85,
        numerator: null,
        denominator: null,
        estimated: false,
        parts: [{ from: '00101', share: 1, basis: 'whole' }],
        missing: [],
      },
    ]);
  });

  it('refuses a merge of several predecessors, even when only one reported', () => {
    const both = mapThroughLineage(
      SPEED,
      [
        { code: '06', value: 60 },
        { code: '19', value: 120 },
      ],
      THAI_NGUYEN,
    );
    expect(both.mapped).toEqual([]);
    expect(both.notMappable).toEqual([{ code: '19', reason: 'non_additive_merge', sources: ['06', '19'] }]);
    const one = mapThroughLineage(SPEED, [{ code: '06', value: 60 }], THAI_NGUYEN);
    expect(one.notMappable).toEqual([{ code: '19', reason: 'non_additive_merge', sources: ['06'] }]);
  });

  it('refuses a split, and a ratio given as a bare % through a merge', () => {
    const split = mapThroughLineage(SPEED, [{ code: '00100', value: 60 }], SPLIT);
    expect(split.notMappable.map((n) => [n.code, n.reason])).toEqual([
      ['00200', 'non_additive_split'],
      ['00300', 'non_additive_split'],
    ]);
    const bare = mapThroughLineage(FTTH, [{ code: '06', value: 55 }], THAI_NGUYEN);
    expect(bare.notMappable).toEqual([{ code: '19', reason: 'ratio_without_parts', sources: ['06'] }]);
  });

  it('uses only links at the requested level and ignores repeated records', () => {
    const lineage = [...THAI_NGUYEN, link('06', '19', 'full'), link('06', '00200', 'partial', 'commune')];
    const result = mapThroughLineage(SITES, [{ code: '06', value: 672 }], lineage, { level: 'province' });
    expect(result.mapped.map((m) => [m.code, m.value])).toEqual([['19', 672]]);
  });

  it('rejects two values for the same old unit rather than moving both', () => {
    const twice = [
      { code: '06', value: 1 },
      { code: '06', value: 2 },
    ];
    expect(() => mapThroughLineage(SITES, twice, THAI_NGUYEN)).toThrow(/two values/);
  });
});
