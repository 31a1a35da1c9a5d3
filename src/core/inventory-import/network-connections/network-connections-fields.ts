import { YES_NO_WORDS } from '../common-values.ts';
import type { FieldSpec } from '../dataset-contract.ts';
import { fieldSpec as field } from '../field-index.ts';
import type { CommuneKey } from '../place.ts';
import { COMMUNE_FIELDS } from '../place-fields.ts';

/**
 * The columns of the `network_connections` dataset: agencies (above all the commune People's
 * Committees) and whether they are connected to the specialized data network (mạng truyền số liệu
 * chuyên dùng, TSLCD), as the provinces' reports on e-government infrastructure list them.
 */
export type NetworkConnectionFieldKey =
  | 'agencyCode'
  | 'agencyName'
  | CommuneKey
  | 'isCommunePeoplesCommittee'
  | 'connected'
  | 'connectedOn';

export const NETWORK_CONNECTION_FIELDS: readonly FieldSpec<NetworkConnectionFieldKey>[] = [
  field(
    'agencyCode',
    'Mã cơ quan',
    'Agency code',
    true,
    'Mã định danh điện tử của cơ quan, đơn vị; duy nhất trong tệp',
    [
      'Mã định danh',
      'Mã định danh cơ quan',
      'Mã định danh điện tử',
      'Mã cơ quan, đơn vị',
      'Mã cơ quan/đơn vị',
      'Mã đơn vị',
      'Agency code',
      'Agency ID',
    ],
  ),
  field('agencyName', 'Tên cơ quan', 'Agency name', true, 'Ví dụ: UBND phường Đức Xuân', [
    'Tên cơ quan, đơn vị',
    'Tên cơ quan/đơn vị',
    'Tên đơn vị',
    'Cơ quan, đơn vị',
    'Cơ quan',
    'Đơn vị',
    'Agency name',
    'Agency',
  ]),
  ...COMMUNE_FIELDS,
  field(
    'isCommunePeoplesCommittee',
    'Là UBND cấp xã',
    "Commune People's Committee",
    false,
    'Có/Không; để trống thì suy ra từ tên (UBND xã…, UBND phường…)',
    [
      'UBND cấp xã',
      'Là UBND xã',
      'UBND xã',
      'Cơ quan cấp xã',
      "Commune People's Committee",
      'Is commune committee',
    ],
    YES_NO_WORDS,
  ),
  field(
    'connected',
    'Đã kết nối',
    'Connected',
    true,
    'Có/Không: đã kết nối mạng truyền số liệu chuyên dùng (TSLCD)',
    [
      'Đã kết nối TSLCD',
      'Đã kết nối mạng TSLCD',
      'Kết nối mạng TSLCD',
      'Kết nối TSLCD',
      'Kết nối mạng truyền số liệu chuyên dùng',
      'Đã kết nối mạng truyền số liệu chuyên dùng',
      'Tình trạng kết nối',
      'Kết nối',
      'Connected',
    ],
    YES_NO_WORDS,
  ),
  field('connectedOn', 'Ngày kết nối', 'Connected on', false, 'DD/MM/YYYY; chỉ ghi khi đã kết nối', [
    'Ngày kết nối TSLCD',
    'Thời điểm kết nối',
    'Thời gian kết nối',
    'Ngày đấu nối',
    'Connected on',
    'Connection date',
  ]),
];
