import { DataText, ServerText } from '../../components/ServerText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { sub } from '../../i18n/messages/submissions.ts';
import type { ReportProblem } from './submission-types.ts';

/** The anchor of a problem's table row (the map's labels link to it). */
export const problemAnchor = (p: Pick<ReportProblem, 'sheet' | 'row'>) =>
  `problem-${p.sheet ? `${encodeURIComponent(p.sheet)}-` : ''}${p.row}`;

/** Row-level problems as the file names them: sheet, row, column, the value found, what is wrong. */
export function ProblemTable({
  problems,
  caption,
  kind,
}: {
  problems: readonly ReportProblem[];
  caption: string;
  kind: 'error' | 'warning';
}) {
  const { t, number } = useI18n();
  const sheets = problems.some((p) => p.sheet);
  const anchored = new Set<string>();
  return (
    <div className="sub-table-wrap">
      <table className={`data sub-report sub-report-${kind}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {sheets ? <th scope="col">{t(sub.colSheet)}</th> : null}
            <th scope="col" className="num">
              {t(sub.colRow)}
            </th>
            <th scope="col">{t(sub.colColumn)}</th>
            <th scope="col">{t(sub.colValue)}</th>
            <th scope="col">{t(sub.colMessage)}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => {
            // The first problem of a row carries its anchor (a row may have several problems).
            const anchor = problemAnchor(p);
            const id = anchored.has(anchor) ? undefined : anchor;
            anchored.add(anchor);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the report's order is fixed; one row may repeat
              <tr key={i} id={id}>
                {sheets ? <td>{p.sheet ? <DataText text={p.sheet} /> : null}</td> : null}
                <th scope="row" className="num">
                  {number(p.row)}
                </th>
                <td>
                  <DataText text={p.column} />
                </td>
                <td className="sub-value">
                  <DataText text={p.value} />
                </td>
                <td>
                  <ServerText text={p.message} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
