import { describe, expect, it } from 'vitest';
import type { AdminUnitRecord, UnitLevel, UnitLineageRecord } from '../../core/units/admin-unit.ts';
import { UnitNameIndex } from '../../core/units/name-resolver.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitCatalogue } from '../units/units-service.ts';
import { communeResolver } from './commune-resolver.ts';
import { provinceResolver } from './province-resolver.ts';

/**
 * The commune and province resolvers over a small catalogue: pre-2025 codes with one successor, with
 * several, and with none (a lineage link dropped as a cross-province name collision).
 */

const OLD = { validFrom: null, validTo: '2025-06-30' };
const NEW = { validFrom: '2025-07-01', validTo: null };

let id = 0;
function unit(
  level: UnitLevel,
  code: string,
  fullName: string,
  unitType: string,
  parentCode: string,
  validity: { validFrom: string | null; validTo: string | null },
): StoredUnit {
  const record: AdminUnitRecord = {
    code,
    level,
    name: fullName.replace(/^(Tỉnh|Phường|Xã) /, ''),
    fullName,
    nameEn: null,
    unitType,
    parentCode,
    ...validity,
    aliases: [],
  };
  return { ...record, id: ++id, parentId: null, provinceCode: null, areaKm2: null, hasGeometry: false };
}

const link = (level: UnitLevel, from: string, to: string): UnitLineageRecord => ({
  predecessor: { code: from, level, validTo: OLD.validTo },
  successor: { code: to, level, validFrom: NEW.validFrom },
  kind: 'full',
  effective: '2025-07-01',
});

const UNITS = [
  unit('province', '19', 'Tỉnh Thái Nguyên', 'Tỉnh', 'VN', NEW),
  unit('province', '19', 'Tỉnh Thái Nguyên', 'Tỉnh', 'VN', OLD),
  unit('province', '06', 'Tỉnh Bắc Kạn', 'Tỉnh', 'VN', OLD),
  unit('province', '20', 'Tỉnh Lạng Sơn', 'Tỉnh', 'VN', NEW),
  unit('province', '97', 'Tỉnh Hai Nơi', 'Tỉnh', 'VN', OLD),
  unit('province', '98', 'Tỉnh Không Nơi', 'Tỉnh', 'VN', OLD),
  unit('commune', '01840', 'Phường Đức Xuân', 'Phường', '19', NEW),
  unit('commune', '05443', 'Phường Phan Đình Phùng', 'Phường', '19', NEW),
  unit('commune', '05467', 'Phường Gia Sàng', 'Phường', '19', NEW),
  unit('commune', '01846', 'Phường Huyền Tụng', 'Phường', '061', OLD),
  unit('commune', '05461', 'Phường Gia Sàng', 'Phường', '164', OLD),
  unit('commune', '30622', 'Xã Tân Phú', 'Xã', '883', OLD),
];
const LINEAGE = [
  link('province', '06', '19'),
  link('province', '19', '19'),
  link('province', '97', '19'),
  link('province', '97', '20'),
  link('commune', '01846', '01840'),
  link('commune', '05461', '05443'),
  link('commune', '05461', '05467'),
];

function catalogue(): UnitCatalogue {
  const byCode = new Map<string, StoredUnit[]>();
  for (const u of UNITS) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  return { units: UNITS, lineage: LINEAGE, byCode, index: new UnitNameIndex(UNITS, LINEAGE) };
}

const ON = '2025-12-31';

describe('communeResolver', () => {
  const resolve = communeResolver(catalogue());

  it('reads a current code, also without its leading zero', () => {
    expect(resolve({ code: '01840' }, ON)).toEqual({ code: '01840' });
    expect(resolve({ code: '1840' }, ON)).toEqual({ code: '01840' });
  });

  it('maps a pre-2025 code with one successor forward, with a note', () => {
    expect(resolve({ code: '01846' }, ON)).toEqual({
      code: '01840',
      note: {
        vi: 'mã xã cũ 01846 (Phường Huyền Tụng) đã chuyển thành 01840 từ 2025-07-01',
        en: 'old commune code 01846 (Phường Huyền Tụng) became 01840 on 2025-07-01',
      },
    });
  });

  it('refuses a pre-2025 code split between several communes, naming them', () => {
    expect(resolve({ code: '05461' }, ON)).toEqual({
      problem: {
        vi: 'mã xã cũ 05461 (Phường Gia Sàng) đã chia cho nhiều xã mới (05443, 05467); hãy ghi mã xã mới',
        en: 'old commune code 05461 (Phường Gia Sàng) was split into several new communes (05443, 05467); give the new code',
      },
    });
  });

  it('refuses a pre-2025 code without a successor in the lineage, without claiming a split', () => {
    expect(resolve({ code: '30622' }, ON)).toEqual({
      problem: {
        vi: 'mã xã cũ 30622 (Xã Tân Phú) không còn hiệu lực sau ngày 2025-06-30 và dữ liệu sắp xếp đơn vị hành chính không có xã mới nào kế thừa; hãy ghi mã xã hiện hành',
        en: 'old commune code 30622 (Xã Tân Phú) is no longer valid after 2025-06-30 and the reorganisation data has no successor for it; give the current commune code',
      },
    });
  });

  it('refuses an unknown code', () => {
    expect(resolve({ code: '99999' }, ON)).toEqual({
      problem: {
        vi: 'không có xã, phường mã "99999" vào ngày 2025-12-31',
        en: 'no commune with code "99999" on 2025-12-31',
      },
    });
  });
});

describe('provinceResolver', () => {
  const resolve = provinceResolver(catalogue());

  it('reads a current code, and maps a pre-2025 code merged into one province forward', () => {
    expect(resolve({ code: '19' }, ON)).toEqual({ code: '19' });
    expect(resolve({ code: '6' }, ON)).toEqual({
      code: '19',
      note: {
        vi: 'mã tỉnh cũ 06 (Tỉnh Bắc Kạn) nay thuộc tỉnh mã 19',
        en: 'old province code 06 (Tỉnh Bắc Kạn) is now part of province 19',
      },
    });
  });

  it('refuses a pre-2025 code with several successors, or none, saying which', () => {
    expect(resolve({ code: '97' }, ON)).toEqual({
      problem: {
        vi: 'mã tỉnh cũ 97 (Tỉnh Hai Nơi) nay thuộc nhiều tỉnh (19, 20); hãy ghi mã tỉnh hiện hành',
        en: 'old province code 97 (Tỉnh Hai Nơi) is now part of several provinces (19, 20); give the current province code',
      },
    });
    expect(resolve({ code: '98' }, ON)).toEqual({
      problem: {
        vi: 'mã tỉnh cũ 98 (Tỉnh Không Nơi) không còn hiệu lực sau ngày 2025-06-30 và dữ liệu sắp xếp đơn vị hành chính không có tỉnh mới nào kế thừa; hãy ghi mã tỉnh hiện hành',
        en: 'old province code 98 (Tỉnh Không Nơi) is no longer valid after 2025-06-30 and the reorganisation data has no successor for it; give the current province code',
      },
    });
    expect(resolve({ code: '55' }, ON)).toEqual({
      problem: {
        vi: 'không có tỉnh, thành phố mã "55" vào ngày 2025-12-31',
        en: 'no province with code "55" on 2025-12-31',
      },
    });
  });
});
