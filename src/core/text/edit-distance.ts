/**
 * Bounded optimal-string-alignment distance (Levenshtein plus adjacent transpositions, Damerau 1964),
 * the usual model of typing errors: `Thai Nguyen` → `Thai Ngyuen` costs 1, not 2.
 * Compares UTF-16 code units: callers pass ASCII keys (see `foldForSearch`).
 *
 * Only the diagonal band |i − j| ≤ max is computed (Ukkonen 1985): a cell outside it already costs
 * more than `max`. The name resolver runs this over thousands of keys per typo, so rows are reused
 * buffers rather than fresh arrays.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function boundedEditDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  const over = max + 1;
  if (Math.abs(m - n) > max) return over;
  if (a === b) return 0;
  if (rows[0].length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  // Three rolling rows: the transposition step looks two rows back.
  let [prevPrev, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    cur[0] = i <= max ? i : over;
    if (from > 1) cur[from - 1] = over;
    let rowMin = cur[0] as number;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      cur[j] = Math.min(d, over);
      if (d < rowMin) rowMin = d;
    }
    if (to < n) cur[to + 1] = over;
    // Every later cell is at least the smallest cell of this row: stop as soon as it exceeds `max`.
    if (rowMin > max) return over;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const distance = prev[n] as number;
  return distance > max ? over : distance;
}
