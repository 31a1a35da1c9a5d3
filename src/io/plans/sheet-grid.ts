import type { Cell, Worksheet } from 'exceljs';
import type { RawValue } from '../../core/plans/plan-input.ts';
import { isBlank, toRawValue } from './cell-value.ts';
import type { LabelResolver } from './field-labels.ts';

/** Header rows are looked for in the first rows only: a title block above the table is common. */
export const HEADER_SEARCH_ROWS = 10;

export interface GridCell {
  value: RawValue;
  /** A cell covered by a merge whose master is another cell: it repeats the master's value. */
  covered: boolean;
}

function isCovered(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

export function cellAt(sheet: Worksheet, row: number, col: number, preferHyperlink = false): GridCell {
  const cell = sheet.findCell(row, col);
  if (!cell) return { value: null, covered: false };
  return { value: toRawValue(cell.value, { preferHyperlink }), covered: isCovered(cell) };
}

/** Text of a master cell, for label matching ('' for a covered, empty or non-text cell). */
export function labelAt(sheet: Worksheet, row: number, col: number): string {
  const { value, covered } = cellAt(sheet, row, col);
  if (covered || typeof value !== 'string') return '';
  return value;
}

/** The column after a (possibly merged) cell: a label merged over A:B has its value in C. */
export function columnAfter(sheet: Worksheet, row: number, col: number): number {
  let next = col + 1;
  while (next <= col + 50) {
    const cell = sheet.findCell(row, next);
    if (!cell?.isMerged || cell.master.address !== sheet.getCell(row, col).address) break;
    next++;
  }
  return next;
}

interface RowLabels {
  /** Column → field key, for master cells whose text is a known label. */
  keys: Map<number, string>;
  /** Master cells holding anything. */
  filled: number;
}

function rowLabels(sheet: Worksheet, row: number, resolve: LabelResolver): RowLabels {
  const keys = new Map<number, string>();
  let filled = 0;
  const width = sheet.findRow(row)?.cellCount ?? 0;
  for (let col = 1; col <= width; col++) {
    const { value, covered } = cellAt(sheet, row, col);
    if (covered || isBlank(value)) continue;
    filled++;
    const key = typeof value === 'string' ? resolve(value) : null;
    if (key) keys.set(col, key);
  }
  return { keys, filled };
}

export interface HeaderMap {
  /** Header rows, top to bottom: one, or a group row with its sub-labels below it. */
  rows: number[];
  firstDataRow: number;
  /** Column → field key; a key is taken by its first column only. */
  columns: Map<number, string>;
}

/**
 * The header of a table: the first row (within the first {@link HEADER_SEARCH_ROWS}) with at least
 * two known labels, plus the rows right below it that also have two, or are made only of known
 * labels (a two-level header whose group cells are merged down, or the template's keys row above
 * its labels). A column takes its key from the first visible header row that names it, and from a
 * hidden row (the template's canonical keys) only where no visible label is recognised: what the
 * officer sees wins over a pasted-over hidden row, and an edited label still reads through its key.
 */
export function findHeader(sheet: Worksheet, resolve: LabelResolver): HeaderMap | null {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const first = rowLabels(sheet, row, resolve);
    if (new Set(first.keys.values()).size < 2) continue;
    const found: { row: number; labels: RowLabels }[] = [{ row, labels: first }];
    let next = row + 1;
    for (; next <= sheet.rowCount; next++) {
      const labels = rowLabels(sheet, next, resolve);
      const distinct = new Set(labels.keys.values()).size;
      if (distinct < 2 && (labels.filled === 0 || labels.keys.size !== labels.filled)) break;
      found.push({ row: next, labels });
    }
    const ordered = [
      ...found.filter((f) => !sheet.getRow(f.row).hidden),
      ...found.filter((f) => sheet.getRow(f.row).hidden),
    ];
    const columns = new Map<number, string>();
    const taken = new Set<string>();
    for (const { labels } of ordered) {
      for (const [col, key] of labels.keys) {
        if (columns.has(col) || taken.has(key)) continue;
        columns.set(col, key);
        taken.add(key);
      }
    }
    return { rows: found.map((f) => f.row), firstDataRow: next, columns };
  }
  return null;
}

/** One row's fields by the header's columns, blank cells left out; null when no master cell is filled. */
export function readRow(
  sheet: Worksheet,
  row: number,
  columns: ReadonlyMap<number, string>,
): Record<string, RawValue> | null {
  const fields: Record<string, RawValue> = {};
  let ownValue = false;
  for (const [col, key] of columns) {
    const { value, covered } = cellAt(sheet, row, col, key === 'sourceUrl');
    if (isBlank(value)) continue;
    fields[key] = value;
    if (!covered) ownValue = true;
  }
  return ownValue ? fields : null;
}
