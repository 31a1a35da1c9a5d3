import type { TargetProgress } from '../../api/types.ts';
import { planPath } from '../../app/paths.ts';
import { formatPeriod, formatTarget, formatValue, targetLevels } from '../../charts/format.ts';
import { Sparkline } from '../../charts/Sparkline.tsx';
import { deadlineYear } from '../../charts/scale.ts';
import { chartPoints, isComputed, latestPoint, type SeriesPointWithProvenance } from '../../charts/series.ts';
import { Bilingual } from '../../components/names.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { overview } from '../../i18n/messages/overview.ts';
import { Link } from '../../router/router.tsx';

// One target of the national plan: where the country stands, what is required by when, and the status.

export function TargetCard({ planCode, item }: { planCode: string; item: TargetProgress }) {
  const { t, lang, date } = useI18n();
  const { target, indicator } = item;
  // The national plan's targets are evaluated for their own scope, the country: one evaluation.
  const evaluation = item.evaluations[0];
  const series = (evaluation?.series ?? []) as readonly SeriesPointWithProvenance[];
  const latest = latestPoint(series);
  const unit = indicator.unit;
  const titleId = `target-${target.id}`;
  return (
    <article className="card overview-card" aria-labelledby={titleId} data-indicator={indicator.code}>
      <h3 id={titleId} className="overview-card-title">
        <Link to={planPath(planCode)}>
          <Bilingual vi={indicator.nameVi} en={indicator.nameEn} />
        </Link>
      </h3>
      <p className="overview-card-badges">
        {evaluation ? <StatusBadge status={evaluation.status} /> : null}
        {isComputed(latest) ? <SyntheticBadge /> : null}
      </p>
      <dl className="overview-card-facts">
        <div>
          <dt>{t(overview.current)}</dt>
          <dd className="overview-card-value">
            {latest
              ? t(overview.valueWithPeriod, {
                  value: formatValue(latest.value, unit, lang),
                  period: formatPeriod(latest.period, lang),
                })
              : t(overview.noValue)}
          </dd>
        </div>
        <div>
          <dt>{t(overview.target)}</dt>
          <dd>{formatTarget(target, unit, lang)}</dd>
        </div>
        <div>
          <dt>{t(overview.deadline)}</dt>
          <dd>{date(target.deadline)}</dd>
        </div>
      </dl>
      {series.length > 0 ? (
        <Sparkline
          points={chartPoints(series)}
          targets={targetLevels(target)}
          unit={unit}
          deadlineYear={deadlineYear(target.deadline)}
        />
      ) : null}
    </article>
  );
}
