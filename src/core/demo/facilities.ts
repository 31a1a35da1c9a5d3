import type {
  DataCentre,
  ItPark,
  ItParkStatus,
  NetworkConnection,
  PostalFacility,
  PostalFacilityType,
} from '../assets/asset-model.ts';
import { insideRounded, type PreparedCommune } from './commune.ts';
import type { DemoParameters } from './parameters.ts';
import { type Rng, rngFor, WeightedSampler } from './prng.ts';

/**
 * Data centres, concentrated IT parks, postal centres and the TSLCD connections of commune People's
 * Committees. Counts and totals come from parameters.ts; where they stand is an assumption: data
 * centres in Hà Nội (14), Hồ Chí Minh (16) and Đà Nẵng (3); regional postal centres in 01/48/79; zone
 * centres in 14 provinces spread north to south. Each facility draws from its own random stream, so a
 * subset of provinces gets the same facilities as the national run (those located in it).
 */
export const DATA_CENTRE_PROVINCES: readonly (readonly [string, number])[] = [
  ['01', 14],
  ['79', 16],
  ['48', 3],
];
const DC_OPERATORS = ['Viettel', 'VNPT', 'FPT', 'CMC', 'MobiFone', 'VNG', 'Khác'] as const;

/** IT parks: 13 formed by 2025 (operating or building) + 3 planned (toward 16–20 by 2030). */
export const IT_PARKS: readonly { provinceCode: string; status: ItParkStatus }[] = [
  { provinceCode: '01', status: 'operating' },
  { provinceCode: '01', status: 'operating' },
  { provinceCode: '79', status: 'operating' },
  { provinceCode: '79', status: 'operating' },
  { provinceCode: '48', status: 'operating' },
  { provinceCode: '48', status: 'operating' },
  { provinceCode: '92', status: 'operating' },
  { provinceCode: '46', status: 'operating' },
  { provinceCode: '31', status: 'operating' },
  { provinceCode: '24', status: 'operating' },
  { provinceCode: '56', status: 'building' },
  { provinceCode: '37', status: 'building' },
  { provinceCode: '75', status: 'building' },
  { provinceCode: '22', status: 'planned' },
  { provinceCode: '38', status: 'planned' },
  { provinceCode: '25', status: 'planned' },
];

export const POSTAL_REGIONAL: readonly string[] = ['01', '48', '79'];
export const POSTAL_ZONE: readonly string[] = [
  '15',
  '25',
  '22',
  '31',
  '37',
  '38',
  '40',
  '46',
  '51',
  '52',
  '56',
  '66',
  '75',
  '92',
];

/** A host commune in the province: wards first, drawn by population. */
function hostCommune(communes: readonly PreparedCommune[], rng: Rng): PreparedCommune | undefined {
  const urban = communes.filter((c) => c.profile.kind === 'urban');
  const pool = urban.length > 0 ? urban : communes;
  if (pool.length === 0) return undefined;
  const sampler = new WeightedSampler(pool.map((c) => Math.max(c.expectation.population, 1)));
  return pool[sampler.draw(rng)];
}

function dataCentreSizes(params: DemoParameters, seed: number): number[] {
  const rng = rngFor(seed, 'data-centre-sizes');
  const raw = Array.from({ length: params.dataCentres.value }, () => Math.exp(1.1 * rng.normal()));
  const sum = raw.reduce((s, x) => s + x, 0);
  const tenths = raw.map((x) => Math.max(3, Math.round((x / sum) * params.dataCentreMw.value * 10)));
  const diff = Math.round(params.dataCentreMw.value * 10) - tenths.reduce((s, x) => s + x, 0);
  const largest = tenths.indexOf(Math.max(...tenths));
  tenths[largest] = (tenths[largest] ?? 0) + diff;
  return tenths.map((t) => t / 10);
}

export function generateDataCentres(
  seed: number,
  byProvince: ReadonlyMap<string, PreparedCommune[]>,
  params: DemoParameters,
): DataCentre[] {
  const sizes = dataCentreSizes(params, seed);
  const out: DataCentre[] = [];
  let index = 0;
  for (const [provinceCode, count] of DATA_CENTRE_PROVINCES) {
    for (let n = 1; n <= count; n++, index++) {
      const rng = rngFor(seed, 'data-centre', provinceCode, String(n));
      const host = hostCommune(byProvince.get(provinceCode) ?? [], rng);
      const mw = sizes[index] ?? 1;
      if (!host) continue;
      const code = `DC-${provinceCode}-${String(n).padStart(2, '0')}`;
      out.push({
        code,
        name: `Trung tâm dữ liệu mô phỏng ${code}`,
        operator: rng.pick(DC_OPERATORS),
        position: insideRounded(host, host.polygon.samplePoint(rng), rng),
        communeCode: host.profile.code,
        tier: mw >= 15 && rng.chance(0.5) ? 4 : mw < 2 && rng.chance(0.5) ? 2 : 3,
        capacityMw: mw,
        racks: Math.round(mw * 150),
        pue: Math.round(rng.range(1.35, 1.8) * 100) / 100,
        synthetic: true,
      });
    }
  }
  return out;
}

export function generateItParks(seed: number, provinces: ReadonlySet<string>): ItPark[] {
  const counters = new Map<string, number>();
  const out: ItPark[] = [];
  for (const park of IT_PARKS) {
    const n = (counters.get(park.provinceCode) ?? 0) + 1;
    counters.set(park.provinceCode, n);
    const rng = rngFor(seed, 'it-park', park.provinceCode, String(n));
    const code = `ITP-${park.provinceCode}-${n}`;
    const areaHa = Math.round(rng.range(10, 300));
    if (!provinces.has(park.provinceCode)) continue;
    out.push({
      code,
      name: `Khu công nghệ thông tin tập trung mô phỏng ${code}`,
      provinceCode: park.provinceCode,
      areaHa,
      status: park.status,
      bandwidthGbps: park.status === 'operating' ? 1 + rng.int(10) : null,
      synthetic: true,
    });
  }
  return out;
}

export function generatePostalFacilities(
  seed: number,
  byProvince: ReadonlyMap<string, PreparedCommune[]>,
): PostalFacility[] {
  const out: PostalFacility[] = [];
  const add = (
    type: PostalFacilityType,
    prefix: string,
    provinceCode: string,
    min: number,
    max: number,
  ): void => {
    const rng = rngFor(seed, 'postal', prefix, provinceCode);
    const host = hostCommune(byProvince.get(provinceCode) ?? [], rng);
    if (!host) return;
    const label = {
      regional_centre: 'Trung tâm bưu chính khu vực',
      zone_centre: 'Trung tâm bưu chính vùng',
      provincial_centre: 'Trung tâm khai thác bưu chính tỉnh',
      post_office: 'Bưu cục',
    }[type];
    out.push({
      code: `POST-${prefix}-${provinceCode}`,
      name: `${label} ${provinceCode} (mô phỏng)`,
      type,
      position: insideRounded(host, host.polygon.samplePoint(rng), rng),
      communeCode: host.profile.code,
      capacityTonnesPerDay: Math.round(rng.range(min, max)),
      synthetic: true,
    });
  };
  for (const p of POSTAL_REGIONAL) add('regional_centre', 'R', p, 11_000, 12_500);
  for (const p of POSTAL_ZONE) add('zone_centre', 'Z', p, 4_500, 5_200);
  for (const p of [...byProvince.keys()].sort()) add('provincial_centre', 'P', p, 150, 600);
  return out;
}

export function generateConnections(
  seed: number,
  communes: readonly PreparedCommune[],
  params: DemoParameters,
): NetworkConnection[] {
  const base = params.communePcConnectedPct.value / 100;
  return communes.map((c) => {
    const rng = rngFor(seed, 'tslcd', c.profile.code);
    const p =
      c.profile.kind === 'urban' ? Math.min(1, base + 0.025) : c.profile.mountain ? base - 0.04 : base;
    const connected = rng.chance(p);
    const month = 7 + rng.int(6);
    const drawn = `2025-${String(month).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
    const later = drawn > params.asOf ? params.asOf : drawn;
    const unit = c.input.unitType.startsWith('Đặc khu') ? 'đặc khu' : c.input.unitType.toLowerCase();
    return {
      agencyCode: `UBND-${c.profile.code}`,
      agencyName: `Ủy ban nhân dân ${unit} ${c.input.name ?? c.profile.code}`,
      communeCode: c.profile.code,
      isCommunePeoplesCommittee: true,
      connected,
      connectedOn: connected ? (rng.chance(0.8) ? '2025-07-01' : later) : null,
      synthetic: true,
    };
  });
}
