import { STATUS_LABELS } from '../../../../src/core/progress/status.ts';
import type { Evaluation, PlanProgress, PlanRef, TargetProgress } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { planPath } from '../../app/paths.ts';
import { formatTarget } from '../../charts/format.ts';
import { Bilingual, Vi } from '../../components/names.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';
import { Link } from '../../router/router.tsx';
import { statusCounts } from '../overview/targets.ts';
import { TargetEvaluation } from './TargetEvaluation.tsx';

// One plan's targets evaluated for this unit (GET /api/plans/{code}/progress?unit=): targets with figures
// in full with their charts, the ones without any figure folded into one table, so the page stays short.

export function PlanSection({ plan, unitCode }: { plan: PlanRef; unitCode: string }) {
  const { t } = useI18n();
  const progress = useApi<PlanProgress>(
    `/api/plans/${encodeURIComponent(plan.code)}/progress?unit=${encodeURIComponent(unitCode)}`,
  );
  const headingId = `unit-plan-${plan.id}`;
  return (
    <section className="unit-plan" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={planPath(plan.code)}>
          <Bilingual vi={plan.titleVi} en={plan.titleEn} />
        </Link>
      </h3>
      <p className="unit-plan-meta muted">
        <Vi>{plan.code}</Vi>
        <span>
          {t(unitText.planStatus, {
            status:
              plan.status === 'in_force'
                ? t(unitText.planInForce)
                : plan.status === 'expired'
                  ? t(unitText.planExpired)
                  : plan.status,
          })}
        </span>
        {plan.scopeUnit.code !== 'VN' && plan.scopeUnit.validTo ? (
          <span>{t(unitText.planPredecessor)}</span>
        ) : null}
      </p>
      {progress.loading ? <Loading label={t(unitText.loadingProgress)} /> : null}
      {progress.error ? <ErrorMessage error={progress.error} onRetry={progress.reload} /> : null}
      {progress.data ? <PlanTargets progress={progress.data} /> : null}
    </section>
  );
}

interface Judged {
  readonly item: TargetProgress;
  readonly evaluation: Evaluation;
}

function PlanTargets({ progress }: { progress: PlanProgress }) {
  const { t, lang, date } = useI18n();
  // Asked for one unit, every target carries that unit's evaluation first.
  const judged: Judged[] = progress.targets.flatMap((item) => {
    const evaluation = item.evaluations[0];
    return evaluation ? [{ item, evaluation }] : [];
  });
  const withData = judged.filter((j) => j.evaluation.series.length > 0);
  const withoutData = judged.filter((j) => j.evaluation.series.length === 0);
  const counts = statusCounts(progress.summary);
  return (
    <>
      <p className="unit-plan-summary">
        <strong>{t(unitText.planSummary, { n: counts.total })}</strong>{' '}
        {counts.items.map(({ status, count }) => (
          <span key={status} className={`badge status-${status}`}>
            {t(unitText.summaryItem, { label: t(STATUS_LABELS[status]), n: count })}
          </span>
        ))}
      </p>
      {withData.map(({ item, evaluation }) => (
        <TargetEvaluation key={item.target.id} item={item} evaluation={evaluation} />
      ))}
      {withoutData.length > 0 ? (
        <details className="unit-without-data">
          <summary>{t(unitText.withoutData, { n: withoutData.length })}</summary>
          <table className="data">
            <caption className="visually-hidden">{t(unitText.withoutDataCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(unitText.colIndicator)}</th>
                <th scope="col">{t(unitText.colTarget)}</th>
                <th scope="col">{t(unitText.colDeadline)}</th>
                <th scope="col">{t(unitText.colStatus)}</th>
              </tr>
            </thead>
            <tbody>
              {withoutData.map(({ item, evaluation }) => (
                <tr key={item.target.id}>
                  <th scope="row">
                    <Bilingual vi={item.indicator.nameVi} en={item.indicator.nameEn} />
                  </th>
                  <td>{formatTarget(item.target, item.indicator.unit, lang)}</td>
                  <td>{date(item.target.deadline)}</td>
                  <td>
                    <StatusBadge status={evaluation.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
