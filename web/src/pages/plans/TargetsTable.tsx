import type { Evaluation } from '../../api/types.ts';
import { Bilingual, UnitName, Vi } from '../../components/names.tsx';
import { ServerText } from '../../components/ServerText.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { plans } from '../../i18n/messages/plans.ts';
import type { PlanTargetProgress } from './plan-types.ts';
import { formatPeriod, formatQuantity, formatTarget, latestPoint } from './target-format.ts';

/** One row per target and assessed unit: what the plan asks, by when, where it stands and why. */
export function TargetsTable({ code, targets }: { code: string; targets: readonly PlanTargetProgress[] }) {
  const { t } = useI18n();
  if (targets.length === 0) return <p>{t(plans.noTargets)}</p>;
  return (
    <table className="data plan-targets">
      <caption className="visually-hidden">
        <ServerText text={t(plans.targetsCaption, { code })} />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(plans.colIndicator)}</th>
          <th scope="col">{t(plans.colTarget)}</th>
          <th scope="col">{t(plans.colDeadline)}</th>
          <th scope="col">{t(plans.colCurrent)}</th>
          <th scope="col">{t(plans.colProgress)}</th>
          <th scope="col">{t(plans.colClause)}</th>
        </tr>
      </thead>
      <tbody>
        {targets.flatMap((tp) =>
          tp.evaluations.map((ev) => (
            <TargetRow
              key={`${tp.target.id}-${ev.unit.code}`}
              tp={tp}
              ev={ev}
              several={tp.evaluations.length > 1}
            />
          )),
        )}
      </tbody>
    </table>
  );
}

function TargetRow({ tp, ev, several }: { tp: PlanTargetProgress; ev: Evaluation; several: boolean }) {
  const { t, lang, date } = useI18n();
  const { target, indicator } = tp;
  const point = latestPoint(ev.series);
  return (
    <tr data-indicator={indicator.code} data-status={ev.status}>
      <th scope="row" className="plan-indicator">
        <Bilingual vi={indicator.nameVi} en={indicator.nameEn} />
        {several ? (
          <span className="plan-unit muted">
            {t(plans.forUnit)} <UnitName unit={ev.unit} />
          </span>
        ) : null}
      </th>
      <td className="plan-target-value">{formatTarget(target, indicator.unit, lang)}</td>
      <td>{date(target.deadline)}</td>
      <td className="plan-current">
        {point ? (
          <>
            <span className="plan-current-value">{formatQuantity(point.value, indicator.unit, lang)}</span>{' '}
            <span className="muted">
              ({formatPeriod(point.period, lang)}
              {point.estimated ? `, ${t(plans.estimated)}` : ''})
            </span>
          </>
        ) : (
          <span className="muted">{t(plans.noValue)}</span>
        )}
      </td>
      <td className="plan-status-cell">
        <StatusBadge status={ev.status} />
        <details className="plan-explanation">
          <summary>{t(plans.explanation)}</summary>
          <p>
            <ServerText text={ev.explanations[lang]} />
          </p>
        </details>
      </td>
      <td className="plan-clause">
        {target.sourceClause ? (
          target.sourceUrl ? (
            <a href={target.sourceUrl} target="_blank" rel="noopener noreferrer">
              <Vi>{target.sourceClause}</Vi>
            </a>
          ) : (
            <Vi>{target.sourceClause}</Vi>
          )
        ) : null}
      </td>
    </tr>
  );
}
