import { OPERATORS } from '../../../../src/core/assets/asset-model.ts';
import { DATASET_TYPES } from '../../../../src/core/inventory-import/dataset-contract.ts';
import { hasAccents } from '../../components/vietnamese-runs.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import { setSearchParam } from '../../router/router.tsx';
import { datasetTitle, STATUSES, statusLabel } from './labels.ts';
import { type ListFilters, statusParam } from './list-query.ts';

interface Props {
  readonly filters: ListFilters;
  readonly reviewer: boolean;
  /** Organisations met so far, for the history select (operators are always offered). */
  readonly organisations: readonly string[];
}

/** A filter change goes back to the first page. */
function setFilter(name: string, value: string | null) {
  setSearchParam('page', null);
  setSearchParam(name, value);
}

/** Reviewers' quick view (awaiting review first), then status, dataset and sender ("history per sender"). */
export function ListFiltersBar({ filters, reviewer, organisations }: Props) {
  const { t, lang } = useI18n();
  const orgOptions = [...new Set([...OPERATORS, ...organisations])].sort((a, b) => a.localeCompare(b, 'vi'));
  return (
    <>
      {reviewer ? (
        <fieldset className="sub-quick">
          <legend className="visually-hidden">{t(sub.quickFilter)}</legend>
          <button
            type="button"
            aria-pressed={filters.status === 'submitted'}
            className={filters.status === 'submitted' ? '' : 'secondary'}
            onClick={() => setFilter('status', statusParam('submitted', true))}
          >
            {t(sub.pending)}
          </button>
          <button
            type="button"
            aria-pressed={filters.status === null}
            className={filters.status === null ? '' : 'secondary'}
            onClick={() => setFilter('status', statusParam(null, true))}
          >
            {t(sub.allStatuses)}
          </button>
        </fieldset>
      ) : null}
      <fieldset className="toolbar sub-filters">
        <legend className="visually-hidden">{t(sub.filters)}</legend>
        <label className="field">
          {t(sub.status)}
          <select
            value={filters.status ?? ''}
            onChange={(e) =>
              setFilter(
                'status',
                statusParam(
                  e.target.value === '' ? null : (e.target.value as ListFilters['status']),
                  reviewer,
                ),
              )
            }
          >
            <option value="">{t(sub.allStatuses)}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t(sub.datasetType)}
          <select
            value={filters.datasetType ?? ''}
            onChange={(e) => setFilter('datasetType', e.target.value)}
          >
            <option value="">{t(sub.allTypes)}</option>
            {DATASET_TYPES.map((type) => (
              <option key={type} value={type}>
                {datasetTitle(type, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t(sub.organisation)}
          <select
            value={filters.organisation ?? ''}
            onChange={(e) => setFilter('organisation', e.target.value)}
          >
            <option value="">{t(sub.allOrganisations)}</option>
            {orgOptions.map((org) => (
              <option key={org} value={org} lang={hasAccents(org) ? 'vi' : undefined}>
                {org}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </>
  );
}
