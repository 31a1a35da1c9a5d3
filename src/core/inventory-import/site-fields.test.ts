import { describe, expect, it } from 'vitest';
import {
  headerKey,
  keySiteRecord,
  resolveSiteHeaders,
  SITE_FIELD_KEYS,
  SITE_FIELDS,
  siteFieldOfHeader,
} from './site-fields.ts';
import { SITES_DATASET } from './sites-dataset.ts';

describe('site fields', () => {
  it('lists every key once, with labels, and no header naming two fields', () => {
    expect(SITE_FIELDS.map((f) => f.key)).toEqual([...SITE_FIELD_KEYS]);
    const owner = new Map<string, string>();
    for (const f of SITE_FIELDS) {
      expect(f.vi).not.toBe('');
      expect(f.hintVi).not.toBe('');
      for (const name of [f.key, f.vi, ...f.aliases]) {
        const k = headerKey(name);
        expect(owner.get(k) ?? f.key, `${name} names ${owner.get(k)} and ${f.key}`).toBe(f.key);
        owner.set(k, f.key);
      }
    }
  });

  it('recognises headers as operators write them, whatever the diacritics, case, spaces or units', () => {
    const cases: [string, string | null][] = [
      ['Mã trạm', 'siteCode'],
      ['MÃ TRẠM', 'siteCode'],
      ['ma_tram', 'siteCode'],
      ['Mã CSHT', 'siteCode'],
      ['Tên trạm', 'siteCode'],
      ['Kinh độ', 'lon'],
      ['Kinh độ (WGS84)', 'lon'],
      ['Long', 'lon'],
      ['X', 'lon'],
      ['Vĩ  độ', 'lat'],
      ['Lat', 'lat'],
      ['y', 'lat'],
      ['Mã xã', 'communeCode'],
      ['Tên xã', 'communeName'],
      ['Xã/Phường', 'communeName'],
      ['Xã / phường', 'communeName'],
      ['Tỉnh', 'provinceName'],
      ['Công nghệ', 'technologies'],
      ['Băng tần (MHz)', 'bands'],
      ['Độ cao anten (m)', 'antennaHeightM'],
      ['Độ cao ăng-ten', 'antennaHeightM'],
      ['Dùng chung', 'shared'],
      ['Nhà mạng dùng chung', 'tenants'],
      ['Trạng thái', 'status'],
      ['Ngày phát sóng', 'onAirDate'],
      ['Ngày dừng hoạt động', 'decommissionedDate'],
      ['siteCode', 'siteCode'],
      ['Ghi chú', null],
    ];
    for (const [header, key] of cases) expect(siteFieldOfHeader(header), header).toBe(key);
  });

  it('folds NFD headers like NFC ones', () => {
    expect(siteFieldOfHeader('Mã trạm'.normalize('NFD'))).toBe('siteCode');
    expect(siteFieldOfHeader('Nhà mạng dùng chung'.normalize('NFD'))).toBe('tenants');
  });
});

describe('resolveSiteHeaders', () => {
  it('maps a typical Viettel sheet, keeping the best-ranked column of a field', () => {
    const headers = [
      'STT',
      'Tên trạm',
      'Mã trạm',
      'Kinh độ',
      'Vĩ độ',
      'Xã/Phường',
      'Tỉnh',
      'Công nghệ',
      'Băng tần',
      'Độ cao anten (m)',
      'Dùng chung',
      'Nhà mạng dùng chung',
      'Trạng thái',
      'Ngày phát sóng',
      '',
    ];
    const res = resolveSiteHeaders(headers);
    expect(res.columns).toMatchObject({ siteCode: 'Mã trạm', lon: 'Kinh độ', communeName: 'Xã/Phường' });
    expect(res.unknown).toEqual(['STT']);
    expect(res.ignored).toEqual([{ header: 'Tên trạm', key: 'siteCode', usedHeader: 'Mã trạm' }]);
    expect(res.missing).toEqual([]);
  });

  it('names the required fields without a column; a commune needs a code or a name', () => {
    const res = resolveSiteHeaders(['Mã CSHT', 'Long', 'Lat', 'Trạng thái']);
    expect(res.missing).toEqual(['technologies', 'bands', 'communeCode']);
    expect(resolveSiteHeaders(['Mã xã']).missing).not.toContain('communeCode');
  });

  it('gives the import the same rule: required columns, and a commune code or name column', () => {
    expect(SITES_DATASET.requiredKeys).toEqual(['siteCode', 'lon', 'lat', 'technologies', 'bands', 'status']);
    expect(SITES_DATASET.requiredOneOf).toEqual([['communeCode', 'communeName']]);
  });

  it('re-keys a header-keyed record by field, dropping unknown and ignored columns', () => {
    const res = resolveSiteHeaders(['Mã trạm', 'Tên trạm', 'X', 'Y', 'Ghi chú']);
    const record = {
      location: { sheet: 'Trạm BTS', row: 4 },
      fields: { 'Mã trạm': 'BKN0001', 'Tên trạm': 'Đức Xuân 1', X: '105,8348', Y: 22.147, 'Ghi chú': 'mới' },
    };
    expect(keySiteRecord(record, res)).toEqual({
      location: { sheet: 'Trạm BTS', row: 4 },
      fields: { siteCode: 'BKN0001', lon: '105,8348', lat: 22.147 },
    });
  });
});
