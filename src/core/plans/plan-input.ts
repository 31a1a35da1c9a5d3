import type { RowProblem } from '../errors/error-codes.ts';
import type { IsoDate, UnitLevel } from '../units/admin-unit.ts';
import type { PlanStatus, TargetScope, TargetValue } from './plan-model.ts';

/**
 * A plan as submitted (from a JSON body, a JSON file or an XLSX workbook), before validation: every
 * field is whatever the cell or property held, and each record remembers where it came from so an
 * error can name the sheet, row and column.
 */
export type RawValue = string | number | boolean | Date | null | undefined;

export interface RawRecord {
  /** Where the record is: `{ sheet: 'Chỉ tiêu', row: 7 }` in a workbook, `{ row: 3 }` for the 3rd target of a JSON list. */
  location: { sheet?: string; row: number };
  fields: Record<string, RawValue>;
}

export interface RawPlanSubmission {
  plan: RawRecord;
  targets: RawRecord[];
}

/** A validated plan, its scope unit named by code and the date that code is read on. */
export interface PlanInput {
  code: string;
  titleVi: string;
  titleEn: string | null;
  issuer: string;
  issuedOn: IsoDate | null;
  periodStart: number;
  periodEnd: number;
  visionYear: number | null;
  scopeUnitCode: string;
  /** Day the scope code is read on (default: the issue date, else the period's first day). */
  scopeDate: IsoDate;
  parentPlanCode: string | null;
  status: PlanStatus;
  sourceUrl: string | null;
}

export interface TargetInput {
  indicatorCode: string;
  scope: TargetScope;
  value: TargetValue;
  deadline: IsoDate;
  baseline: { value: number; year: number } | null;
  sourceClause: string | null;
  sourceUrl: string | null;
}

/** One problem of one row: the error catalogue's row report (canonical field + the column label the user saw). */
export type RowError = RowProblem;

export type ScopeLevel = UnitLevel;
