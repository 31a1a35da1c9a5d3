import { describe, expect, it } from 'vitest';
import {
  environmentCorrectionDb,
  mobileHeightCorrectionDb,
  pathLossDb,
  pathLossLine,
  rangeForLossM,
} from './propagation.ts';

const at = (
  frequencyMhz: number,
  environment: 'urban_dense' | 'urban' | 'suburban' | 'rural',
  distanceKm = 1,
) => pathLossDb({ frequencyMhz, baseHeightM: 30, mobileHeightM: 1.5, environment, distanceKm });

describe('COST-231 Hata (COST 231 final report, 1999, §4.4.1)', () => {
  it('gives 136.20 dB at 1800 MHz, h_b 30 m, h_m 1.5 m, medium city, 1 km', () => {
    // By hand: log 1800 = 3.255273, so 33.9 log f = 110.353738; 13.82 log 30 = 13.82 × 1.477121
    // = 20.413816; a(h_m) = (1.1 × 3.255273 − 0.7) × 1.5 − (1.56 × 3.255273 − 0.8)
    // = 4.321200 − 4.278225 = 0.042975; log 1 = 0; C_m = 0:
    // L = 46.3 + 110.353738 − 20.413816 − 0.042975 = 136.196948 dB.
    // (The brief's "≈ 137.x" does not match the published formula; 136.2 dB is what it gives.)
    expect(at(1800, 'urban')).toBeCloseTo(136.196948, 5);
    expect(mobileHeightCorrectionDb(1800, 1.5, false)).toBeCloseTo(0.042975, 6);
  });

  it('adds C_m = 3 dB and the large-city a(h_m) for a metropolitan centre: 139.24 dB', () => {
    // a(h_m) = 3.2 (log(11.75 × 1.5))² − 4.97 = 3.2 × 1.246129² − 4.97 = −0.000919;
    // L = 46.3 + 110.353738 − 20.413816 + 0.000919 + 3 = 139.240841 dB.
    expect(at(1800, 'urban_dense')).toBeCloseTo(139.240841, 5);
  });

  it('grows by (44.9 − 6.55 log h_b) = 35.2249 dB per decade of distance', () => {
    expect(at(1800, 'urban', 10) - at(1800, 'urban', 1)).toBeCloseTo(35.224856, 5);
    expect(pathLossLine(1800, 30, 1.5, 'urban').slopeDb).toBeCloseTo(35.224856, 5);
  });
});

describe('Okumura–Hata (Hata 1980) below 1500 MHz', () => {
  it('gives 126.40 dB at 900 MHz, h_b 30 m, h_m 1.5 m, medium city, 1 km', () => {
    // log 900 = 2.954243: 26.16 log f = 77.282984; a(h_m) = (1.1 × 2.954243 − 0.7) × 1.5
    // − (1.56 × 2.954243 − 0.8) = 0.015882; L = 69.55 + 77.282984 − 20.413816 − 0.015882 = 126.403286.
    expect(at(900, 'urban')).toBeCloseTo(126.403286, 5);
    // At 5 km: + 35.224856 × log 5 (0.698970) = 151.024404 dB.
    expect(at(900, 'urban', 5)).toBeCloseTo(151.024404, 5);
  });

  it('applies the suburban (−9.94 dB) and open-area (−28.51 dB) corrections at 900 MHz', () => {
    // K_s = 2 (log(900/28))² + 5.4 = 2 × 1.507112² + 5.4 = 9.942607
    // K_o = 4.78 × 2.954243² − 18.33 × 2.954243 + 40.94 = 28.506418
    expect(environmentCorrectionDb(900, 'suburban')).toBeCloseTo(9.942607, 5);
    expect(environmentCorrectionDb(900, 'rural')).toBeCloseTo(28.506418, 5);
    expect(at(900, 'suburban')).toBeCloseTo(116.460679, 5);
    expect(at(900, 'rural')).toBeCloseTo(97.896868, 5);
  });
});

describe('the switch between models and above 2000 MHz', () => {
  it('uses Okumura–Hata below 1500 MHz and COST-231 from 1500 (a ~1.3 dB step)', () => {
    expect(pathLossLine(1499.9, 30, 1.5, 'urban').model).toBe('okumura-hata');
    expect(pathLossLine(1500, 30, 1.5, 'urban').model).toBe('cost231-hata');
    expect(pathLossLine(700, 30, 1.5, 'urban').model).toBe('okumura-hata');
    // Hata at 1500 MHz: 132.187 dB; COST-231 at 1500 MHz: 133.520 dB.
    expect(at(1500, 'urban') - at(1499.9999, 'urban')).toBeCloseTo(1.333, 2);
  });

  it('scales 3500 MHz from COST-231 at 2000 MHz by 20 log(f / 2000) = 4.86 dB, or extrapolates', () => {
    // COST-231 at 2000 MHz, medium city: 137.744008 dB; + 20 log 1.75 (4.860761) = 142.604769 dB.
    const line = pathLossLine(3500, 30, 1.5, 'urban');
    expect(line.modelFrequencyMhz).toBe(2000);
    expect(line.frequencyScalingDb).toBeCloseTo(4.860761, 5);
    expect(at(3500, 'urban')).toBeCloseTo(142.604769, 5);
    // COST-231 evaluated at 3500 MHz itself: 145.961125 dB.
    const extrapolated = pathLossLine(3500, 30, 1.5, 'urban', { aboveCostRange: 'extrapolate' });
    expect(extrapolated.interceptDb).toBeCloseTo(145.961125, 5);
    expect(pathLossLine(2000, 30, 1.5, 'urban').frequencyScalingDb).toBe(0);
  });

  it('refuses frequencies outside 150–6000 MHz and clamps heights', () => {
    expect(() => pathLossLine(100, 30, 1.5, 'urban')).toThrow(RangeError);
    expect(() => pathLossLine(Number.NaN, 30, 1.5, 'urban')).toThrow(RangeError);
    expect(pathLossLine(1800, 500, 1.5, 'urban')).toEqual(pathLossLine(1800, 200, 1.5, 'urban'));
    expect(pathLossLine(1800, 2, 1.5, 'urban')).toEqual(pathLossLine(1800, 10, 1.5, 'urban'));
  });
});

describe('range for a maximum path loss', () => {
  it('inverts the loss line: 900 MHz urban at 140 dB reaches 2.432 km', () => {
    // d = 10^((140 − 126.403286) / 35.224856) = 10^0.386 = 2.432191 km.
    const line = pathLossLine(900, 30, 1.5, 'urban');
    expect(rangeForLossM(line, 140)).toBeCloseTo(2432.19, 1);
    expect(at(900, 'urban', rangeForLossM(line, 140) / 1000)).toBeCloseTo(140, 9);
  });
});
