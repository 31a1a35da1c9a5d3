import type { Point } from 'geojson';
import type { LayerId } from './explorer-state.ts';
import {
  type FeatureDetail,
  facilityDetail,
  siteDetail,
  type UnitLookup,
  villageDetail,
} from './feature-rows.ts';
import { facilityKey, gapVillages } from './layer-features.ts';
import type { FacilityCollection, SiteCollection, Technology, VillageCollection } from './map-types.ts';

// From a layer and a code (what the map reports on a click, or a row of the table) to the full feature
// and its details in words.

export interface LayerData {
  readonly sites: SiteCollection | null;
  readonly villages: VillageCollection | null;
  readonly datacentres: FacilityCollection | null;
  readonly itparks: FacilityCollection | null;
}

export interface ListedFeature {
  readonly layer: LayerId;
  readonly code: string;
  /** [lon, lat], or null for a facility without a position. */
  readonly position: readonly [number, number] | null;
  readonly detail: FeatureDetail;
}

/** A feature before its details are worked out (a click needs one feature's, not all of them). */
interface RawFeature {
  readonly code: string;
  readonly geometry: Point | null;
  describe(units: UnitLookup): FeatureDetail;
}

const positionOf = (geometry: Point | null): [number, number] | null => {
  const [lon, lat] = geometry?.coordinates ?? [];
  return lon !== undefined && lat !== undefined ? [lon, lat] : null;
};

function rawFeatures(layer: LayerId, data: LayerData, tech: Technology): RawFeature[] {
  switch (layer) {
    case 'sites':
      return (data.sites?.features ?? []).map((f) => ({
        code: f.properties.code,
        geometry: f.geometry,
        describe: (units) => siteDetail(f.properties, units),
      }));
    case 'villages':
    case 'gaps': {
      const villages = layer === 'gaps' ? gapVillages(data.villages, tech) : (data.villages?.features ?? []);
      return villages.map((f) => ({
        code: f.properties.code,
        geometry: f.geometry,
        describe: (units) => villageDetail(f.properties, units),
      }));
    }
    case 'datacentres':
    case 'itparks':
      return (data[layer]?.features ?? []).map((f) => ({
        code: facilityKey(f.properties),
        geometry: f.geometry,
        describe: (units) => facilityDetail(f.properties, units),
      }));
  }
}

const listed = (layer: LayerId, f: RawFeature, units: UnitLookup): ListedFeature => ({
  layer,
  code: f.code,
  position: positionOf(f.geometry),
  detail: f.describe(units),
});

/** How many features a layer has in the data (null: not loaded). */
export function layerSize(layer: LayerId, data: LayerData, tech: Technology): number | null {
  if (layer === 'sites') return data.sites ? (data.sites.total ?? data.sites.features.length) : null;
  const source = layer === 'villages' || layer === 'gaps' ? data.villages : data[layer];
  return source ? rawFeatures(layer, data, tech).length : null;
}

/** Whether any feature of the layer is synthetic (the page then shows the synthetic-data note). */
export function hasSynthetic(layer: LayerId, data: LayerData): boolean {
  const source = layer === 'villages' || layer === 'gaps' ? data.villages : data[layer];
  return (source?.features ?? []).some((f: { properties: { synthetic: boolean } }) => f.properties.synthetic);
}

/** The first `limit` features of a layer with their details, in the answer's order (for the table). */
export function layerFeatures(
  layer: LayerId,
  data: LayerData,
  tech: Technology,
  units: UnitLookup,
  limit = Infinity,
): ListedFeature[] {
  return rawFeatures(layer, data, tech)
    .slice(0, limit)
    .map((f) => listed(layer, f, units));
}

/** One feature's details by layer and code; null when it is no longer in the data. */
export function findFeature(
  layer: LayerId,
  code: string,
  data: LayerData,
  tech: Technology,
  units: UnitLookup,
): ListedFeature | null {
  const found = rawFeatures(layer, data, tech).find((f) => f.code === code);
  return found ? listed(layer, found, units) : null;
}
