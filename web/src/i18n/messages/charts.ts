import type { Msg } from '../i18n.tsx';

// Labels of the charts and of values with their units (shared by the overview and unit pages).

export const chartText = {
  observed: { vi: 'Số liệu', en: 'Data' },
  estimated: { vi: 'Ước tính', en: 'Estimate' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  projection: { vi: 'Dự báo đến hạn', en: 'Projection to the deadline' },
  legend: { vi: 'Chú giải biểu đồ', en: 'Chart legend' },
  noData: { vi: 'Chưa có số liệu', en: 'No data yet' },
  /** "4G: 86,7 % (2025), mục tiêu ≥ 100 % trước 31/12/2025." */
  summary: {
    vi: '{name}: {value} ({period}), mục tiêu {target} trước {deadline}.',
    en: '{name}: {value} ({period}), target {target} by {deadline}.',
  },
  summaryNoData: {
    vi: '{name}: chưa có số liệu, mục tiêu {target} trước {deadline}.',
    en: '{name}: no data yet, target {target} by {deadline}.',
  },
  summaryPoints: {
    vi: '{n} điểm số liệu từ {first} đến {last}.',
    en: '{n} data points from {first} to {last}.',
  },
  summaryProjection: {
    vi: 'Dự báo đến {year}: {value}.',
    en: 'Projected for {year}: {value}.',
  },
} satisfies Record<string, Msg>;

/** Units of measure as indicators name them (src/io/vn-ict-plans), shown after (or before) a value. */
export const unitText = {
  count: { vi: '', en: '' },
  'tonnes/day': { vi: 'tấn/ngày', en: 'tonnes/day' },
  days: { vi: 'ngày', en: 'days' },
  rank: { vi: 'hạng', en: 'rank' },
} satisfies Record<string, Msg>;
