import { useI18n } from '../../i18n/i18n.tsx';
import { explorer } from '../../i18n/messages/explorer.ts';
import type { LayerId } from './explorer-state.ts';
import { CLUSTER_STEPS, COLOURS } from './map-layers.ts';
import type { Technology } from './map-types.ts';
import type { OperatorColour } from './operator-colours.ts';
import { Swatch } from './Swatch.tsx';

// What each mark on the map means, for the boundaries and every layer drawn now.

interface LegendProps {
  readonly province: string | null;
  readonly visible: readonly LayerId[];
  readonly colours: readonly OperatorColour[];
  readonly tech: Technology;
}

export function Legend({ province, visible, colours, tech }: LegendProps) {
  const { t } = useI18n();
  const on = (layer: LayerId) => visible.includes(layer);
  const cluster = CLUSTER_STEPS[1]?.colour ?? COLOURS.clusterMedium;
  return (
    <section className="explorer-section" aria-labelledby="explorer-legend-heading">
      <h2 id="explorer-legend-heading">{t(explorer.legendHeading)}</h2>
      <ul className="explorer-legend">
        <li>
          <Swatch shape="line" colour={COLOURS.provinceLine} /> {t(explorer.legendProvince)}
        </li>
        {province ? (
          <>
            <li>
              <Swatch shape="line-thick" colour={COLOURS.chosenLine} /> {t(explorer.legendChosenProvince)}
            </li>
            <li>
              <Swatch shape="line" colour={COLOURS.communeLine} /> {t(explorer.legendCommune)}
            </li>
          </>
        ) : null}
        {on('sites') ? (
          <>
            <li>
              <Swatch shape="circle" colour={cluster} /> {t(explorer.legendCluster)}
            </li>
            {colours.map((c) => (
              <li key={c.operator}>
                <Swatch shape="triangle" colour={c.colour} />{' '}
                {t(explorer.legendSiteOf, {
                  operator: c.operator === 'OTHER' ? t(explorer.operatorOther) : c.operator,
                })}
              </li>
            ))}
          </>
        ) : null}
        {on('villages') ? (
          <>
            <li>
              <Swatch shape="circle" colour={COLOURS.covered} /> {t(explorer.legendCovered, { tech })}
            </li>
            <li>
              <Swatch shape="circle-outlined" colour={COLOURS.uncovered} />{' '}
              {t(explorer.legendUncovered, { tech })}
            </li>
            <li>
              <Swatch shape="circle" colour={COLOURS.unknown} /> {t(explorer.legendUnknown)}
            </li>
          </>
        ) : null}
        {on('gaps') && !on('villages') ? (
          <li>
            <Swatch shape="circle-outlined" colour={COLOURS.uncovered} /> {t(explorer.legendGap, { tech })}
          </li>
        ) : null}
        {on('datacentres') ? (
          <li>
            <Swatch shape="square" colour={COLOURS.dataCentre} /> {t(explorer.legendDataCentre)}
          </li>
        ) : null}
        {on('itparks') ? (
          <li>
            <Swatch shape="diamond" colour={COLOURS.itPark} /> {t(explorer.legendItPark)}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
