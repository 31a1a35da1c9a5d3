import { describe, expect, it } from 'vitest';
import type { RawRecord, RowError } from '../plans/plan-input.ts';
import type { ImportContext } from './dataset-contract.ts';
import { importContext } from './dataset-fixtures.test-helper.ts';
import { GEOMETRY_PROBLEM_FIELD } from './geometry-problem.ts';
import { CommuneLookup, readPlace } from './place.ts';
import { COMMUNE_FIELDS, POSITION_FIELDS } from './place-fields.ts';
import { RowReader } from './row-reader.ts';

/** The place of a row of any dataset with a point (place.ts), over the fake communes around Bắc Kạn. */
function placesOf(records: RawRecord[], ctx: ImportContext = importContext()) {
  const sink = { errors: [] as RowError[], warnings: [] as RowError[] };
  const reader = new RowReader([...POSITION_FIELDS, ...COMMUNE_FIELDS], sink);
  const communes = new CommuneLookup(ctx);
  const places = records.map((record) => {
    reader.start(record);
    return readPlace(reader, ctx, communes, () => {});
  });
  return { places, ...sink };
}

const row = (row: number, fields: RawRecord['fields']): RawRecord => ({
  location: { row },
  fields: { lon: '105.8348', lat: '22.147', communeCode: '01840', ...fields },
});

describe('readPlace', () => {
  it('says a GeoJSON feature is no point instead of calling both coordinates empty', () => {
    const { places, errors } = placesOf([
      row(2, { lon: undefined, lat: undefined, [GEOMETRY_PROBLEM_FIELD]: 'NOT_POINT:Polygon' }),
      row(3, { lat: undefined }),
    ]);
    expect(places.map((p) => p.position)).toEqual([null, null]);
    expect(errors.map((e) => [e.row, e.field, e.column, e.message.vi])).toEqual([
      [
        2,
        'lon',
        'Kinh độ',
        'Đối tượng có hình học Polygon, không phải điểm (Point): cần đúng một cặp toạ độ kinh độ, vĩ độ.',
      ],
      [3, 'lat', 'Vĩ độ', 'bắt buộc, đang để trống'],
    ]);
  });

  it('warns on the name column when the name is another commune than the code, once per pair', () => {
    let calls = 0;
    const base = importContext();
    const ctx = importContext({
      resolveCommune: (q, on) => {
        calls++;
        return base.resolveCommune(q, on);
      },
    });
    const { places, errors, warnings } = placesOf(
      [
        row(2, { communeName: 'Xã Phong Quang' }),
        row(3, { communeName: 'Xã Phong Quang' }),
        row(4, { communeName: 'phuong duc xuan' }),
      ],
      ctx,
    );
    expect(errors).toEqual([]);
    expect(places.map((p) => p.communeCode)).toEqual(['01840', '01840', '01840']);
    expect(warnings.map((w) => [w.row, w.field, w.column, w.value])).toEqual([
      [2, 'communeName', 'Tên xã', 'Xã Phong Quang'],
      [3, 'communeName', 'Tên xã', 'Xã Phong Quang'],
    ]);
    expect(warnings[0]?.message.vi).toBe(
      'tên xã "Xã Phong Quang" là Xã Phong Quang (01849), không phải xã có mã 01840 (Phường Đức Xuân); đã dùng mã xã, hãy kiểm tra lại mã hoặc tên',
    );
    // (code, Phong Quang): the code and the name; (code, Đức Xuân): the code only.
    expect(calls).toBe(3);
  });

  it('compares nothing without unit names', () => {
    const { warnings } = placesOf(
      [row(2, { communeName: 'Xã Phong Quang' })],
      importContext({ unitName: () => null }),
    );
    expect(warnings).toEqual([]);
  });
});
