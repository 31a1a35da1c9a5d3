import { type ReactNode, useMemo, useState } from 'react';
import { unitPath } from '../../app/paths.ts';
import { formatValue } from '../../charts/format.ts';
import { UnitName } from '../../components/names.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { overview } from '../../i18n/messages/overview.ts';
import { Link } from '../../router/router.tsx';
import { sortValues, type ValueSort } from './sort-values.ts';
import type { UnitValue } from './types.ts';

// The map's values as a table: usable without the map (keyboard, screen reader, no WebGL), sortable by
// name or value. On the province level each row can open that province's communes on the map.

export interface ValuesTableProps {
  readonly caption: ReactNode;
  readonly items: readonly UnitValue[];
  readonly unit: string;
  /** Fill colour per unit code, shown as a swatch so table and map can be matched. */
  readonly fills: ReadonlyMap<string, string>;
  readonly onDrill?: (code: string) => void;
}

export function ValuesTable({ caption, items, unit, fills, onDrill }: ValuesTableProps) {
  const { t, lang, number, pick } = useI18n();
  const [sort, setSort] = useState<ValueSort>({ key: 'name', descending: false });
  const rows = useMemo(
    () => sortValues(items, sort, (u) => pick(u.name, u.nameEn), lang),
    [items, sort, pick, lang],
  );
  const header = (key: ValueSort['key'], label: string, className?: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="overview-sort"
          aria-label={t(overview.sortBy, { column: label })}
          onClick={() => setSort({ key, descending: active ? !sort.descending : key === 'value' })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <table className="data overview-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {header('name', t(overview.colUnit))}
          {header('value', t(overview.colValue), 'num')}
          <th scope="col" className="num">
            {t(overview.colParts)}
          </th>
          {onDrill ? <th scope="col">{t(overview.colActions)}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unit.code}>
            <th scope="row">
              <span
                className="overview-swatch"
                style={{ background: fills.get(row.unit.code) ?? undefined }}
                data-none={fills.has(row.unit.code) ? undefined : 'true'}
                aria-hidden="true"
              />
              <Link to={unitPath(row.unit.code)}>
                <UnitName unit={row.unit} />
              </Link>
            </th>
            <td className="num">
              {row.value === null ? (
                <span className="muted">{t(overview.noData)}</span>
              ) : (
                <>
                  {formatValue(row.value, unit, lang)}
                  {row.estimated ? <span className="muted"> {t(overview.estimatedMark)}</span> : null}
                </>
              )}
            </td>
            <td className="num">
              {row.numerator !== null && row.denominator !== null
                ? `${number(row.numerator, 0)} / ${number(row.denominator, 0)}`
                : ''}
            </td>
            {onDrill ? (
              <td>
                <button
                  type="button"
                  className="secondary overview-drill"
                  aria-label={t(overview.showCommunesOf, { name: pick(row.unit.fullName, row.unit.nameEn) })}
                  onClick={() => onDrill(row.unit.code)}
                >
                  {t(overview.showCommunes)}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
