import type { Evaluation, TargetProgress } from '../../api/types.ts';
import { formatPeriod, formatTarget, formatValue } from '../../charts/format.ts';
import { HistoryChart } from '../../charts/HistoryChart.tsx';
import { isComputed, latestPoint, type SeriesPointWithProvenance } from '../../charts/series.ts';
import { Bilingual, Vi } from '../../components/names.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { unitText } from '../../i18n/messages/unit.ts';

// One target judged for this unit: what is required by when, the current value, the status and why,
// and the history with the target line and the projection to the deadline.

export function TargetEvaluation({ item, evaluation }: { item: TargetProgress; evaluation: Evaluation }) {
  const { t, lang, date, pick } = useI18n();
  const { target, indicator } = item;
  const series = evaluation.series as readonly SeriesPointWithProvenance[];
  const latest = latestPoint(series);
  const id = `unit-target-${target.id}`;
  return (
    <article className="unit-target" aria-labelledby={id} data-indicator={indicator.code}>
      <div className="unit-target-text">
        <h4 id={id}>
          <Bilingual vi={indicator.nameVi} en={indicator.nameEn} />
        </h4>
        <p className="unit-target-badges">
          <StatusBadge status={evaluation.status} />
          {isComputed(latest) ? <SyntheticBadge /> : null}
        </p>
        <dl className="unit-target-facts">
          <div>
            <dt>{t(unitText.current)}</dt>
            <dd>
              {latest
                ? t(unitText.valueWithPeriod, {
                    value: formatValue(latest.value, indicator.unit, lang),
                    period: formatPeriod(latest.period, lang),
                  })
                : t(unitText.noValue)}
            </dd>
          </div>
          <div>
            <dt>{t(unitText.target)}</dt>
            <dd>{formatTarget(target, indicator.unit, lang)}</dd>
          </div>
          <div>
            <dt>{t(unitText.deadline)}</dt>
            <dd>{date(target.deadline)}</dd>
          </div>
        </dl>
        {/* The server explains in both languages; the Vietnamese one is the reference. */}
        <p className="unit-explanation">{evaluation.explanations[lang]}</p>
        {target.sourceClause ? (
          <p className="unit-clause muted">
            {t(unitText.sourceClause)} <Vi>{target.sourceClause}</Vi>
          </p>
        ) : null}
      </div>
      <HistoryChart
        name={pick(indicator.nameVi, indicator.nameEn)}
        series={series}
        target={target}
        deadline={target.deadline}
        unit={indicator.unit}
        projection={evaluation.projection}
      />
    </article>
  );
}
