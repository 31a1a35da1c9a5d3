import { type SiteCarrier, TECHNOLOGIES, type Technology } from '../assets/asset-model.ts';
import { type Environment, type PropagationOptions, pathLossLine, rangeForLossM } from './propagation.ts';

/**
 * The coverage radius of each technology of a site, from the COST-231/Okumura–Hata models
 * (propagation.ts) and a link budget, or fixed per technology. Radii come out as a Float64Array of
 * 4 in TECHNOLOGIES order (2G, 3G, 4G, 5G); 0 means the site has no such technology.
 */

/**
 * Maximum allowed path loss (MAPL) per technology: the loss at which the weaker link (the uplink
 * from a handset) still closes at the cell edge, for an outdoor user at 1.5 m, with a log-normal
 * shadowing margin but no building penetration loss. Anchor: the LTE PUSCH example link budgets of
 * C. Johnson, "LTE in Bullets", 2nd ed., 2012, §31.2.1 (Table 343) allow 123.9 / 120.1 / 117.6 dB
 * at 0.5 / 1 / 2 Mbit/s *including* 18 dB building penetration and 9 dB slow-fading margin, i.e.
 * ~138 dB outdoor at 1 Mbit/s: our 4G default. GSM voice and UMTS/HSPA close at about the same or
 * a slightly higher loss in the comparisons of H. Holma, A. Toskala (eds.), "LTE for UMTS", 2nd
 * ed., Wiley 2011, ch. 9 (link budgets), hence 2G 140 dB and 3G 136 dB; 5G NR at 3.5 GHz (TDD
 * uplink, wider noise bandwidth) gets 5 dB less than LTE. These are planning assumptions, not
 * measurements: replace them with the operators' own link budgets.
 */
export const DEFAULT_MAX_PATH_LOSS_DB: Readonly<Record<Technology, number>> = {
  '2G': 140,
  '3G': 136,
  '4G': 138,
  '5G': 133,
};

/** Band assumed when a site reports a technology without its band (the usual bands in Vietnam). */
export const DEFAULT_BAND_MHZ: Readonly<Record<Technology, number>> = {
  '2G': 900,
  '3G': 2100,
  '4G': 1800,
  '5G': 3500,
};

export interface Cost231RadiusConfig extends PropagationOptions {
  maxPathLossDb: Readonly<Record<Technology, number>>;
  defaultBandMhz: Readonly<Record<Technology, number>>;
  /** Antenna height when a site has none (the lower end of Hata's 30–200 m). */
  defaultBaseHeightM: number;
  mobileHeightM: number;
  minRadiusM: number;
  /**
   * No radius exceeds this: 35 km is GSM's timing-advance limit (63 steps of ~553.5 m, 3GPP TS
   * 45.010 §5.6) and beyond any sane Hata extrapolation.
   */
  maxRadiusM: number;
}

export const DEFAULT_COST231_CONFIG: Readonly<Cost231RadiusConfig> = {
  maxPathLossDb: DEFAULT_MAX_PATH_LOSS_DB,
  defaultBandMhz: DEFAULT_BAND_MHZ,
  defaultBaseHeightM: 30,
  mobileHeightM: 1.5,
  minRadiusM: 100,
  maxRadiusM: 35_000,
  aboveCostRange: 'scale',
};

/**
 * Fixed radii: the COST-231 suburban ranges of the defaults above (h_b 30 m, default bands)
 * rounded down to 100 m: 2G 900 MHz 4.6 km, 3G 2100 MHz 1.9 km, 4G 1800 MHz 2.4 km, 5G 3500 MHz
 * 1.1 km (checked in radius-model.test.ts).
 */
export const DEFAULT_FIXED_RADIUS_M: Readonly<Record<Technology, number>> = {
  '2G': 4600,
  '3G': 1900,
  '4G': 2400,
  '5G': 1100,
};

export type RadiusModel =
  | { kind: 'cost231'; config: Readonly<Cost231RadiusConfig> }
  | { kind: 'fixed'; radiusM: Readonly<Record<Technology, number>> };

export const DEFAULT_RADIUS_MODEL: RadiusModel = { kind: 'cost231', config: DEFAULT_COST231_CONFIG };

/** The radius in metres of one technology on one band at one site. */
export function technologyRadiusM(
  technology: Technology,
  bandMhz: number | null,
  baseHeightM: number | null,
  environment: Environment,
  model: RadiusModel = DEFAULT_RADIUS_MODEL,
): number {
  if (model.kind === 'fixed') return model.radiusM[technology];
  const c = model.config;
  const band = bandMhz !== null && bandMhz > 0 ? bandMhz : c.defaultBandMhz[technology];
  const height = baseHeightM !== null && baseHeightM > 0 ? baseHeightM : c.defaultBaseHeightM;
  const options: PropagationOptions =
    c.aboveCostRange === undefined ? {} : { aboveCostRange: c.aboveCostRange };
  const line = pathLossLine(band, height, c.mobileHeightM, environment, options);
  const range = rangeForLossM(line, c.maxPathLossDb[technology]);
  return Math.min(c.maxRadiusM, Math.max(c.minRadiusM, range));
}

/**
 * Radii of a site per technology (TECHNOLOGIES order): the largest over its carriers of that
 * technology (several bands of one technology cover the union of their cells); 0 where it has none.
 */
export function siteRadii(
  site: { carriers: readonly SiteCarrier[]; antennaHeightM: number | null },
  environment: Environment,
  model: RadiusModel = DEFAULT_RADIUS_MODEL,
  out: Float64Array = new Float64Array(TECHNOLOGIES.length),
): Float64Array {
  out.fill(0);
  for (const carrier of site.carriers) {
    const t = TECHNOLOGIES.indexOf(carrier.technology);
    const r = technologyRadiusM(carrier.technology, carrier.bandMhz, site.antennaHeightM, environment, model);
    if (r > (out[t] ?? 0)) out[t] = r;
  }
  return out;
}

/** Population density cut-offs (people per km²) between environment classes. */
export interface DensityCutoffs {
  /** At or above: `urban_dense`. */
  urbanDense: number;
  /** At or above: `urban`. */
  urban: number;
  /** At or above: `suburban`; below: `rural`. */
  suburban: number;
}

/**
 * From the Degree of Urbanisation (Eurostat et al., "Applying the Degree of Urbanisation", 2021
 * edition, the method endorsed by the UN Statistical Commission in March 2020): urban centres are
 * clusters of 1 km² cells of ≥ 1,500 inhabitants/km², urban clusters (towns, semi-dense areas)
 * ≥ 300/km², rural cells below. `urban_dense` at ≥ 10,000/km² is our own cut for the inner districts
 * of Hà Nội and TP. Hồ Chí Minh (tens of thousands per km²), where Hata's large-city case applies.
 * Applied to a commune's or village's density rather than to grid cells, it is an approximation.
 */
export const DEFAULT_DENSITY_CUTOFFS: Readonly<DensityCutoffs> = {
  urbanDense: 10_000,
  urban: 1_500,
  suburban: 300,
};

export function environmentForDensity(
  peoplePerKm2: number,
  cutoffs: Readonly<DensityCutoffs> = DEFAULT_DENSITY_CUTOFFS,
): Environment {
  if (peoplePerKm2 >= cutoffs.urbanDense) return 'urban_dense';
  if (peoplePerKm2 >= cutoffs.urban) return 'urban';
  if (peoplePerKm2 >= cutoffs.suburban) return 'suburban';
  return 'rural';
}
