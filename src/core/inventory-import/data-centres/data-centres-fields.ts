import type { FieldSpec } from '../dataset-contract.ts';
import { fieldSpec as field } from '../field-index.ts';
import type { CommuneKey, PositionKey } from '../place.ts';
import { COMMUNE_FIELDS, POSITION_FIELDS } from '../place-fields.ts';

/**
 * The columns of the `data_centres` dataset, as the lists of data centres that provinces and
 * operators report write them (Tier as the Uptime/TIA-942 rating, capacity as IT power in MW).
 */
export type DataCentreFieldKey =
  | 'code'
  | 'name'
  | 'operator'
  | CommuneKey
  | PositionKey
  | 'tier'
  | 'capacityMw'
  | 'racks'
  | 'pue';

export const TIER_LIST = ['Tier I', 'Tier II', 'Tier III', 'Tier IV'] as const;

export const DATA_CENTRE_FIELDS: readonly FieldSpec<DataCentreFieldKey>[] = [
  field('code', 'Mã trung tâm dữ liệu', 'Data centre code', true, 'Mã do đơn vị đặt, duy nhất trong tệp', [
    'Mã TTDL',
    'Mã data center',
    'Mã DC',
    'Mã',
    'Data centre code',
    'Data center code',
    'DC code',
    'Code',
  ]),
  field('name', 'Tên trung tâm dữ liệu', 'Data centre name', true, 'Ví dụ: Trung tâm dữ liệu Thái Nguyên', [
    'Tên TTDL',
    'Tên data center',
    'Trung tâm dữ liệu',
    'Tên',
    'Data centre name',
    'Data center name',
    'Data centre',
    'Data center',
    'Name',
  ]),
  field(
    'operator',
    'Đơn vị vận hành',
    'Operator',
    false,
    'Doanh nghiệp hoặc cơ quan vận hành; để trống nếu là đơn vị nộp số liệu',
    [
      'Đơn vị quản lý',
      'Đơn vị quản lý, vận hành',
      'Đơn vị sở hữu',
      'Chủ sở hữu',
      'Chủ đầu tư',
      'Doanh nghiệp',
      'Nhà cung cấp',
      'Operator',
      'Owner',
    ],
  ),
  ...COMMUNE_FIELDS,
  ...POSITION_FIELDS,
  field(
    'tier',
    'Cấp độ Tier',
    'Tier',
    false,
    'Tier I đến Tier IV (ghi 3, III, Tier 3 hoặc Cấp 3 cũng được)',
    ['Tier', 'Tiêu chuẩn Tier', 'Xếp hạng Tier', 'Cấp độ', 'Tiêu chuẩn', 'Uptime Tier', 'Rated', 'TIA-942'],
    TIER_LIST,
  ),
  field(
    'capacityMw',
    'Công suất (MW)',
    'Capacity (MW)',
    true,
    'Công suất điện cho thiết bị CNTT, MW, > 0 (ví dụ 2,5)',
    [
      'Công suất IT (MW)',
      'Công suất IT',
      'Công suất điện (MW)',
      'Công suất điện',
      'Công suất thiết kế (MW)',
      'Công suất thiết kế',
      'IT load (MW)',
      'IT load',
      'Capacity (MW)',
      'Capacity',
      'MW',
    ],
  ),
  field('racks', 'Số tủ rack', 'Racks', false, 'Số nguyên ≥ 0', [
    'Số rack',
    'Số lượng rack',
    'Số lượng tủ rack',
    'Số tủ',
    'Racks',
    'Rack',
  ]),
  field('pue', 'Chỉ số PUE', 'PUE', false, 'Từ 1,0 đến 3,0 (ví dụ 1,6)', [
    'PUE',
    'Hiệu suất sử dụng năng lượng',
    'Hiệu quả sử dụng năng lượng',
    'Power usage effectiveness',
  ]),
];
