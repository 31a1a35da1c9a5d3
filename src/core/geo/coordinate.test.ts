import { describe, expect, it } from 'vitest';
import { isProblem, type Problem } from '../plans/cell-values.ts';
import { parseCoordinate, readLonLat } from './coordinate.ts';

const problemOf = (v: unknown): Problem['problem'] => {
  if (!isProblem(v)) throw new Error(`expected a problem, got ${JSON.stringify(v)}`);
  return v.problem;
};

describe('parseCoordinate', () => {
  it.each([
    ['21.0285', 'lat', 21.0285],
    ['105,8342', 'lon', 105.8342],
    ['  -8,5 ', 'lat', -8.5],
    ['+105.5', 'lon', 105.5],
    ['−33.9', 'lat', -33.9], // U+2212 minus
    ['21.0285N', 'lat', 21.0285],
    ['N 21.0285', 'lat', 21.0285],
    ['33.9 S', 'lat', -33.9],
    ['-33.9 S', 'lat', -33.9],
    ['105.8 W', 'lon', -105.8],
    ['21,5 B', 'lat', 21.5], // Bắc
    ['105,8 Đ', 'lon', 105.8], // Đông
    ['105.8 đông', 'lon', 105.8],
    ['12 Nam', 'lat', -12],
    ['10 T', 'lon', -10], // Tây
    ['21.0285°', 'lat', 21.0285],
  ] as const)('reads decimal degrees %s', (text, axis, expected) => {
    expect(parseCoordinate(text, axis)).toBeCloseTo(expected, 12);
  });

  it.each([
    [`21°01'30"N`, 'lat', 21 + 1 / 60 + 30 / 3600],
    ['21 01 30.5 N', 'lat', 21 + 1 / 60 + 30.5 / 3600],
    [`21°1.5'`, 'lat', 21.025],
    [`105°50'02,3"E`, 'lon', 105 + 50 / 60 + 2.3 / 3600],
    ['21°01′42″N', 'lat', 21 + 1 / 60 + 42 / 3600],
    ['21º01’42”', 'lat', 21 + 1 / 60 + 42 / 3600],
    [`21°01'42''`, 'lat', 21 + 1 / 60 + 42 / 3600],
    ['21:01:30', 'lat', 21 + 1 / 60 + 30 / 3600],
    [`S 33° 52' 04"`, 'lat', -(33 + 52 / 60 + 4 / 3600)],
    [`-105° 30'`, 'lon', -105.5],
    [`0° 30' W`, 'lon', -0.5],
  ] as const)('reads degrees–minutes–seconds %s', (text, axis, expected) => {
    expect(parseCoordinate(text, axis)).toBeCloseTo(expected, 12);
  });

  it('says what is wrong in Vietnamese and English', () => {
    expect(problemOf(parseCoordinate('', 'lat'))).toEqual({ vi: 'bị trống', en: 'is empty' });
    expect(problemOf(parseCoordinate('abc', 'lat')).en).toMatch(/not a coordinate/);
    expect(problemOf(parseCoordinate('21.0.5', 'lat')).vi).toMatch(/không phải là tọa độ/);
    expect(problemOf(parseCoordinate(`21°61'`, 'lat')).en).toBe('minutes must be less than 60');
    expect(problemOf(parseCoordinate(`21°01'60"`, 'lat')).vi).toBe('giây phải nhỏ hơn 60');
    expect(problemOf(parseCoordinate('21.5 30', 'lat')).en).toMatch(/only the last part/);
    expect(problemOf(parseCoordinate('91', 'lat')).en).toBe('latitude must be between −90 and 90 degrees');
    expect(problemOf(parseCoordinate('181', 'lon')).vi).toBe('kinh độ phải nằm trong khoảng −180 đến 180 độ');
    expect(problemOf(parseCoordinate('105.8 E', 'lat')).en).toBe(
      'the hemisphere letter is for a longitude, not a latitude',
    );
    expect(problemOf(parseCoordinate('-21 N', 'lat')).en).toBe('a minus sign contradicts hemisphere N');
    expect(problemOf(parseCoordinate(`21' 30°`, 'lat')).en).toMatch(/not a coordinate/);
    expect(problemOf(parseCoordinate('N 21 S', 'lat')).en).toMatch(/not a coordinate/);
  });
});

describe('readLonLat', () => {
  it('reads a pair in Vietnam as given', () => {
    expect(readLonLat('105,8342', '21,0285')).toEqual({ lon: 105.8342, lat: 21.0285, swapped: false });
  });

  it('swaps columns that only fit Vietnam swapped, and says so', () => {
    expect(readLonLat('21.0285', '105.8342')).toEqual({ lon: 105.8342, lat: 21.0285, swapped: true });
    // Hemisphere letters that name the other axis swap even without the region.
    expect(readLonLat('21°01′42″N', '105°50′E')).toMatchObject({
      lat: 21 + 1 / 60 + 42 / 3600,
      swapped: true,
    });
  });

  it('refuses a pair outside Vietnam either way, with both values', () => {
    const p = problemOf(readLonLat('2.35', '48.85'));
    expect(p.en).toMatch(/longitude 2.35, latitude 48.85.*outside Vietnam.*even with the columns swapped/);
    expect(p.vi).toMatch(/nằm ngoài Việt Nam/);
  });

  it('names the column of a parse error, and respects hemisphere letters against the region', () => {
    expect(problemOf(readLonLat('abc', '21')).en).toMatch(/^longitude: is not a coordinate/);
    expect(problemOf(readLonLat('105', '')).vi).toBe('vĩ độ: bị trống');
    expect(problemOf(readLonLat('21 N', '22 N')).en).toMatch(/same axis/);
    // Letters say these are lon/lat as given, so no swap even though swapped would fit.
    expect(problemOf(readLonLat('21 E', '105 N')).en).toBe(
      'latitude: latitude must be between −90 and 90 degrees',
    );
    expect(problemOf(readLonLat('21 E', '15 N')).en).toMatch(/outside Vietnam/);
  });

  it('takes another expected region', () => {
    const region = { minLon: 2, maxLon: 3, minLat: 48, maxLat: 49, name: { vi: 'Paris', en: 'Paris' } };
    expect(readLonLat('48.85', '2.35', region)).toEqual({ lon: 2.35, lat: 48.85, swapped: true });
  });
});
