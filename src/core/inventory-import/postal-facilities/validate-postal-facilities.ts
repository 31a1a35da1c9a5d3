import type { PostalFacility, PostalFacilityType } from '../../assets/asset-model.ts';
import { readText } from '../../plans/cell-values.ts';
import type { RawValue } from '../../plans/plan-input.ts';
import { numberReader, readCode, wordReader } from '../common-values.ts';
import type { DatasetDefinition, ImportContext } from '../dataset-contract.ts';
import { type DatasetRun, defineDataset, rowValidator } from '../dataset-validator.ts';
import { CommuneLookup, readPlace } from '../place.ts';
import { COMMUNE_ONE_OF } from '../place-fields.ts';
import { memo, type RowReader } from '../row-reader.ts';
import { POSTAL_FACILITY_FIELDS, type PostalFacilityFieldKey } from './postal-facilities-fields.ts';

/**
 * The `postal_facilities` dataset: the public postal network's sorting centres and post offices as
 * points, with their level in the network and, for centres, their daily capacity.
 */

type Key = PostalFacilityFieldKey;

const keyOf = (row: PostalFacility) => row.code;

/** Folded spellings; `ttkt` is how the lists abbreviate trung tâm khai thác. */
const TYPE_WORDS: Readonly<Record<string, PostalFacilityType>> = {
  regionalcentre: 'regional_centre',
  regionalcenter: 'regional_centre',
  trungtamkhaithacvung: 'regional_centre',
  trungtamvung: 'regional_centre',
  ttktvung: 'regional_centre',
  zonecentre: 'zone_centre',
  zonecenter: 'zone_centre',
  trungtamkhaithaclienvung: 'zone_centre',
  trungtamkhaithackhuvuc: 'zone_centre',
  trungtamlienvung: 'zone_centre',
  ttktlienvung: 'zone_centre',
  ttktkhuvuc: 'zone_centre',
  provincialcentre: 'provincial_centre',
  provincialcenter: 'provincial_centre',
  trungtamkhaithactinh: 'provincial_centre',
  trungtamkhaithacvanchuyentinh: 'provincial_centre',
  trungtamkhaithacvanchuyen: 'provincial_centre',
  trungtamtinh: 'provincial_centre',
  ttkttinh: 'provincial_centre',
  postoffice: 'post_office',
  buucuc: 'post_office',
  diemphucvu: 'post_office',
  buudien: 'post_office',
  diembuudienvanhoaxa: 'post_office',
  bdvhx: 'post_office',
};

/** `Bưu cục cấp 1`, `Bưu cục trung tâm`, `Điểm phục vụ bưu chính`, `Bưu điện văn hoá xã …`. */
const TYPE_PREFIXES: readonly (readonly [string, PostalFacilityType])[] = [
  ['buucuc', 'post_office'],
  ['diemphucvu', 'post_office'],
  ['diembuudien', 'post_office'],
  ['buudien', 'post_office'],
];

export const readPostalType = wordReader(
  TYPE_WORDS,
  {
    vi: 'cần Trung tâm khai thác vùng, Trung tâm khai thác liên vùng (khu vực), Trung tâm khai thác tỉnh, Bưu cục hoặc Điểm phục vụ',
    en: 'expected regional_centre, zone_centre, provincial_centre or post_office (Trung tâm khai thác vùng, liên vùng, tỉnh; Bưu cục)',
  },
  TYPE_PREFIXES,
);

/** Tonnes of mail and parcels a day; `12 tấn` and `12 t` read too. */
export const readTonnesPerDay = numberReader({
  min: 0,
  unit: 'tấn/ngày',
  units: { tan: 1, t: 1, tanngay: 1, tngay: 1, tday: 1 },
});

function readRow(
  r: RowReader<Key>,
  run: DatasetRun,
  ctx: ImportContext,
  communes: CommuneLookup,
  types: (raw: RawValue) => ReturnType<typeof readPostalType>,
): PostalFacility | null {
  const code = r.read('code', readCode);
  if (code !== null) run.keys.claim(r, 'code', code, { vi: 'mã bưu cục', en: 'facility code' });
  const name = r.read('name', readText);
  const type = r.read('type', types);
  const { position, communeCode } = readPlace(r, ctx, communes, run.swapped);
  const capacityTonnesPerDay = r.read('capacityTonnesPerDay', readTonnesPerDay);
  if (code === null || name === null || type === null || position === null || communeCode === null)
    return null;
  return { code, name, type, position, communeCode, capacityTonnesPerDay, synthetic: false };
}

export const POSTAL_FACILITIES_DATASET: DatasetDefinition<PostalFacility, Key> = defineDataset({
  type: 'postal_facilities',
  titleVi: 'Cơ sở bưu chính',
  titleEn: 'Postal facilities',
  organisationIsOperator: false,
  fields: POSTAL_FACILITY_FIELDS,
  requiredOneOf: COMMUNE_ONE_OF,
  keyOf,
  validator(ctx, sink) {
    const communes = new CommuneLookup(ctx);
    const types = memo(readPostalType);
    return rowValidator(
      { fields: POSTAL_FACILITY_FIELDS, keyOf, readRow: (r, run) => readRow(r, run, ctx, communes, types) },
      ctx,
      sink,
    );
  },
});
