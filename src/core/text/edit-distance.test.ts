import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.ts';

describe('boundedEditDistance', () => {
  it.each([
    ['thainguyen', 'thainguyen', 0],
    ['thainguyen', 'thainguyn', 1],
    ['thainguyen', 'thaingyuen', 1],
    ['backan', 'backan', 0],
    ['backan', 'bakcan', 1],
    ['backan', 'bacan', 1],
    ['hanoi', 'hanam', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(boundedEditDistance(a, b, 5)).toBe(d);
    expect(boundedEditDistance(b, a, 5)).toBe(d);
  });

  it('returns max + 1 as soon as the bound is exceeded', () => {
    expect(boundedEditDistance('thainguyen', 'quangninh', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('hanoi', 'hanam', 1)).toBe(2);
  });
});

/** Unbanded textbook OSA distance, the reference for the banded one. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = v;
    }
  }
  return at(a.length, b.length);
}

describe('boundedEditDistance agrees with the unbanded reference', () => {
  it('on 3,000 seeded random pairs over a small alphabet', () => {
    let seed = 42;
    // Park–Miller LCG: deterministic, so a failure reproduces.
    const next = (): number => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const word = (): string =>
      Array.from({ length: Math.floor(next() * 9) }, () => 'abcd'[Math.floor(next() * 4)]).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = word();
      const max = Math.floor(next() * 4);
      const expected = referenceDistance(a, b);
      expect(boundedEditDistance(a, b, max), `${a} ↔ ${b} (max ${max})`).toBe(
        expected > max ? max + 1 : expected,
      );
    }
  });
});
