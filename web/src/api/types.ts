import type { FeatureCollection, Geometry } from 'geojson';
// The shapes of the API answers the pages use (see /api/openapi.json). Only the fields read are listed.

export type Level = 'country' | 'province' | 'commune';

export interface UnitRef {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly nameEn?: string | null;
  readonly level: Level;
  readonly unitType?: string;
  readonly parentCode?: string | null;
  readonly provinceCode?: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

export interface UnitList {
  readonly items: readonly UnitRef[];
  readonly total: number;
  readonly date: string;
}

export interface User {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly provinces: readonly string[];
  readonly operator: string | null;
  readonly mustChangePassword: boolean;
}

export interface SessionAnswer {
  readonly user: User | null;
  readonly csrfToken?: string;
}

export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'insufficient_data';

export interface IndicatorRef {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string | null;
  readonly unit: string;
  readonly direction?: 'higher' | 'lower';
}

export interface SeriesPoint {
  readonly period: string;
  readonly value: number;
  readonly estimated: boolean;
  readonly source: string;
  readonly from?: readonly string[];
}

export interface Projection {
  readonly year: number;
  readonly value: number;
}

export interface Evaluation {
  readonly unit: UnitRef;
  readonly status: ProgressStatus;
  readonly explanation: string;
  readonly explanations: { readonly vi: string; readonly en: string };
  readonly series: readonly SeriesPoint[];
  readonly projection: unknown;
}

export interface TargetRef {
  readonly id: number;
  readonly indicatorCode: string;
  readonly comparator: string;
  readonly value: number | null;
  readonly deadline: string;
  readonly sourceClause: string | null;
}

export interface TargetProgress {
  readonly target: TargetRef;
  readonly indicator: IndicatorRef;
  readonly evaluations: readonly Evaluation[];
}

export interface PlanRef {
  readonly id: number;
  readonly code: string;
  readonly titleVi: string;
  readonly titleEn: string | null;
  readonly issuer: string | null;
  readonly issuedOn: string | null;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly scopeUnit: UnitRef;
  readonly status: string;
  readonly sourceUrl: string | null;
  readonly targetCount: number;
}

export interface PlanProgress {
  readonly plan: PlanRef;
  readonly asOf: string;
  readonly summary: Readonly<Record<ProgressStatus, number>>;
  readonly targets: readonly TargetProgress[];
}

/** GET /api/geo/units: polygons with the unit's code and names in properties. */
export interface UnitFeatureProps {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly level: Level;
  readonly provinceCode: string | null;
}

export type UnitFeatures = FeatureCollection<Geometry, UnitFeatureProps>;
