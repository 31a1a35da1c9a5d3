import type { PostalFacility } from '../assets/asset-model.ts';
import { type CalibrationContext, type CalibrationRow, pct, row } from './calibration-model.ts';
import { DATA_CENTRE_PROVINCES, IT_PARKS, POSTAL_REGIONAL, POSTAL_ZONE } from './facilities.ts';
import type { DemoParameters } from './parameters.ts';

/** Calibration rows of the facilities (those of the provinces present in the input). */
export function facilityRows(ctx: CalibrationContext, provinces: ReadonlySet<string>): CalibrationRow[] {
  const { params, communes } = ctx;
  const input = 'input';
  const dcExpected = DATA_CENTRE_PROVINCES.reduce((s, [p, n]) => s + (provinces.has(p) ? n : 0), 0);
  const allDc = dcExpected === params.dataCentres.value;
  const formed = IT_PARKS.filter((p) => p.status !== 'planned' && provinces.has(p.provinceCode)).length;
  const byType = (t: PostalFacility['type']): number =>
    ctx.postalFacilities.filter((f) => f.type === t).length;
  const connected = ctx.networkConnections.filter((c) => c.connected).length;
  return [
    row({
      key: 'dataCentres',
      label: 'Data centres',
      scope: input,
      unit: 'count',
      target: params.dataCentres.value,
      expected: dcExpected,
      produced: ctx.dataCentres.length,
      rel: 0,
      source: params.dataCentres.source,
    }),
    row({
      key: 'dataCentreMw',
      label: 'Data centre capacity',
      scope: input,
      unit: 'MW',
      target: params.dataCentreMw.value,
      expected: allDc ? params.dataCentreMw.value : null,
      produced: ctx.dataCentres.reduce((s, d) => s + d.capacityMw, 0),
      rel: 0.001,
      source: params.dataCentreMw.source,
    }),
    row({
      key: 'itParks',
      label: 'Concentrated IT parks formed (operating or building)',
      scope: input,
      unit: 'count',
      target: params.itParks2025.value,
      expected: formed === 13 ? params.itParks2025.value : formed,
      produced: ctx.itParks.filter((p) => p.status !== 'planned').length,
      rel: 0,
      source: params.itParks2025.source,
    }),
    row({
      key: 'postalRegional',
      label: 'Regional postal centres',
      scope: input,
      unit: 'count',
      target: params.postalRegionalCentres.value,
      expected: POSTAL_REGIONAL.filter((p) => provinces.has(p)).length,
      produced: byType('regional_centre'),
      rel: 0,
      source: params.postalRegionalCentres.source,
    }),
    row({
      key: 'postalZone',
      label: 'Zone postal centres',
      scope: input,
      unit: 'count',
      target: params.postalZoneCentres.value,
      expected: POSTAL_ZONE.filter((p) => provinces.has(p)).length,
      produced: byType('zone_centre'),
      rel: 0,
      source: params.postalZoneCentres.source,
    }),
    row({
      key: 'postalProvincial',
      label: 'Provincial postal centres',
      scope: input,
      unit: 'count',
      target: 34,
      expected: provinces.size,
      produced: byType('provincial_centre'),
      rel: 0,
      source: 'one per province (34 provinces since 1 Jul 2025)',
    }),
    row({
      key: 'communePcConnected',
      label: 'Commune People’s Committees on the TSLCD network',
      scope: input,
      unit: '%',
      target: { min: 95, max: 99 },
      expected: communes.length >= 300 ? { min: 95, max: 99 } : null,
      produced: pct(connected, ctx.networkConnections.length),
      source: params.communePcConnectedPct.source,
    }),
  ];
}

/** Calibration rows of each anchor area whose communes are all in the input. */
export function anchorRows(ctx: CalibrationContext): CalibrationRow[] {
  const { params, communes, scale } = ctx;
  const rows: CalibrationRow[] = [];
  for (const anchor of params.anchors) {
    const members = new Set(anchor.communeCodes);
    if (!anchor.communeCodes.every((code) => communes.some((c) => c.profile.code === code))) continue;
    const vs = ctx.villages.filter((v) => members.has(v.communeCode));
    const ss = ctx.mobileSites.filter((s) => s.status === 'operating' && members.has(s.communeCode));
    const figures: [string, string, CalibrationRow['unit'], DemoParameters['population'] | null, number][] = [
      ['villages', 'Villages', 'count', anchor.villages, vs.length],
      ['sites', 'Operating sites (BTS)', 'count', anchor.sites, ss.length],
      ['population', 'Population', 'people', anchor.population, vs.reduce((s, v) => s + v.population, 0)],
    ];
    for (const [key, label, unit, fig, produced] of figures) {
      if (!fig) continue;
      rows.push(
        row({
          key: `${anchor.id}.${key}`,
          label: `${label} — ${anchor.label}`,
          scope: anchor.id,
          unit,
          target: fig.value,
          expected: fig.value * (key === 'population' ? 1 : scale),
          produced,
          rel: 0.05,
          source: fig.source,
        }),
      );
    }
  }
  return rows;
}
