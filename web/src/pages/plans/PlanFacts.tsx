import { unitPath } from '../../app/paths.ts';
import { UnitName, Vi } from '../../components/names.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { plans } from '../../i18n/messages/plans.ts';
import { Link } from '../../router/router.tsx';
import type { PlanSummary } from './plan-types.ts';
import { formatPlanPeriod, planStatusLabel } from './target-format.ts';

/** The document's particulars, as a register of legal documents lists them. */
export function PlanFacts({ plan }: { plan: PlanSummary }) {
  const { t, lang, date } = useI18n();
  const notGiven = <span className="muted">{t(plans.notGiven)}</span>;
  return (
    <dl className="plan-facts card" aria-label={t(plans.facts)}>
      <div>
        <dt>{t(plans.colCode)}</dt>
        <dd>
          <Vi>{plan.code}</Vi>
        </dd>
      </div>
      <div>
        <dt>{t(plans.colIssuer)}</dt>
        <dd>{plan.issuer ? <Vi>{plan.issuer}</Vi> : notGiven}</dd>
      </div>
      <div>
        <dt>{t(plans.issuedOn)}</dt>
        <dd>{plan.issuedOn ? date(plan.issuedOn) : notGiven}</dd>
      </div>
      <div>
        <dt>{t(plans.colPeriod)}</dt>
        <dd>{formatPlanPeriod(plan, lang)}</dd>
      </div>
      <div>
        <dt>{t(plans.colScope)}</dt>
        <dd>
          <Link to={unitPath(plan.scopeUnit.code)}>
            <UnitName unit={plan.scopeUnit} />
          </Link>
          {plan.scopeUnit.validTo ? (
            <span className="muted"> {t(plans.scopeGone, { date: date(plan.scopeUnit.validTo) })}</span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t(plans.colStatus)}</dt>
        <dd>
          <span className={`badge plan-status plan-status-${plan.status}`}>
            {planStatusLabel(plan.status, lang)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t(plans.source)}</dt>
        <dd>
          {plan.sourceUrl ? (
            <a href={plan.sourceUrl} target="_blank" rel="noopener noreferrer">
              {t(plans.openSource)}
            </a>
          ) : (
            <span className="muted">{t(plans.noSource)}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
