import type { Level } from '../../api/types.ts';

// Answers the overview reads beyond the shared types (see /api/openapi.json).

/** GET /api/indicators: the catalogue. `computed` indicators are worked out from the inventory for every
 * unit, so they have values on the map; `reported` ones only where someone reported them. */
export interface IndicatorInfo {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string | null;
  readonly unit: string;
  readonly direction: 'higher' | 'lower';
  readonly kind: 'computed' | 'reported';
}

export interface IndicatorList {
  readonly items: readonly IndicatorInfo[];
}

/** GET /api/indicators/{code}/values?level=&parent=&period= : one value per unit of a level. */
export interface UnitValue {
  readonly unit: {
    readonly code: string;
    readonly name: string;
    readonly fullName: string;
    readonly nameEn?: string | null;
    readonly level: Level;
  };
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly estimated: boolean;
  readonly source: string | null;
}

export interface IndicatorValues {
  readonly indicator: {
    readonly code: string;
    readonly nameVi: string;
    readonly nameEn: string | null;
    readonly unit: string;
    readonly direction: 'higher' | 'lower';
  };
  readonly level: 'province' | 'commune';
  /** The province drilled into: the server names it ({code, name, …}); a bare code is accepted too. */
  readonly parent: string | { readonly code: string } | null;
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly items: readonly UnitValue[];
}

export type { UnitFeatureProps, UnitFeatures } from '../../api/types.ts';
