/**
 * Consistency of provincial plans with the national plan (pure, no I/O). Rules:
 *
 * Which national targets apply to a province (`nationalReach`):
 * - scope `level` province, district or commune ("every province / commune …"): yes;
 * - scope the country (the national plan's scope unit, a unit of level `country`, or level
 *   `country`): yes for `ratio` indicators (a national 100% applies to every province); no for `sum`
 *   indicators (national totals: 3 national data centres, 2–4 international cables, 12–14 IT parks;
 *   these are checked by adding the provincial targets up, see (e)) nor for `none` indicators
 *   (national figures such as the IPv6 ranking or inter-centre delivery times; a national plan that
 *   means a speed for every province says so with scope level `province`);
 * - scope another unit: only the provincial plan for that same unit version.
 * A national target is expected from a provincial plan only when its deadline year falls in the
 * provincial plan's period (a 2023–2025 plan is not asked for 2030 targets).
 *
 * Provincial counterparts: targets on the same indicator or an equivalent one whose scope is the
 * plan's own unit or a level ("every commune"); targets on one sub-unit are not counterparts.
 * Units of measure must match, else `unit_mismatch` and no comparison. Then, by deadline:
 * - same deadline: `weaker_than_national` if the value is weaker (see consistency-values.ts);
 * - otherwise the latest earlier one: `deadline_mismatch` (warning if weaker, else info);
 * - otherwise the earliest later one: `weaker_than_national` for the deadline (and the value if weaker).
 *
 * National totals (`sum` indicators scoped to the country): each provincial plan given contributes its
 * latest province-wide target due by the national deadline (printed figure, or range as an interval);
 * a sum entirely above the national maximum is an error, below the minimum a warning (the plans given
 * may not cover every province), straddling a bound a warning. Pass one plan per province.
 */
import {
  base,
  cite,
  compareByDeadline,
  type Indexed,
  scopeFindings,
  summarize,
} from './consistency-findings.ts';
import {
  missingMessage,
  outsidePeriodMessage,
  sumMessage,
  unitMismatchMessage,
  unknownIndicatorMessage,
} from './consistency-messages.ts';
import type {
  ConsistencyFinding,
  ConsistencyInput,
  ConsistencyResult,
  PlanWithTargets,
  UnitVersion,
} from './consistency-types.ts';
import { dated, sameVersion } from './consistency-units.ts';
import { equivalenceClasses, sumPlanned, sumSide, yearOf } from './consistency-values.ts';
import type { Indicator, Plan, Target, UnitRef } from './plan-model.ts';

export type { ConsistencyFinding, ConsistencyInput, ConsistencyResult } from './consistency-types.ts';

/** How far a national target reaches: every province, only the national total, or one named unit. */
export type NationalReach = 'each_province' | 'national_total' | 'national_only' | { unit: UnitRef };

export function checkConsistency(input: ConsistencyInput): ConsistencyResult {
  const { national, indicators, units, asOf } = input;
  const classOf = equivalenceClasses(input.equivalentIndicators ?? []);
  const findings: ConsistencyFinding[] = [];
  const describe = (ref: UnitRef): UnitVersion | null => units.describe(dated(ref, asOf));
  const isSameUnit = (a: UnitRef, b: UnitRef): boolean => {
    const [va, vb] = [describe(a), describe(b)];
    return va !== null && vb !== null ? sameVersion(va, vb) : a.code === b.code && a.on === b.on;
  };

  /** Targets with known indicators; the others are reported once per code. */
  const indexed = (p: PlanWithTargets, provincialPlanCode: string | null): Indexed[] => {
    const out: Indexed[] = [];
    const unknown = new Set<string>();
    p.targets.forEach((target, index) => {
      const indicator = indicators.get(target.indicatorCode);
      const ref = {
        planCode: p.plan.code,
        index,
        indicatorCode: target.indicatorCode,
        deadline: target.deadline,
      };
      if (indicator !== undefined) out.push({ target, ref, indicator });
      else unknown.add(target.indicatorCode);
    });
    for (const code of unknown) {
      findings.push({
        ...base('warning', provincialPlanCode, null, null, unknownIndicatorMessage(p.plan.code, code)),
        kind: 'unknown_indicator',
        indicatorCode: code,
      });
    }
    return out;
  };

  const nationalTargets = indexed(national, null);
  const reach = new Map(
    nationalTargets.map((n) => [n, nationalReach(n.target, n.indicator, national.plan, describe)]),
  );
  const provincial = input.provincial.map((p) => ({ p, targets: indexed(p, p.plan.code) }));
  const applicable: Record<string, number> = {};

  /** A province's targets that answer national target `n`, with units of measure checked. */
  const counterparts = (plan: Plan, targets: readonly Indexed[], n: Indexed): Indexed[] | null => {
    const codes = classOf(n.target.indicatorCode);
    const candidates = targets.filter(
      (t) =>
        codes.has(t.target.indicatorCode) &&
        (t.target.scope.kind === 'level' || isSameUnit(t.target.scope.unit, plan.scope)),
    );
    if (candidates.length === 0) return null;
    return candidates.filter((t) => {
      if (t.indicator.unit === n.indicator.unit) return true;
      findings.push({
        ...base('warning', plan.code, n, t, unitMismatchMessage(cite(n), cite(t))),
        kind: 'unit_mismatch',
        units: { national: n.indicator.unit, provincial: t.indicator.unit },
      });
      return false;
    });
  };

  for (const { p, targets } of provincial) {
    const { plan } = p;
    findings.push(...scopeFindings(p, targets, input));
    let count = 0;
    for (const n of nationalTargets) {
      const r = reach.get(n);
      const applies = r === 'each_province' || (typeof r === 'object' && isSameUnit(r.unit, plan.scope));
      const year = yearOf(n.target.deadline);
      if (!applies || year < plan.periodStart || year > plan.periodEnd) continue;
      count++;
      const found = counterparts(plan, targets, n);
      if (found === null) {
        findings.push({
          ...base('warning', plan.code, n, null, missingMessage(cite(n), plan.code)),
          kind: 'missing_counterpart',
        });
        continue;
      }
      findings.push(...compareByDeadline(plan.code, n, found));
    }
    applicable[plan.code] = count;
    for (const t of targets) {
      const year = yearOf(t.target.deadline);
      if (year >= plan.periodStart && year <= plan.periodEnd) continue;
      findings.push({
        ...base(
          'warning',
          plan.code,
          null,
          t,
          outsidePeriodMessage(cite(t), plan.periodStart, plan.periodEnd),
        ),
        kind: 'deadline_outside_period',
        period: { start: plan.periodStart, end: plan.periodEnd },
      });
    }
  }

  // (e) national totals against the sum of the provincial plans given.
  for (const n of nationalTargets) {
    if (reach.get(n) !== 'national_total') continue;
    const contributions: Indexed[] = [];
    for (const { p, targets } of provincial) {
      // A province total only: "every commune has …" does not add up to a national count.
      const due = (counterparts(p.plan, targets, n) ?? []).filter(
        (t) => t.target.scope.kind === 'unit' && t.target.deadline <= n.target.deadline,
      );
      const latest = due.reduce<Indexed | null>(
        (best, t) => (best === null || t.target.deadline > best.target.deadline ? t : best),
        null,
      );
      if (latest !== null) contributions.push(latest);
    }
    if (contributions.length === 0) continue;
    const sum = sumPlanned(contributions.map((c) => c.target.value));
    const side = sumSide(sum, n.target.value);
    if (side === null) continue;
    const planCodes = contributions.map((c) => c.ref.planCode);
    findings.push({
      ...base(
        side === 'above' ? 'error' : 'warning',
        null,
        n,
        null,
        sumMessage(cite(n), sum, planCodes, side),
      ),
      kind: 'sum_outside_national',
      side,
      sum: { ...sum, contributions: contributions.map((c) => ({ target: c.ref, value: c.target.value })) },
    });
  }

  return {
    asOf,
    nationalPlanCode: national.plan.code,
    provincialPlanCodes: input.provincial.map((p) => p.plan.code),
    findings,
    summary: summarize(findings, applicable),
  };
}

/** How far a national target reaches (see the rules at the top of this file). */
export function nationalReach(
  target: Target,
  indicator: Indicator,
  nationalPlan: Plan,
  describe: (ref: UnitRef) => UnitVersion | null,
): NationalReach {
  const { scope } = target;
  const country =
    scope.kind === 'level'
      ? scope.level === 'country'
      : scope.unit.code === nationalPlan.scope.code || describe(scope.unit)?.level === 'country';
  if (!country) return scope.kind === 'level' ? 'each_province' : { unit: scope.unit };
  const byAggregation = { ratio: 'each_province', sum: 'national_total', none: 'national_only' } as const;
  return byAggregation[indicator.aggregation];
}
