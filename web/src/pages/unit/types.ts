import type { Level, UnitRef } from '../../api/types.ts';

// Answers the unit page reads beyond the shared types (see /api/openapi.json).

/** A unit linked through the 2025 reorganisation: the whole of it (`full`) or part of it went over. */
export interface LinkedUnit {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly level: Level | 'district';
  readonly unitType?: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly provinceCode: string | null;
  readonly kind: 'full' | 'partial';
  readonly effective: string;
}

/** A parent in the unit's chain (province, then country; a former commune also has its district). */
export interface ParentRef {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly level: Level | 'district';
  readonly unitType?: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** GET /api/units/{code}[?date=] */
export interface UnitDetail extends UnitRef {
  readonly areaKm2: number | null;
  readonly hasGeometry: boolean;
  /** The date the unit was looked up on. */
  readonly date: string;
  readonly parents: readonly ParentRef[];
  readonly childrenCount: number;
  readonly predecessors: readonly LinkedUnit[];
  readonly successors: readonly LinkedUnit[];
}

/** GET /api/units/{code}/indicators */
export interface UnitIndicatorItem {
  readonly indicator: {
    readonly code: string;
    readonly nameVi: string;
    readonly nameEn: string | null;
    readonly unit: string;
    readonly kind: string;
  };
  readonly period: string;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly estimated: boolean;
  readonly source: string;
  readonly provenance?: readonly { readonly kind: string }[];
}

export interface UnitIndicators {
  readonly items: readonly UnitIndicatorItem[];
}

/** The `details` of a UNIT_NOT_IN_FORCE error: until when the unit was in force. */
export interface NotInForceDetails {
  readonly validTo?: string | null;
  readonly validFrom?: string | null;
}
