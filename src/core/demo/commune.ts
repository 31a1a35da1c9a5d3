import type { LonLat } from '../assets/asset-model.ts';
import { type PolygonInput, PreparedPolygon, roundLonLat } from './geometry.ts';
import {
  type CommuneExpectation,
  type CommuneProfile,
  communeKind,
  expectationFor,
  type Normalization,
  REMOTE_MIN_AREA_KM2,
} from './normalization.ts';
import type { DemoParameters } from './parameters.ts';
import { pocketCentreFor } from './pockets.ts';
import type { Rng } from './prng.ts';

/** One commune as the caller hands it to the generator. */
export interface DemoCommuneInput {
  code: string;
  provinceCode: string;
  /** Official unit type: `Phường`, `Xã`, `Đặc khu tại hải đảo`. */
  unitType: string;
  /** Official area; computed from the polygon when null. */
  areaKm2: number | null;
  /** GeoJSON Polygon/MultiPolygon geometry, or its bare coordinates. */
  polygon: PolygonInput;
  /** Name without prefix, used in agency names (the code is used when absent). */
  name?: string;
}

export interface PreparedCommune {
  input: DemoCommuneInput;
  profile: CommuneProfile;
  polygon: PreparedPolygon;
  expectation: CommuneExpectation;
}

export function profileOf(
  input: DemoCommuneInput,
  params: DemoParameters,
  prepared?: PreparedPolygon,
): CommuneProfile {
  const polygon = prepared ?? new PreparedPolygon(input.polygon);
  const kind = communeKind(input.unitType);
  const mountain = params.mountainProvinces.value.includes(input.provinceCode);
  const areaKm2 = Math.max(input.areaKm2 ?? polygon.areaKm2, 0.01);
  const candidate = kind === 'rural' && mountain && areaKm2 >= REMOTE_MIN_AREA_KM2;
  return {
    code: input.code,
    provinceCode: input.provinceCode,
    kind,
    mountain,
    areaKm2,
    pocketCentre: candidate ? pocketCentreFor(polygon, params) : null,
  };
}

/** Prepare communes sorted by code (output order never depends on input order). */
export function prepareCommunes(
  inputs: readonly DemoCommuneInput[],
  params: DemoParameters,
  normalization: Normalization,
): PreparedCommune[] {
  const seen = new Set<string>();
  const out: PreparedCommune[] = [];
  for (const input of inputs) {
    if (seen.has(input.code)) throw new Error(`Mã xã trùng lặp trong dữ liệu đầu vào: ${input.code}`);
    seen.add(input.code);
    const polygon = new PreparedPolygon(input.polygon);
    if (polygon.isEmpty) throw new Error(`Xã ${input.code} không có ranh giới hợp lệ`);
    const profile = profileOf(input, params, polygon);
    out.push({ input, profile, polygon, expectation: expectationFor(profile, params, normalization) });
  }
  return out.sort((a, b) => (a.input.code < b.input.code ? -1 : a.input.code > b.input.code ? 1 : 0));
}

/** Typical people per household (assumption; GSO 2024 national mean 101.1 M / 28.1 M ≈ 3.6). */
export function householdSize(profile: CommuneProfile): number {
  if (profile.kind === 'urban') return 3.35;
  return profile.mountain ? 4.15 : 3.65;
}

/** Rounded (1e-6°) and still inside the commune: rounding must never push a point across the border. */
export function insideRounded(commune: PreparedCommune, p: LonLat, rng: Rng): LonLat {
  let q = roundLonLat(p);
  for (let t = 0; t < 20 && !commune.polygon.contains(q); t++)
    q = roundLonLat(commune.polygon.samplePoint(rng));
  return commune.polygon.contains(q) ? q : roundLonLat(commune.polygon.interiorPoint());
}
