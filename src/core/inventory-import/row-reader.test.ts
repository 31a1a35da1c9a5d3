import { describe, expect, it } from 'vitest';
import type { RawRecord, RowError } from '../plans/plan-input.ts';
import { readCount } from './common-values.ts';
import type { FieldSpec } from './dataset-contract.ts';
import { rowValidator } from './dataset-validator.ts';
import { fieldOfHeaderFor, fieldSpec, headerCollisions, requiredKeysOf } from './field-index.ts';
import { RowReader } from './row-reader.ts';

type Key = 'code' | 'count';
const FIELDS: FieldSpec<Key>[] = [
  fieldSpec('code', 'Mã thôn', 'Code', true, 'mã', ['Mã thôn/bản', 'Village code']),
  fieldSpec('count', 'Số hộ', 'Count', false, 'số', ['Số hộ gia đình (hộ)'], ['1', '2']),
];

describe('fieldOfHeaderFor', () => {
  it('folds headers as the sites dataset does: units, marks, case, punctuation', () => {
    const of = fieldOfHeaderFor(FIELDS);
    expect(of('Mã thôn (*)')).toBe('code');
    expect(of('MA_THON')).toBe('code');
    expect(of('ma thon/ban')).toBe('code');
    expect(of('code')).toBe('code');
    expect(of('Số hộ gia đình')).toBe('count');
    expect(of('Ghi chú')).toBeNull();
    expect(requiredKeysOf(FIELDS)).toEqual(['code']);
    expect(FIELDS[1]?.list).toEqual(['1', '2']);
    expect('list' in (FIELDS[0] ?? {})).toBe(false);
  });

  it('finds a header two fields claim', () => {
    const clash = [...FIELDS, fieldSpec('other', 'Khác', 'Other', false, '', ['MÃ THÔN'])];
    expect(headerCollisions(FIELDS)).toEqual([]);
    expect(headerCollisions(clash)).toEqual(['MÃ THÔN: code / other']);
  });
});

describe('RowReader and rowValidator', () => {
  const record = (row: number, fields: RawRecord['fields'], sheet?: string): RawRecord => ({
    location: sheet === undefined ? { row } : { sheet, row },
    fields,
  });

  it('reports required cells and reader problems with the column as the file wrote it', () => {
    const sink = { errors: [] as RowError[], warnings: [] as RowError[] };
    const r = new RowReader(FIELDS, sink, { count: 'Số hộ gia đình' });
    r.start(record(4, { code: ' ', count: '-2' }));
    expect(r.read('code', () => 'never')).toBeNull();
    expect(r.read('count', readCount)).toBeNull();
    expect(r.hasErrors).toBe(true);
    expect(sink.errors).toEqual([
      {
        row: 4,
        field: 'code',
        column: 'Mã thôn',
        value: ' ',
        message: { vi: 'bắt buộc, đang để trống', en: 'is required but empty' },
      },
      {
        row: 4,
        field: 'count',
        column: 'Số hộ gia đình',
        value: '-2',
        message: { vi: 'cần số nguyên ≥ 0', en: 'expected a whole number ≥ 0' },
      },
    ]);
    r.start(record(5, { code: 'A' }));
    expect(r.hasErrors).toBe(false);
  });

  it('skips blank records, reports repeated keys, counts updates and additions', () => {
    const sink = { errors: [] as RowError[], warnings: [] as RowError[] };
    const validator = rowValidator(
      {
        fields: FIELDS,
        keyOf: (row: { code: string }) => row.code,
        readRow: (r, run) => {
          const code = r.read('code', (raw) => String(raw));
          if (code !== null) run.keys.claim(r, 'code', code, { vi: 'mã thôn', en: 'village code' });
          return code === null ? null : { code };
        },
      },
      {
        organisation: 'x',
        date: '2025-12-31',
        resolveCommune: () => ({ problem: { vi: '', en: '' } }),
        resolveProvince: () => ({ problem: { vi: '', en: '' } }),
        polygons: { within: () => null, locate: () => [] },
        existingKeys: new Set(['A']),
      },
      sink,
    );
    const pushed = [
      record(2, { code: 'A' }, 'Thôn'),
      record(3, { code: null, count: '' }, 'Thôn'),
      record(4, { code: 'B' }, 'Thôn'),
      record(5, { code: 'a' }, 'Thôn'),
      record(6, { code: '', count: 3 }, 'Thôn'),
    ].map((r) => validator.push(r));
    expect(pushed).toEqual([{ code: 'A' }, null, { code: 'B' }, null, null]);
    expect(sink.errors.map((e) => [e.row, e.message.vi])).toEqual([
      [5, 'trùng mã thôn ở Thôn, dòng 2'],
      [6, 'bắt buộc, đang để trống'],
    ]);
    expect(validator.summary).toEqual({
      rows: 4,
      blankRows: 1,
      accepted: 2,
      rejected: 2,
      updates: 1,
      additions: 1,
      swappedCoordinates: 0,
    });
  });
});

describe('RowReader.locate', () => {
  const record = (row: number): RawRecord => ({ location: { row }, fields: { code: 'X' } });
  const problem = { vi: 'sai', en: 'wrong' };

  it('puts the row’s point on its problems before and after it was read, and on no other row’s', () => {
    const sink: { errors: RowError[]; warnings: RowError[] } = { errors: [], warnings: [] };
    const reader = new RowReader(FIELDS, sink);
    reader.start(record(2));
    reader.fail('code', problem);
    reader.start(record(3));
    reader.fail('code', problem);
    reader.warn('count', problem);
    reader.locate(105.84, 22.16);
    reader.fail('count', problem);
    reader.start(record(4));
    reader.warn('code', problem);
    expect(sink.errors.map((e) => [e.row, e.point])).toEqual([
      [2, undefined],
      [3, [105.84, 22.16]],
      [3, [105.84, 22.16]],
    ]);
    expect(sink.warnings.map((w) => [w.row, w.point])).toEqual([
      [3, [105.84, 22.16]],
      [4, undefined],
    ]);
    // Without a point the key is absent (the JSON answer omits it), not undefined.
    expect('point' in (sink.errors[0] ?? {})).toBe(false);
  });
});
