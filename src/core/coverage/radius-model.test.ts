import { describe, expect, it } from 'vitest';
import { TECHNOLOGIES } from '../assets/asset-model.ts';
import {
  DEFAULT_COST231_CONFIG,
  DEFAULT_FIXED_RADIUS_M,
  environmentForDensity,
  siteRadii,
  technologyRadiusM,
} from './radius-model.ts';

describe('COST-231 radius per technology', () => {
  it('solves the default link budget at the default band and 30 m (2G 900 MHz urban: 2.43 km)', () => {
    // 140 dB against Okumura–Hata 900 MHz medium city: 10^((140 − 126.4033) / 35.2249) km.
    expect(technologyRadiusM('2G', null, null, 'urban')).toBeCloseTo(2432.19, 1);
    // 4G 1800 MHz at 138 dB, medium city: 10^((138 − 136.1969) / 35.2249) = 1.1252 km.
    expect(technologyRadiusM('4G', 1800, 30, 'urban')).toBeCloseTo(1125.2, 0);
  });

  it('grows from dense urban to rural', () => {
    for (const t of TECHNOLOGIES) {
      const [dense, urban, suburban, rural] = (['urban_dense', 'urban', 'suburban', 'rural'] as const).map(
        (e) => technologyRadiusM(t, null, null, e),
      );
      expect(dense).toBeLessThanOrEqual(urban as number);
      expect(urban).toBeLessThan(suburban as number);
      expect(suburban).toBeLessThan(rural as number);
    }
  });

  it('clamps to the configured minimum and maximum radius', () => {
    const config = {
      ...DEFAULT_COST231_CONFIG,
      maxPathLossDb: { '2G': 200, '3G': 60, '4G': 138, '5G': 133 },
    };
    const model = { kind: 'cost231', config } as const;
    expect(technologyRadiusM('2G', 900, 30, 'rural', model)).toBe(35_000);
    expect(technologyRadiusM('3G', 2100, 30, 'urban', model)).toBe(100);
  });

  it('takes the largest radius over the carriers of a technology, 0 for the others', () => {
    const radii = siteRadii(
      {
        carriers: [
          { technology: '4G', bandMhz: 1800 },
          { technology: '4G', bandMhz: 900 },
          { technology: '2G', bandMhz: 900 },
        ],
        antennaHeightM: 30,
      },
      'suburban',
    );
    expect(radii[2]).toBe(technologyRadiusM('4G', 900, 30, 'suburban'));
    expect(radii[2]).toBeGreaterThan(technologyRadiusM('4G', 1800, 30, 'suburban'));
    expect(radii[0]).toBeGreaterThan(0);
    expect([radii[1], radii[3]]).toEqual([0, 0]);
  });
});

describe('fixed radius model', () => {
  it('answers the configured radius whatever the band, height or environment', () => {
    const model = { kind: 'fixed', radiusM: { '2G': 5000, '3G': 3000, '4G': 2500, '5G': 800 } } as const;
    expect(technologyRadiusM('5G', 3500, 40, 'rural', model)).toBe(800);
    expect([
      ...siteRadii({ carriers: [{ technology: '3G', bandMhz: 2100 }], antennaHeightM: null }, 'urban', model),
    ]).toEqual([0, 3000, 0, 0]);
  });

  it('defaults to the COST-231 suburban ranges rounded down to 100 m', () => {
    for (const t of TECHNOLOGIES) {
      const cost = technologyRadiusM(t, null, null, 'suburban');
      expect(DEFAULT_FIXED_RADIUS_M[t]).toBe(Math.floor(cost / 100) * 100);
    }
  });
});

describe('environment from population density', () => {
  it('cuts at 300, 1,500 and 10,000 people per km²', () => {
    expect(environmentForDensity(0)).toBe('rural');
    expect(environmentForDensity(299.9)).toBe('rural');
    expect(environmentForDensity(300)).toBe('suburban');
    expect(environmentForDensity(1_500)).toBe('urban');
    expect(environmentForDensity(9_999)).toBe('urban');
    expect(environmentForDensity(10_000)).toBe('urban_dense');
    expect(environmentForDensity(500, { urbanDense: 1000, urban: 400, suburban: 100 })).toBe('urban');
  });
});
