import type { Feature, FeatureCollection, Geometry } from 'geojson';

// The administrative units as the page uses them, and the orders they are listed in.

export interface UnitProps {
  code: string;
  name: string;
  fullName: string;
  level: string;
  unitType: string;
}
export type UnitFeature = Feature<Geometry, UnitProps>;
export type UnitCollection = FeatureCollection<Geometry, UnitProps>;

const collator = new Intl.Collator('vi');

export function byCode(a: UnitFeature, b: UnitFeature): number {
  return a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0;
}

export function byName(a: UnitFeature, b: UnitFeature): number {
  return collator.compare(a.properties.name, b.properties.name) || byCode(a, b);
}
