import { describe, expect, it } from 'vitest';
import { findFeature, hasSynthetic, layerFeatures, layerSize } from './feature-lookup.ts';
import {
  facilityMapFeatures,
  gapMapFeatures,
  siteMapFeatures,
  siteOperators,
  villageCoverage,
  villageMapFeatures,
} from './layer-features.ts';
import type { FacilityCollection, SiteCollection, VillageCollection } from './map-types.ts';

const at = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

const sites: SiteCollection = {
  type: 'FeatureCollection',
  total: 3,
  features: [
    {
      type: 'Feature',
      geometry: at(105.8, 21.6),
      properties: {
        code: 'S1',
        operator: 'VIETTEL',
        technologies: ['4G'],
        communeCode: 'C1',
        synthetic: true,
      },
    },
    {
      type: 'Feature',
      geometry: at(105.9, 21.7),
      properties: {
        code: 'S2',
        operator: 'VNPT',
        technologies: ['2G', '4G'],
        communeCode: 'C1',
        synthetic: true,
      },
    },
    {
      type: 'Feature',
      geometry: at(106.0, 21.8),
      properties: { code: 'S3', operator: 'VIETTEL', technologies: [], communeCode: 'C2', synthetic: true },
    },
  ],
};

const villages: VillageCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: at(105.7, 21.5),
      properties: {
        code: 'V1',
        name: 'Thôn 1',
        communeCode: 'C1',
        synthetic: true,
        coverage: { '2G': true, '4G': true },
      },
    },
    {
      type: 'Feature',
      geometry: at(105.6, 21.4),
      properties: {
        code: 'V2',
        name: 'Bản 2',
        communeCode: 'C1',
        synthetic: true,
        coverage: { '2G': true, '4G': false },
      },
    },
    {
      type: 'Feature',
      geometry: at(105.5, 21.3),
      properties: { code: 'V3', name: 'Bản 3', communeCode: 'C2', synthetic: true, coverage: null },
    },
  ],
};

const parks: FacilityCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: null,
      properties: { name: 'Khu A', kind: 'it_park', provinceCode: '19', synthetic: false },
    },
    {
      type: 'Feature',
      geometry: at(105.8, 21.6),
      properties: { code: 'P2', name: 'Khu B', kind: 'it_park', provinceCode: '19', synthetic: false },
    },
  ],
};

const units = { commune: () => undefined, province: () => undefined };
const data = { sites, villages, datacentres: null, itparks: parks };

describe('map features', () => {
  it('keeps only flat properties the map can filter and colour on', () => {
    expect(siteMapFeatures(sites).features[1]).toEqual({
      type: 'Feature',
      geometry: at(105.9, 21.7),
      properties: { code: 'S2', operator: 'VNPT' },
    });
    expect(villageMapFeatures(villages, '4G').features.map((f) => f.properties)).toEqual([
      { code: 'V1', coverage: 'covered' },
      { code: 'V2', coverage: 'uncovered' },
      { code: 'V3', coverage: 'unknown' },
    ]);
  });

  it('treats a technology missing from the coverage as unknown, not uncovered', () => {
    const first = villages.features[0];
    if (!first) throw new Error('fixture');
    expect(villageCoverage(first.properties, '5G')).toBe('unknown');
  });

  it('draws as gaps only the villages the technology does not reach', () => {
    expect(gapMapFeatures(villages, '4G').features.map((f) => f.properties.code)).toEqual(['V2']);
    expect(gapMapFeatures(villages, '2G').features).toEqual([]);
    expect(gapMapFeatures(null, '4G').features).toEqual([]);
  });

  it('skips facilities without a position and keys them by code or name', () => {
    expect(facilityMapFeatures(parks).features.map((f) => f.properties.code)).toEqual(['P2']);
  });

  it('lists the operators of the data once each', () => {
    expect(siteOperators(sites)).toEqual(['VIETTEL', 'VNPT']);
    expect(siteOperators(null)).toEqual([]);
  });
});

describe('feature lookup', () => {
  it('counts each layer (sites by the answer total), null when not loaded', () => {
    expect(layerSize('sites', data, '4G')).toBe(3);
    expect(layerSize('villages', data, '4G')).toBe(3);
    expect(layerSize('gaps', data, '4G')).toBe(1);
    expect(layerSize('itparks', data, '4G')).toBe(2);
    expect(layerSize('datacentres', data, '4G')).toBeNull();
  });

  it('lists the first features with positions (null for an IT park without one)', () => {
    const listed = layerFeatures('itparks', data, '4G', units);
    expect(listed.map((f) => [f.code, f.position])).toEqual([
      ['Khu A', null],
      ['P2', [105.8, 21.6]],
    ]);
    expect(layerFeatures('sites', data, '4G', units, 2).map((f) => f.code)).toEqual(['S1', 'S2']);
  });

  it('finds a clicked feature by layer and code', () => {
    expect(findFeature('sites', 'S3', data, '4G', units)?.detail.title).toEqual({ kind: 'text', text: 'S3' });
    expect(findFeature('gaps', 'V1', data, '4G', units)).toBeNull();
    expect(findFeature('gaps', 'V2', data, '4G', units)?.position).toEqual([105.6, 21.4]);
  });

  it('tells whether a layer holds synthetic features', () => {
    expect(hasSynthetic('sites', data)).toBe(true);
    expect(hasSynthetic('gaps', data)).toBe(true);
    expect(hasSynthetic('itparks', data)).toBe(false);
    expect(hasSynthetic('datacentres', data)).toBe(false);
  });
});
