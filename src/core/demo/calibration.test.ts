import { describe, expect, it } from 'vitest';
import { generateDemoInventory } from './generate.ts';
import { loadCommunes } from './load-communes.test-helper.ts';

// A representative subset: every 6th commune by code, all over the country.
const sample = loadCommunes()
  .sort((a, b) => (a.code < b.code ? -1 : 1))
  .filter((_, i) => i % 6 === 0);
const full = generateDemoInventory({ seed: 11, communes: sample });
const half = generateDemoInventory({ seed: 11, communes: sample, scale: 0.5 });
const rowOf = (inv: typeof full, key: string) => {
  const row = inv.calibration.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe('calibration on a subset of communes', () => {
  it('scales the national targets to the subset and meets them', () => {
    expect(full.calibration.populationShare).toBeGreaterThan(0.1);
    expect(full.calibration.populationShare).toBeLessThan(0.25);
    for (const key of [
      'population',
      'households',
      'villages',
      'sites4g',
      'sites5g',
      'ratio5g4g',
      'remoteVillages',
    ]) {
      expect(rowOf(full, key).withinTolerance, key).toBe(true);
    }
    for (const key of ['VIETTEL', 'VNPT', 'MOBIFONE'])
      expect(rowOf(full, `operatorShare.${key}`).withinTolerance).toBe(true);
    expect(rowOf(full, 'sharedSites').withinTolerance).toBe(true);
  });

  it('keeps the 5G/4G ratio near the national 26,000/150,000', () => {
    const ratio = rowOf(full, 'ratio5g4g').produced;
    expect(Math.abs(ratio - 26 / 150)).toBeLessThan(0.03);
  });

  it('puts 5G mostly in wards', () => {
    const wards = new Set(sample.filter((c) => c.unitType === 'Phường').map((c) => c.code));
    const fiveG = full.mobileSites.filter((s) => s.carriers.some((c) => c.technology === '5G'));
    expect(fiveG.filter((s) => wards.has(s.communeCode)).length / fiveG.length).toBeGreaterThan(0.6);
  });

  it('halves villages and sites at scale 0.5, keeping people and ratios', () => {
    for (const key of ['villages', 'sites4g', 'sites5g', 'population', 'ratio5g4g']) {
      expect(rowOf(half, key).withinTolerance, key).toBe(true);
    }
    expect(half.villages.length / full.villages.length).toBeCloseTo(0.5, 1);
    expect(rowOf(half, 'population').produced).toBe(rowOf(full, 'population').produced);
  });

  it('reports a source for every target', () => {
    for (const row of full.calibration.rows) expect(row.source.length).toBeGreaterThan(10);
  });
});
