import type { UnitList } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { PATHS } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { Bilingual } from '../../components/names.tsx';
import { ServerText } from '../../components/ServerText.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { common } from '../../i18n/messages/common.ts';
import { plans } from '../../i18n/messages/plans.ts';
import { Link, setSearchParam, useLocation } from '../../router/router.tsx';
import { UnitSelect } from '../gaps/UnitSelect.tsx';
import { ConsistencySection } from './ConsistencySection.tsx';
import { PlanFacts } from './PlanFacts.tsx';
import { nationalPlanFor, progressPath } from './plan-paths.ts';
import type { PlanList, PlanProgressAnswer, PlanSummary } from './plan-types.ts';
import { StatusSummary } from './StatusSummary.tsx';
import { TargetsTable } from './TargetsTable.tsx';
import './plans.css';

// One plan: its particulars, the progress of every target with the reasons, exports, and (for a
// provincial plan) how it agrees with the national plan. The plan is found in the list (a few plans),
// so an unknown code says so without a failing request.
export default function PlanPage({ params }: PageProps) {
  const { t } = useI18n();
  const code = params.code ?? '';
  const list = useApi<PlanList>('/api/plans');
  if (list.loading) return <Loading />;
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.reload} />;
  const plan = list.data?.items.find((p) => p.code === code);
  if (!plan || !list.data) {
    return (
      <section>
        <h1>{t(common.notFoundTitle)}</h1>
        <p>
          <ServerText text={t(plans.notFound, { code })} />
        </p>
        <Link to={PATHS.plans}>{t(plans.backToList)}</Link>
      </section>
    );
  }
  return (
    <article className="plan-page">
      <p className="plan-back">
        <Link to={PATHS.plans}>{t(plans.backToList)}</Link>
      </p>
      <h1>
        <Bilingual vi={plan.titleVi} en={plan.titleEn} />
      </h1>
      <PlanFacts plan={plan} />
      <ProgressSection plan={plan} />
      <ConsistencySection plan={plan} national={nationalPlanFor(plan, list.data.items)} />
    </article>
  );
}

function ProgressSection({ plan }: { plan: PlanSummary }) {
  const { t, date } = useI18n();
  const { search } = useLocation();
  const national = plan.scopeUnit.level === 'country';
  // A national plan can be judged for one province (?unit=19): the provincial breakdown.
  const unit = national ? search.get('unit') : null;
  const progress = useApi<PlanProgressAnswer>(progressPath(plan.code, unit));
  const provinces = useApi<UnitList>(national ? '/api/units?level=province&limit=100' : null);
  return (
    <section className="plan-progress" aria-labelledby="plan-progress-title">
      <h2 id="plan-progress-title">{t(plans.progressTitle)}</h2>
      <div className="toolbar plan-toolbar">
        {national && provinces.data ? (
          <div className="plan-unit-select">
            <UnitSelect
              label={t(plans.evaluatedFor)}
              emptyLabel={t(plans.evaluatedDefault)}
              units={provinces.data.items}
              value={unit}
              onChange={(code) => setSearchParam('unit', code)}
            />
            <p className="muted plan-unit-note">{t(plans.evaluatedNote)}</p>
          </div>
        ) : null}
        <nav className="plan-exports" aria-label={t(plans.exportLabel)}>
          <a className="plan-export" href={progressPath(plan.code, unit, 'xlsx')} download>
            {t(plans.exportXlsx)}
          </a>
          <a className="plan-export" href={progressPath(plan.code, unit, 'csv')} download>
            {t(plans.exportCsv)}
          </a>
        </nav>
      </div>
      {progress.loading ? <Loading label={t(plans.computing)} /> : null}
      {progress.error ? <ErrorMessage error={progress.error} onRetry={progress.reload} /> : null}
      {progress.data && !progress.loading ? (
        <>
          <p className="muted">{t(plans.asOf, { date: date(progress.data.asOf) })}</p>
          <StatusSummary summary={progress.data.summary} />
          <div className="plan-targets-wrap">
            <TargetsTable code={plan.code} targets={progress.data.targets} />
          </div>
        </>
      ) : null}
    </section>
  );
}
