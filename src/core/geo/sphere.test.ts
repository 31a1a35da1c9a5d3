import { describe, expect, it } from 'vitest';
import {
  centralAngleToMetres,
  DEG,
  destination,
  distanceMetres,
  EARTH_RADIUS_M,
  haversineMetres,
  haversineTerm,
  metresToHaversineTerm,
  radiusBBox,
  unitVector,
} from './sphere.ts';

// One degree of a great circle on the IUGG mean sphere: R · π / 180 = 6,371,008.8 × 0.0174532925…
const METRES_PER_DEGREE = 111_195.0802;

describe('haversine distance', () => {
  it('measures a degree of latitude and of longitude at the equator as R·π/180', () => {
    expect(haversineMetres(105, 0, 105, 1)).toBeCloseTo(METRES_PER_DEGREE, 3);
    expect(haversineMetres(105, 0, 106, 0)).toBeCloseTo(METRES_PER_DEGREE, 3);
    expect(EARTH_RADIUS_M * DEG).toBeCloseTo(METRES_PER_DEGREE, 3);
  });

  it('shrinks east–west distances by cos φ at 22° N (1030.98 m for 0.01° at 105° E)', () => {
    // d = 2R·asin(cos 22° · sin(0.005°)) = 1030.9828 m by hand (Python, same formula).
    expect(haversineMetres(105, 22, 105.01, 22)).toBeCloseTo(1030.9828, 3);
    expect(haversineMetres(105, 22, 105, 22.01)).toBeCloseTo(1111.9508, 3);
  });

  it('gives Hà Nội – TP. Hồ Chí Minh as ~1,138 km and is symmetric', () => {
    const hanoi = { lon: 105.8342, lat: 21.0278 };
    const hcmc = { lon: 106.6297, lat: 10.8231 };
    expect(distanceMetres(hanoi, hcmc)).toBeCloseTo(1_137_885.67, 1);
    expect(distanceMetres(hcmc, hanoi)).toBe(distanceMetres(hanoi, hcmc));
  });

  it('reaches πR between antipodes and 0 for one point', () => {
    expect(haversineMetres(0, 0, 180, 0)).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 3);
    expect(haversineMetres(105.5, 21.5, 105.5, 21.5)).toBe(0);
  });

  it('agrees with the chord form h = |a − b|² / 4 of unit vectors', () => {
    const [ax, ay, az] = unitVector(105.1, 21.9);
    const [bx, by, bz] = unitVector(105.13, 21.94);
    const chordH = ((ax - bx) ** 2 + (ay - by) ** 2 + (az - bz) ** 2) / 4;
    const h = haversineTerm(105.1, 21.9, 105.13, 21.94);
    expect(Math.abs(chordH - h) / h).toBeLessThan(1e-9);
    expect(metresToHaversineTerm(centralAngleToMetres(h)) / h).toBeCloseTo(1, 12);
  });
});

describe('destination', () => {
  it('goes back to the distance it was given, in every direction', () => {
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const p = destination(105, 22, bearing, 5000);
      expect(haversineMetres(105, 22, p.lon, p.lat)).toBeCloseTo(5000, 6);
    }
    expect(destination(105, 22, 0, METRES_PER_DEGREE).lat).toBeCloseTo(23, 9);
  });
});

describe('radiusBBox', () => {
  it('is φ ± r and λ ± asin(sin r / cos φ) (10 km at 22° N: ±0.0899320°, ±0.0969948°)', () => {
    const b = radiusBBox(105, 22, 10_000);
    expect(b.maxLat - 22).toBeCloseTo(0.089932036, 8);
    expect(22 - b.minLat).toBeCloseTo(0.089932036, 8);
    expect(b.maxLon - 105).toBeCloseTo(0.096994832, 8);
    expect(105 - b.minLon).toBeCloseTo(0.096994832, 8);
  });

  it('holds every point of the circle and touches it', () => {
    const b = radiusBBox(105, 22, 30_000);
    let west = 180;
    for (let bearing = 0; bearing < 360; bearing += 0.25) {
      const p = destination(105, 22, bearing, 30_000);
      expect(p.lon).toBeGreaterThanOrEqual(b.minLon - 1e-12);
      expect(p.lon).toBeLessThanOrEqual(b.maxLon + 1e-12);
      expect(p.lat).toBeGreaterThanOrEqual(b.minLat - 1e-12);
      expect(p.lat).toBeLessThanOrEqual(b.maxLat + 1e-12);
      west = Math.min(west, p.lon);
    }
    expect(west - b.minLon).toBeLessThan(1e-6);
  });

  it('spans every longitude when the circle holds a pole', () => {
    const b = radiusBBox(10, 89.9, 50_000);
    expect([b.minLon, b.maxLon, b.maxLat]).toEqual([-180, 180, 90]);
  });

  it('writes into a given object', () => {
    const out = { minLon: 0, minLat: 0, maxLon: 0, maxLat: 0 };
    expect(radiusBBox(105, 22, 1000, out)).toBe(out);
    expect(out.minLon).toBeLessThan(105);
  });
});
