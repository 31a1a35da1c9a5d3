import type { Place } from '../../core/auth/resources.ts';
import type { PlanInput } from '../../core/plans/plan-input.ts';
import type { StoredPlan } from '../../db/plans/plan-repository.ts';
import { type UnitCatalogue, versionIn } from '../units/units-service.ts';

interface ScopeUnit {
  level: string;
  code: string;
  provinceCode: string | null;
}

/** Where a plan or a figure applies, as the policy sees it: the country, or the province its unit is in. */
function placeOfUnit(unit: ScopeUnit): Place {
  if (unit.level === 'country') return { scope: 'country' };
  if (unit.level === 'province') return { scope: 'province', provinceCode: unit.code };
  return { scope: 'province', provinceCode: unit.provinceCode ?? unit.code };
}

/** The place of a validated plan (its scope code read on its scope date). */
export function placeOfInput(catalogue: UnitCatalogue, plan: PlanInput): Place {
  const unit = versionIn(catalogue, plan.scopeUnitCode, plan.scopeDate);
  return unit ? placeOfUnit(unit) : { scope: 'country' };
}

/** The place of a unit version by its id (a stored plan's scope, an observation's unit). */
export function placeOfUnitId(catalogue: UnitCatalogue, unitId: number): Place {
  const unit = catalogue.units.find((u) => u.id === unitId);
  return unit ? placeOfUnit(unit) : { scope: 'country' };
}

/** The place of a stored plan (its scope unit version). */
export function placeOfPlan(catalogue: UnitCatalogue, plan: StoredPlan): Place {
  return placeOfUnitId(catalogue, plan.scopeUnit.id);
}
