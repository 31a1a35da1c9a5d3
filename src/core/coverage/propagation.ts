/**
 * Median path loss of a macro cell by the Okumura–Hata family of empirical models, and the
 * distance at which it reaches a given maximum. Both models have the form L = A + B · log₁₀ d(km),
 * so the range for a maximum loss L_max is d = 10^((L_max − A) / B) km.
 *
 * Okumura–Hata (M. Hata, "Empirical formula for propagation loss in land mobile radio services",
 * IEEE Trans. Veh. Technol. VT-29(3), 1980, pp. 317–325), valid 150–1500 MHz:
 *   L_u = 69.55 + 26.16 log f − 13.82 log h_b − a(h_m) + (44.9 − 6.55 log h_b) log d
 * COST-231 Hata (COST Action 231, "Digital mobile radio towards future generation systems", final
 * report, EUR 18957, 1999, ch. 4, §4.4.1), valid 1500–2000 MHz:
 *   L_u = 46.3 + 33.9 log f − 13.82 log h_b − a(h_m) + (44.9 − 6.55 log h_b) log d + C_m,
 *   C_m = 0 dB for medium-sized cities and suburban centres, 3 dB for metropolitan centres.
 * Both: f in MHz, h_b 30–200 m, h_m 1–10 m, d 1–20 km; logs are base 10. Mobile antenna correction:
 *   medium/small city  a(h_m) = (1.1 log f − 0.7) h_m − (1.56 log f − 0.8)
 *   large city         a(h_m) = 3.2 (log 11.75 h_m)² − 4.97           (f ≥ 300 MHz; Hata: ≥ 400)
 *                      a(h_m) = 8.29 (log 1.54 h_m)² − 1.1            (f < 300 MHz)
 * Hata's corrections from the medium-city loss (applied here to both models, as is common practice;
 * the COST report itself only gives C_m):
 *   suburban      L = L_u − 2 (log(f / 28))² − 5.4
 *   open (rural)  L = L_u − 4.78 (log f)² + 18.33 log f − 40.94
 *
 * Our environment classes: `urban_dense` = large city a(h_m) and C_m = 3 dB (COST) / large-city
 * Hata; `urban` = medium city, C_m = 0; `suburban` and `rural` = Hata's suburban and open-area
 * corrections (open area is optimistic for forest and hills; lower the link budget there).
 *
 * Frequencies (the extension used): f < 1500 MHz → Okumura–Hata (700, 850, 900 MHz);
 * 1500–2000 MHz → COST-231 (1800 MHz); above 2000 MHz (2100, 2600, 3500 MHz) both models are out of
 * range. Default `scale`: COST-231 at 2000 MHz plus 20 log₁₀(f / 2000), the free-space frequency
 * dependence that 3GPP TR 38.901 (Table 7.4.1-1, UMa/RMa) also uses, with the environment
 * correction taken at 2000 MHz. `extrapolate` evaluates COST-231 at f itself, which grows 33.9 dB per
 * decade and is ~3.4 dB more pessimistic at 3.5 GHz. 3.5 GHz is outside both models either way:
 * treat it as an estimate. The switch at 1500 MHz is discontinuous by ~1.3 dB (COST-231 is higher).
 * Heights are clamped to 10–200 m for h_b (below 30 m is an extrapolation; rooftop sites often are)
 * and 1–10 m for h_m; distances outside 1–20 km are extrapolations of the same line.
 */

export const ENVIRONMENTS = ['urban_dense', 'urban', 'suburban', 'rural'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export type PathLossModel = 'okumura-hata' | 'cost231-hata';

export interface PropagationOptions {
  /** How to go above 2000 MHz (see above); default `scale`. */
  aboveCostRange?: 'scale' | 'extrapolate';
}

/** The loss line L(d) = interceptDb + slopeDb · log₁₀ d(km) for one configuration. */
export interface PathLossLine {
  interceptDb: number;
  slopeDb: number;
  model: PathLossModel;
  /** The frequency the model was evaluated at (2000 when a higher one was scaled). */
  modelFrequencyMhz: number;
  /** The 20 log₁₀(f / 2000) added above 2000 MHz, else 0. */
  frequencyScalingDb: number;
}

export const HATA_MAX_MHZ = 1500;
export const COST231_MAX_MHZ = 2000;
const MIN_MHZ = 150;
const MAX_MHZ = 6000;

/** Hata's mobile antenna height correction a(h_m) in dB. */
export function mobileHeightCorrectionDb(frequencyMhz: number, mobileHeightM: number, largeCity: boolean) {
  const lf = Math.log10(frequencyMhz);
  if (!largeCity) return (1.1 * lf - 0.7) * mobileHeightM - (1.56 * lf - 0.8);
  return frequencyMhz < 300
    ? 8.29 * Math.log10(1.54 * mobileHeightM) ** 2 - 1.1
    : 3.2 * Math.log10(11.75 * mobileHeightM) ** 2 - 4.97;
}

/** Hata's suburban (K_s) or open-area (K_o) correction in dB, subtracted from the urban loss. */
export function environmentCorrectionDb(frequencyMhz: number, environment: Environment): number {
  const lf = Math.log10(frequencyMhz);
  if (environment === 'suburban') return 2 * Math.log10(frequencyMhz / 28) ** 2 + 5.4;
  if (environment === 'rural') return 4.78 * lf * lf - 18.33 * lf + 40.94;
  return 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function pathLossLine(
  frequencyMhz: number,
  baseHeightM: number,
  mobileHeightM: number,
  environment: Environment,
  options: PropagationOptions = {},
): PathLossLine {
  if (!(frequencyMhz >= MIN_MHZ && frequencyMhz <= MAX_MHZ)) {
    throw new RangeError(`frequency ${frequencyMhz} MHz is outside ${MIN_MHZ}–${MAX_MHZ} MHz`);
  }
  const hb = clamp(Number.isFinite(baseHeightM) ? baseHeightM : 30, 10, 200);
  const hm = clamp(Number.isFinite(mobileHeightM) ? mobileHeightM : 1.5, 1, 10);
  const scale = (options.aboveCostRange ?? 'scale') === 'scale' && frequencyMhz > COST231_MAX_MHZ;
  const f = scale ? COST231_MAX_MHZ : frequencyMhz;
  const model: PathLossModel = f < HATA_MAX_MHZ ? 'okumura-hata' : 'cost231-hata';
  const dense = environment === 'urban_dense';
  const lf = Math.log10(f);
  const lhb = Math.log10(hb);
  const base = model === 'okumura-hata' ? 69.55 + 26.16 * lf : 46.3 + 33.9 * lf + (dense ? 3 : 0);
  const frequencyScalingDb = scale ? 20 * Math.log10(frequencyMhz / COST231_MAX_MHZ) : 0;
  const interceptDb =
    base -
    13.82 * lhb -
    mobileHeightCorrectionDb(f, hm, dense) -
    environmentCorrectionDb(f, environment) +
    frequencyScalingDb;
  return { interceptDb, slopeDb: 44.9 - 6.55 * lhb, model, modelFrequencyMhz: f, frequencyScalingDb };
}

export interface PathLossInput {
  frequencyMhz: number;
  baseHeightM: number;
  mobileHeightM: number;
  environment: Environment;
  distanceKm: number;
}

/** Median path loss in dB at `distanceKm`. */
export function pathLossDb(input: PathLossInput, options: PropagationOptions = {}): number {
  const line = pathLossLine(
    input.frequencyMhz,
    input.baseHeightM,
    input.mobileHeightM,
    input.environment,
    options,
  );
  return line.interceptDb + line.slopeDb * Math.log10(input.distanceKm);
}

/** The distance in metres at which the median loss reaches `maxPathLossDb` (not clamped). */
export function rangeForLossM(line: PathLossLine, maxPathLossDb: number): number {
  return 1000 * 10 ** ((maxPathLossDb - line.interceptDb) / line.slopeDb);
}
