/**
 * Building the findings of the consistency check (consistency.ts): comparing a national target with
 * its provincial counterparts by deadline, judging scope units on `asOf`, and the summary.
 */
import type { IsoDate } from '../units/admin-unit.ts';
import {
  type Cited,
  deadlineMismatchMessage,
  unitGoneMessage,
  unitUnknownMessage,
  weakerMessage,
} from './consistency-messages.ts';
import {
  type ConsistencyFinding,
  type ConsistencyInput,
  type ConsistencySummary,
  FINDING_KINDS,
  type FindingBase,
  type FindingKind,
  type LocalizedText,
  type PlanWithTargets,
  type Severity,
  type TargetRef,
} from './consistency-types.ts';
import { dated, isGoneOn, sameVersion, successorsOn } from './consistency-units.ts';
import { isWeaker } from './consistency-values.ts';
import type { Indicator, Target, UnitRef } from './plan-model.ts';

/** A target with its reference and its (known) indicator. */
export interface Indexed {
  target: Target;
  ref: TargetRef;
  indicator: Indicator;
}

export function compareByDeadline(
  planCode: string,
  n: Indexed,
  found: readonly Indexed[],
): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  const due = n.target.deadline;
  const direction = n.indicator.direction;
  const weaker = (t: Indexed): boolean => isWeaker(t.target.value, n.target.value, direction);
  const same = found.filter((t) => t.target.deadline === due);
  const earlier = found.filter((t) => t.target.deadline < due);
  const later = found.filter((t) => t.target.deadline > due);
  const atExtreme = (list: Indexed[], pick: (a: IsoDate, b: IsoDate) => boolean): Indexed[] => {
    const best = list.reduce<IsoDate | null>(
      (d, t) => (d === null || pick(t.target.deadline, d) ? t.target.deadline : d),
      null,
    );
    return list.filter((t) => t.target.deadline === best);
  };
  if (same.length > 0) {
    for (const t of same.filter(weaker)) {
      out.push({
        ...base('error', planCode, n, t, weakerMessage(cite(n), cite(t), ['value'])),
        kind: 'weaker_than_national',
        reasons: ['value'],
      });
    }
  } else if (earlier.length > 0) {
    for (const t of atExtreme(earlier, (a, b) => a > b)) {
      const w = weaker(t);
      out.push({
        ...base(w ? 'warning' : 'info', planCode, n, t, deadlineMismatchMessage(cite(n), cite(t), w)),
        kind: 'deadline_mismatch',
      });
    }
  } else {
    for (const t of atExtreme(later, (a, b) => a < b)) {
      const reasons = weaker(t) ? (['value', 'deadline'] as const) : (['deadline'] as const);
      out.push({
        ...base('error', planCode, n, t, weakerMessage(cite(n), cite(t), reasons)),
        kind: 'weaker_than_national',
        reasons: [...reasons],
      });
    }
  }
  return out;
}

/** (d) The plan's scope and its targets' scope units, judged on `asOf`. */
export function scopeFindings(
  p: PlanWithTargets,
  targets: readonly Indexed[],
  input: ConsistencyInput,
): ConsistencyFinding[] {
  const { units, asOf } = input;
  const out: ConsistencyFinding[] = [];
  const planRef = dated(p.plan.scope, asOf);
  const planUnit = units.describe(planRef);
  const seen = new Set<string>();
  const check = (ref: UnitRef, t: Indexed | null): void => {
    const r = dated(ref, asOf);
    const unit = units.describe(r);
    const key = unit === null ? `?${r.code}@${r.on}` : `${unit.code}@${unit.validFrom ?? ''}`;
    if (t !== null && (seen.has(key) || (unit !== null && planUnit !== null && sameVersion(unit, planUnit))))
      return;
    seen.add(key);
    if (unit === null) {
      out.push({
        ...base('error', p.plan.code, null, t, unitUnknownMessage(p.plan.code, r)),
        kind: 'scope_unit_unknown',
        ref: r,
      });
    } else if (isGoneOn(unit, asOf)) {
      const successors = successorsOn(units, r, asOf);
      const message = unitGoneMessage(p.plan.code, t?.indicator ?? null, unit, successors, asOf);
      // A unit recoded into itself in full (Hà Nội 01 → 01) changes nothing a plan relies on.
      const [only] = successors;
      const kept = successors.length === 1 && only?.kind === 'full' && only.code === unit.code;
      out.push({
        ...base(kept ? 'info' : 'warning', p.plan.code, null, t, message),
        kind: 'scope_unit_gone',
        unit,
        successors,
      });
    }
  };
  check(p.plan.scope, null);
  for (const t of targets) if (t.target.scope.kind === 'unit') check(t.target.scope.unit, t);
  return out;
}

export const cite = (t: Indexed): Cited => ({
  planCode: t.ref.planCode,
  indicator: t.indicator,
  value: t.target.value,
  deadline: t.target.deadline,
});

export function base(
  severity: Severity,
  provincialPlanCode: string | null,
  national: Indexed | null,
  provincial: Indexed | null,
  message: LocalizedText,
): FindingBase {
  return {
    severity,
    provincialPlanCode,
    national: national?.ref ?? null,
    provincial: provincial?.ref ?? null,
    values: { national: national?.target.value ?? null, provincial: provincial?.target.value ?? null },
    message,
  };
}

export function summarize(
  findings: readonly ConsistencyFinding[],
  applicable: Record<string, number>,
): ConsistencySummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byKind[f.kind]++;
  }
  return {
    total: findings.length,
    bySeverity,
    byKind,
    applicableNationalTargets: applicable,
    consistent: bySeverity.error === 0,
  };
}
