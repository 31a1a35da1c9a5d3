import { describe, expect, it } from 'vitest';
import { Rng, rngFor, WeightedSampler } from './prng.ts';

describe('rngFor', () => {
  it('gives the same sequence for the same seed and labels', () => {
    const a = rngFor(7, 'villages', '01840');
    const b = rngFor(7, 'villages', '01840');
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives different sequences for another seed or another label', () => {
    const base = rngFor(7, 'villages', '01840').next();
    expect(rngFor(8, 'villages', '01840').next()).not.toBe(base);
    expect(rngFor(7, 'villages', '01843').next()).not.toBe(base);
    expect(rngFor(7, 'sites', '01840').next()).not.toBe(base);
  });

  it('draws uniformly in [0, 1)', () => {
    const rng = rngFor(1, 'uniform');
    const xs = Array.from({ length: 20_000 }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});

describe('Rng helpers', () => {
  it('rounds stochastically without bias', () => {
    const rng = new Rng(1, 2, 3, 4);
    let total = 0;
    for (let i = 0; i < 10_000; i++) total += rng.roundStochastic(0.3);
    expect(total / 10_000).toBeGreaterThan(0.27);
    expect(total / 10_000).toBeLessThan(0.33);
  });

  it('draws gamma variates with the right mean', () => {
    const rng = new Rng(5, 6, 7, 8);
    let total = 0;
    for (let i = 0; i < 10_000; i++) total += rng.gamma(2.5);
    expect(total / 10_000).toBeCloseTo(2.5, 1);
  });

  it('samples indices in proportion to their weights', () => {
    const rng = rngFor(3, 'weights');
    const sampler = new WeightedSampler([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 8000; i++) {
      const k = sampler.draw(rng);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.6);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.4);
  });
});
