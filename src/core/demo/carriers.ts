import type { MobileSite, OperatorCode, SiteCarrier } from '../assets/asset-model.ts';
import type { IsoDate } from '../units/admin-unit.ts';
import type { PreparedCommune } from './commune.ts';
import type { DemoParameters } from './parameters.ts';
import { type Rng, rngFor } from './prng.ts';
import type { SiteDraft } from './sites.ts';

/**
 * Radio equipment, height, sharing and dates of a commune's sites.
 *
 * Bands (MHz) follow Vietnamese allocations: 2G on 900/1800 and 3G on 2100 (original licences);
 * 4G on 1800 and 2100 (refarmed, https://vietnamnet.vn/en/telco-asks-vietnamese-pm-for-higher-frequency-band-allocation-E220157.html),
 * 4G/5G on 2600 for Viettel (2500–2600 MHz won in March 2024, https://www.lightreading.com/5g/viettel-clinches-5g-license-in-first-round-of-auction),
 * 5G on 3700 for VNPT and 3800 for MobiFone (3700–3800 and 3800–3900 MHz, https://vietnamnet.vn/en/vietnam-shares-success-lessons-in-5g-deployment-with-other-countries-2450291.html),
 * 4G on 700 for Viettel (713–723/768–778 MHz, May 2025, https://vietnamnews.vn/economy/1718051/viettel-wins-700mhz-spectrum-auction-to-boost-4g-and-5g-nationwide-coverage.html)
 * and VNPT (703–713/758–768 MHz, Sept 2025, https://vietnamnet.vn/sau-viettel-den-luot-vnpt-trung-dau-gia-khoi-bang-tan-700-mhz-cho-mang-4g-va-5g-2443241.html).
 * Shares of 2G/3G/extra bands, heights and dates are assumptions (see DEMO-DATA.md).
 */
export type EquippedSite = Omit<MobileSite, 'siteCode'> & { provinceCode: string };

export const FIVE_G_BAND: Partial<Record<OperatorCode, number>> = {
  VIETTEL: 2600,
  VNPT: 3700,
  MOBIFONE: 3800,
};
const TENANT_CANDIDATES: readonly OperatorCode[] = ['VIETTEL', 'VNPT', 'MOBIFONE', 'VIETNAMOBILE'];

function isoDate(rng: Rng, fromYear: number, toYear: number, asOf: IsoDate): IsoDate {
  const year = fromYear + rng.int(toYear - fromYear + 1);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date > asOf ? asOf : date;
}

function operatingCarriers(d: SiteDraft, commune: PreparedCommune, rng: Rng): SiteCarrier[] {
  const { kind, mountain } = commune.profile;
  const urban = kind === 'urban';
  const carriers: SiteCarrier[] = [];
  const p2g = urban ? 0.25 : mountain ? 0.55 : 0.4;
  // Near a remote village (quiet zone): no long-range 2G or 700 MHz carriers.
  if (!d.quiet && (d.operator === 'GMOBILE' || rng.chance(p2g))) {
    carriers.push({ technology: '2G', bandMhz: urban ? 1800 : 900 });
    if (rng.chance(0.3)) carriers.push({ technology: '2G', bandMhz: urban ? 900 : 1800 });
  }
  if (d.operator === 'GMOBILE' || rng.chance(0.5)) carriers.push({ technology: '3G', bandMhz: 2100 });
  carriers.push({ technology: '4G', bandMhz: 1800 });
  if (rng.chance(urban ? 0.6 : 0.4)) carriers.push({ technology: '4G', bandMhz: 2100 });
  if (d.operator === 'VIETTEL' && rng.chance(urban ? 0.5 : 0.15))
    carriers.push({ technology: '4G', bandMhz: 2600 });
  const rural700 = !urban && (mountain || d.role === 'coverage');
  const p700 =
    d.operator === 'VIETTEL' ? (rural700 ? 0.3 : 0.05) : d.operator === 'VNPT' ? (rural700 ? 0.08 : 0.01) : 0;
  if (!d.quiet && rng.chance(p700)) carriers.push({ technology: '4G', bandMhz: 700 });
  return carriers;
}

function tenantsFor(owner: OperatorCode, params: DemoParameters, rng: Rng): OperatorCode[] {
  const others = TENANT_CANDIDATES.filter((o) => o !== owner);
  const weights = others.map((o) => params.operatorShares.value[o] ?? 0);
  const count = rng.chance(0.75) ? 1 : 2;
  const tenants: OperatorCode[] = [];
  for (let i = 0; i < count; i++) {
    const idx = rng.weightedIndex(weights);
    const o = others[idx];
    if (o && !tenants.includes(o)) tenants.push(o);
    weights[idx] = 0;
  }
  return tenants.sort();
}

/** Efraimidis–Spirakis: `k` indices drawn without replacement with probability ∝ weight. */
function weightedChoice(weights: readonly number[], k: number, rng: Rng): Set<number> {
  const keyed = weights
    .map((w, i) => ({ i, key: w > 0 ? Math.log(1 - rng.next()) / w : Number.NEGATIVE_INFINITY }))
    .filter((x) => x.key > Number.NEGATIVE_INFINITY)
    .sort((a, b) => b.key - a.key || a.i - b.i);
  return new Set(keyed.slice(0, k).map((x) => x.i));
}

export function equipSites(
  seed: number,
  commune: PreparedCommune,
  drafts: readonly SiteDraft[],
  params: DemoParameters,
): EquippedSite[] {
  const rng = rngFor(seed, 'equipment', commune.profile.code);
  const { kind, mountain } = commune.profile;
  const asOf = params.asOf;
  const asOfYear = Number(asOf.slice(0, 4));
  const sites: EquippedSite[] = drafts.map((d) => {
    const cap = d.quiet ? params.quietMaxHeightM : 45;
    const high = Math.min(kind === 'urban' ? 30 : 45, cap);
    const low = Math.min(kind === 'urban' ? 15 : d.role === 'coverage' && mountain ? 35 : 25, high);
    // Built field by field: object spread here made this loop ten times slower.
    const site: EquippedSite = {
      operator: d.operator,
      position: d.position,
      communeCode: d.communeCode,
      provinceCode: d.provinceCode,
      carriers: [{ technology: '4G', bandMhz: 1800 }],
      antennaHeightM: low + rng.int(high - low + 1),
      shared: false,
      tenants: [],
      status: d.status,
      onAirDate: null,
      decommissionedDate: null,
      synthetic: true,
    };
    if (d.status === 'operating') {
      site.carriers = operatingCarriers(d, commune, rng);
      const legacy = site.carriers.some((c) => c.technology === '2G' || c.technology === '3G');
      const from = legacy ? 2004 : d.role === 'coverage' && mountain ? 2019 : 2017;
      site.shared = rng.chance(params.sharedSitePct.value / 100);
      if (site.shared) site.tenants = tenantsFor(d.operator, params, rng);
      site.onAirDate = isoDate(rng, from, legacy ? 2016 : asOfYear, asOf);
    } else if (d.status === 'decommissioned') {
      site.carriers = [{ technology: '2G', bandMhz: 900 }];
      if (rng.chance(0.5)) site.carriers.push({ technology: '3G', bandMhz: 2100 });
      site.onAirDate = isoDate(rng, 2004, 2014, asOf);
      site.decommissionedDate = isoDate(rng, 2020, asOfYear, asOf);
    }
    return site;
  });

  // 5G on a share of operating sites that depends on how urban the commune is (normalization.ts),
  // drawn among operators holding 5G spectrum with the weights of params.fiveGOperatorWeights.
  const weights = sites.map((s) =>
    s.status === 'operating' && FIVE_G_BAND[s.operator] !== undefined
      ? (params.fiveGOperatorWeights.value[s.operator] ?? 0)
      : 0,
  );
  const operatingCount = sites.filter((s) => s.status === 'operating').length;
  const k = rng.roundStochastic(operatingCount * commune.expectation.fiveGShare);
  for (const i of weightedChoice(weights, k, rng)) {
    const s = sites[i];
    const band = s ? FIVE_G_BAND[s.operator] : undefined;
    if (s && band !== undefined) s.carriers.push({ technology: '5G', bandMhz: band });
  }
  return sites;
}
