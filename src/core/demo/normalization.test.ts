import { describe, expect, it } from 'vitest';
import { profileOf } from './commune.ts';
import { loadCommunes } from './load-communes.test-helper.ts';
import { expectationFor, fitNormalization, type Normalization } from './normalization.ts';
import { VIETNAM_2025_NORMALIZATION } from './normalization-constants.ts';
import { BAC_KAN_COMMUNES, VIETNAM_2025 } from './parameters.ts';

const profiles = loadCommunes().map((c) => profileOf(c, VIETNAM_2025));

function flatten(n: Normalization): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(n)) {
    if (typeof v === 'number') out[k] = v;
    else for (const [k2, v2] of Object.entries(v as Record<string, number>)) out[`${k}.${k2}`] = v2;
  }
  return out;
}

describe('normalization constants', () => {
  it('are the ones fitted on the 3,321 communes (regenerate with the script when this fails)', () => {
    expect(profiles).toHaveLength(3321);
    const fitted = flatten(fitNormalization(profiles, VIETNAM_2025));
    const stored = flatten(VIETNAM_2025_NORMALIZATION);
    expect(Object.keys(stored).sort()).toEqual(Object.keys(fitted).sort());
    for (const [k, v] of Object.entries(fitted)) expect(stored[k], k).toBeCloseTo(v, 9);
  });

  it('add up to the national and Bắc Kạn figures', () => {
    const sum = { population: 0, villages: 0, sites: 0, fiveG: 0, remote: 0 };
    const bk = { population: 0, villages: 0, sites: 0 };
    for (const p of profiles) {
      const e = expectationFor(p, VIETNAM_2025, VIETNAM_2025_NORMALIZATION);
      sum.population += e.population;
      sum.villages += e.villages;
      sum.sites += e.sites;
      sum.fiveG += e.sites * e.fiveGShare;
      sum.remote += e.remoteVillages;
      if (BAC_KAN_COMMUNES.includes(p.code)) {
        bk.population += e.population;
        bk.villages += e.villages;
        bk.sites += e.sites;
      }
    }
    expect(sum.population).toBeCloseTo(101_112_656, 0);
    expect(Math.abs(sum.villages - 100_000)).toBeLessThan(50);
    expect(sum.sites).toBeCloseTo(150_000, 3);
    expect(sum.fiveG).toBeCloseTo(26_000, 3);
    expect(sum.remote).toBeCloseTo(700, 3);
    expect(bk.population).toBeCloseTo(313_905, 3);
    expect(bk.villages).toBeCloseTo(1292, 3);
    expect(bk.sites).toBeCloseTo(672, 3);
  });
});
