import type { FieldSpec } from '../dataset-contract.ts';
import { fieldSpec as field } from '../field-index.ts';
import type { CommuneKey, PositionKey } from '../place.ts';
import { COMMUNE_FIELDS, POSITION_FIELDS } from '../place-fields.ts';

/**
 * The columns of the `postal_facilities` dataset: sorting centres (trung tâm khai thác) and post
 * offices of the public postal network, as VNPost and the provinces list them.
 */
export type PostalFacilityFieldKey =
  | 'code'
  | 'name'
  | 'type'
  | CommuneKey
  | PositionKey
  | 'capacityTonnesPerDay';

export const POSTAL_TYPE_LIST = [
  'Trung tâm khai thác vùng',
  'Trung tâm khai thác liên vùng',
  'Trung tâm khai thác tỉnh',
  'Bưu cục',
  'Điểm phục vụ',
] as const;

export const POSTAL_FACILITY_FIELDS: readonly FieldSpec<PostalFacilityFieldKey>[] = [
  field(
    'code',
    'Mã bưu cục',
    'Facility code',
    true,
    'Mã bưu cục hoặc mã trung tâm khai thác, duy nhất trong tệp',
    [
      'Mã cơ sở',
      'Mã điểm phục vụ',
      'Mã trung tâm khai thác',
      'Mã bưu chính',
      'Mã BC',
      'Mã',
      'Facility code',
      'Post office code',
      'Code',
    ],
  ),
  field(
    'name',
    'Tên bưu cục',
    'Facility name',
    true,
    'Ví dụ: Bưu cục Đức Xuân, Trung tâm khai thác vận chuyển Thái Nguyên',
    [
      'Tên cơ sở',
      'Tên điểm phục vụ',
      'Tên trung tâm khai thác',
      'Tên bưu cục/điểm phục vụ',
      'Tên',
      'Facility name',
      'Post office',
      'Name',
    ],
  ),
  field(
    'type',
    'Loại cơ sở',
    'Facility type',
    true,
    'Trung tâm khai thác vùng, liên vùng (khu vực), tỉnh; Bưu cục hoặc Điểm phục vụ',
    ['Loại', 'Loại hình', 'Loại bưu cục', 'Loại điểm phục vụ', 'Phân loại', 'Cấp', 'Type', 'Facility type'],
    POSTAL_TYPE_LIST,
  ),
  ...COMMUNE_FIELDS,
  ...POSITION_FIELDS,
  field(
    'capacityTonnesPerDay',
    'Công suất khai thác (tấn/ngày)',
    'Capacity (t/day)',
    false,
    'Khối lượng bưu gửi khai thác mỗi ngày, tấn, ≥ 0',
    [
      'Công suất (tấn/ngày)',
      'Công suất',
      'Năng lực khai thác (tấn/ngày)',
      'Năng lực khai thác',
      'Sản lượng khai thác (tấn/ngày)',
      'Sản lượng khai thác',
      'Capacity (t/day)',
      'Capacity',
    ],
  ),
];
