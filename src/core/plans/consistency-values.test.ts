/** Value comparison, sums, equivalences and lineage walks of the consistency check. */
import { describe, expect, it } from 'vitest';
import type { UnitLookup, UnitSuccessor, UnitVersion } from './consistency-types.ts';
import { successorsOn } from './consistency-units.ts';
import { equivalenceClasses, isWeaker, sumPlanned, sumSide } from './consistency-values.ts';
import type { TargetValue } from './plan-model.ts';

const ge = (value: number): TargetValue => ({ comparator: '>=', value });
const le = (value: number): TargetValue => ({ comparator: '<=', value });
const eq = (value: number): TargetValue => ({ comparator: '=', value });
const range = (min: number, max: number): TargetValue => ({ comparator: 'range', min, max });

describe('isWeaker', () => {
  it.each([
    // provincial, national, direction, weaker?
    [ge(95), ge(100), 'higher', true],
    [ge(100), ge(100), 'higher', false],
    [eq(100), ge(100), 'higher', false],
    [le(100), ge(90), 'higher', true],
    [range(10, 16), range(12, 14), 'higher', true],
    [range(12, 20), range(12, 14), 'higher', false],
    [ge(13), range(12, 14), 'higher', false],
    [le(3), le(2), 'lower', true],
    [le(1.5), le(2), 'lower', false],
    [range(1, 3), le(2), 'lower', true],
    [range(1, 2), range(1, 3), 'lower', false],
    [ge(1), le(2), 'lower', true],
  ] as const)('%o against %o (%s is better): %s', (p, n, direction, expected) => {
    expect(isWeaker(p, n, direction)).toBe(expected);
  });
});

describe('planned sums against the national value', () => {
  it('adds printed figures and ranges', () => {
    expect(sumPlanned([ge(8), eq(6), range(2, 4)])).toEqual({ min: 16, max: 18 });
    expect(sumPlanned([])).toEqual({ min: 0, max: 0 });
  });

  it.each([
    [{ min: 20, max: 20 }, range(12, 14), 'above'],
    [{ min: 13, max: 13 }, range(12, 14), null],
    [{ min: 10, max: 11 }, range(12, 14), 'below'],
    [{ min: 13, max: 16 }, range(12, 14), 'partly'],
    [{ min: 5, max: 5 }, ge(3), null],
    [{ min: 2, max: 2 }, ge(3), 'below'],
    [{ min: 3, max: 3 }, eq(3), null],
  ] as const)('%o against %o: %s', (sum, national, side) => {
    expect(sumSide(sum, national)).toBe(side);
  });
});

describe('equivalenceClasses', () => {
  it('is transitive and leaves other codes alone', () => {
    const classOf = equivalenceClasses([
      ['A', 'B'],
      ['C', 'B'],
      ['X', 'Y'],
    ]);
    expect([...classOf('A')].sort()).toEqual(['A', 'B', 'C']);
    expect([...classOf('C')].sort()).toEqual(['A', 'B', 'C']);
    expect([...classOf('Y')].sort()).toEqual(['X', 'Y']);
    expect([...classOf('Z')]).toEqual(['Z']);
  });
});

describe('successorsOn', () => {
  /** P split in 2030 into Q (full of a part) and R; Q merged into S in 2035. */
  const versions: Record<string, UnitVersion> = {
    P: { code: 'P', name: 'P', level: 'province', validFrom: null, validTo: '2029-12-31' },
    Q: { code: 'Q', name: 'Q', level: 'province', validFrom: '2030-01-01', validTo: '2034-12-31' },
    R: { code: 'R', name: 'R', level: 'province', validFrom: '2030-01-01', validTo: null },
    S: { code: 'S', name: 'S', level: 'province', validFrom: '2035-01-01', validTo: null },
  };
  const links: Record<string, UnitSuccessor[]> = {
    P: [
      { code: 'Q', name: 'Q', kind: 'full', validFrom: '2030-01-01' },
      { code: 'R', name: 'R', kind: 'partial', validFrom: '2030-01-01' },
    ],
    Q: [{ code: 'S', name: 'S', kind: 'full', validFrom: '2035-01-01' }],
  };
  const lookup: UnitLookup = {
    describe: (ref) => versions[ref.code] ?? null,
    successorsOf: (ref) => links[ref.code] ?? [],
  };

  it('stops at the units in force on the day asked', () => {
    expect(
      successorsOn(lookup, { code: 'P', on: '2020-01-01' }, '2031-01-01').map((s) => [s.code, s.kind]),
    ).toEqual([
      ['Q', 'full'],
      ['R', 'partial'],
    ]);
  });

  it('follows units that ceased in turn', () => {
    expect(
      successorsOn(lookup, { code: 'P', on: '2020-01-01' }, '2036-01-01').map((s) => [s.code, s.kind]),
    ).toEqual([
      ['R', 'partial'],
      ['S', 'full'],
    ]);
  });

  it('survives a lineage cycle', () => {
    const cyclic: UnitLookup = {
      describe: (ref) => ({
        code: ref.code,
        name: ref.code,
        level: 'province',
        validFrom: null,
        validTo: '2000-01-01',
      }),
      successorsOf: (ref) => [
        { code: ref.code === 'A' ? 'B' : 'A', name: '', kind: 'full', validFrom: null },
      ],
    };
    expect(successorsOn(cyclic, { code: 'A', on: '1999-01-01' }, '2026-01-01')).toEqual([]);
  });
});
