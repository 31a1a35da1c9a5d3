import { useEffect, useState } from 'react';
import { STATUS_LABELS } from '../../../../src/core/progress/status.ts';
import type { PlanProgress, PlanRef } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { planPath } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { Bilingual, Vi } from '../../components/names.tsx';
import { ErrorMessage, Loading, SyntheticBadge } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { common } from '../../i18n/messages/common.ts';
import { overview } from '../../i18n/messages/overview.ts';
import { Link } from '../../router/router.tsx';
import { IndicatorMap } from './IndicatorMap.tsx';
import { TargetCard } from './TargetCard.tsx';
import { findNationalPlan, statusCounts } from './targets.ts';
import './overview.css';

// "/": where the country stands against the national plan, in one look. The target cards come from the
// plan's progress; the map below them loads its own code at once and its data once the cards have
// theirs, so the cards never wait for it (IndicatorMap's `hold`).

export default function OverviewPage(_props: PageProps) {
  const { t } = useI18n();
  const plans = useApi<{ items: PlanRef[] }>('/api/plans');
  const plan = plans.data ? findNationalPlan(plans.data.items) : null;
  const progress = useApi<PlanProgress>(plan ? `/api/plans/${encodeURIComponent(plan.code)}/progress` : null);
  const cardsSettled = !plans.loading && (plan === null || progress.data !== null || progress.error !== null);
  // Released by an effect, so the cards are painted before the map's code and data start competing
  // for the same two cores and the one database connection.
  const [mapReleased, setMapReleased] = useState(false);
  useEffect(() => {
    if (cardsSettled) setMapReleased(true);
  }, [cardsSettled]);
  return (
    <>
      <h1>{t(overview.title)}</h1>
      <p className="overview-synthetic">
        <SyntheticBadge /> <span className="muted">{t(common.syntheticNote)}</span>
      </p>
      <section aria-labelledby="overview-targets" className="overview-targets">
        <h2 id="overview-targets">{t(overview.targetsHeading)}</h2>
        {plans.error ? <ErrorMessage error={plans.error} onRetry={plans.reload} /> : null}
        {plans.loading ? <Loading /> : null}
        {plans.data && !plan ? <p>{t(overview.noNationalPlan)}</p> : null}
        {plan ? <PlanIntro plan={plan} /> : null}
        {progress.error ? <ErrorMessage error={progress.error} onRetry={progress.reload} /> : null}
        {progress.loading ? <Loading label={t(overview.loadingTargets)} /> : null}
        {progress.data && plan ? <Targets planCode={plan.code} progress={progress.data} /> : null}
      </section>
      <IndicatorMap hold={!mapReleased} />
    </>
  );
}

function PlanIntro({ plan }: { plan: PlanRef }) {
  const { t } = useI18n();
  return (
    <>
      <p className="overview-intro">{t(overview.intro)}</p>
      <p className="overview-plan">
        <Link to={planPath(plan.code)} className="overview-plan-code">
          <Vi>{plan.code}</Vi>
        </Link>
        <Bilingual vi={plan.titleVi} en={plan.titleEn} />
      </p>
    </>
  );
}

function Targets({ planCode, progress }: { planCode: string; progress: PlanProgress }) {
  const { t } = useI18n();
  const counts = statusCounts(progress.summary);
  return (
    <>
      <p className="overview-summary">
        <strong>{t(overview.summary, { n: counts.total })}</strong>{' '}
        {counts.items.map(({ status, count }, i) => (
          <span key={status} className={`badge status-${status}`}>
            {t(overview.summaryItem, { label: t(STATUS_LABELS[status]), n: count })}
            {i < counts.items.length - 1 ? <span className="visually-hidden">;</span> : null}
          </span>
        ))}
      </p>
      <div className="grid-cards overview-cards">
        {progress.targets.map((item) => (
          <TargetCard key={item.target.id} planCode={planCode} item={item} />
        ))}
      </div>
    </>
  );
}
