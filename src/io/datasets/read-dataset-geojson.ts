/**
 * A GeoJSON FeatureCollection of points as records: each feature's `properties` are columns (their
 * names go through resolveHeader like a header's labels) and a Point gives the fields `lon` and `lat`
 * (they win over properties of the same fields). A feature's location is `{ row: index + 1 }`.
 *
 * A feature that gives no point is still a record, with the field {@link GEOMETRY_PROBLEM_FIELD} set
 * to a problem code and without `lon` and `lat` (even from properties), so the validator reports it on
 * its row with the others instead of the whole file failing for one line drawn by mistake. The code is
 * a string (a RawValue cannot hold `{ vi, en }`) and {@link geometryProblemMessage} gives its message
 * in both languages (see core/inventory-import/geometry-problem.ts). A feature without geometry whose
 * properties give both coordinates is a point. A MultiPoint of exactly one position counts as that
 * point (shapefile exports write points that way).
 *
 * Properties are the header: NO_HEADER when none of them is known (a layer of bare points is no
 * inventory). The file is read whole (JSON.parse); RFC 7946 asks for UTF-8, but Vietnamese GIS layers exported
 * from old MapInfo files arrive in TCVN3 or VNI, so the encoding is detected as for CSV.
 */
import {
  GEOMETRY_PROBLEM_FIELD,
  type GeometryProblem,
  geometryProblemMessage,
} from '../../core/inventory-import/geometry-problem.ts';
import type { RawRecord, RawValue } from '../../core/plans/plan-input.ts';
import { decode } from '../text/decode.ts';
import { detectEncoding, type EncodingDetection } from '../text/detect-encoding.ts';
import { TextDecodeError } from '../text/text-encoding.ts';
import { badEncoding, badJson, noFeatures, noHeader, notATable, tooLarge } from './dataset-file-error.ts';
import {
  checkColumns,
  givenKeys,
  inBatches,
  knownCount,
  mapColumns,
  type OpenedDataset,
  type ReadDatasetOptions,
  unknownLabels,
} from './dataset-info.ts';
import type { PeekedSource } from './dataset-source.ts';
import { jsonErrorOffset } from './json-error-offset.ts';

export { GEOMETRY_PROBLEM_FIELD, type GeometryProblem, geometryProblemMessage };
export const LON_KEY = 'lon';
export const LAT_KEY = 'lat';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export async function openGeoJson(peeked: PeekedSource, options: ReadDatasetOptions): Promise<OpenedDataset> {
  const { name } = peeked;
  const detection: EncodingDetection =
    options.encoding === undefined
      ? detectEncoding(peeked.head)
      : { encoding: options.encoding, confidence: 1, reason: 'given' };
  const text = decodeWhole(name, await peeked.all(), detection);
  const features = featuresOf(name, parseJson(name, text));
  if (features.length === 0) throw noFeatures(name);

  const names = new Map<string, number>();
  for (const feature of features) {
    if (!isObject(feature) || !isObject(feature.properties)) continue;
    for (const key of Object.keys(feature.properties)) if (!names.has(key)) names.set(key, names.size + 1);
  }
  const columns = mapColumns(
    [...names].map(([label, column]) => ({ column, label })),
    options.resolveHeader,
  );
  if (knownCount(columns) < 1) {
    throw noHeader(
      name,
      {
        vi: `thuộc tính (properties) của ${features.length} đối tượng`,
        en: `the properties of its ${features.length} features`,
      },
      [...names.keys()],
    );
  }
  // The geometry gives lon and lat.
  const missingKeys = checkColumns(name, options, givenKeys(columns, [LON_KEY, LAT_KEY]));
  const read = columns.filter((c) => c.key !== null).map((c) => [c.label, c.key as string] as const);

  async function* records(): AsyncGenerator<RawRecord, void, undefined> {
    for (let i = 0; i < features.length; i++) {
      yield { location: { row: i + 1 }, fields: featureFields(features[i] as Json, read) };
    }
  }
  return {
    info: {
      name,
      format: 'geojson',
      encoding: { ...detection, settled: true },
      delimiter: null,
      sheet: null,
      sheets: [],
      headerRows: [],
      columns,
      unknownColumns: unknownLabels(columns),
      missingKeys,
    },
    rows: inBatches(records()),
    headerPlace: { vi: 'FeatureCollection', en: 'FeatureCollection' },
    encoding: () => ({ ...detection, settled: true }),
  };
}

function decodeWhole(name: string, bytes: Uint8Array, detection: EncodingDetection): string {
  try {
    return decode(bytes, detection.encoding);
  } catch (error) {
    // A text longer than V8's string limit (about 512 MB): no JSON.parse can read it anyway.
    if (error instanceof RangeError) throw tooLarge(name, error);
    if (!(error instanceof TextDecodeError)) throw error;
    const line = 1 + (error.textBefore.match(/\r\n|\r|\n/gu)?.length ?? 0);
    throw badEncoding(name, detection.encoding, line, error);
  }
}

function parseJson(name: string, text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const offset = jsonErrorOffset(text);
    const line = offset === null ? null : 1 + (text.slice(0, offset).match(/\r\n|\r|\n/gu)?.length ?? 0);
    throw badJson(name, line, error);
  }
}

function featuresOf(name: string, json: Json): Json[] {
  if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features))
    return json.features;
  if (isObject(json) && json.type === 'Feature') return [json];
  throw notATable(name, 'json');
}

function toRaw(value: Json | undefined): RawValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

function featureFields(
  feature: Json,
  read: readonly (readonly [string, string])[],
): Record<string, RawValue> {
  const fields: Record<string, RawValue> = {};
  if (!isObject(feature) || feature.type !== 'Feature') {
    fields[GEOMETRY_PROBLEM_FIELD] = 'NOT_A_FEATURE' satisfies GeometryProblem;
    return fields;
  }
  const properties = isObject(feature.properties) ? feature.properties : {};
  for (const [label, key] of read) {
    const value = toRaw(properties[label]);
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    fields[key] = value;
  }
  const point = pointOf(feature.geometry);
  if (Array.isArray(point)) {
    fields[LON_KEY] = point[0];
    fields[LAT_KEY] = point[1];
  } else if (point !== 'NO_GEOMETRY' || fields[LON_KEY] === undefined || fields[LAT_KEY] === undefined) {
    // No coordinates with the problem: the validator looks for it only when they are empty.
    delete fields[LON_KEY];
    delete fields[LAT_KEY];
    fields[GEOMETRY_PROBLEM_FIELD] = point;
  }
  return fields;
}

function pointOf(geometry: Json | undefined): [number, number] | GeometryProblem {
  if (geometry === undefined || geometry === null) return 'NO_GEOMETRY';
  if (!isObject(geometry)) return 'BAD_COORDINATES';
  const type = typeof geometry.type === 'string' ? geometry.type : 'unknown';
  let position: Json | undefined;
  if (type === 'Point') position = geometry.coordinates;
  else if (
    type === 'MultiPoint' &&
    Array.isArray(geometry.coordinates) &&
    geometry.coordinates.length === 1
  ) {
    position = geometry.coordinates[0];
  } else return `NOT_POINT:${type}`;
  if (!Array.isArray(position) || position.length < 2) return 'BAD_COORDINATES';
  const [lon, lat] = position;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return 'BAD_COORDINATES';
  }
  return [lon, lat];
}
