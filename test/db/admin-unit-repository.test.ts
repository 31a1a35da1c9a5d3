import { describe, expect, it } from 'vitest';
import { AdminUnitRepository } from '../../src/db/units/admin-unit-repository.ts';
import { UnitGeometryRepository } from '../../src/db/units/unit-geometry-repository.ts';
import { UnitLineageRepository } from '../../src/db/units/unit-lineage-repository.ts';
import { describeEachEngine } from '../support/each-engine.ts';

const AFTER = '2025-07-01';
const BEFORE = '2025-06-30';

describeEachEngine('AdminUnitRepository', (db) => {
  const units = () => new AdminUnitRepository(db());
  const lineage = () => new UnitLineageRepository(db());

  describe('counts by date', () => {
    it('has 34 provinces and 3,321 communes from 1 Jul 2025', async () => {
      expect(await units().countByLevel(AFTER)).toEqual({ country: 1, province: 34, commune: 3321 });
    });

    it('has 63 provinces, 696 districts and 10,035 communes on 30 Jun 2025', async () => {
      expect(await units().countByLevel(BEFORE)).toEqual({
        country: 1,
        province: 63,
        district: 696,
        commune: 10035,
      });
    });
  });

  describe('findByCode', () => {
    it('finds the version of a code in force on the date', async () => {
      const after = await units().findByCode('19', AFTER);
      const before = await units().findByCode('19', BEFORE);
      expect(after?.validFrom).toBe(AFTER);
      expect(before?.validTo).toBe(BEFORE);
      expect(after?.id).not.toBe(before?.id);
    });

    it('does not find a unit outside its validity', async () => {
      expect(await units().findByCode('06', AFTER)).toBeNull();
      expect((await units().findByCode('06', BEFORE))?.fullName).toBe('Tỉnh Bắc Kạn');
    });

    it('lists every version of a code, newest first', async () => {
      const versions = await units().findVersions('19');
      expect(versions.map((v) => v.validFrom)).toEqual([AFTER, null]);
    });
  });

  describe('list', () => {
    it('pages with a stable order and a total', async () => {
      const first = await units().list({ date: AFTER, level: 'province', limit: 10, offset: 0 });
      const second = await units().list({ date: AFTER, level: 'province', limit: 10, offset: 10 });
      expect(first.total).toBe(34);
      expect(first.items.map((u) => u.code)).toEqual([...first.items.map((u) => u.code)].sort());
      expect((second.items[0]?.code ?? '') > (first.items[9]?.code ?? '')).toBe(true);
    });

    it('lists the communes of a current province through province_code', async () => {
      const parent = await units().findByCode('19', AFTER);
      if (!parent) throw new Error('no province 19');
      const result = await units().list({ date: AFTER, level: 'commune', parent, limit: 1000, offset: 0 });
      expect(result.total).toBe(92);
      expect(result.items.every((u) => u.provinceCode === '19' && u.parentCode === '19')).toBe(true);
    });

    it('lists the communes of an old province across its districts', async () => {
      const parent = await units().findByCode('06', BEFORE);
      if (!parent) throw new Error('no province 06');
      const districts = await units().list({ date: BEFORE, parent, limit: 100, offset: 0 });
      expect(districts.total).toBe(8);
      expect(districts.items.every((u) => u.level === 'district')).toBe(true);
      const communes = await units().list({ date: BEFORE, level: 'commune', parent, limit: 1000, offset: 0 });
      // Bắc Kạn had 108 communes in 2023 and 108 on 1 Mar 2025 (datasets/vn/admin-units-pre2025).
      expect(communes.total).toBe(108);
    });

    it('searches names without diacritics and puts prefix matches first', async () => {
      const result = await units().list({ date: AFTER, searchText: 'thai nguyen', limit: 10, offset: 0 });
      expect(result.items[0]?.code).toBe('19');
    });
  });

  describe('hierarchy and lineage', () => {
    it('walks an old commune up to the country', async () => {
      const commune = await units().findByCode('01840', BEFORE);
      if (!commune) throw new Error('no commune 01840 before the reform');
      const chain = await units().ancestors(commune);
      expect(chain.map((u) => u.level)).toEqual(['district', 'province', 'country']);
      expect(chain[1]?.code).toBe('06');
    });

    it('links the new Thái Nguyên to old Bắc Kạn and old Thái Nguyên, both ways', async () => {
      const newTn = await units().findByCode('19', AFTER);
      const oldBk = await units().findByCode('06', BEFORE);
      if (!newTn || !oldBk) throw new Error('missing province');
      const predecessors = await lineage().predecessorsOf(newTn.id);
      expect(predecessors.map((p) => [p.unit.code, p.unit.validTo, p.kind])).toEqual([
        ['06', BEFORE, 'full'],
        ['19', BEFORE, 'full'],
      ]);
      const successors = await lineage().successorsOf(oldBk.id);
      expect(successors.map((s) => s.unit.code)).toEqual(['19']);
    });

    it('records partial links of split communes', async () => {
      // Old Phường Ngọc Hà (00016) was split between several new wards of Hà Nội.
      const old = await units().findByCode('00016', BEFORE);
      if (!old) throw new Error('no 00016');
      const successors = await lineage().successorsOf(old.id);
      expect(successors.length).toBeGreaterThan(1);
      expect(successors.some((s) => s.kind === 'partial')).toBe(true);
    });
  });

  describe('geometry', () => {
    it('stores boundaries for every current province and commune', async () => {
      const provinces = JSON.parse(
        await new UnitGeometryRepository(db()).featureCollection({
          date: AFTER,
          level: 'province',
          tolerance: 0.01,
        }),
      ) as { features: { properties: { code: string }; geometry: { type: string } }[] };
      expect(provinces.features).toHaveLength(34);
      expect(new Set(provinces.features.map((f) => f.geometry.type))).toEqual(new Set(['MultiPolygon']));
      const communes = JSON.parse(
        await new UnitGeometryRepository(db()).featureCollection({
          date: AFTER,
          level: 'commune',
          provinceCode: '19',
          tolerance: 0,
        }),
      ) as { features: unknown[] };
      expect(communes.features).toHaveLength(92);
    });

    it('places Bắc Kạn town inside Phường Đức Xuân (01840)', async () => {
      const [row] = await db().query<{ code: string }>(
        `SELECT code FROM admin_unit WHERE level = 'commune' AND valid_from = $1::date
         AND ST_Contains(geom, ST_SetSRID(ST_MakePoint(105.8348, 22.1470), 4326))`,
        [AFTER],
      );
      expect(row?.code).toBe('01840');
    });
  });
});
