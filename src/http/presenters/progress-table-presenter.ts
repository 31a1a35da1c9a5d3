import type { TargetValue } from '../../core/plans/plan-model.ts';
import { num } from '../../core/progress/explain.ts';
import { STATUS_LABELS } from '../../core/progress/status.ts';
import type { PlanProgressRow } from '../../io/exports/plan-progress-export.ts';
import type { PlanProgress } from '../../services/plans/progress-service.ts';

const SYMBOLS = { '>=': '≥', '<=': '≤', '=': '=' } as const;

/** `≥ 90 %`, `= 0 trạm`, `80–95 %`: a target as the plan states it, numbers as vi-VN writes them. */
export function targetWords(value: TargetValue, unit: string): string {
  const amount =
    value.comparator === 'range'
      ? `${num(value.min, 'vi')}–${num(value.max, 'vi')}`
      : `${SYMBOLS[value.comparator]} ${num(value.value, 'vi')}`;
  return unit.trim() === '' ? amount : `${amount} ${unit.trim()}`;
}

/**
 * The progress of a plan as its targets table (CSV/XLSX export): one row per target and unit it is
 * judged for, in the order of the JSON answer; the current value is the last point of the series
 * the evaluation saw (figures up to `asOf`), texts in Vietnamese.
 */
export function progressTableRows(progress: PlanProgress): PlanProgressRow[] {
  return progress.targets.flatMap(({ target, indicator, evaluations }) =>
    evaluations.map(({ unit, evaluation, series }) => {
      const latest = series.at(-1) ?? null;
      return {
        indicatorName: indicator.nameVi,
        indicatorCode: indicator.code,
        unitName: unit.fullName,
        target: targetWords(target.value, indicator.unit),
        deadline: target.deadline,
        currentValue: latest?.value ?? null,
        period: latest?.period ?? null,
        status: STATUS_LABELS[evaluation.status].vi,
        explanation: evaluation.explanation.vi,
        sourceClause: target.sourceClause,
      };
    }),
  );
}
