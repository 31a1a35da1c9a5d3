import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../coverage/synthetic-network.ts';
import { loadCommunes } from '../demo/load-communes.test-helper.ts';
import { flattenPolygon, insideFlat } from './polygon.ts';
import { buildPolygonGrid, gridAnswer } from './polygon-grid.ts';
import { PolygonIndex } from './polygon-index.ts';

function edgesOf(geometry: Polygon | MultiPolygon) {
  const flat = flattenPolygon(geometry);
  const starts: number[] = [];
  for (let r = 0; r + 1 < flat.ringStart.length; r++) {
    for (let i = flat.ringStart[r] ?? 0; i + 1 < (flat.ringStart[r + 1] ?? 0); i++) starts.push(i);
  }
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < flat.coords.length; i += 2) {
    [minX, maxX] = [Math.min(minX, flat.coords[i] ?? 0), Math.max(maxX, flat.coords[i] ?? 0)];
    [minY, maxY] = [Math.min(minY, flat.coords[i + 1] ?? 0), Math.max(maxY, flat.coords[i + 1] ?? 0)];
  }
  return { flat, edgeStart: Uint32Array.from(starts), box: { minX, minY, maxX, maxY } };
}

// A concave star with a square hole, and a second part: every case the grid must get right.
const STAR: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      Array.from({ length: 21 }, (_, k) => {
        const a = ((k % 20) * Math.PI) / 10;
        const r = k % 2 === 0 ? 1 : 0.35;
        return [105 + r * Math.cos(a), 21 + r * Math.sin(a)];
      }),
      [
        [104.9, 20.9],
        [104.9, 21.1],
        [105.1, 21.1],
        [105.1, 20.9],
        [104.9, 20.9],
      ],
    ],
    [
      [
        [106.5, 21.5],
        [106.6, 21.5],
        [106.6, 21.6],
        [106.5, 21.5],
      ],
    ],
  ],
};

describe('polygon grid', () => {
  it('answers exactly as the crossing-number test on a star with a hole and a second part', () => {
    const { flat, edgeStart, box } = edgesOf(STAR);
    const grid = buildPolygonGrid(flat, edgeStart, box);
    if (grid === null) throw new Error('no grid');
    const random = mulberry32(11);
    let decided = 0;
    for (let k = 0; k < 50_000; k++) {
      const x = box.minX + random() * (box.maxX - box.minX);
      const y = box.minY + random() * (box.maxY - box.minY);
      const answer = gridAnswer(grid, x, y);
      if (answer === null) continue;
      decided++;
      expect(answer).toBe(insideFlat(flat, x, y));
    }
    // Most of the box is far from the boundary: the grid must actually decide those.
    expect(decided).toBeGreaterThan(20_000);
  });

  it('agrees with the exact test for every real 2025 commune, also through PolygonIndex', () => {
    const communes = loadCommunes().slice(0, 400);
    const random = mulberry32(29);
    let decided = 0;
    let checked = 0;
    for (const commune of communes) {
      const geometry = commune.polygon as Polygon | MultiPolygon;
      const { flat, edgeStart, box } = edgesOf(geometry);
      const grid = buildPolygonGrid(flat, edgeStart, box);
      const index = PolygonIndex.build([{ code: commune.code, geometry }]);
      for (let k = 0; k < 300; k++) {
        const x = box.minX + random() * (box.maxX - box.minX);
        const y = box.minY + random() * (box.maxY - box.minY);
        const exact = insideFlat(flat, x, y);
        const answer = grid === null ? null : gridAnswer(grid, x, y);
        if (answer !== null) {
          decided++;
          if (answer !== exact)
            throw new Error(`commune ${commune.code}: (${x}, ${y}) grid ${answer}, exact ${exact}`);
        }
        // PolygonIndex switches to its grid after its 64th question: all 300 must agree.
        if (index.contains(commune.code, x, y) !== exact)
          throw new Error(`index disagrees in ${commune.code}`);
        checked++;
      }
    }
    expect(checked).toBe(400 * 300);
    expect(decided / checked).toBeGreaterThan(0.5);
  });

  it('has no grid for a degenerate box (a sliver with no width)', () => {
    const { flat, edgeStart } = edgesOf(STAR);
    expect(buildPolygonGrid(flat, edgeStart, { minX: 105, maxX: 105, minY: 20, maxY: 22 })).toBeNull();
  });
});
