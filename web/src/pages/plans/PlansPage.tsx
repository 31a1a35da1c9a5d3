import { useApi } from '../../api/use-api.ts';
import { planPath, unitPath } from '../../app/paths.ts';
import type { PageProps } from '../../app/routes.tsx';
import { Bilingual, UnitName, Vi } from '../../components/names.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { plans } from '../../i18n/messages/plans.ts';
import { Link } from '../../router/router.tsx';
import type { PlanList } from './plan-types.ts';
import { formatPlanPeriod, planStatusLabel } from './target-format.ts';
import './plans.css';

// Every plan (national and provincial), each linking to its targets and progress.
export default function PlansPage(_props: PageProps) {
  const { t, lang, number } = useI18n();
  const { data, error, loading, reload } = useApi<PlanList>('/api/plans');
  return (
    <section className="plans-page">
      <h1>{t(plans.listTitle)}</h1>
      <p className="muted">{t(plans.listIntro)}</p>
      {loading ? <Loading /> : null}
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? <p>{t(plans.listEmpty)}</p> : null}
      {data && data.items.length > 0 ? (
        <div className="plans-table-wrap">
          <table className="data plans-table">
            <caption className="visually-hidden">{t(plans.listCaption, { n: data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(plans.colCode)}</th>
                <th scope="col">{t(plans.colTitle)}</th>
                <th scope="col">{t(plans.colIssuer)}</th>
                <th scope="col">{t(plans.colScope)}</th>
                <th scope="col">{t(plans.colPeriod)}</th>
                <th scope="col">{t(plans.colStatus)}</th>
                <th scope="col" className="num">
                  {t(plans.colTargets)}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((plan) => (
                <tr key={plan.code}>
                  <th scope="row" className="plans-code">
                    <Vi>{plan.code}</Vi>
                  </th>
                  <td>
                    <Link to={planPath(plan.code)} className="plans-title-link">
                      <Bilingual vi={plan.titleVi} en={plan.titleEn} />
                    </Link>
                  </td>
                  <td>
                    {plan.issuer ? (
                      <Vi>{plan.issuer}</Vi>
                    ) : (
                      <span className="muted">{t(plans.notGiven)}</span>
                    )}
                  </td>
                  <td>
                    <Link to={unitPath(plan.scopeUnit.code)}>
                      <UnitName unit={plan.scopeUnit} />
                    </Link>
                  </td>
                  <td>{formatPlanPeriod(plan, lang)}</td>
                  <td>
                    <span className={`badge plan-status plan-status-${plan.status}`}>
                      {planStatusLabel(plan.status, lang)}
                    </span>
                  </td>
                  <td className="num">{number(plan.targetCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
