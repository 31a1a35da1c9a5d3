import type { ItPark, ItParkStatus } from '../../assets/asset-model.ts';
import { readText } from '../../plans/cell-values.ts';
import type { RawValue } from '../../plans/plan-input.ts';
import { numberReader, readCode, wordReader } from '../common-values.ts';
import type { DatasetDefinition, ImportContext, UnitResolution } from '../dataset-contract.ts';
import { type DatasetRun, defineDataset, rowValidator } from '../dataset-validator.ts';
import { memo, type RowReader } from '../row-reader.ts';
import { IT_PARK_FIELDS, type ItParkFieldKey } from './it-parks-fields.ts';

/**
 * The `it_parks` dataset: concentrated IT parks per province with their area, stage and bandwidth.
 * A park is placed by its province only (it spans several communes), read on the period's end date.
 */

type Key = ItParkFieldKey;

const keyOf = (row: ItPark) => row.code;

const STATUS_WORDS: Readonly<Record<string, ItParkStatus>> = {
  planned: 'planned',
  plan: 'planned',
  quyhoach: 'planned',
  daquyhoach: 'planned',
  trongquyhoach: 'planned',
  kehoach: 'planned',
  dukien: 'planned',
  chuatrienkhai: 'planned',
  chuaxaydung: 'planned',
  building: 'building',
  underconstruction: 'building',
  construction: 'building',
  xaydung: 'building',
  dangxaydung: 'building',
  trienkhai: 'building',
  dangtrienkhai: 'building',
  dangdautu: 'building',
  dangdautuxaydung: 'building',
  dautuxaydung: 'building',
  operating: 'operating',
  operational: 'operating',
  inoperation: 'operating',
  hoatdong: 'operating',
  danghoatdong: 'operating',
  dahoatdong: 'operating',
  divaohoatdong: 'operating',
  dadivaohoatdong: 'operating',
  vanhanh: 'operating',
  dangvanhanh: 'operating',
  davanhanh: 'operating',
};

/** Longer phrasings in the lists (`Đã đi vào hoạt động từ 2020`, `Đang xây dựng giai đoạn 1`). */
const STATUS_PREFIXES: readonly (readonly [string, ItParkStatus])[] = [
  ['dadivaohoatdong', 'operating'],
  ['danghoatdong', 'operating'],
  ['dangxaydung', 'building'],
  ['dangtrienkhai', 'building'],
  ['quyhoach', 'planned'],
];

export const readItParkStatus = wordReader(
  STATUS_WORDS,
  {
    vi: 'cần Quy hoạch, Đang xây dựng hoặc Đang hoạt động',
    en: 'expected planned, building or operating (Quy hoạch, Đang xây dựng, Đang hoạt động)',
  },
  STATUS_PREFIXES,
);

export const readAreaHa = numberReader({
  min: 0,
  minExclusive: true,
  unit: 'ha',
  units: { ha: 1, hecta: 1, hectare: 1, 'km²': 100 },
});

export const readBandwidthGbps = numberReader({
  min: 0,
  unit: 'Gbps',
  units: { gbps: 1, gb: 1, g: 1, mbps: 0.001, tbps: 1000 },
});

/** Caches the context's province resolution per distinct (code, name) of the file. */
class ProvinceLookup {
  private readonly cache = new Map<string, UnitResolution | null>();
  constructor(private readonly ctx: ImportContext) {}

  resolve(r: RowReader<Key>): string | null {
    let code = readText(r.raw('provinceCode'));
    let name = readText(r.raw('provinceName'));
    // A province code typed in the name column (`19`) is a code.
    if (code === null && name !== null && /^\d{1,2}$/.test(name)) [code, name] = [name, null];
    const key = `${code ?? ''}\u0000${name ?? ''}`;
    let found = this.cache.get(key);
    if (found === undefined) {
      found =
        code === null && name === null
          ? null
          : this.ctx.resolveProvince(
              { ...(code !== null ? { code } : {}), ...(name !== null ? { name } : {}) },
              this.ctx.date,
            );
      this.cache.set(key, found);
    }
    const field = readText(r.raw('provinceCode')) !== null ? 'provinceCode' : 'provinceName';
    if (found === null) {
      r.fail('provinceCode', {
        vi: 'cần mã tỉnh hoặc tên tỉnh, đang để trống cả hai',
        en: 'a province code or a province name is required; both are empty',
      });
      return null;
    }
    if ('problem' in found) {
      r.fail(field, found.problem);
      return null;
    }
    if (found.note) r.warn(field, found.note);
    return found.code;
  }
}

function readRow(
  r: RowReader<Key>,
  run: DatasetRun,
  provinces: ProvinceLookup,
  status: (raw: RawValue) => ReturnType<typeof readItParkStatus>,
): ItPark | null {
  const code = r.read('code', readCode);
  if (code !== null) run.keys.claim(r, 'code', code, { vi: 'mã khu CNTT', en: 'IT park code' });
  const name = r.read('name', readText);
  const provinceCode = provinces.resolve(r);
  const areaHa = r.read('areaHa', readAreaHa);
  const parkStatus = r.read('status', status);
  const bandwidthGbps = r.read('bandwidthGbps', readBandwidthGbps);
  if (code === null || name === null || provinceCode === null || areaHa === null || parkStatus === null) {
    return null;
  }
  return { code, name, provinceCode, areaHa, status: parkStatus, bandwidthGbps, synthetic: false };
}

export const IT_PARKS_DATASET: DatasetDefinition<ItPark, Key> = defineDataset({
  type: 'it_parks',
  titleVi: 'Khu công nghệ thông tin tập trung',
  titleEn: 'IT parks',
  organisationIsOperator: false,
  fields: IT_PARK_FIELDS,
  requiredOneOf: [['provinceCode', 'provinceName']],
  keyOf,
  validator(ctx, sink) {
    const provinces = new ProvinceLookup(ctx);
    const status = memo(readItParkStatus);
    return rowValidator(
      { fields: IT_PARK_FIELDS, keyOf, readRow: (r, run) => readRow(r, run, provinces, status) },
      ctx,
      sink,
    );
  },
});
