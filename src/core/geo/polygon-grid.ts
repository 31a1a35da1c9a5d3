import { type FlatPolygon, insideFlat } from './polygon.ts';

/**
 * A coarse raster of one polygon's bounding box that answers most point-in-polygon questions with
 * one array read: each cell is known inside, known outside, or crossed by the boundary (then the
 * exact crossing-number test runs). A cell is "crossed" when the bounding box of some edge overlaps
 * it; a cell no edge box touches contains no boundary point, so every point in it has the status
 * of the cell's centre (the segment between them lies in the cell and meets no edge).
 *
 * Cell indices come from one monotonic formula, `floor((x − minX) / width)`, for edge boxes and for
 * queries alike, so a point lying on an edge always falls in a cell marked crossed: the answer for
 * any point equals `insideFlat` (tested against it on random points).
 */
export const GRID_SIZE = 16;

const CROSSED = 0;
const INSIDE = 1;
const OUTSIDE = 2;

export interface PolygonGrid {
  minX: number;
  minY: number;
  cellWidth: number;
  cellHeight: number;
  cells: Uint8Array;
}

function cellOf(value: number, min: number, size: number): number {
  const i = Math.floor((value - min) / size);
  return i < 0 ? 0 : i >= GRID_SIZE ? GRID_SIZE - 1 : i;
}

/** The grid over the polygon's box; `null` for a degenerate (zero-width or zero-height) box. */
export function buildPolygonGrid(
  flat: FlatPolygon,
  edgeStart: Uint32Array,
  box: { minX: number; minY: number; maxX: number; maxY: number },
): PolygonGrid | null {
  const cellWidth = (box.maxX - box.minX) / GRID_SIZE;
  const cellHeight = (box.maxY - box.minY) / GRID_SIZE;
  if (!(cellWidth > 0 && cellHeight > 0)) return null;
  const cells = new Uint8Array(GRID_SIZE * GRID_SIZE).fill(OUTSIDE);
  const crossed = new Uint8Array(GRID_SIZE * GRID_SIZE);
  const c = flat.coords;
  for (const v of edgeStart) {
    const ax = c[2 * v] ?? 0;
    const ay = c[2 * v + 1] ?? 0;
    const bx = c[2 * v + 2] ?? 0;
    const by = c[2 * v + 3] ?? 0;
    const i0 = cellOf(Math.min(ax, bx), box.minX, cellWidth);
    const i1 = cellOf(Math.max(ax, bx), box.minX, cellWidth);
    const j0 = cellOf(Math.min(ay, by), box.minY, cellHeight);
    const j1 = cellOf(Math.max(ay, by), box.minY, cellHeight);
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) crossed[j * GRID_SIZE + i] = 1;
  }
  for (let j = 0; j < GRID_SIZE; j++) {
    for (let i = 0; i < GRID_SIZE; i++) {
      const k = j * GRID_SIZE + i;
      const x = box.minX + (i + 0.5) * cellWidth;
      const y = box.minY + (j + 0.5) * cellHeight;
      // The centre must map back to its own cell for the argument above to hold.
      if (crossed[k] || cellOf(x, box.minX, cellWidth) !== i || cellOf(y, box.minY, cellHeight) !== j) {
        cells[k] = CROSSED;
      } else cells[k] = insideFlat(flat, x, y) ? INSIDE : OUTSIDE;
    }
  }
  return { minX: box.minX, minY: box.minY, cellWidth, cellHeight, cells };
}

/** `true`/`false` when the point's cell decides, `null` when the exact test must run. */
export function gridAnswer(grid: PolygonGrid, x: number, y: number): boolean | null {
  const state =
    grid.cells[cellOf(y, grid.minY, grid.cellHeight) * GRID_SIZE + cellOf(x, grid.minX, grid.cellWidth)];
  return state === INSIDE ? true : state === OUTSIDE ? false : null;
}
