import { describe, expect, it } from 'vitest';
import { encode } from '../text/decode.ts';
import { failure, readAll, utf8 } from './fixtures/dataset-fixtures.ts';
import { GEOMETRY_PROBLEM_FIELD, geometryProblemMessage } from './read-dataset-file.ts';

type Feature = { type: string; properties?: Record<string, unknown> | null; geometry?: unknown };

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 1);

const FEATURES: Feature[] = [
  {
    type: 'Feature',
    properties: { 'Mã trạm': 'BKN001', 'Mã xã': '01234', 'Tên trạm': 'Hoà Bình' },
    geometry: point(105.83, 22.14),
  },
  {
    type: 'Feature',
    properties: { 'Mã trạm': 'BKN002', 'Chủ sở hữu': 'VNPT' },
    geometry: {
      type: 'LineString',
      coordinates: [
        [105, 22],
        [106, 23],
      ],
    },
  },
  { type: 'Feature', properties: { 'Mã trạm': 'BKN003', 'Kinh độ': 105.9, 'Vĩ độ': 22.2 }, geometry: null },
  { type: 'Feature', properties: { 'Mã trạm': 'BKN004' }, geometry: null },
  {
    type: 'Feature',
    properties: { 'Mã trạm': 'BKN005', 'Mã xã': { cũ: '01235' } },
    geometry: point(Number.NaN, 1),
  },
  { type: 'Feature', properties: null, geometry: { type: 'MultiPoint', coordinates: [[106.1, 22.3]] } },
];

describe('readDatasetFile on GeoJSON', () => {
  it('reads properties through the resolver and points as lon/lat; other geometries get a problem field', async () => {
    // The geometry gives lon and lat: no column is missing.
    const { info, records } = await readAll(
      { name: 'tram.geojson', bytes: utf8(collection([...FEATURES, 'not a feature'])) },
      { requiredKeys: ['siteCode', 'lon', 'lat'] },
    );
    expect(info).toMatchObject({
      format: 'geojson',
      encoding: { encoding: 'utf-8', settled: true },
      delimiter: null,
      headerRows: [],
      unknownColumns: ['Tên trạm', 'Chủ sở hữu'],
      missingKeys: [],
    });
    expect(info.columns.map((c) => [c.column, c.label, c.key])).toEqual([
      [1, 'Mã trạm', 'siteCode'],
      [2, 'Mã xã', 'communeCode'],
      [3, 'Tên trạm', null],
      [4, 'Chủ sở hữu', null],
      [5, 'Kinh độ', 'lon'],
      [6, 'Vĩ độ', 'lat'],
    ]);
    expect(records).toEqual([
      { location: { row: 1 }, fields: { siteCode: 'BKN001', communeCode: '01234', lon: 105.83, lat: 22.14 } },
      {
        location: { row: 2 },
        fields: { siteCode: 'BKN002', [GEOMETRY_PROBLEM_FIELD]: 'NOT_POINT:LineString' },
      },
      { location: { row: 3 }, fields: { siteCode: 'BKN003', lon: 105.9, lat: 22.2 } },
      { location: { row: 4 }, fields: { siteCode: 'BKN004', [GEOMETRY_PROBLEM_FIELD]: 'NO_GEOMETRY' } },
      {
        location: { row: 5 },
        fields: {
          siteCode: 'BKN005',
          communeCode: '{"cũ":"01235"}',
          [GEOMETRY_PROBLEM_FIELD]: 'BAD_COORDINATES',
        },
      },
      { location: { row: 6 }, fields: { lon: 106.1, lat: 22.3 } },
      { location: { row: 7 }, fields: { [GEOMETRY_PROBLEM_FIELD]: 'NOT_A_FEATURE' } },
    ]);
  });

  it('gives a feature that is no point without coordinates, even from its properties', async () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [105, 22],
        [106, 23],
      ],
    };
    const { records } = await readAll({
      name: 'tuyen.geojson',
      bytes: utf8(
        collection([
          {
            type: 'Feature',
            properties: { 'Mã trạm': 'A', 'Kinh độ': 105.9, 'Vĩ độ': 22.2 },
            geometry: line,
          },
          { type: 'Feature', properties: { 'Mã trạm': 'B', 'Kinh độ': 105.9 }, geometry: null },
        ]),
      ),
    });
    expect(records.map((r) => r.fields)).toEqual([
      { siteCode: 'A', [GEOMETRY_PROBLEM_FIELD]: 'NOT_POINT:LineString' },
      { siteCode: 'B', [GEOMETRY_PROBLEM_FIELD]: 'NO_GEOMETRY' },
    ]);
  });

  it('words each geometry problem in Vietnamese and English', () => {
    expect(geometryProblemMessage('NOT_POINT:Polygon').vi).toContain('Polygon');
    expect(geometryProblemMessage('NOT_POINT:Polygon').en).toContain('not a Point');
    for (const code of ['NO_GEOMETRY', 'BAD_COORDINATES', 'NOT_A_FEATURE']) {
      expect(geometryProblemMessage(code).vi).not.toBe(geometryProblemMessage('NOT_POINT:x').vi);
    }
  });

  it('lets geometry win over coordinate properties, reads a single Feature and a TCVN3 layer', async () => {
    const feature = {
      type: 'Feature',
      properties: { 'Mã trạm': 'Trạm Đồn', 'Kinh độ': 1, 'Mã xã': '01' },
      geometry: point(105, 22),
    };
    const { info, records } = await readAll({
      name: 'mapinfo.json',
      bytes: encode(JSON.stringify(feature), 'tcvn3'),
    });
    expect(info.encoding?.encoding).toBe('tcvn3');
    expect(records).toEqual([
      { location: { row: 1 }, fields: { siteCode: 'Trạm Đồn', lon: 105, lat: 22, communeCode: '01' } },
    ]);
  });

  it('gives BAD_JSON with its line, NOT_A_TABLE for other JSON, NO_HEADER and EMPTY', async () => {
    const broken = await failure({
      name: 'a.geojson',
      bytes: utf8('{\n "type": "FeatureCollection",\n "features": [,]\n}'),
    });
    expect(broken.code).toBe('BAD_JSON');
    expect(broken.line).toBe(3);
    expect(broken.localized.vi).toContain('dòng 3');
    const array = await failure({ name: 'a.json', bytes: utf8('[{"Mã trạm": "A"}]') });
    expect(array.code).toBe('NOT_A_TABLE');
    expect(array.localized.en).toContain('FeatureCollection');
    const unknown = collection([
      { type: 'Feature', properties: { ten: 'A', 'Chủ sở hữu': 'VNPT' }, geometry: point(1, 2) },
    ]);
    const noHeader = await failure({ name: 'u.geojson', bytes: utf8(unknown) });
    expect(noHeader.code).toBe('NO_HEADER');
    expect(noHeader.localized.en).toContain('"ten", "Chủ sở hữu"');
    expect((await failure({ name: 'e.geojson', bytes: utf8(collection([])) })).code).toBe('EMPTY');
    const notUtf8 = await failure(
      { name: 'x.geojson', bytes: new Uint8Array([0x7b, 0x0a, 0xc3, 0x28]) },
      { encoding: 'utf-8' },
    );
    expect(notUtf8).toMatchObject({ code: 'BAD_ENCODING', line: 2 });
  });
});
