import { describe, expect, it } from 'vitest';
import { mortonIndex, mortonOrder } from './morton.ts';

describe('Z-order', () => {
  it('interleaves the bits of y and x', () => {
    expect([mortonIndex(0, 0), mortonIndex(1, 0), mortonIndex(0, 1), mortonIndex(1, 1)]).toEqual([
      0, 1, 2, 3,
    ]);
    expect(mortonIndex(2, 0)).toBe(4);
    expect(mortonIndex(0xffff, 0xffff)).toBe(0xffffffff);
  });

  it('orders points quadrant by quadrant, ties by input order, and subsets', () => {
    const xs = [1, 0, 1, 0, 0];
    const ys = [1, 0, 0, 1, 0];
    expect([...mortonOrder(xs, ys)]).toEqual([1, 4, 2, 3, 0]);
    expect([...mortonOrder(xs, ys, [0, 3, 2])]).toEqual([2, 3, 0]);
    expect([...mortonOrder([], [])]).toEqual([]);
  });
});
