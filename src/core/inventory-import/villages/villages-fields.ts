import type { FieldSpec } from '../dataset-contract.ts';
import { fieldSpec as field } from '../field-index.ts';
import type { CommuneKey, PositionKey } from '../place.ts';
import { COMMUNE_FIELDS, POSITION_FIELDS } from '../place-fields.ts';

/**
 * The columns of the `villages` dataset (thôn, bản, ấp, tổ dân phố with their people), as provincial
 * and commune offices write them in the lists they keep for the population census and for the
 * programme of mobile coverage of villages.
 */
export type VillageFieldKey = 'villageCode' | 'name' | CommuneKey | PositionKey | 'population' | 'households';

export const VILLAGE_FIELDS: readonly FieldSpec<VillageFieldKey>[] = [
  field('villageCode', 'Mã thôn', 'Village code', true, 'Mã thôn, bản, tổ dân phố; duy nhất trong tệp', [
    'Mã thôn/bản',
    'Mã thôn, bản',
    'Mã thôn/bản/tổ dân phố',
    'Mã thôn, bản, tổ dân phố',
    'Mã thôn/tổ dân phố',
    'Mã thôn, tổ dân phố',
    'Mã tổ dân phố',
    'Mã TDP',
    'Mã bản',
    'Mã ấp',
    'Mã khu dân cư',
    'Village code',
    'Village ID',
  ]),
  field('name', 'Tên thôn', 'Village name', true, 'Ví dụ: Thôn Nà Pài, Bản Pác Ngòi, Tổ dân phố 5', [
    'Tên thôn/bản/tổ dân phố',
    'Tên thôn, bản, tổ dân phố',
    'Tên thôn/bản',
    'Tên thôn, bản',
    'Tên thôn/tổ dân phố',
    'Tên thôn, tổ dân phố',
    'Tên tổ dân phố',
    'Tên bản',
    'Tên ấp',
    'Tên khu dân cư',
    'Thôn/bản/tổ dân phố',
    'Thôn, bản, tổ dân phố',
    'Thôn/bản',
    'Thôn, bản',
    'Thôn/tổ dân phố',
    'Thôn',
    'Village name',
    'Village',
  ]),
  ...COMMUNE_FIELDS,
  ...POSITION_FIELDS,
  field('population', 'Số dân', 'Population', true, 'Số người, số nguyên ≥ 0', [
    'Dân số',
    'Số nhân khẩu',
    'Nhân khẩu',
    'Tổng số nhân khẩu',
    'Tổng số dân',
    'Tổng dân số',
    'Số người',
    'Population',
    'Persons',
  ]),
  field('households', 'Số hộ', 'Households', true, 'Số hộ gia đình, số nguyên ≥ 0, không lớn hơn số dân', [
    'Số hộ gia đình',
    'Số hộ dân',
    'Tổng số hộ',
    'Tổng số hộ gia đình',
    'Hộ gia đình',
    'Số hộ dân cư',
    'Households',
    'Number of households',
  ]),
];
