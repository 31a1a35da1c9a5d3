import type { Msg } from '../i18n.tsx';

// Labels of the coverage-gap page: villages a technology does not reach ("thôn, bản chưa có sóng").

export const gaps = {
  title: { vi: 'Thôn, bản chưa có sóng (vùng lõm sóng)', en: 'Villages without coverage (coverage gaps)' },
  intro: {
    vi: 'Các thôn, bản nằm ngoài vùng phủ sóng của mọi trạm có công nghệ đã chọn, với khoảng cách tới trạm gần nhất. Chọn tỉnh, xã để thu hẹp danh sách; địa chỉ trang giữ bộ lọc để gửi cho người khác.',
    en: 'Villages outside the coverage of every site with the chosen technology, with the distance to the nearest site. Choose a province or commune to narrow the list; the page address keeps the filter, so it can be shared.',
  },
  filters: { vi: 'Bộ lọc', en: 'Filters' },
  technology: { vi: 'Công nghệ', en: 'Technology' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  allProvinces: { vi: 'Cả nước', en: 'Whole country' },
  commune: { vi: 'Xã, phường', en: 'Commune' },
  allCommunes: { vi: 'Tất cả xã, phường', en: 'All communes' },
  chooseProvinceFirst: { vi: 'Chọn tỉnh trước', en: 'Choose a province first' },
  total: {
    vi: '{n} thôn, bản chưa có sóng {tech}',
    en: '{n} villages without {tech} coverage',
  },
  totalOne: { vi: '1 thôn, bản chưa có sóng {tech}', en: '1 village without {tech} coverage' },
  totalInOne: { vi: '1 thôn, bản chưa có sóng {tech} tại', en: '1 village without {tech} coverage in' },
  totalIn: {
    vi: '{n} thôn, bản chưa có sóng {tech} tại',
    en: '{n} villages without {tech} coverage in',
  },
  none: {
    vi: 'Không có thôn, bản nào nằm ngoài vùng phủ sóng {tech} trong phạm vi đã chọn.',
    en: 'No village lies outside {tech} coverage in the chosen area.',
  },
  caption: {
    vi: 'Thôn, bản chưa có sóng {tech}, trang {page}/{pages}',
    en: 'Villages without {tech}, page {page} of {pages}',
  },
  listTitle: { vi: 'Danh sách thôn, bản', en: 'List of villages' },
  colVillage: { vi: 'Thôn, bản', en: 'Village' },
  colCommune: { vi: 'Xã, phường', en: 'Commune' },
  colProvince: { vi: 'Tỉnh, thành phố', en: 'Province' },
  colPopulation: { vi: 'Dân số', en: 'Population' },
  colDistance: { vi: 'Cách trạm gần nhất', en: 'Distance to nearest site' },
  colSite: { vi: 'Trạm gần nhất (nhà mạng)', en: 'Nearest site (operator)' },
  noSite: { vi: 'Không có trạm', en: 'No site' },
  hidden: { vi: 'Không hiển thị', en: 'Not shown' },
  hiddenNote: {
    vi: 'Trạm gần nhất và nhà mạng là dữ liệu riêng của doanh nghiệp: chỉ hiển thị cho nhà mạng sở hữu trạm, cán bộ quy hoạch và cán bộ tỉnh có trạm.',
    en: 'The nearest site and its operator are operator data: shown only to the operator that owns the site, national planners and officers of the site’s province.',
  },
  unknown: { vi: 'Không rõ', en: 'Unknown' },
  metres: { vi: '{n}\u00a0m', en: '{n}\u00a0m' },
  kilometres: { vi: '{n}\u00a0km', en: '{n}\u00a0km' },
  paging: { vi: 'Phân trang', en: 'Pages' },
  pageOf: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  rows: { vi: 'Thôn thứ {from}–{to} trong {total}', en: 'Villages {from}–{to} of {total}' },
  previous: { vi: '← Trang trước', en: '← Previous' },
  next: { vi: 'Trang sau →', en: 'Next →' },
  exports: { vi: 'Tải danh sách đang lọc', en: 'Download the filtered list' },
  exportCsv: { vi: 'Tải CSV', en: 'Download CSV' },
  exportXlsx: { vi: 'Tải Excel (.xlsx)', en: 'Download Excel (.xlsx)' },
  exportGeojson: { vi: 'Tải GeoJSON (bản đồ, QGIS)', en: 'Download GeoJSON (maps, QGIS)' },
  mapTitle: { vi: 'Bản đồ thôn, bản chưa có sóng', en: 'Map of villages without coverage' },
  mapLabel: {
    vi: 'Bản đồ các thôn, bản chưa có sóng {tech} (mỗi chấm một thôn)',
    en: 'Map of villages without {tech} coverage (one dot per village)',
  },
  mapHint: {
    vi: 'Bấm vào một chấm để xem tên thôn. Danh sách bên dưới có cùng thông tin (dùng được bằng bàn phím).',
    en: 'Click a dot to see the village. The list below has the same information (usable with a keyboard).',
  },
  mapTooMany: {
    vi: 'Cả nước có {n} thôn chưa có sóng {tech}: quá nhiều để vẽ trên bản đồ trong trình duyệt. Hãy chọn một tỉnh để xem bản đồ (vẫn có thể tải GeoJSON cả nước ở trên).',
    en: 'The whole country has {n} villages without {tech}: too many to draw in the browser. Choose a province to see the map (the GeoJSON of the whole country can still be downloaded above).',
  },
  mapLoading: { vi: 'Đang tải vị trí các thôn…', en: 'Loading the village locations…' },
  close: { vi: 'Đóng', en: 'Close' },
  popupDistance: { vi: 'Cách trạm {tech} gần nhất {d}', en: '{d} from the nearest {tech} site' },
  popupPopulation: { vi: 'Dân số {n}', en: 'Population {n}' },
} satisfies Record<string, Msg>;
