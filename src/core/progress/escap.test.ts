import { describe, expect, it } from 'vitest';
import type { Direction } from '../plans/plan-model.ts';
import { currentStatusIndex, type EscapBand } from './escap.ts';

/**
 * Hand-worked CSI = D·(I_cur − I_0)/|TV − I_0|; scaled = 10·CSI; capped = 10 once the target is
 * reached. Base year 2015, current year 2021, target year 2030 unless said otherwise, so the share of
 * the period elapsed is (2021 − 2015)/(2030 − 2015) = 0.4.
 */
const cases: {
  name: string;
  direction: Direction;
  i0: number;
  cur: number;
  tv: number;
  index: number | null;
  capped: number | null;
  band: EscapBand;
  why: string;
}[] = [
  {
    name: 'higher is better, two thirds of the way',
    direction: 'higher',
    i0: 40,
    cur: 60,
    tv: 70,
    index: 2 / 3,
    capped: 20 / 3,
    band: 'progress',
    why: '(60 − 40)/|70 − 40| = 20/30 = 0.6667 → 6.667 on 0–10',
  },
  {
    name: 'lower is better',
    direction: 'lower',
    i0: 10,
    cur: 7,
    tv: 5,
    index: 0.6,
    capped: 6,
    band: 'progress',
    why: '−1·(7 − 10)/|5 − 10| = 3/5 = 0.6 → 6',
  },
  {
    name: 'regression stays negative (not floored)',
    direction: 'higher',
    i0: 50,
    cur: 45,
    tv: 80,
    index: -1 / 6,
    capped: -10 / 6,
    band: 'regression',
    why: '(45 − 50)/30 = −0.1667 → −1.667: drawn left of zero on the snapshot',
  },
  {
    name: 'past the target is capped at 10',
    direction: 'higher',
    i0: 40,
    cur: 75,
    tv: 70,
    index: 35 / 30,
    capped: 10,
    band: 'achieved',
    why: '(75 − 40)/30 = 1.1667 → 11.667 raw, capped to 10',
  },
  {
    name: 'base already past the target, still achieved',
    direction: 'higher',
    i0: 95,
    cur: 92,
    tv: 90,
    index: -0.6,
    capped: 10,
    band: 'achieved',
    why: '(92 − 95)/|90 − 95| = −0.6 (moved towards the target line) but 92 ≥ 90 → 10',
  },
  {
    name: 'no change',
    direction: 'lower',
    i0: 12,
    cur: 12,
    tv: 4,
    index: 0,
    capped: 0,
    band: 'no_change',
    why: '−1·(12 − 12)/8 = 0 (written −0 by the sign; equal to 0)',
  },
  {
    name: 'base equals target, moved away: undefined',
    direction: 'higher',
    i0: 50,
    cur: 45,
    tv: 50,
    index: null,
    capped: null,
    band: 'undefined',
    why: '|TV − I_0| = 0: no distance to measure progress against',
  },
];

describe('currentStatusIndex (ESCAP)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = currentStatusIndex({
      baseYear: 2015,
      baseValue: c.i0,
      currentYear: 2021,
      currentValue: c.cur,
      target: c.tv,
      targetYear: 2030,
      direction: c.direction,
    });
    if (c.index === null) expect(r.index).toBeNull();
    else expect(r.index).toBeCloseTo(c.index, 12);
    if (c.capped === null) expect(r.capped).toBeNull();
    else expect(r.capped).toBeCloseTo(c.capped, 12);
    expect(r.band).toBe(c.band);
    expect(r.expectedShare).toBeCloseTo(0.4, 12);
  });

  it('gives 10 when the base sat on the target and the target is still met', () => {
    const r = currentStatusIndex({
      baseYear: 2015,
      baseValue: 50,
      currentYear: 2020,
      currentValue: 55,
      target: 50,
      targetYear: 2030,
      direction: 'higher',
    });
    expect(r.index).toBeNull();
    expect(r.capped).toBe(10);
    expect(r.band).toBe('achieved');
  });

  it('has no expected share when the deadline is not after the base year', () => {
    const r = currentStatusIndex({
      baseYear: 2020,
      baseValue: 1,
      currentYear: 2021,
      currentValue: 2,
      target: 3,
      targetYear: 2020,
      direction: 'higher',
    });
    expect(r.expectedShare).toBeNull();
    expect(r.index).toBeCloseTo(0.5, 12);
  });
});
