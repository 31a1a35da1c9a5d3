import type { Place } from '../../core/auth/resources.ts';
import type { PlanInput } from '../../core/plans/plan-input.ts';
import type { StoredPlan } from '../../db/plans/plan-repository.ts';
import { type UnitCatalogue, versionIn } from '../units/units-service.ts';

interface ScopeUnit {
  level: string;
  code: string;
  provinceCode: string | null;
}

/**
 * Current province codes of pre-2025 provinces, from the lineage (06 Bắc Kạn → 19 Thái Nguyên): the
 * policy speaks of current provinces, whose officers now answer for their merged predecessors' plans
 * and figures (Resolution 202/2025/QH15 merged whole provinces). Remembered per catalogue.
 */
const CURRENT_PROVINCE = new WeakMap<UnitCatalogue, Map<string, string>>();

function currentProvinces(catalogue: UnitCatalogue): Map<string, string> {
  let map = CURRENT_PROVINCE.get(catalogue);
  if (map === undefined) {
    const successors = new Map<string, Set<string>>();
    for (const l of catalogue.lineage) {
      if (l.predecessor.level !== 'province' || l.successor.level !== 'province') continue;
      const set = successors.get(l.predecessor.code) ?? new Set<string>();
      set.add(l.successor.code);
      successors.set(l.predecessor.code, set);
    }
    map = new Map();
    for (const [code, set] of successors) {
      const [only] = set;
      // A province whose land went to several would need every one's officers: left to planners.
      if (set.size === 1 && only !== undefined) map.set(code, only);
    }
    for (const u of catalogue.units) {
      if (u.level === 'province' && u.validTo === null) map.set(u.code, u.code);
    }
    CURRENT_PROVINCE.set(catalogue, map);
  }
  return map;
}

/** Where a plan or a figure applies, as the policy sees it: the country, or the current province its unit is in. */
function placeOfUnit(catalogue: UnitCatalogue, unit: ScopeUnit): Place {
  if (unit.level === 'country') return { scope: 'country' };
  const own = unit.level === 'province' ? unit.code : (unit.provinceCode ?? unit.code);
  return { scope: 'province', provinceCode: currentProvinces(catalogue).get(own) ?? own };
}

/** The place of a validated plan (its scope code read on its scope date). */
export function placeOfInput(catalogue: UnitCatalogue, plan: PlanInput): Place {
  const unit = versionIn(catalogue, plan.scopeUnitCode, plan.scopeDate);
  return unit ? placeOfUnit(catalogue, unit) : { scope: 'country' };
}

/** The place of a unit version by its id (a stored plan's scope, an observation's unit). */
export function placeOfUnitId(catalogue: UnitCatalogue, unitId: number): Place {
  const unit = catalogue.units.find((u) => u.id === unitId);
  return unit ? placeOfUnit(catalogue, unit) : { scope: 'country' };
}

/** The place of a stored plan (its scope unit version). */
export function placeOfPlan(catalogue: UnitCatalogue, plan: StoredPlan): Place {
  return placeOfUnitId(catalogue, plan.scopeUnit.id);
}
