import type { RawRecord, RowError } from '../plans/plan-input.ts';
import { foldForSearch } from '../text/vietnamese.ts';
import type {
  DatasetDefinition,
  ImportContext,
  UnitResolution,
  ValidationSummary,
} from './dataset-contract.ts';
import { boxes, COMMUNES, resolveCommune } from './site-fixtures.test-helper.ts';

/**
 * Test support for the datasets other than sites: an `ImportContext` around the sites' fake
 * communes (boxes around Bắc Kạn, now Thái Nguyên 19; `Tân Thành` in three provinces), a province
 * resolver, and a shortcut running a definition's validator over records.
 */

export const PROVINCES: Record<string, string> = {
  '19': 'Tỉnh Thái Nguyên',
  '20': 'Tỉnh Lạng Sơn',
  '38': 'Tỉnh Thanh Hoá',
};

/** Pre-2025 province codes merged into a current one on 1 Jul 2025. */
const OLD_PROVINCES: Record<string, { name: string; into: string }> = {
  '06': { name: 'Tỉnh Bắc Kạn', into: '19' },
};

const bare = (name: string) => foldForSearch(name).replace(/^(tinh|thanh pho|tp) /, '');

export function resolveProvince(q: { code?: string; name?: string }): UnitResolution {
  if (q.code !== undefined) {
    const code = q.code.padStart(2, '0');
    if (PROVINCES[code]) return { code };
    const old = OLD_PROVINCES[code];
    if (old) {
      return {
        code: old.into,
        note: {
          vi: `mã ${code} (${old.name}) trước 01/7/2025, nay thuộc ${old.into}`,
          en: `pre-2025 code ${code} (${old.name}), now ${old.into}`,
        },
      };
    }
    return { problem: { vi: `không có tỉnh mã ${code}`, en: `no province has code ${code}` } };
  }
  const hit = Object.entries(PROVINCES).find(([, name]) => bare(name) === bare(q.name ?? ''));
  if (hit) return { code: hit[0] };
  return { problem: { vi: `không có tỉnh tên "${q.name}"`, en: `no province is named "${q.name}"` } };
}

export function importContext(over: Partial<ImportContext> = {}): ImportContext {
  return {
    organisation: 'Sở Khoa học và Công nghệ Thái Nguyên',
    date: '2025-12-31',
    resolveCommune,
    resolveProvince,
    polygons: boxes,
    existingKeys: new Set(),
    unitName: (code) => COMMUNES[code]?.name ?? PROVINCES[code] ?? null,
    ...over,
  };
}

export interface Checked<Row> {
  rows: Row[];
  errors: RowError[];
  warnings: RowError[];
  summary: ValidationSummary;
}

/** Streams the records through the definition's validator, as the import service does. */
export function runDataset<Row, K extends string>(
  definition: DatasetDefinition<Row, K>,
  ctx: ImportContext,
  records: Iterable<RawRecord>,
): Checked<Row> {
  const sink = { errors: [] as RowError[], warnings: [] as RowError[] };
  const validator = definition.validator(ctx, sink);
  const rows: Row[] = [];
  for (const record of records) {
    const row = validator.push(record);
    if (row !== null) rows.push(row);
  }
  return { rows, ...sink, summary: validator.summary };
}

/** A record of `sheet` at `row`: `base` with `fields` over it (`undefined` removes a cell). */
export const recordOf =
  (sheet: string, base: RawRecord['fields']) =>
  (row: number, fields: RawRecord['fields'] = {}): RawRecord => ({
    location: { sheet, row },
    fields: { ...base, ...fields },
  });

/** Errors or warnings as `[row, field, vi message]`, for compact assertions. */
export const brief = (problems: readonly RowError[]) =>
  problems.map((p) => [p.row, p.field, p.message.vi] as const);
