/**
 * Name resolution over the real data (datasets/vn: 34 + 3,321 current units, 63 / 696 / 10,035
 * pre-2025 units, dvhcvn lineage). Every expected code below was checked in the CSVs / merges.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readVietnamUnits } from '../../io/units/read-vietnam-units.ts';
import type { UnitLevel } from './admin-unit.ts';
import { type MatchKind, type ResolveCandidate, type ResolveQuery, UnitNameIndex } from './name-resolver.ts';

/** Last day of the pre-2025 hierarchy, first day of the current one. */
const OLD = '2025-06-30';
const NEW = '2025-07-01';

const q = (name: string, date: string, filters: Omit<ResolveQuery, 'name' | 'date'> = {}): ResolveQuery => ({
  name,
  date,
  ...filters,
});

/** What a variant must give; short keys keep the table one row per variant. */
interface Expect {
  /** Code of the best candidate. */
  top?: string;
  /** The best candidate is the pre-2025 unit or the current one (codes repeat across vintages). */
  v?: 'old' | 'cur';
  /** Level of the best candidate. */
  lvl?: UnitLevel;
  /** Match kind of the best candidate. */
  m?: MatchKind;
  /** Successor codes of the best candidate, in any order. */
  succ?: string[];
  /** Exactly the codes tied at the best score (a name shared by several units: all of them). */
  tied?: string[];
  /** Exactly the codes of the candidates valid on the query date. */
  valid?: string[];
  /** Exactly the codes of all candidates. */
  all?: string[];
  /** Codes that must be among the candidates. */
  has?: string[];
  empty?: true;
}

const VARIANTS: [label: string, query: ResolveQuery, expected: Expect][] = [
  // NFC vs NFD
  [
    'NFD province',
    q('Thái Nguyên'.normalize('NFD'), NEW, { level: 'province' }),
    { top: '19', v: 'cur', m: 'exact' },
  ],
  [
    'NFD commune with prefix',
    q('Phường Đức Xuân'.normalize('NFD'), NEW),
    { top: '01840', v: 'cur', m: 'exact' },
  ],
  ['NFD old commune', q('Xuất Hóa'.normalize('NFD'), OLD, { province: '06' }), { all: ['01855'], v: 'old' }],
  [
    'NFD new tone placement',
    q('Khánh Hoà'.normalize('NFD'), NEW, { level: 'province' }),
    { top: '56', v: 'cur', m: 'exact' },
  ],
  // Tone placement, both ways
  [
    'old placement → 2026 spelling',
    q('Khánh Hòa', NEW, { level: 'province' }),
    { top: '56', v: 'cur', m: 'tone' },
  ],
  [
    'new placement → old spelling',
    q('Khánh Hoà', OLD, { level: 'province' }),
    { top: '56', v: 'old', m: 'tone' },
  ],
  ['Thanh Hoá current', q('Thanh Hoá', NEW, { level: 'province' }), { top: '38', v: 'cur', m: 'exact' }],
  ['Thanh Hóa old', q('Thanh Hóa', OLD, { level: 'province' }), { top: '38', v: 'old', m: 'exact' }],
  ['Yên Hòa → Yên Hoà', q('Yên Hòa', NEW, { province: 'Hà Nội' }), { top: '00175', v: 'cur', m: 'tone' }],
  ['Thủy → Thuỷ', q('Đàm Thủy', NEW), { top: '01501', m: 'tone' }],
  ['Thủy → Thuỷ (old unit)', q('Đàm Thủy', OLD), { top: '01495', v: 'old', m: 'tone' }],
  ['Quý Hòa → Quý Hoà', q('Quý Hòa', NEW), { top: '06076', v: 'cur', m: 'tone' }],
  ['Qúy Hoà (mark on u)', q('Qúy Hoà', NEW), { top: '06076', v: 'cur', m: 'tone' }],
  [
    'Hòa Bình old province',
    q('Hòa Bình', OLD, { level: 'province' }),
    { top: '17', m: 'tone', succ: ['25'] },
  ],
  // Prefixes and abbreviations
  ['Xã', q('Xã Tân Lập', NEW), { tied: ['19462', '23134', '25489'] }],
  ['X.', q('X. Tân Lập', NEW), { tied: ['19462', '23134', '25489'] }],
  ['Phường (vs Xã of the same name)', q('Phường Tân Lập', NEW), { top: '24121', v: 'cur' }],
  ['P.', q('P. Bến Thành', NEW), { top: '26743', v: 'cur' }],
  ['P', q('P Bến Thành', NEW), { top: '26743', v: 'cur' }],
  ['P. glued', q('P.Bến Thành', NEW), { top: '26743', v: 'cur' }],
  ['Phường 1 by province name', q('Phường 1', OLD, { province: 'Quảng Trị' }), { tied: ['19333', '19357'] }],
  ['P.1 by province code', q('P.1', OLD, { province: '45' }), { tied: ['19333', '19357'] }],
  [
    'P1, old provinces merged into Cà Mau',
    q('P1', OLD, { province: 'Cà Mau' }),
    { tied: ['31825', '31942', '32005'] },
  ],
  ['Quận 1', q('Quận 1', OLD), { top: '760', lvl: 'district' }],
  ['Q1', q('Q1', OLD), { top: '760', lvl: 'district' }],
  ['Q.1', q('Q.1', OLD), { top: '760', lvl: 'district' }],
  ['TP.', q('TP. Hồ Chí Minh', NEW), { top: '79', v: 'cur', m: 'exact' }],
  ['Tp', q('Tp Hồ Chí Minh', NEW), { top: '79', v: 'cur' }],
  ['Thành phố', q('Thành phố Huế', NEW), { top: '46', v: 'cur' }],
  ['Tỉnh (vs the city of the same name)', q('Tỉnh Bắc Kạn', OLD), { top: '06', lvl: 'province' }],
  ['T.', q('T. Bắc Kạn', OLD), { top: '06', lvl: 'province' }],
  ['TP (vs the province of the same name)', q('TP Bắc Kạn', OLD), { top: '058', lvl: 'district' }],
  ['TT', q('TT Sóc Sơn', OLD), { tied: ['00376', '30820'] }],
  ['TT.', q('TT. Sóc Sơn', OLD, { province: 'Hà Nội' }), { top: '00376' }],
  ['Thị trấn', q('Thị trấn Sóc Sơn', OLD, { province: '01' }), { top: '00376' }],
  ['Huyện', q('Huyện Sóc Sơn', OLD), { top: '016' }],
  ['Thị xã', q('Thị xã Sơn Tây', OLD), { top: '269' }],
  ['TX', q('TX Sơn Tây', OLD), { top: '269' }],
  ['H.', q('H. Chợ Đồn', OLD), { top: '064' }],
  ['Quận', q('Quận Hoàn Kiếm', OLD), { top: '002' }],
  ['Q.', q('Q. Bình Thạnh', OLD), { top: '765', lvl: 'district' }],
  ['Đặc khu', q('Đặc khu Phú Quốc', NEW), { top: '31078' }],
  ['Đặc khu (2)', q('Đặc khu Vân Đồn', NEW), { top: '06994' }],
  // No diacritics at all
  ['Bac Kan', q('Bac Kan', OLD, { level: 'province' }), { top: '06', m: 'folded', succ: ['19'] }],
  ['Thai Nguyen', q('Thai Nguyen', NEW, { level: 'province' }), { top: '19', v: 'cur', m: 'folded' }],
  ['Dak Lak', q('Dak Lak', NEW), { top: '66', v: 'cur', m: 'folded' }],
  ['Ba Ria - Vung Tau', q('Ba Ria - Vung Tau', OLD), { top: '77' }],
  ['Duc Xuan', q('Duc Xuan', NEW), { top: '01840', v: 'cur', m: 'folded' }],
  ['Hoan Kiem', q('Hoan Kiem', NEW), { top: '00070', v: 'cur' }],
  ['Phuong Ben Thanh', q('Phuong Ben Thanh', NEW), { top: '26743', v: 'cur' }],
  ['xa tan lap', q('xa tan lap', NEW), { tied: ['19462', '23134', '25489'] }],
  ['Hanoi (no space)', q('Hanoi', NEW), { top: '01', v: 'cur' }],
  ['Quan Hoa: a ward, not Quận Hoa', q('Quan Hoa', OLD), { top: '00169', has: ['385'] }],
  // Case, spaces, punctuation
  ['upper case, extra spaces', q('  BẮC   KẠN  ', OLD, { level: 'province' }), { top: '06', m: 'exact' }],
  [
    'lower case, trailing comma',
    q('thái   nguyên,', NEW, { level: 'province' }),
    { top: '19', v: 'cur', m: 'exact' },
  ],
  ['hyphen without spaces', q('Bà Rịa-Vũng Tàu', OLD), { top: '77', m: 'exact' }],
  ['mixed case prefix, trailing dot', q('phường  BẾN thành.', NEW), { top: '26743', m: 'exact' }],
  ['NBSP', q('Hoàn\u00a0Kiếm', NEW), { top: '00070', m: 'exact' }],
  ['wrong diacritics still fold', q('Đăk Lăk', NEW), { top: '66', m: 'folded' }],
  // Big-city and initials aliases
  ['TP HCM', q('TP HCM', NEW), { top: '79', v: 'cur', m: 'alias' }],
  ['TPHCM', q('TPHCM', NEW), { top: '79', v: 'cur', m: 'alias' }],
  ['TP.HCM', q('TP.HCM', NEW), { top: '79', v: 'cur', m: 'alias' }],
  ['HCM', q('HCM', NEW), { top: '79', v: 'cur' }],
  ['Sài Gòn as a province', q('Sài Gòn', NEW, { level: 'province' }), { top: '79', v: 'cur' }],
  ['Sai Gon: the city and the ward', q('Sai Gon', NEW), { top: '79', has: ['26740'] }],
  ['HN', q('HN', NEW), { top: '01', v: 'cur', m: 'alias' }],
  ['BR-VT', q('BR-VT', OLD), { top: '77', m: 'alias', succ: ['79'] }],
  ['BRVT after the merge', q('BRVT', NEW), { all: ['77'], v: 'old', succ: ['79'] }],
  ['TT Huế', q('TT Huế', NEW), { top: '46', v: 'cur', m: 'alias' }],
  ['Thừa Thiên Huế before the merge', q('Thừa Thiên Huế', OLD), { top: '46', v: 'old', succ: ['46'] }],
  ['Huế', q('Huế', NEW), { top: '46', v: 'cur', m: 'exact' }],
  // Old names → old unit + successors
  [
    'Bắc Kạn province after the merge',
    q('Bắc Kạn', NEW, { level: 'province' }),
    { all: ['06'], succ: ['19'] },
  ],
  ['Xuất Hóa: two old communes', q('Xuất Hóa', NEW), { tied: ['01855', '05302'], v: 'old' }],
  ['Hà Giang → Tuyên Quang', q('Hà Giang', OLD, { level: 'province' }), { top: '02', succ: ['08'] }],
  [
    'Quảng Bình → Quảng Trị',
    q('Quảng Bình', NEW, { level: 'province' }),
    { all: ['44'], v: 'old', succ: ['44'] },
  ],
  [
    'split commune, partial successors',
    q('Phường Quan Hoa', OLD),
    { top: '00169', succ: ['00160', '00166'] },
  ],
  ['renamed: Phó Bảng is now Phố Bảng', q('Phó Bảng', NEW), { top: '00745', v: 'cur', m: 'alias' }],
  ['Phó Bảng before the merge', q('Phó Bảng', OLD), { top: '00712', v: 'old', succ: ['00745'] }],
  // Province narrowing (code, code without leading zero, name, alias, successor province)
  ['province code', q('Xuất Hóa', NEW, { province: '06' }), { all: ['01855'] }],
  ['province code without leading zero', q('Xuất Hóa', NEW, { province: '6' }), { all: ['01855'] }],
  ['successor province code', q('Xuất Hóa', NEW, { province: '19' }), { all: ['01855'] }],
  ['successor province name', q('Xuất Hóa', NEW, { province: 'Phú Thọ' }), { all: ['05302'] }],
  ['old province name without diacritics', q('Xuất Hóa', NEW, { province: 'Hoa Binh' }), { all: ['05302'] }],
  [
    'province name covers both vintages',
    q('Tân Lập', OLD, { province: 'Thai Nguyen' }),
    { all: ['02032', '05464'] },
  ],
  ['province narrows a shared name', q('Tân Lập', NEW, { province: 'Tây Ninh' }), { top: '25489', v: 'cur' }],
  [
    'new unit by its predecessor province',
    q('Đức Xuân', NEW, { province: 'Bắc Kạn' }),
    { top: '01840', v: 'cur' },
  ],
  [
    'province by alias, incl. merged BR-VT',
    q('Phường 1', OLD, { province: 'TP HCM', level: 'commune' }),
    {
      all: [
        '26506',
        '26890',
        '26944',
        '26977',
        '27058',
        '27160',
        '27184',
        '27247',
        '27298',
        '27325',
        '27373',
      ],
    },
  ],
  [
    'old district by its province’s successor',
    q('Chợ Đồn', OLD, { province: 'Thái Nguyên', level: 'district' }),
    { all: ['064'] },
  ],
  // Level filter
  ['level district', q('Bắc Kạn', OLD, { level: 'district' }), { all: ['058'] }],
  ['level commune', q('Bắc Kạn', NEW, { level: 'commune' }), { all: ['01843'] }],
  ['level district (2)', q('Sóc Sơn', OLD, { level: 'district' }), { all: ['016'] }],
  // Date narrowing
  ['Bắc Kạn on 30 Jun 2025', q('Bắc Kạn', OLD), { top: '06', v: 'old', lvl: 'province' }],
  ['Bắc Kạn on 1 Jul 2025', q('Bắc Kạn', NEW), { top: '01843', v: 'cur', has: ['06', '058'] }],
  [
    'Thái Nguyên on 30 Jun 2025',
    q('Thái Nguyên', OLD, { level: 'province' }),
    { top: '19', v: 'old', succ: ['19'] },
  ],
  [
    'Thái Nguyên on 1 Jul 2025',
    q('Thái Nguyên', NEW, { level: 'province' }),
    { top: '19', v: 'cur', succ: [] },
  ],
  ['Phú Quốc on 30 Jun 2025', q('Phú Quốc', OLD), { top: '911', v: 'old' }],
  ['Phú Quốc on 1 Jul 2025', q('Phú Quốc', NEW), { top: '31078', v: 'cur' }],
  // Validity dominates: on 1 Jul 2025 a current unit spelled differently beats the old exact spelling.
  ['valid beats exact', q('Quán Thánh', NEW), { top: '17569', v: 'cur', m: 'folded', has: ['00013'] }],
  ['exact when both valid', q('Quán Thánh', OLD), { top: '00013', v: 'old', m: 'exact' }],
  // Names shared by several units: all of them
  [
    'Tân An (10 current communes)',
    q('Tân An', NEW, { level: 'commune' }),
    { tied: ['02320', '07682', '11167', '17305', '24163', '26179', '27712', '29278', '30388', '31147'] },
  ],
  ['Tân Lập (4 current communes)', q('Tân Lập', NEW), { valid: ['19462', '24121', '23134', '25489'] }],
  // Typos → fuzzy
  ['transposition', q('Thai Ngyuen', NEW, { level: 'province' }), { top: '19', v: 'cur', m: 'fuzzy' }],
  ['doubled letter', q('Bac Kann', OLD, { level: 'province' }), { top: '06', m: 'fuzzy' }],
  ['doubled letter (commune)', q('Hoan Kiemm', NEW), { top: '00070', m: 'fuzzy' }],
  ['missing letter', q('Ben Tanh', NEW), { top: '26743', m: 'fuzzy' }],
  // English official names
  ['Province suffix', q('Bac Kan Province', OLD), { top: '06' }],
  ['City suffix', q('Ho Chi Minh City', NEW), { top: '79', v: 'cur' }],
  ['Ward suffix', q('Ba Dinh Ward', NEW), { top: '00004', v: 'cur' }],
  // Nonsense
  ['nonsense', q('qwertyuiop', NEW), { empty: true }],
  ['too short to guess', q('xyz', NEW), { empty: true }],
  ['empty', q('', NEW), { empty: true }],
  ['punctuation only', q(' - . , ', NEW), { empty: true }],
  ['unknown province', q('Bắc Kạn', NEW, { province: 'Atlantis' }), { empty: true }],
];

const codes = (candidates: readonly ResolveCandidate[]): string[] => candidates.map((c) => c.code).sort();

describe('UnitNameIndex over the real data', () => {
  let index: UnitNameIndex;
  beforeAll(async () => {
    const { units, lineage } = await readVietnamUnits();
    index = new UnitNameIndex(units, lineage);
  });

  it('has a table of at least 60 variants', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(VARIANTS)('%s', (_label, query, e) => {
    const result = index.resolve(query);
    if (e.empty) {
      expect(result).toEqual([]);
      return;
    }
    const [best] = result;
    expect(best, 'no candidate').toBeDefined();
    if (best === undefined) return;
    if (e.top !== undefined) expect(best.code).toBe(e.top);
    if (e.v !== undefined) expect(best.validTo === null ? 'cur' : 'old').toBe(e.v);
    if (e.lvl !== undefined) expect(best.level).toBe(e.lvl);
    if (e.m !== undefined) expect(best.match).toBe(e.m);
    if (e.succ !== undefined) expect(best.successors.map((s) => s.code).sort()).toEqual([...e.succ].sort());
    if (e.tied !== undefined)
      expect(codes(result.filter((c) => c.score === best.score))).toEqual([...e.tied].sort());
    if (e.valid !== undefined)
      expect(codes(result.filter((c) => c.validOnDate))).toEqual([...e.valid].sort());
    if (e.all !== undefined) expect(codes(result)).toEqual([...e.all].sort());
    for (const code of e.has ?? []) expect(codes(result)).toContain(code);
  });

  it('fills successors from the lineage: Xuất Hóa (Bắc Kạn) → Bắc Kạn ward, Xuất Hóa (Hòa Bình) → Yên Phú', () => {
    const result = index.resolve({ name: 'Xuất Hóa', date: NEW });
    const successorsOf = (code: string) => result.find((c) => c.code === code)?.successors;
    expect(successorsOf('01855')).toEqual([
      { code: '01843', name: 'Bắc Kạn', fullName: 'Phường Bắc Kạn', level: 'commune', kind: 'full' },
    ]);
    expect(successorsOf('05302')).toEqual([
      { code: '05305', name: 'Yên Phú', fullName: 'Xã Yên Phú', level: 'commune', kind: 'full' },
    ]);
    expect(result.find((c) => c.code === '01855')).toMatchObject({
      provinceCode: '06',
      provinceName: 'Bắc Kạn',
    });
  });

  it('marks a split commune’s successors as partial', () => {
    const [quanHoa] = index.resolve({ name: 'Quan Hoa', date: OLD, level: 'commune' });
    expect(quanHoa?.successors.map((s) => s.kind)).toEqual(['partial', 'partial']);
  });

  it('returns every Phường 1 of the old hierarchy, never one guess', () => {
    const result = index.resolve({ name: 'Phường 1', date: OLD, level: 'commune' });
    const exact = result.filter((c) => c.score === 1);
    expect(exact).toHaveLength(33);
    expect(codes(exact)).toEqual(expect.arrayContaining(['19333', '26890', '32005']));
    for (const c of exact) expect(c.fullName).toBe('Phường 1');
  });

  it('ranks exact above tone placement above diacritic-free above typo for the same unit', () => {
    // Old province 56 is spelled `Khánh Hòa` in the pre-2025 list.
    const scoreOf56 = (name: string) =>
      index.resolve({ name, date: OLD, level: 'province' }).find((c) => c.code === '56' && c.validTo === OLD)
        ?.score ?? 0;
    const exact = scoreOf56('Khánh Hòa');
    const tone = scoreOf56('Khánh Hoà');
    const folded = scoreOf56('Khanh Hoa');
    const fuzzy = scoreOf56('Khanh Hoaa');
    expect(exact).toBe(1);
    expect(exact).toBeGreaterThan(tone);
    expect(tone).toBeGreaterThan(folded);
    expect(folded).toBeGreaterThan(fuzzy);
    expect(fuzzy).toBeGreaterThan(0);
  });

  it('lowers, but keeps, a unit whose type contradicts the prefix', () => {
    const asWard = index.resolve({ name: 'Phường Bắc Kạn', date: NEW, level: 'commune' });
    const asCommune = index.resolve({ name: 'Xã Bắc Kạn', date: NEW, level: 'commune' });
    expect(asWard[0]?.code).toBe('01843');
    expect(asCommune[0]?.code).toBe('01843');
    expect(asCommune[0]?.score ?? 1).toBeLessThan(asWard[0]?.score ?? 0);
  });

  it('scores every unit valid on the date above every unit that is not', () => {
    for (const name of ['Bắc Kạn', 'Sóc Sơn', 'Tân Lập', 'Thừa Thiên Huế', 'Phú Quốc']) {
      for (const date of [OLD, NEW]) {
        const result = index.resolve({ name, date });
        const valid = result.filter((c) => c.validOnDate).map((c) => c.score);
        const invalid = result.filter((c) => !c.validOnDate).map((c) => c.score);
        if (valid.length > 0 && invalid.length > 0)
          expect(Math.min(...valid)).toBeGreaterThan(Math.max(...invalid));
      }
    }
  });

  it('keeps scores in 0..1 with at most 3 decimals, best first', () => {
    for (const name of ['Tân An', 'Bac Kann', 'TP HCM', 'Xã Bắc Kạn', 'Hòa Bình']) {
      const result = index.resolve({ name, date: NEW });
      for (const c of result) {
        expect(c.score).toBeGreaterThan(0);
        expect(c.score).toBeLessThanOrEqual(1);
        expect(Math.round(c.score * 1000) / 1000).toBe(c.score);
      }
      expect(result.map((c) => c.score)).toEqual([...result.map((c) => c.score)].sort((a, b) => b - a));
    }
  });

  it('cuts at limit', () => {
    expect(index.resolve({ name: 'Tân An', date: NEW, limit: 3 })).toHaveLength(3);
    expect(index.resolve({ name: 'Tân An', date: NEW, limit: 0 })).toEqual([]);
  });

  it('gives the province of the unit in its own vintage', () => {
    // Three old communes were called Đức Xuân; the one in Bắc Kạn kept its code and name.
    const [oldDucXuan] = index.resolve({ name: 'Đức Xuân', date: OLD, level: 'commune', province: '06' });
    const [newDucXuan] = index.resolve({ name: 'Đức Xuân', date: NEW, level: 'commune' });
    expect(oldDucXuan).toMatchObject({
      code: '01840',
      provinceCode: '06',
      provinceName: 'Bắc Kạn',
      validOnDate: true,
    });
    expect(newDucXuan).toMatchObject({
      code: '01840',
      provinceCode: '19',
      provinceName: 'Thái Nguyên',
      validOnDate: true,
    });
  });
});
