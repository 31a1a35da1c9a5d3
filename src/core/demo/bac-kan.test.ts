import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDemoInventory } from './generate.ts';
import { distanceKm, PointGrid } from './geometry.ts';
import { loadCommunes } from './load-communes.test-helper.ts';
import { BAC_KAN_COMMUNES, VIETNAM_2025 } from './parameters.ts';

const bacKan = loadCommunes((c) => BAC_KAN_COMMUNES.includes(c.code));
const inv = generateDemoInventory({ seed: 2025, communes: bacKan });
const operating = inv.mobileSites.filter((s) => s.status === 'operating');

describe('Bắc Kạn area (old province 06 = 37 current communes of Thái Nguyên)', () => {
  it('lists the 37 communes that the lineage file maps from old Bắc Kạn', () => {
    const merges = JSON.parse(
      readFileSync(
        fileURLToPath(
          new URL('../../../datasets/vn/admin-lineage-2025/merges_new_to_old.json', import.meta.url),
        ),
        'utf8',
      ),
    ) as { data: { level1_id: string; level2s: { level2_id: string; merges: { old_id: string }[] }[] }[] };
    const thaiNguyen = merges.data.find((p) => p.level1_id === '19');
    // Old Bắc Kạn communes have codes 01834–02200; old Thái Nguyên ones start at 05431.
    const fromBacKan = (thaiNguyen?.level2s ?? []).filter((w) =>
      w.merges.some((m) => Number(m.old_id) < 5000),
    );
    expect(fromBacKan.map((w) => w.level2_id).sort()).toEqual([...BAC_KAN_COMMUNES].sort());
    expect(bacKan).toHaveLength(37);
  });

  it('has ≈1,292 villages and ≈672 operating sites (±5 %)', () => {
    expect(inv.villages.length).toBeGreaterThanOrEqual(1292 * 0.95);
    expect(inv.villages.length).toBeLessThanOrEqual(1292 * 1.05);
    expect(operating.length).toBeGreaterThanOrEqual(672 * 0.95);
    expect(operating.length).toBeLessThanOrEqual(672 * 1.05);
    const rows = inv.calibration.rows.filter((r) => r.scope === 'bac-kan-06');
    expect(rows.map((r) => r.key)).toEqual([
      'bac-kan-06.villages',
      'bac-kan-06.sites',
      'bac-kan-06.population',
    ]);
    expect(rows.every((r) => r.withinTolerance)).toBe(true);
  });

  it('has about the census population', () => {
    const people = inv.villages.reduce((s, v) => s + v.population, 0);
    expect(Math.abs(people - 313_905)).toBeLessThan(50);
  });
});

describe('deliberately remote villages', () => {
  it('are none in the Bắc Kạn area, whose communes are too small for a pocket', () => {
    expect(inv.remoteVillageCodes).toEqual([]);
  });

  it('keeps every site, whatever its status, beyond the guard distance (Lai Châu, brute force, seeds 1–3)', () => {
    const laiChau = loadCommunes((c) => c.provinceCode === '12');
    let remoteSeen = 0;
    for (let seed = 1; seed <= 3; seed++) {
      const run = generateDemoInventory({ seed, communes: laiChau });
      const codes = new Set(run.remoteVillageCodes);
      const remote = run.villages.filter((v) => codes.has(v.villageCode));
      expect(remote).toHaveLength(codes.size);
      remoteSeen += remote.length;
      for (const v of remote) {
        const nearest = Math.min(...run.mobileSites.map((s) => distanceKm(v.position, s.position)));
        expect(nearest).toBeGreaterThan(VIETNAM_2025.remoteGuardKm);
      }
    }
    expect(remoteSeen).toBeGreaterThan(30);
  });

  it('gives sites near remote villages short-range equipment only', () => {
    const run = generateDemoInventory({ seed: 4, communes: loadCommunes((c) => c.provinceCode === '12') });
    const remote = new PointGrid(0.1);
    for (const v of run.villages) if (run.remoteVillageCodes.includes(v.villageCode)) remote.add(v.position);
    const quiet = run.mobileSites.filter(
      (s) => s.status !== 'decommissioned' && remote.anyWithin(s.position, VIETNAM_2025.remoteQuietKm),
    );
    expect(quiet.length).toBeGreaterThan(20);
    for (const s of quiet) {
      expect(s.antennaHeightM).toBeLessThanOrEqual(VIETNAM_2025.quietMaxHeightM);
      expect(s.carriers.some((c) => c.technology === '2G' || c.bandMhz === 700)).toBe(false);
    }
  });

  it('holds the guard across provinces and leaves the other villages covered', () => {
    const north = generateDemoInventory({
      seed: 9,
      communes: loadCommunes((c) => ['04', '12', '19'].includes(c.provinceCode)),
    });
    const remote = new Set(north.remoteVillageCodes);
    expect(remote.size).toBeGreaterThan(50);
    const sites = new PointGrid(0.1);
    for (const s of north.mobileSites) sites.add(s.position);
    const operating4g = new PointGrid(0.05);
    for (const s of north.mobileSites) {
      if (s.status === 'operating' && s.carriers.some((c) => c.technology === '4G'))
        operating4g.add(s.position);
    }
    let covered = 0;
    for (const v of north.villages) {
      if (remote.has(v.villageCode))
        expect(sites.anyWithin(v.position, VIETNAM_2025.remoteGuardKm)).toBe(false);
      else if (operating4g.anyWithin(v.position, VIETNAM_2025.coverageRadiusKm)) covered++;
    }
    expect(covered / (north.villages.length - remote.size)).toBeGreaterThan(0.99);
  });
});
