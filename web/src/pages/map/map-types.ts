import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Technology } from '../../../../src/core/assets/asset-model.ts';

// The answers of the map explorer's endpoints (GET /api/map/*, /api/geo/units), as this page reads them.

export type { Technology };

/** Properties of /api/geo/units features. */
export interface UnitFeatureProps {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly level: 'province' | 'commune';
  readonly unitType?: string;
  readonly provinceCode?: string | null;
}
export type UnitCollection = FeatureCollection<Geometry, UnitFeatureProps>;

export interface SiteProps {
  readonly code: string;
  readonly operator: string;
  readonly technologies: readonly string[];
  readonly communeCode: string;
  readonly synthetic: boolean;
  readonly shared?: boolean;
  readonly status?: string;
}
export type SiteCollection = FeatureCollection<Point, SiteProps> & { readonly total?: number };

export type Coverage = Readonly<Partial<Record<Technology, boolean>>>;

export interface VillageProps {
  readonly code: string;
  readonly name: string;
  readonly communeCode: string;
  readonly synthetic: boolean;
  /** null/absent: coverage not computed yet for this village. */
  readonly coverage?: Coverage | null;
  readonly fixedBroadband?: boolean;
  readonly population?: number;
  readonly households?: number;
}
export type VillageCollection = FeatureCollection<Point, VillageProps> & { readonly total?: number };

export type FacilityKind = 'data_centre' | 'it_park';

export interface FacilityProps {
  readonly code?: string;
  readonly name: string;
  readonly kind: FacilityKind;
  readonly capacityMw?: number | null;
  readonly operator?: string | null;
  readonly provinceCode: string;
  readonly communeCode?: string | null;
  readonly synthetic: boolean;
  readonly areaHa?: number | null;
  readonly status?: string | null;
  readonly tier?: number | null;
  readonly racks?: number | null;
  readonly pue?: number | null;
  readonly bandwidthGbps?: number | null;
  /** The point stands for the province (an IT park is stored by province only), not the place itself. */
  readonly approximate?: boolean;
}
export type FacilityCollection = FeatureCollection<Point | null, FacilityProps> & { readonly total?: number };
