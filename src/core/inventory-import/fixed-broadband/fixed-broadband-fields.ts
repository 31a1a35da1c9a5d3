import { YES_NO_WORDS } from '../common-values.ts';
import type { FieldSpec } from '../dataset-contract.ts';
import { fieldSpec as field } from '../field-index.ts';

/**
 * The columns of the `fixed_broadband` dataset: per village, whether an operator's fibre reaches it
 * and how many households it can connect, as operators' provincial branches report them.
 */
export type FixedBroadbandFieldKey = 'villageCode' | 'operator' | 'ftth' | 'householdsPassed';

/** Operators as the template's drop-down offers them (the reader takes more spellings). */
export const OPERATOR_LIST = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile', 'Gmobile', 'iTel', 'Reddi'];

export const FIXED_BROADBAND_FIELDS: readonly FieldSpec<FixedBroadbandFieldKey>[] = [
  field(
    'villageCode',
    'Mã thôn',
    'Village code',
    true,
    'Mã thôn đã có trong danh mục thôn; mỗi thôn một dòng',
    [
      'Mã thôn/bản',
      'Mã thôn, bản',
      'Mã thôn/bản/tổ dân phố',
      'Mã thôn, bản, tổ dân phố',
      'Mã tổ dân phố',
      'Mã TDP',
      'Mã bản',
      'Mã ấp',
      'Village code',
      'Village ID',
    ],
  ),
  field(
    'operator',
    'Nhà mạng',
    'Operator',
    false,
    'Để trống hoặc ghi đúng doanh nghiệp nộp số liệu',
    ['Doanh nghiệp', 'Doanh nghiệp viễn thông', 'Nhà cung cấp dịch vụ', 'Nhà cung cấp', 'Operator', 'ISP'],
    OPERATOR_LIST,
  ),
  field(
    'ftth',
    'Có cáp quang FTTH',
    'FTTH available',
    true,
    'Có/Không: cáp quang đã đến thôn, hộ gia đình đăng ký được dịch vụ',
    [
      'Có FTTH',
      'FTTH',
      'Đã có FTTH',
      'Cáp quang FTTH',
      'Có cáp quang',
      'Đã có cáp quang',
      'Cáp quang',
      'Phủ cáp quang',
      'Cáp quang đến hộ gia đình',
      'Hạ tầng cáp quang',
      'Có băng rộng cáp quang',
      'FTTH available',
    ],
    YES_NO_WORDS,
  ),
  field(
    'householdsPassed',
    'Số hộ được phủ cáp quang',
    'Households passed',
    false,
    'Số hộ có thể đăng ký dịch vụ, số nguyên ≥ 0; bắt buộc khi có FTTH, để trống hoặc 0 khi không',
    [
      'Số hộ có thể kết nối',
      'Số hộ có khả năng kết nối',
      'Số hộ có thể đấu nối',
      'Số hộ có khả năng tiếp cận',
      'Số hộ tiếp cận cáp quang',
      'Số hộ phủ cáp quang',
      'Số hộ được phủ',
      'Households passed',
      'Homes passed',
      'HP',
    ],
  ),
];
