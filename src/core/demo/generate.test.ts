import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { OPERATORS, TECHNOLOGIES } from '../assets/asset-model.ts';
import type { DemoCommuneInput } from './commune.ts';
import { generateDemoInventory } from './generate.ts';
import { loadCommunes } from './load-communes.test-helper.ts';
import { VIETNAM_2025 } from './parameters.ts';

const THAI_NGUYEN = loadCommunes((c) => c.provinceCode === '19');
const inv = generateDemoInventory({ seed: 42, communes: THAI_NGUYEN });
const communeOf = new Map(THAI_NGUYEN.map((c) => [c.code, c]));

/** Winding-number containment, written independently of geometry.ts's ray casting. */
function windingContains(rings: Position[][], lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings) {
    let wn = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
      const side = (x2 - x1) * (lat - y1) - (lon - x1) * (y2 - y1);
      if (y1 <= lat && y2 > lat && side > 0) wn++;
      else if (y1 > lat && y2 <= lat && side < 0) wn--;
    }
    if (wn !== 0) inside = !inside;
  }
  return inside;
}

function insideCommune(c: DemoCommuneInput | undefined, p: { lon: number; lat: number }): boolean {
  if (!c || Array.isArray(c.polygon)) return false;
  const polygons = c.polygon.type === 'Polygon' ? [c.polygon.coordinates] : c.polygon.coordinates;
  return polygons.some((rings) => windingContains(rings, p.lon, p.lat));
}

describe('generateDemoInventory: determinism', () => {
  it('gives byte-identical output for the same seed, whatever the input order', () => {
    const again = generateDemoInventory({ seed: 42, communes: [...THAI_NGUYEN].reverse() });
    expect(JSON.stringify(again)).toBe(JSON.stringify(inv));
  });

  it('gives different output for another seed', () => {
    const other = generateDemoInventory({ seed: 43, communes: THAI_NGUYEN });
    expect(other.villages[0]?.position).not.toEqual(inv.villages[0]?.position);
    expect(JSON.stringify(other.mobileSites)).not.toBe(JSON.stringify(inv.mobileSites));
  });

  it('gives a commune the same villages alone as within its province (no remote pocket nearby)', () => {
    const hanoi = loadCommunes((c) => c.provinceCode === '01');
    const alone = generateDemoInventory({ seed: 5, communes: hanoi.filter((c) => c.code === '00070') });
    const all = generateDemoInventory({ seed: 5, communes: hanoi });
    expect(alone.villages).toEqual(all.villages.filter((v) => v.communeCode === '00070'));
  });
});

describe('generateDemoInventory: geometry and codes', () => {
  it('puts every village, site and facility inside its commune polygon', () => {
    expect(inv.villages.length).toBeGreaterThan(2000);
    for (const v of inv.villages) expect(insideCommune(communeOf.get(v.communeCode), v.position)).toBe(true);
    for (const s of inv.mobileSites)
      expect(insideCommune(communeOf.get(s.communeCode), s.position)).toBe(true);
    for (const f of inv.postalFacilities)
      expect(insideCommune(communeOf.get(f.communeCode), f.position)).toBe(true);
  });

  it('codes villages <communeCode>-<nnn> and sites <OPERATOR>-<provinceCode>-<nnnnn>, uniquely', () => {
    for (const v of inv.villages) expect(v.villageCode).toMatch(new RegExp(`^${v.communeCode}-\\d{3,}$`));
    for (const s of inv.mobileSites) expect(s.siteCode).toMatch(new RegExp(`^${s.operator}-19-\\d{5}$`));
    expect(new Set(inv.villages.map((v) => v.villageCode)).size).toBe(inv.villages.length);
    expect(new Set(inv.mobileSites.map((s) => s.siteCode)).size).toBe(inv.mobileSites.length);
  });

  it('flags every record synthetic', () => {
    expect(inv.synthetic).toBe(true);
    const all = [
      ...inv.villages,
      ...inv.mobileSites,
      ...inv.fixedBroadband,
      ...inv.dataCentres,
      ...inv.itParks,
      ...inv.postalFacilities,
      ...inv.networkConnections,
    ];
    expect(all.length).toBeGreaterThan(5000);
    expect(all.every((r) => r.synthetic)).toBe(true);
  });
});

describe('generateDemoInventory: records', () => {
  it('gives villages people and households', () => {
    for (const v of inv.villages) {
      expect(v.population).toBeGreaterThan(0);
      expect(v.population / v.households).toBeGreaterThan(2.5);
      expect(v.population / v.households).toBeLessThan(6);
    }
  });

  it('equips sites plausibly', () => {
    for (const s of inv.mobileSites) {
      expect(OPERATORS).toContain(s.operator);
      expect(s.antennaHeightM).toBeGreaterThanOrEqual(15);
      expect(s.antennaHeightM).toBeLessThanOrEqual(45);
      for (const c of s.carriers) expect(TECHNOLOGIES).toContain(c.technology);
      expect(s.tenants).not.toContain(s.operator);
      expect(s.shared).toBe(s.tenants.length > 0);
      if (s.onAirDate) expect(s.onAirDate <= VIETNAM_2025.asOf).toBe(true);
      if (s.status === 'operating') expect(s.carriers.some((c) => c.technology === '4G')).toBe(true);
      if (s.status === 'decommissioned') expect(s.decommissionedDate).not.toBeNull();
      if (s.status === 'planned' || s.status === 'building') expect(s.onAirDate).toBeNull();
    }
    const bands = new Set(
      inv.mobileSites.flatMap((s) => s.carriers.map((c) => `${c.technology}/${c.bandMhz}`)),
    );
    const allowed = [
      '2G/900',
      '2G/1800',
      '3G/2100',
      '4G/700',
      '4G/1800',
      '4G/2100',
      '4G/2600',
      '5G/2600',
      '5G/3700',
      '5G/3800',
    ];
    for (const b of bands) expect(allowed).toContain(b);
  });

  it('describes fixed broadband for every village and TSLCD for every commune', () => {
    const households = new Map(inv.villages.map((v) => [v.villageCode, v.households]));
    for (const v of inv.villages) {
      const rows = inv.fixedBroadband.filter((f) => f.villageCode === v.villageCode);
      expect(rows.map((r) => r.operator)).toEqual(expect.arrayContaining(['VIETTEL', 'VNPT']));
    }
    for (const f of inv.fixedBroadband) {
      expect(f.householdsPassed).toBeLessThanOrEqual(households.get(f.villageCode) ?? 0);
      expect(f.ftth).toBe(f.householdsPassed > 0);
    }
    expect(inv.networkConnections.map((c) => c.communeCode).sort()).toEqual(
      THAI_NGUYEN.map((c) => c.code).sort(),
    );
    expect(inv.networkConnections.every((c) => c.isCommunePeoplesCommittee)).toBe(true);
  });

  it('rejects bad input', () => {
    const one = THAI_NGUYEN.slice(0, 1);
    expect(() => generateDemoInventory({ seed: 1, communes: [...one, ...one] })).toThrow(/trùng/);
    expect(() => generateDemoInventory({ seed: 1, communes: one, scale: 0 })).toThrow();
    expect(() => generateDemoInventory({ seed: 1.5, communes: one })).toThrow();
  });
});
