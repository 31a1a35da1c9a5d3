import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../../src/core/inventory-import/datasets.ts';
import { describeRow } from './row-summary.ts';

describe('describeRow', () => {
  const site = {
    shared: false,
    status: 'operating',
    tenants: [],
    carriers: [
      { bandMhz: 1800, technology: '4G' },
      { bandMhz: 2600, technology: '5G' },
    ],
    operator: 'VIETTEL',
    position: { lat: 22.142079, lon: 105.868811 },
    siteCode: 'VT-TN-D002',
    onAirDate: '2025-06-01',
    synthetic: false,
    communeCode: '01840',
    antennaHeightM: 35,
    decommissionedDate: null,
  };

  it('lists a site’s values with the template’s column names, positions as lon, lat', () => {
    const parts = describeRow(site, DATASETS.sites.fields);
    const byKey = Object.fromEntries(parts.map((p) => [p.key, p]));
    expect(byKey.siteCode).toEqual({
      key: 'siteCode',
      label: { vi: 'Mã trạm', en: expect.any(String) },
      value: 'VT-TN-D002',
    });
    expect(byKey.position?.value).toBe('105.868811, 22.142079');
    expect(byKey.carriers?.value).toBe('1800 4G, 2600 5G');
    expect(byKey.shared?.value).toBe(false);
    expect(byKey.antennaHeightM?.value).toBe('35');
  });

  it('leaves out empty values and the synthetic flag', () => {
    const keys = describeRow(site, DATASETS.sites.fields).map((p) => p.key);
    expect(keys).not.toContain('tenants');
    expect(keys).not.toContain('decommissionedDate');
    expect(keys).not.toContain('synthetic');
  });

  it('names values that are no column from the extra names, else keeps the key unlabelled', () => {
    const where = { vi: 'Kinh độ, vĩ độ', en: 'Longitude, latitude' };
    expect(describeRow({ position: { lon: 1, lat: 2 }, extra: 'x' }, [], { position: where })).toEqual([
      { key: 'position', label: where, value: '1, 2' },
      { key: 'extra', label: null, value: 'x' },
    ]);
  });
});
