import type { Problem } from '../plans/cell-values.ts';

/**
 * Reading a latitude or longitude as officers type them in spreadsheets: decimal degrees with a
 * dot or a Vietnamese decimal comma (`105,8342`), a sign, a hemisphere letter before or after
 * (`N`/`S`/`E`/`W`, Vietnamese `B` = Bắc/north, `Đ` = Đông/east, `T` = Tây/west, or the words),
 * and degrees–minutes–seconds in any of the usual spellings (`21°01'30"N`, `21 01 30.5 N`,
 * `21°1.5'`, `105°50'02,3"E`, typographic primes `′ ″`, `21:01:30`).
 *
 * A lone `N` means north (the English letter, as GPS units and most files write it); south in
 * Vietnamese must be spelled out (`Nam`), since "N" would otherwise be ambiguous.
 */

export type Axis = 'lat' | 'lon';

interface Angle {
  value: number;
  /** The axis a hemisphere letter named, if any. */
  axis: Axis | null;
}

const problem = (vi: string, en: string): Problem => ({ problem: { vi, en } });

const HEMISPHERES: Record<string, { axis: Axis; sign: 1 | -1; letter: string }> = {
  n: { axis: 'lat', sign: 1, letter: 'N' },
  north: { axis: 'lat', sign: 1, letter: 'N' },
  b: { axis: 'lat', sign: 1, letter: 'B' },
  bắc: { axis: 'lat', sign: 1, letter: 'B' },
  bac: { axis: 'lat', sign: 1, letter: 'B' },
  s: { axis: 'lat', sign: -1, letter: 'S' },
  south: { axis: 'lat', sign: -1, letter: 'S' },
  nam: { axis: 'lat', sign: -1, letter: 'Nam' },
  e: { axis: 'lon', sign: 1, letter: 'E' },
  east: { axis: 'lon', sign: 1, letter: 'E' },
  đ: { axis: 'lon', sign: 1, letter: 'Đ' },
  đông: { axis: 'lon', sign: 1, letter: 'Đ' },
  dong: { axis: 'lon', sign: 1, letter: 'Đ' },
  w: { axis: 'lon', sign: -1, letter: 'W' },
  west: { axis: 'lon', sign: -1, letter: 'W' },
  t: { axis: 'lon', sign: -1, letter: 'T' },
  tây: { axis: 'lon', sign: -1, letter: 'T' },
  tay: { axis: 'lon', sign: -1, letter: 'T' },
};

const AXIS_NAME = {
  lat: { vi: 'vĩ độ', en: 'latitude', limit: 90 },
  lon: { vi: 'kinh độ', en: 'longitude', limit: 180 },
} as const;

const NOT_A_COORDINATE = problem(
  'không phải là tọa độ (ví dụ 21.0285, 21,0285, 21°01′42″N hoặc 21 01 42 N)',
  'is not a coordinate (e.g. 21.0285, 21,0285, 21°01′42″N or 21 01 42 N)',
);

/** One spelling per symbol: degree `°`, minute `'`, second `"`, minus `-`. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/[º˚∘]/g, '°')
    .replace(/[′’‘´`]/g, "'")
    .replace(/[″“”]|''/g, '"');
}

const LEADING_WORD = /^([a-zA-ZÀ-ỹĐđ]+)\.?\s*/u;
const TRAILING_WORD = /\s*([a-zA-ZÀ-ỹĐđ]+)\.?$/u;

/** Parses an angle without checking its range, noting the axis a hemisphere letter names. */
function parseAngle(text: string): Angle | Problem {
  let body = normalise(text);
  if (body === '') return problem('bị trống', 'is empty');
  let hemisphere: (typeof HEMISPHERES)[string] | undefined;
  for (const pattern of [LEADING_WORD, TRAILING_WORD]) {
    const match = pattern.exec(body);
    if (!match) continue;
    const found = HEMISPHERES[(match[1] ?? '').toLowerCase()];
    if (found === undefined || hemisphere !== undefined) return NOT_A_COORDINATE;
    hemisphere = found;
    body = pattern === LEADING_WORD ? body.slice(match[0].length) : body.slice(0, match.index);
  }
  let sign = 1;
  const signMatch = /^([+-])\s*/.exec(body);
  if (signMatch) {
    sign = signMatch[1] === '-' ? -1 : 1;
    body = body.slice(signMatch[0].length);
  }
  if (hemisphere !== undefined && signMatch?.[1] === '-' && hemisphere.sign === 1) {
    return problem(
      `dấu trừ mâu thuẫn với bán cầu ${hemisphere.letter}`,
      `a minus sign contradicts hemisphere ${hemisphere.letter}`,
    );
  }
  const parts = readParts(body);
  if ('problem' in parts) return parts;
  const [degrees, minutes, seconds] = parts;
  const magnitude = degrees + minutes / 60 + seconds / 3600;
  const negative = sign === -1 || hemisphere?.sign === -1;
  return { value: negative ? -magnitude : magnitude, axis: hemisphere?.axis ?? null };
}

/** Degrees, minutes, seconds from `21°01'30.5"`, `21 01 30,5`, `21:01.5`, `21.0285`. */
function readParts(body: string): [number, number, number] | Problem {
  const component = /(\d+(?:[.,]\d+)?)\s*([°'":])?\s*/y;
  const values = [0, 0, 0];
  let slot = -1;
  let decimalSeen = false;
  let pos = 0;
  while (pos < body.length) {
    component.lastIndex = pos;
    const m = component.exec(body);
    if (!m) return NOT_A_COORDINATE;
    pos = component.lastIndex;
    const marker = m[2];
    const next = marker === '°' ? 0 : marker === "'" ? 1 : marker === '"' ? 2 : slot + 1;
    if (next <= slot || next > 2) return NOT_A_COORDINATE;
    if (decimalSeen) {
      return problem(
        'chỉ phần cuối (độ, phút hoặc giây) được có phần thập phân',
        'only the last part (degrees, minutes or seconds) may have decimals',
      );
    }
    const digits = m[1] ?? '';
    decimalSeen = /[.,]/.test(digits);
    values[next] = Number(digits.replace(',', '.'));
    slot = next;
  }
  if (slot < 0) return NOT_A_COORDINATE;
  const [d = 0, min = 0, s = 0] = values;
  if (min >= 60) return problem('phút phải nhỏ hơn 60', 'minutes must be less than 60');
  if (s >= 60) return problem('giây phải nhỏ hơn 60', 'seconds must be less than 60');
  return [d, min, s];
}

function checkAxis(angle: Angle, axis: Axis): number | Problem {
  const name = AXIS_NAME[axis];
  if (angle.axis !== null && angle.axis !== axis) {
    const other = AXIS_NAME[angle.axis];
    return problem(
      `chữ chỉ hướng là của ${other.vi}, không phải ${name.vi}`,
      `the hemisphere letter is for a ${other.en}, not a ${name.en}`,
    );
  }
  if (!Number.isFinite(angle.value) || Math.abs(angle.value) > name.limit) {
    return problem(
      `${name.vi} phải nằm trong khoảng −${name.limit} đến ${name.limit} độ`,
      `${name.en} must be between −${name.limit} and ${name.limit} degrees`,
    );
  }
  return angle.value;
}

/** A latitude or longitude in signed decimal degrees, or what is wrong with it (vi/en). */
export function parseCoordinate(text: string, axis: Axis): number | Problem {
  const angle = parseAngle(text);
  return 'problem' in angle ? angle : checkAxis(angle, axis);
}

/** Where points are expected; a pair that only fits with its columns swapped is read swapped. */
export interface ExpectedRegion {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
  name: { vi: string; en: string };
}

/** Vietnam with its islands (Trường Sa reaches ~7° N, ~117° E). */
export const VIETNAM_REGION: ExpectedRegion = {
  minLon: 102,
  maxLon: 118,
  minLat: 7,
  maxLat: 24,
  name: { vi: 'Việt Nam', en: 'Vietnam' },
};

export interface ReadLonLat {
  lon: number;
  lat: number;
  /** The two columns held each other's values; the importer should warn. */
  swapped: boolean;
}

const fits = (r: ExpectedRegion, lon: number, lat: number) =>
  lon >= r.minLon && lon <= r.maxLon && lat >= r.minLat && lat <= r.maxLat;

function prefixed(axis: Axis, p: Problem): Problem {
  const name = AXIS_NAME[axis];
  return problem(`${name.vi}: ${p.problem.vi}`, `${name.en}: ${p.problem.en}`);
}

/**
 * A position from a longitude column and a latitude column. When the pair lies outside `region`
 * but fits it with the columns swapped (and no hemisphere letter forbids that), it is returned
 * swapped with `swapped: true`; hemisphere letters that name the other axis also swap.
 */
export function readLonLat(
  lonText: string,
  latText: string,
  region: ExpectedRegion = VIETNAM_REGION,
): ReadLonLat | Problem {
  const a = parseAngle(lonText);
  if ('problem' in a) return prefixed('lon', a);
  const b = parseAngle(latText);
  if ('problem' in b) return prefixed('lat', b);
  const straight = a.axis !== 'lat' && b.axis !== 'lon';
  const crossed = a.axis !== 'lon' && b.axis !== 'lat';
  if (!straight && !crossed) {
    return problem(
      'cả hai cột đều ghi cùng một loại chữ chỉ hướng (cùng là vĩ độ hoặc cùng là kinh độ)',
      'both columns carry hemisphere letters of the same axis (both latitude or both longitude)',
    );
  }
  if (straight && fits(region, a.value, b.value)) return { lon: a.value, lat: b.value, swapped: false };
  if (crossed && fits(region, b.value, a.value)) return { lon: b.value, lat: a.value, swapped: true };
  // Neither reading lies in the region: report range errors first, then the region.
  const [lonAngle, latAngle] = straight ? [a, b] : [b, a];
  const lon = checkAxis({ value: lonAngle.value, axis: null }, 'lon');
  if (typeof lon !== 'number') return prefixed('lon', lon);
  const lat = checkAxis({ value: latAngle.value, axis: null }, 'lat');
  if (typeof lat !== 'number') return prefixed('lat', lat);
  const box = `${region.minLon}–${region.maxLon}`;
  const latBox = `${region.minLat}–${region.maxLat}`;
  return problem(
    `tọa độ (kinh độ ${lon}, vĩ độ ${lat}) nằm ngoài ${region.name.vi} (kinh độ ${box}, vĩ độ ${latBox}), kể cả khi đổi chỗ hai cột`,
    `the position (longitude ${lon}, latitude ${lat}) is outside ${region.name.en} (longitude ${box}, latitude ${latBox}), even with the columns swapped`,
  );
}
