import type { ApiError } from '../../api/client.ts';
import type { PlanRef } from '../../api/types.ts';
import { unitPath } from '../../app/paths.ts';
import type { LinkedUnit, NotInForceDetails } from './types.ts';

// The unit page's pure rules: where a linked unit's page is, how lineage reads, which plans apply.

/** A unit's page; a former unit's page looks it up on its last day (its code may now name another). */
export function linkedUnitPath(unit: { code: string; validTo: string | null }): string {
  return unit.validTo ? `${unitPath(unit.code)}?date=${unit.validTo}` : unitPath(unit.code);
}

/** The day a unit not in force any more can be seen on, from the server's UNIT_NOT_IN_FORCE error. */
export function lastDayInForce(error: ApiError | null): string | null {
  if (error?.code !== 'UNIT_NOT_IN_FORCE') return null;
  const details = error.details as NotInForceDetails | null;
  const day = details?.validTo;
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** Linked units grouped by the date the change took effect, earliest first. */
export function byEffectiveDate(links: readonly LinkedUnit[]): { effective: string; units: LinkedUnit[] }[] {
  const groups = new Map<string, LinkedUnit[]>();
  for (const link of links) groups.set(link.effective, [...(groups.get(link.effective) ?? []), link]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([effective, units]) => ({ effective, units }));
}

/** A predecessor with the unit's own name is its former self ("Tỉnh Thái Nguyên (cũ)"). */
export function isFormerSelf(link: LinkedUnit, unit: { name: string; level: string }): boolean {
  return link.name === unit.name && link.level === unit.level;
}

/**
 * Plans that apply to a unit: the national plan(s) (scope VN), plans of its province or of a province
 * that merged into it (the server evaluates those for the successor), and plans of the unit itself.
 * National first, then plans in force before expired ones.
 */
export function applicablePlans(
  plans: readonly PlanRef[],
  unitCode: string,
  provinceCodes: readonly string[],
): PlanRef[] {
  const scopes = new Set(['VN', unitCode, ...provinceCodes]);
  const rank = (p: PlanRef) => (p.scopeUnit.code === 'VN' ? 0 : 2) + (p.status === 'in_force' ? 0 : 1);
  return plans
    .filter((p) => scopes.has(p.scopeUnit.code))
    .sort((a, b) => rank(a) - rank(b) || (b.issuedOn ?? '').localeCompare(a.issuedOn ?? ''));
}
