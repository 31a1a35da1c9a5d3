import { beforeAll, describe, expect, it } from 'vitest';
import { readVietnamUnits, type VietnamUnits } from './read-vietnam-units.ts';

describe('readVietnamUnits', () => {
  let data: VietnamUnits;
  beforeAll(async () => {
    data = await readVietnamUnits();
  });

  const count = (level: string, current: boolean) =>
    data.units.filter((u) => u.level === level && (u.validTo === null) === current).length;

  it('reads the published counts of both hierarchies', () => {
    expect(count('province', true)).toBe(34);
    expect(count('commune', true)).toBe(3321);
    expect(count('province', false)).toBe(63);
    expect(count('district', false)).toBe(696);
    expect(count('commune', false)).toBe(10035);
  });

  it('links old Bắc Kạn (06) and old Thái Nguyên (19) to the new Thái Nguyên (19)', () => {
    const toNew19 = data.lineage.filter((l) => l.successor.code === '19' && l.successor.level === 'province');
    expect(toNew19.map((l) => l.predecessor.code).sort()).toEqual(['06', '19']);
  });

  it('drops the eight cross-province name collisions and reports them', () => {
    expect(data.report.dropped.map((d) => `${d.newCode}<-${d.oldCode}`).sort()).toEqual(
      [
        '11995<-13219',
        '14014<-14380',
        '20242<-20669',
        '30259<-30622',
        '29734<-28924',
        '31201<-31588',
        '31232<-31771',
        '31582<-31379',
      ].sort(),
    );
  });

  it('maps the two communes coded differently in the mapping to their codes in force', () => {
    expect(data.report.recoded).toEqual([
      { mappingCode: '06970', code: '06978', fullName: 'Xã Ba Chẽ' },
      { mappingCode: '23737', code: '23938', fullName: 'Xã Ia Mơ' },
    ]);
    const currentCommunes = new Set(data.units.filter((u) => u.validTo === null).map((u) => u.code));
    for (const l of data.lineage) expect(currentCommunes.has(l.successor.code)).toBe(true);
  });

  it('keeps the 1 Jul 2025 spelling as an alias of the 2026 spelling', () => {
    const yenHoa = data.units.find((u) => u.code === '00175' && u.validTo === null);
    expect(yenHoa?.fullName).toBe('Phường Yên Hoà');
    expect(yenHoa?.aliases).toEqual(['Phường Yên Hòa']);
  });
});
