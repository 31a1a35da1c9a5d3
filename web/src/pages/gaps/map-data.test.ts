import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toVillagePoints, villageFromProperties } from './map-data.ts';

describe('toVillagePoints', () => {
  it('keeps the point and the named fields of each village, dropping anything unusable', () => {
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [106.06, 22.6] },
          properties: {
            villageCode: '01774-028',
            villageName: 'Bản Huổi Đon',
            communeName: 'Xã Tam Kim',
            provinceCode: '04',
            nearestDistanceM: 9334,
            population: 159,
            nearestSiteCode: null,
          },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { villageName: 'x' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
          properties: { villageCode: 'L' },
        },
      ],
    };
    const out = toVillagePoints(input);
    expect(out.features).toHaveLength(1);
    expect(out.features[0]?.geometry.coordinates).toEqual([106.06, 22.6]);
    expect(out.features[0]?.properties).toEqual({
      code: '01774-028',
      name: 'Bản Huổi Đon',
      commune: 'Xã Tam Kim',
      province: '04',
      distance: 9334,
      population: 159,
    });
  });
});

describe('villageFromProperties', () => {
  it('reads a clicked feature, with null for missing numbers', () => {
    expect(villageFromProperties({ code: 'A', name: 'Thôn A', distance: 'x' })).toEqual({
      code: 'A',
      name: 'Thôn A',
      commune: '',
      province: '',
      distance: null,
      population: null,
    });
    expect(villageFromProperties({ name: 'no code' })).toBeNull();
    expect(villageFromProperties(undefined)).toBeNull();
  });
});
