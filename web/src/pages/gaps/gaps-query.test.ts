import { describe, expect, it } from 'vitest';
import {
  changeFilters,
  distanceParts,
  gapsCountPath,
  gapsExportPath,
  gapsPagePath,
  mapDrawable,
  paging,
  readFilters,
} from './gaps-query.ts';

const search = (q: string) => new URLSearchParams(q);

describe('readFilters', () => {
  it('reads a shared address', () => {
    expect(readFilters(search('tech=5g&province=04&commune=01273&page=3'))).toEqual({
      tech: '5G',
      province: '04',
      commune: '01273',
      page: 3,
    });
  });
  it('falls back on wrong values instead of failing', () => {
    expect(readFilters(search('tech=6G&province=4&commune=abc&page=-2'))).toEqual({
      tech: '4G',
      province: null,
      commune: null,
      page: 1,
    });
    expect(readFilters(search('page=2.5')).page).toBe(1);
  });
  it('ignores a commune without its province', () => {
    expect(readFilters(search('commune=01273')).commune).toBeNull();
  });
});

describe('changeFilters', () => {
  it('drops the commune and page when the province changes', () => {
    expect(changeFilters(search('tech=5G&province=04&commune=01273&page=3'), { province: '19' })).toBe(
      '?tech=5G&province=19',
    );
  });
  it('starts again at page 1 when the technology changes, and leaves the default out', () => {
    expect(changeFilters(search('tech=5G&page=3'), { tech: '4G' })).toBe('');
    expect(changeFilters(search('page=3'), { tech: '2G' })).toBe('?tech=2G');
  });
  it('sets or clears the page, keeping other parameters', () => {
    expect(changeFilters(search('province=04&x=1'), { page: 2 })).toBe('?province=04&x=1&page=2');
    expect(changeFilters(search('province=04&page=2'), { page: 1 })).toBe('?province=04');
  });
  it('clears the province (whole country)', () => {
    expect(changeFilters(search('province=04&commune=01273'), { province: null })).toBe('');
  });
});

describe('API paths', () => {
  const f = { tech: '3G' as const, province: '04', commune: null, page: 3 };
  it('asks for one page of the chosen unit', () => {
    expect(gapsPagePath(f)).toBe('/api/gaps?tech=3G&unit=04&limit=50&offset=100');
    expect(gapsPagePath({ ...f, province: null, page: 1 })).toBe('/api/gaps?tech=3G&limit=50&offset=0');
    expect(gapsPagePath({ ...f, commune: '01273' })).toContain('unit=01273');
  });
  it('counts without rows, whatever the page', () => {
    expect(gapsCountPath(f)).toBe('/api/gaps?tech=3G&unit=04&limit=0');
  });
  it('exports the whole filtered list', () => {
    expect(gapsExportPath(f, 'geojson')).toBe('/api/gaps?tech=3G&unit=04&format=geojson');
  });
});

describe('paging', () => {
  it('says which page of how many and which rows', () => {
    expect(paging(825, 2)).toEqual({
      page: 2,
      pages: 17,
      total: 825,
      from: 51,
      to: 100,
      hasPrevious: true,
      hasNext: true,
    });
    expect(paging(825, 17)).toMatchObject({ from: 801, to: 825, hasNext: false });
  });
  it('keeps the page within range and handles an empty list', () => {
    expect(paging(10, 5)).toMatchObject({ page: 1, pages: 1, from: 1, to: 10, hasPrevious: false });
    expect(paging(0, 1)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, hasNext: false });
  });
});

describe('mapDrawable', () => {
  const country = { tech: '5G' as const, province: null, commune: null, page: 1 };
  it('needs a province only when the country list is too large to draw', () => {
    expect(mapDrawable(country, 684)).toBe(true);
    expect(mapDrawable(country, 44_706)).toBe(false);
    expect(mapDrawable({ ...country, province: '04' }, 44_706)).toBe(true);
  });
});

describe('distanceParts', () => {
  it('uses metres under a kilometre and tenths of kilometres above', () => {
    expect(distanceParts(850.4)).toEqual({ unit: 'm', value: 850 });
    expect(distanceParts(9334)).toEqual({ unit: 'km', value: 9.3 });
    expect(distanceParts(1000)).toEqual({ unit: 'km', value: 1 });
  });
});
