import type { FieldSpec } from '../dataset-contract.ts';
import { fieldSpec as field } from '../field-index.ts';

/**
 * The columns of the `it_parks` dataset (khu công nghệ thông tin tập trung), as provincial plans and
 * the Ministry's lists of concentrated IT parks write them.
 */
export type ItParkFieldKey =
  | 'code'
  | 'name'
  | 'provinceCode'
  | 'provinceName'
  | 'areaHa'
  | 'status'
  | 'bandwidthGbps';

export const IT_PARK_STATUS_LIST = ['Quy hoạch', 'Đang xây dựng', 'Đang hoạt động'] as const;

export const IT_PARK_FIELDS: readonly FieldSpec<ItParkFieldKey>[] = [
  field('code', 'Mã khu CNTT', 'IT park code', true, 'Mã do đơn vị đặt, duy nhất trong tệp', [
    'Mã khu công nghệ thông tin',
    'Mã khu CNTT tập trung',
    'Mã khu',
    'Mã',
    'IT park code',
    'Park code',
    'Code',
  ]),
  field(
    'name',
    'Tên khu CNTT',
    'IT park name',
    true,
    'Ví dụ: Khu công nghệ thông tin tập trung Thái Nguyên',
    [
      'Tên khu công nghệ thông tin',
      'Tên khu CNTT tập trung',
      'Tên khu công nghệ thông tin tập trung',
      'Khu CNTT tập trung',
      'Khu công nghệ thông tin tập trung',
      'Tên khu',
      'Tên',
      'IT park name',
      'IT park',
      'Name',
    ],
  ),
  field(
    'provinceCode',
    'Mã tỉnh',
    'Province code',
    false,
    'Mã tỉnh/thành phố 2 chữ số, ví dụ 19; bắt buộc nếu không có tên tỉnh',
    ['Mã tỉnh/thành phố', 'Mã tỉnh/TP', 'Mã tỉnh, thành phố', 'Province code'],
  ),
  field('provinceName', 'Tỉnh', 'Province', false, 'Ví dụ: Thái Nguyên; dùng khi không có mã tỉnh', [
    'Tỉnh/Thành phố',
    'Tỉnh, thành phố',
    'Tỉnh/TP',
    'Tỉnh/thành',
    'Tên tỉnh',
    'Tên tỉnh/thành phố',
    'Địa phương',
    'Province',
  ]),
  field('areaHa', 'Diện tích (ha)', 'Area (ha)', true, 'Héc-ta, > 0 (ví dụ 50 hoặc 12,5)', [
    'Diện tích',
    'Quy mô diện tích (ha)',
    'Quy mô diện tích',
    'Quy mô (ha)',
    'Tổng diện tích (ha)',
    'Tổng diện tích',
    'Area (ha)',
    'Area',
  ]),
  field(
    'status',
    'Trạng thái',
    'Status',
    true,
    'Quy hoạch, Đang xây dựng hoặc Đang hoạt động',
    ['Tình trạng', 'Hiện trạng', 'Tình hình triển khai', 'Tiến độ', 'Status'],
    IT_PARK_STATUS_LIST,
  ),
  field(
    'bandwidthGbps',
    'Băng thông (Gbps)',
    'Bandwidth (Gbps)',
    false,
    'Dung lượng kết nối Internet, Gbps, ≥ 0',
    [
      'Băng thông kết nối (Gbps)',
      'Băng thông kết nối',
      'Băng thông Internet',
      'Dung lượng kết nối (Gbps)',
      'Dung lượng kết nối',
      'Bandwidth (Gbps)',
      'Bandwidth',
    ],
  ),
];
