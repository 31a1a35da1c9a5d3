import type { Msg } from '../i18n.tsx';

// Labels of the national overview page (/).

export const overview = {
  title: {
    vi: 'Hạ tầng số so với quy hoạch quốc gia',
    en: 'Digital infrastructure against the national plan',
  },
  intro: {
    vi: 'Mỗi thẻ là một chỉ tiêu của quy hoạch quốc gia đang có hiệu lực: giá trị hiện tại, mục tiêu, thời hạn và đánh giá tiến độ.',
    en: 'Each card is a target of the national plan in force: the current value, the target, its deadline and the progress status.',
  },
  noNationalPlan: {
    vi: 'Chưa có quy hoạch quốc gia nào đang có hiệu lực.',
    en: 'No national plan is in force.',
  },
  targetsHeading: { vi: 'Các chỉ tiêu của quy hoạch quốc gia', en: 'Targets of the national plan' },
  summary: { vi: '{n} chỉ tiêu:', en: '{n} targets:' },
  summaryItem: { vi: '{label}: {n}', en: '{label}: {n}' },
  loadingTargets: {
    vi: 'Đang đánh giá tiến độ các chỉ tiêu quốc gia…',
    en: 'Evaluating progress on the national targets…',
  },
  current: { vi: 'Hiện tại', en: 'Current' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  noValue: { vi: 'Chưa có số liệu', en: 'No data yet' },
  valueWithPeriod: { vi: '{value} ({period})', en: '{value} ({period})' },
  mapHeading: { vi: 'Bản đồ chỉ tiêu theo tỉnh', en: 'Indicators by province' },
  mapHeadingProvince: { vi: 'Chỉ tiêu theo xã: {province}', en: 'Indicators by commune: {province}' },
  mapIndicator: { vi: 'Chỉ tiêu trên bản đồ', en: 'Indicator on the map' },
  mapPeriod: { vi: 'Kỳ số liệu', en: 'Data period' },
  latestPeriod: { vi: 'Mới nhất', en: 'Latest' },
  latestPeriodIs: { vi: 'Mới nhất ({period})', en: 'Latest ({period})' },
  backToCountry: { vi: '← Toàn quốc', en: '← Whole country' },
  provincePage: { vi: 'Xem trang tỉnh', en: 'Open the province page' },
  mapLabel: { vi: 'Bản đồ {indicator} theo tỉnh', en: 'Map of {indicator} by province' },
  mapLabelCommunes: { vi: 'Bản đồ {indicator} theo xã', en: 'Map of {indicator} by commune' },
  mapHint: {
    vi: 'Chọn một tỉnh trên bản đồ hoặc trong bảng để xem các xã.',
    en: 'Pick a province on the map or in the table to see its communes.',
  },
  loadingMap: { vi: 'Đang tải bản đồ…', en: 'Loading the map…' },
  loadingValues: { vi: 'Đang tải số liệu…', en: 'Loading the values…' },
  legend: { vi: 'Chú giải', en: 'Legend' },
  legendUnder: { vi: 'dưới {to}', en: 'under {to}' },
  legendFrom: { vi: 'từ {from}', en: '{from} and over' },
  legendBetween: { vi: '{from} – dưới {to}', en: '{from} to under {to}' },
  legendRange: { vi: '{from} – {to}', en: '{from} to {to}' },
  legendCount: { vi: '({n})', en: '({n})' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
  noValues: {
    vi: 'Chỉ tiêu này chưa có số liệu cho kỳ đã chọn.',
    en: 'This indicator has no values for the chosen period.',
  },
  tableCaption: {
    vi: '{indicator}, {period}: giá trị theo tỉnh',
    en: '{indicator}, {period}: values by province',
  },
  tableCaptionCommunes: {
    vi: '{indicator}, {period}: giá trị theo xã của {province}',
    en: '{indicator}, {period}: values by commune of {province}',
  },
  colUnit: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  colParts: { vi: 'Tử số / mẫu số', en: 'Numerator / denominator' },
  colActions: { vi: 'Bản đồ', en: 'Map' },
  showCommunes: { vi: 'Xem các xã', en: 'Show communes' },
  showCommunesOf: { vi: 'Xem các xã của {name}', en: 'Show communes of {name}' },
  sortBy: { vi: 'Sắp xếp theo {column}', en: 'Sort by {column}' },
  estimatedMark: { vi: '(ước tính)', en: '(estimate)' },
  hoverValue: { vi: '{value}', en: '{value}' },
  tableHeading: { vi: 'Bảng số liệu', en: 'Table of values' },
  syntheticMap: {
    vi: 'Chỉ tiêu này được tính từ hạ tầng trong hệ thống, là dữ liệu mẫu tổng hợp.',
    en: 'This indicator is computed from the inventory, which is synthetic sample data.',
  },
} satisfies Record<string, Msg>;
