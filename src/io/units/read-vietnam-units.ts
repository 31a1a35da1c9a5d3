import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AdminUnitRecord, LineageKind, UnitLineageRecord } from '../../core/units/admin-unit.ts';
import { splitCrossProvinceLinks } from '../../core/units/lineage-consistency.ts';
import { parseCsv } from '../csv/parse-csv.ts';
import { DEFAULT_DATASETS_DIR } from './datasets-dir.ts';

/** Day the two-tier structure took effect (Resolution 202/2025/QH15; Decision 19/2025/QĐ-TTg codes). */
export const REFORM_DATE = '2025-07-01';
/** Last day of the three-tier structure. */
export const LAST_DAY_BEFORE_REFORM = '2025-06-30';

export const COUNTRY_CODE = 'VN';

export interface LineageReadReport {
  /** Links dropped by the cross-province rule (see core/units/lineage-consistency.ts). */
  dropped: { newCode: string; newName: string; oldCode: string; oldName: string; oldProvinceCode: string }[];
  /** Links naming an old code absent from the 1 Mar 2025 unit list (units already merged earlier). */
  unresolved: { newCode: string; newName: string; oldCode: string; oldName: string }[];
  /**
   * New communes whose code in the mapping (from Công văn 1027/CTK-CSCL of 25 Jun 2025) differs from
   * the code in force (Decision 19/2025/QĐ-TTg), matched by province and full name instead.
   */
  recoded: { mappingCode: string; code: string; fullName: string }[];
}

export interface VietnamUnits {
  units: AdminUnitRecord[];
  lineage: UnitLineageRecord[];
  report: LineageReadReport;
}

interface MergeLink {
  old_id: string;
  name: string;
  type: LineageKind;
}
interface MergesFile {
  data: {
    level1_id: string;
    name: string;
    merges: MergeLink[];
    level2s: { level2_id: string; name: string; merges: MergeLink[] }[];
  }[];
}

const PROVINCE_PREFIXES = ['Thành phố', 'Tỉnh'];
const DISTRICT_PREFIXES = ['Thành phố', 'Thị xã', 'Quận', 'Huyện'];
const COMMUNE_PREFIXES = ['Thị trấn', 'Phường', 'Xã'];

function splitPrefix(fullName: string, prefixes: readonly string[]): { unitType: string; name: string } {
  for (const prefix of prefixes) {
    if (fullName.startsWith(`${prefix} `))
      return { unitType: prefix, name: fullName.slice(prefix.length + 1) };
  }
  throw new Error(`Tên đơn vị không có tiền tố loại đơn vị hợp lệ: "${fullName}"`);
}

async function readCsvFile(dir: string, path: string): Promise<Record<string, string>[]> {
  return parseCsv(await readFile(join(dir, path), 'utf8'));
}

function need(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined || value === '') throw new Error(`Thiếu cột "${column}" trong dữ liệu tham chiếu`);
  return value;
}

function countryRecord(): AdminUnitRecord {
  return {
    code: COUNTRY_CODE,
    level: 'country',
    name: 'Việt Nam',
    fullName: 'Nước Cộng hoà xã hội chủ nghĩa Việt Nam',
    nameEn: 'Viet Nam',
    unitType: 'Quốc gia',
    parentCode: null,
    validFrom: null,
    validTo: null,
    aliases: ['Cộng hòa xã hội chủ nghĩa Việt Nam'],
  };
}

/** Units in force since 1 Jul 2025: 34 provinces, 3,321 communes (2026 spelling, 1 Jul 2025 spelling as alias). */
async function readCurrentUnits(dir: string): Promise<AdminUnitRecord[]> {
  const provinces = await readCsvFile(dir, 'admin-units-2025/provinces_34_latest.csv');
  const wards = await readCsvFile(dir, 'admin-units-2025/wards_3321_latest.csv');
  const firstSpelling = new Map<string, string>();
  const firstProvinceSpelling = new Map<string, string>();
  for (const row of await readCsvFile(dir, 'admin-units-2025/wards_3321_v3.0.2_20250701.csv')) {
    firstSpelling.set(need(row, 'ward_code'), need(row, 'ward_full_name'));
    firstProvinceSpelling.set(need(row, 'province_code'), need(row, 'province_full_name'));
  }
  const alias = (latest: string, first: string | undefined): string[] =>
    first !== undefined && first !== latest ? [first] : [];
  const units: AdminUnitRecord[] = provinces.map((row) => {
    const code = need(row, 'province_code');
    const fullName = need(row, 'full_name');
    return {
      code,
      level: 'province',
      name: need(row, 'name'),
      fullName,
      nameEn: row.full_name_en || null,
      unitType: need(row, 'unit_type'),
      parentCode: COUNTRY_CODE,
      validFrom: REFORM_DATE,
      validTo: null,
      aliases: alias(fullName, firstProvinceSpelling.get(code)),
    };
  });
  for (const row of wards) {
    const code = need(row, 'ward_code');
    const fullName = need(row, 'ward_full_name');
    units.push({
      code,
      level: 'commune',
      name: need(row, 'ward_name'),
      fullName,
      nameEn: row.ward_full_name_en || null,
      unitType: need(row, 'unit_type'),
      parentCode: need(row, 'province_code'),
      validFrom: REFORM_DATE,
      validTo: null,
      aliases: alias(fullName, firstSpelling.get(code)),
    });
  }
  return units;
}

/** Units of the three-tier structure as of 1 Mar 2025 (the last before the reform): 63 / 696 / 10,035. */
async function readPre2025Units(dir: string): Promise<AdminUnitRecord[]> {
  const districts = await readCsvFile(dir, 'admin-units-pre2025/districts_v2.4.1_20250301.csv');
  const communes = await readCsvFile(dir, 'admin-units-pre2025/communes_v2.4.1_20250301.csv');
  const old = { validFrom: null, validTo: LAST_DAY_BEFORE_REFORM, aliases: [] as string[] };
  const provinces = new Map<string, AdminUnitRecord>();
  const units: AdminUnitRecord[] = [];
  for (const row of districts) {
    const provinceCode = need(row, 'province_code');
    if (!provinces.has(provinceCode)) {
      const fullName = need(row, 'province_full_name');
      const { unitType, name } = splitPrefix(fullName, PROVINCE_PREFIXES);
      provinces.set(provinceCode, {
        ...old,
        code: provinceCode,
        level: 'province',
        name,
        fullName,
        nameEn: null,
        unitType: unitType === 'Tỉnh' ? 'Tỉnh' : 'Thành phố trực thuộc trung ương',
        parentCode: COUNTRY_CODE,
      });
    }
    const fullName = need(row, 'district_full_name');
    const { unitType, name } = splitPrefix(fullName, DISTRICT_PREFIXES);
    units.push({
      ...old,
      code: need(row, 'district_code'),
      level: 'district',
      name,
      fullName,
      nameEn: row.district_full_name_en || null,
      unitType,
      parentCode: provinceCode,
    });
  }
  for (const row of communes) {
    const fullName = need(row, 'commune_full_name');
    const { unitType, name } = splitPrefix(fullName, COMMUNE_PREFIXES);
    units.push({
      ...old,
      code: need(row, 'commune_code'),
      level: 'commune',
      name,
      fullName,
      nameEn: row.commune_full_name_en || null,
      unitType,
      parentCode: need(row, 'district_code'),
    });
  }
  return [...provinces.values(), ...units];
}

/** Old → new links from the dvhcvn mapping (merges_new_to_old.json), checked by the cross-province rule. */
async function readLineage(
  dir: string,
  oldUnits: readonly AdminUnitRecord[],
  current: readonly AdminUnitRecord[],
) {
  const merges = JSON.parse(
    await readFile(join(dir, 'admin-lineage-2025/merges_new_to_old.json'), 'utf8'),
  ) as MergesFile;
  const oldCommunes = new Map<string, AdminUnitRecord>();
  const oldDistricts = new Map<string, AdminUnitRecord>();
  for (const u of oldUnits) {
    if (u.level === 'commune') oldCommunes.set(u.code, u);
    if (u.level === 'district') oldDistricts.set(u.code, u);
  }
  const lineage: UnitLineageRecord[] = [];
  const report: LineageReadReport = { dropped: [], unresolved: [], recoded: [] };
  const currentCommunes = new Set(current.filter((u) => u.level === 'commune').map((u) => u.code));
  const currentByName = new Map<string, AdminUnitRecord[]>();
  for (const u of current) {
    if (u.level !== 'commune') continue;
    const key = `${u.parentCode}|${u.fullName.normalize('NFC')}`;
    currentByName.set(key, [...(currentByName.get(key) ?? []), u]);
  }
  const currentCode = (provinceCode: string, code: string, fullName: string): string => {
    if (currentCommunes.has(code)) return code;
    const byName = currentByName.get(`${provinceCode}|${fullName.normalize('NFC')}`) ?? [];
    const [only] = byName;
    if (byName.length !== 1 || !only) return code;
    report.recoded.push({ mappingCode: code, code: only.code, fullName });
    return only.code;
  };
  const link = (
    oldCode: string,
    oldLevel: AdminUnitRecord['level'],
    newCode: string,
    newLevel: AdminUnitRecord['level'],
    kind: LineageKind,
  ): UnitLineageRecord => ({
    predecessor: { code: oldCode, level: oldLevel, validTo: LAST_DAY_BEFORE_REFORM },
    successor: { code: newCode, level: newLevel, validFrom: REFORM_DATE },
    kind,
    effective: REFORM_DATE,
  });
  for (const province of merges.data) {
    for (const m of province.merges)
      lineage.push(link(m.old_id, 'province', province.level1_id, 'province', m.type));
    for (const commune of province.level2s) {
      const newCode = currentCode(province.level1_id, commune.level2_id, commune.name);
      const candidates = [];
      for (const m of commune.merges) {
        const oldCommune = oldCommunes.get(m.old_id);
        const oldDistrict = oldDistricts.get(m.old_id);
        // Island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) became special zones.
        if (oldDistrict) {
          lineage.push(link(m.old_id, 'district', newCode, 'commune', m.type));
          continue;
        }
        if (!oldCommune) {
          report.unresolved.push({
            newCode: commune.level2_id,
            newName: commune.name,
            oldCode: m.old_id,
            oldName: m.name,
          });
          continue;
        }
        const oldProvinceCode = oldDistricts.get(oldCommune.parentCode ?? '')?.parentCode ?? '';
        candidates.push({ link: { m, oldProvinceCode }, oldProvinceCode });
      }
      const { kept, dropped } = splitCrossProvinceLinks(candidates);
      for (const { m } of kept) lineage.push(link(m.old_id, 'commune', newCode, 'commune', m.type));
      for (const { m, oldProvinceCode } of dropped) {
        report.dropped.push({
          newCode,
          newName: commune.name,
          oldCode: m.old_id,
          oldName: m.name,
          oldProvinceCode,
        });
      }
    }
  }
  return { lineage, report };
}

/** Every Vietnamese unit we ship (country, current and pre-2025 hierarchies) and the lineage between them. */
export async function readVietnamUnits(datasetsDir: string = DEFAULT_DATASETS_DIR): Promise<VietnamUnits> {
  const current = await readCurrentUnits(datasetsDir);
  const old = await readPre2025Units(datasetsDir);
  const { lineage, report } = await readLineage(datasetsDir, old, current);
  return { units: [countryRecord(), ...current, ...old], lineage, report };
}
