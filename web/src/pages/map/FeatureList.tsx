import { type Msg, useI18n } from '../../i18n/i18n.tsx';
import { explorer } from '../../i18n/messages/explorer.ts';
import type { LayerId } from './explorer-state.ts';
import { Value } from './FeatureDetails.tsx';
import type { ListedFeature } from './feature-lookup.ts';
import { layerLabel } from './LayerPanel.tsx';
import type { Technology } from './map-types.ts';

// The keyboard and screen-reader route to what the map shows: the first features of one visible layer
// in a table, with every detail the popup gives and a button that opens the popup on the map.

export const LIST_LIMIT = 200;

interface FeatureListProps {
  readonly visible: readonly LayerId[];
  readonly layer: LayerId | null;
  readonly features: readonly ListedFeature[];
  readonly total: number;
  readonly tech: Technology;
  onLayer(layer: LayerId): void;
  onShow(feature: ListedFeature): void;
}

/** The row labels of the listed features, in the order they first appear (the table's columns). */
function columnsOf(features: readonly ListedFeature[]): Msg[] {
  const seen = new Map<string, Msg>();
  for (const f of features)
    for (const row of f.detail.rows) if (!seen.has(row.label.vi)) seen.set(row.label.vi, row.label);
  return [...seen.values()];
}

export function FeatureList({ visible, layer, features, total, tech, onLayer, onShow }: FeatureListProps) {
  const { t } = useI18n();
  const label = layer ? layerLabel(layer, tech, t) : '';
  // Named features (villages, facilities) lead with the name; sites with their code, which is their name.
  const named = features.some((f) => f.detail.title.kind === 'vi');
  const columns = columnsOf(features).filter((c) => named || c !== explorer.rowCode);
  return (
    <section className="explorer-list" aria-labelledby="explorer-list-heading">
      <h2 id="explorer-list-heading">{t(explorer.listHeading)}</h2>
      {layer === null ? (
        <p className="muted">{t(explorer.listNoLayer)}</p>
      ) : (
        <>
          <div className="toolbar">
            <label className="field">
              {t(explorer.listLayer)}
              <select value={layer} onChange={(e) => onLayer(e.target.value as LayerId)}>
                {visible.map((id) => (
                  <option key={id} value={id}>
                    {layerLabel(id, tech, t)}
                  </option>
                ))}
              </select>
            </label>
            <p className="muted" aria-live="polite">
              {total > features.length
                ? t(explorer.listShown, { shown: features.length, total })
                : t(explorer.listAll, { total })}
            </p>
          </div>
          {features.length === 0 ? (
            <p className="muted">{t(explorer.listEmpty)}</p>
          ) : (
            <div className="explorer-table-wrap">
              <table className="data">
                <caption className="visually-hidden">{t(explorer.listCaption, { layer: label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(named ? explorer.rowName : explorer.rowCode)}</th>
                    {columns.map((c) => (
                      <th key={c.vi} scope="col">
                        {t(c)}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">{t(explorer.showOnMap)}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {features.map((f, i) => (
                    <tr key={f.code}>
                      <th scope="row" id={`explorer-row-${i}`}>
                        <Value value={f.detail.title} />
                      </th>
                      {columns.map((c) => {
                        const row = f.detail.rows.find((r) => r.label.vi === c.vi);
                        return <td key={c.vi}>{row ? <Value value={row.value} /> : null}</td>;
                      })}
                      <td>
                        {f.position ? (
                          <button
                            type="button"
                            className="secondary"
                            aria-describedby={`explorer-row-${i}`}
                            onClick={() => onShow(f)}
                          >
                            {t(explorer.showOnMap)}
                          </button>
                        ) : (
                          <span className="muted">{t(explorer.noPosition)}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
