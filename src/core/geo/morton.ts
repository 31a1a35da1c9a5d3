/**
 * Ordering points along a Z-order (Morton) curve, so that points close in space are close in
 * memory: the coverage engine stores sites and visits villages in this order, which keeps the
 * R-tree's candidates in the CPU cache (random order is several times slower at national scale).
 */

const SIDE = 1 << 16;

/**
 * Spreads the 16 low bits of v to the even bits of a 32-bit word ("Interleave bits by Binary Magic
 * Numbers", S. E. Anderson, Bit Twiddling Hacks, graphics.stanford.edu/~seander/bithacks.html).
 */
function spread(v: number): number {
  let x = v & 0xffff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x;
}

/** Position of cell (x, y), 0 ≤ x, y < 2¹⁶, along the Z-order curve: the bits of y and x interleaved. */
export function mortonIndex(x: number, y: number): number {
  return ((spread(y) << 1) | spread(x)) >>> 0;
}

/**
 * The indices of `items` (a subset of point indices, or all when omitted) sorted along the Z-order
 * curve of the points' bounding box (ties by position in `items`).
 */
export function mortonOrder(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  items?: ArrayLike<number>,
): Int32Array {
  const n = items === undefined ? xs.length : items.length;
  const at = (k: number) => (items === undefined ? k : (items[k] as number));
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const x = xs[at(k)] as number;
    const y = ys[at(k)] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const sx = maxX > minX ? (SIDE - 1) / (maxX - minX) : 0;
  const sy = maxY > minY ? (SIDE - 1) / (maxY - minY) : 0;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = at(k);
    keys[k] = mortonIndex(
      Math.floor(((xs[i] as number) - minX) * sx),
      Math.floor(((ys[i] as number) - minY) * sy),
    );
  }
  const out = new Int32Array(n);
  if (n < 2 ** 21) {
    // key · 2²¹ + k is an exact integer below 2⁵³ (keys < 2³²): a plain numeric sort, ties by k.
    for (let k = 0; k < n; k++) keys[k] = (keys[k] as number) * 2 ** 21 + k;
    keys.sort();
    for (let k = 0; k < n; k++) {
      const key = keys[k] as number;
      out[k] = at(key - Math.floor(key / 2 ** 21) * 2 ** 21); // key mod 2²¹ without a slow fmod
    }
  } else {
    const ks = Array.from({ length: n }, (_, k) => k).sort(
      (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
    );
    ks.forEach((k, j) => {
      out[j] = at(k);
    });
  }
  return out;
}
