import type { OperatorCode } from '../assets/asset-model.ts';
import { anchorRows, facilityRows } from './calibration-facilities.ts';
import {
  type CalibrationContext,
  type CalibrationReport,
  type CalibrationRow,
  has,
  pct,
  round,
  row,
} from './calibration-model.ts';
import { householdSize, type PreparedCommune } from './commune.ts';
import { PointGrid } from './geometry.ts';

function coveredVillages(ctx: CalibrationContext): number {
  const grid = new PointGrid(0.05);
  for (const s of ctx.mobileSites) if (has(s, '4G')) grid.add(s.position);
  return ctx.villages.filter((v) => grid.anyWithin(v.position, ctx.params.coverageRadiusKm)).length;
}

export function buildCalibration(ctx: CalibrationContext): CalibrationReport {
  const { params, scale, communes } = ctx;
  const sum = (f: (c: PreparedCommune) => number): number => communes.reduce((s, c) => s + f(c), 0);
  const expPeople = sum((c) => c.expectation.population);
  const expVillages = sum((c) =>
    c.expectation.population > 0 ? Math.max(c.expectation.villages * scale, 1) : 0,
  );
  const expSites = sum((c) => c.expectation.sites * scale);
  const exp5g = sum((c) => c.expectation.sites * scale * c.expectation.fiveGShare);
  const expRemote = sum((c) => c.expectation.remoteVillages * scale);
  const share = expPeople / params.population.value;
  const national = share > 0.999;
  const sites4g = ctx.mobileSites.filter((s) => has(s, '4G'));
  const sites5g = ctx.mobileSites.filter((s) => has(s, '5G')).length;
  const operating = ctx.mobileSites.filter((s) => s.status === 'operating');
  const people = ctx.villages.reduce((s, v) => s + v.population, 0);
  const households = ctx.villages.reduce((s, v) => s + v.households, 0);
  const provinces = new Set(communes.map((c) => c.profile.provinceCode));
  const urbanCodes = new Set(communes.filter((c) => c.profile.kind === 'urban').map((c) => c.profile.code));
  const input = 'input';

  const passed = new Map<string, number>();
  for (const f of ctx.fixedBroadband)
    passed.set(f.villageCode, Math.max(passed.get(f.villageCode) ?? 0, f.householdsPassed));
  const fibreHouseholds = [...passed.values()].reduce((s, x) => s + x, 0);

  const rows: CalibrationRow[] = [
    row({
      key: 'population',
      label: 'Population',
      scope: input,
      unit: 'people',
      target: params.population.value,
      expected: expPeople,
      produced: people,
      rel: 0.001,
      source: params.population.source,
    }),
    row({
      key: 'urbanPopulation',
      label: 'Population of Phường (urban proxy)',
      scope: input,
      unit: 'people',
      target: params.urbanPopulation.value,
      expected: national ? params.urbanPopulation.value : null,
      produced: ctx.villages.reduce((s, v) => s + (urbanCodes.has(v.communeCode) ? v.population : 0), 0),
      rel: 0.05,
      source: params.urbanPopulation.source,
    }),
    row({
      key: 'households',
      label: 'Households',
      scope: input,
      unit: 'households',
      target: params.households.value,
      expected: sum((c) => c.expectation.population / householdSize(c.profile)),
      produced: households,
      rel: 0.05,
      source: params.households.source,
    }),
    row({
      key: 'villages',
      label: 'Villages (thôn, bản, tổ dân phố)',
      scope: input,
      unit: 'count',
      target: params.villages.value,
      expected: expVillages,
      produced: ctx.villages.length,
      source: params.villages.source,
    }),
    row({
      key: 'sites4g',
      label: 'Operating sites with 4G',
      scope: input,
      unit: 'count',
      target: params.sites4g.value,
      expected: expSites,
      produced: sites4g.length,
      source: params.sites4g.source,
    }),
    row({
      key: 'sites5g',
      label: 'Operating sites with 5G',
      scope: input,
      unit: 'count',
      target: params.sites5g.value,
      expected: exp5g,
      produced: sites5g,
      rel: 0.05,
      source: params.sites5g.source,
    }),
    row({
      key: 'ratio5g4g',
      label: '5G sites / 4G sites',
      scope: input,
      unit: 'ratio',
      target: round(params.sites5g.value / params.sites4g.value, 4),
      expected: expSites > 0 ? round(exp5g / expSites, 4) : null,
      produced: sites4g.length > 0 ? sites5g / sites4g.length : 0,
      rel: 0.02,
      source: `${params.sites5g.source}; ${params.sites4g.source}`,
    }),
    row({
      key: 'remoteVillages',
      label: 'Villages deliberately left remote (no site within guard distance)',
      scope: input,
      unit: 'count',
      target: round((params.villages.value * (100 - params.villageMobileCoveragePct.value)) / 100, 0),
      expected: expRemote,
      produced: ctx.remoteVillageCodes.length,
      rel: 0.1,
      dispersion: 4.5,
      source: `derived: villages × (100 − ${params.villageMobileCoveragePct.value}) %`,
    }),
    row({
      key: 'villageCoverage',
      label: `Villages with an operating 4G site within ${params.coverageRadiusKm} km (all but the remote ones expected)`,
      scope: input,
      unit: '%',
      target: params.villageMobileCoveragePct.value,
      expected:
        ctx.villages.length > 0 ? 100 * (1 - ctx.remoteVillageCodes.length / ctx.villages.length) : null,
      produced: pct(coveredVillages(ctx), ctx.villages.length),
      rel: 0.3,
      source: params.villageMobileCoveragePct.source,
    }),
    row({
      key: 'householdFibre',
      label: 'Households passed by FTTH',
      scope: input,
      unit: '%',
      target: params.householdFibrePct.value,
      expected: national ? params.householdFibrePct.value : null,
      produced: pct(fibreHouseholds, households),
      rel: 2,
      source: params.householdFibrePct.source,
    }),
    row({
      key: 'sharedSites',
      label: 'Operating sites shared with tenants',
      scope: input,
      unit: '%',
      target: params.sharedSitePct.value,
      expected: operating.length >= 200 ? params.sharedSitePct.value : null,
      produced: pct(operating.filter((s) => s.shared).length, operating.length),
      rel: 1,
      n: operating.length,
      source: params.sharedSitePct.source,
    }),
  ];
  for (const [op, shareOp] of Object.entries(params.operatorShares.value) as [OperatorCode, number][]) {
    rows.push(
      row({
        key: `operatorShare.${op}`,
        label: `${op} share of operating sites`,
        scope: input,
        unit: '%',
        target: 100 * shareOp,
        expected: operating.length >= 1000 ? 100 * shareOp : null,
        produced: pct(operating.filter((s) => s.operator === op).length, operating.length),
        rel: 1,
        n: operating.length,
        source: params.operatorShares.source,
      }),
    );
  }
  rows.push(...facilityRows(ctx, provinces), ...anchorRows(ctx));
  return {
    seed: ctx.seed,
    scale,
    communes: communes.length,
    populationShare: round(share, 6),
    placement: ctx.stats,
    rows,
  };
}

export type { CalibrationReport, CalibrationRow } from './calibration-model.ts';
