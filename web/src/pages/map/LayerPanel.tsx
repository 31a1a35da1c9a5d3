import type { ReactNode } from 'react';
import { TECHNOLOGIES } from '../../../../src/core/assets/asset-model.ts';
import type { ApiState } from '../../api/use-api.ts';
import { ErrorMessage, Loading } from '../../components/states.tsx';
import { type Msg, useI18n } from '../../i18n/i18n.tsx';
import { explorer } from '../../i18n/messages/explorer.ts';
import type { ExplorerState, LayerId } from './explorer-state.ts';
import { PROVINCE_LAYERS } from './explorer-state.ts';
import { COLOURS } from './map-layers.ts';
import type { Technology } from './map-types.ts';
import { Swatch, type SwatchShape } from './Swatch.tsx';

// The layer switches with their counts, the site filters and the coverage technology.

export interface LayerStatus {
  readonly count: number | null;
  readonly api: ApiState<unknown>;
}

interface LayerPanelProps {
  readonly state: ExplorerState;
  readonly status: Readonly<Record<LayerId, LayerStatus>>;
  /** The sites line when the user may not see them (sign in, or not allowed), else null. */
  readonly sitesBlocked: ReactNode;
  readonly operators: readonly string[];
  onChange(patch: Partial<ExplorerState>): void;
}

const LABELS: Readonly<Record<LayerId, Msg>> = {
  sites: explorer.layerSites,
  villages: explorer.layerVillages,
  gaps: explorer.layerGaps,
  datacentres: explorer.layerDataCentres,
  itparks: explorer.layerItParks,
};

const LOADING: Readonly<Record<LayerId, Msg>> = {
  sites: explorer.loadingSites,
  villages: explorer.loadingVillages,
  gaps: explorer.loadingVillages,
  datacentres: explorer.loadingDataCentres,
  itparks: explorer.loadingItParks,
};

const SWATCHES: Readonly<Record<LayerId, { shape: SwatchShape; colour: string }>> = {
  sites: { shape: 'triangle', colour: COLOURS.siteSample },
  villages: { shape: 'circle', colour: COLOURS.covered },
  gaps: { shape: 'circle-outlined', colour: COLOURS.uncovered },
  datacentres: { shape: 'square', colour: COLOURS.dataCentre },
  itparks: { shape: 'diamond', colour: COLOURS.itPark },
};

export function layerLabel(
  layer: LayerId,
  tech: Technology,
  t: (m: Msg, p?: Record<string, string>) => string,
) {
  return t(LABELS[layer], { tech });
}

export function LayerPanel({ state, status, sitesBlocked, operators, onChange }: LayerPanelProps) {
  const { t } = useI18n();
  const toggle = (layer: LayerId, on: boolean) => {
    const layers = new Set(state.layers);
    if (on) layers.add(layer);
    else layers.delete(layer);
    onChange({ layers });
  };

  const layerRow = (layer: LayerId, extra?: ReactNode) => {
    const on = state.layers.has(layer);
    const { count, api } = status[layer];
    const needsProvince = on && PROVINCE_LAYERS.has(layer) && state.province === null;
    const id = `explorer-layer-${layer}`;
    return (
      <li key={layer} className="explorer-layer">
        <input id={id} type="checkbox" checked={on} onChange={(e) => toggle(layer, e.target.checked)} />
        <label htmlFor={id}>
          <Swatch {...SWATCHES[layer]} /> {layerLabel(layer, state.coverTech, t)}
          {on && count !== null ? (
            <span className="explorer-count"> {t(explorer.count, { n: count })}</span>
          ) : null}
        </label>
        {needsProvince ? <p className="muted explorer-note">{t(explorer.needsProvince)}</p> : null}
        {on && !needsProvince ? extra : null}
        {on && api.loading ? <Loading label={t(LOADING[layer])} /> : null}
        {on && api.error ? <ErrorMessage error={api.error} onRetry={api.reload} /> : null}
      </li>
    );
  };

  const siteFilters = (
    <div className="explorer-filters">
      <label className="field">
        {t(explorer.operator)}
        <select value={state.operator ?? ''} onChange={(e) => onChange({ operator: e.target.value || null })}>
          <option value="">{t(explorer.allOperators)}</option>
          {operators.map((op) => (
            <option key={op} value={op}>
              {op === 'OTHER' ? t(explorer.operatorOther) : op}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t(explorer.technology)}
        <select
          value={state.technology ?? ''}
          onChange={(e) => onChange({ technology: (e.target.value || null) as Technology | null })}
        >
          <option value="">{t(explorer.allTechnologies)}</option>
          {TECHNOLOGIES.map((tech) => (
            <option key={tech} value={tech}>
              {tech}
            </option>
          ))}
        </select>
      </label>
    </div>
  );

  const villagesOn = state.layers.has('villages') || state.layers.has('gaps');
  return (
    <section className="explorer-section" aria-labelledby="explorer-layers-heading">
      <h2 id="explorer-layers-heading">{t(explorer.layersHeading)}</h2>
      <ul className="explorer-layers">
        {sitesBlocked ? (
          <li className="explorer-layer explorer-blocked">
            <Swatch {...SWATCHES.sites} /> {sitesBlocked}
          </li>
        ) : (
          layerRow('sites', siteFilters)
        )}
        {layerRow('villages')}
        {layerRow('gaps')}
        {villagesOn ? (
          <li className="explorer-layer explorer-cover">
            <label className="field">
              {t(explorer.coverTech)}
              <select
                value={state.coverTech}
                onChange={(e) => onChange({ coverTech: e.target.value as Technology })}
              >
                {TECHNOLOGIES.map((tech) => (
                  <option key={tech} value={tech}>
                    {tech}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ) : null}
        {layerRow('datacentres')}
        {layerRow('itparks')}
      </ul>
    </section>
  );
}
