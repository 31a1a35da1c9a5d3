import type { Msg } from '../i18n.tsx';

// Labels of the frame around every page: header, navigation, search, sign-in, shared states.

export const common = {
  appName: { vi: 'Hatang', en: 'Hatang' },
  appTagline: { vi: 'Hạ tầng số Việt Nam', en: 'Vietnam digital infrastructure' },
  skipToContent: { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  mainNav: { vi: 'Điều hướng chính', en: 'Main navigation' },
  navOverview: { vi: 'Tổng quan', en: 'Overview' },
  navPlans: { vi: 'Quy hoạch', en: 'Plans' },
  navMap: { vi: 'Bản đồ', en: 'Map' },
  navGaps: { vi: 'Vùng lõm sóng', en: 'Coverage gaps' },
  navSubmissions: { vi: 'Nộp dữ liệu', en: 'Submissions' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  switchTo: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  searchLabel: { vi: 'Tìm đơn vị hành chính', en: 'Find an administrative unit' },
  // Short in English: with a signed-in name the header leaves the field ~230 px at 1280 px wide.
  searchPlaceholder: { vi: 'Tìm đơn vị hành chính…', en: 'Province or commune…' },
  searchNoResult: { vi: 'Không tìm thấy đơn vị nào tên “{q}”.', en: 'No unit named “{q}”.' },
  searchResults: { vi: '{n} kết quả', en: '{n} results' },
  searchSearching: { vi: 'Đang tìm…', en: 'Searching…' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  signedInAs: { vi: 'Đang đăng nhập:', en: 'Signed in:' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  errorTitle: { vi: 'Không tải được dữ liệu', en: 'Could not load the data' },
  errorCode: { vi: 'Mã lỗi: {code}', en: 'Error code: {code}' },
  notFoundTitle: { vi: 'Không có trang này', en: 'Page not found' },
  notFoundBody: { vi: 'Địa chỉ {path} không dẫn tới trang nào.', en: 'The address {path} leads to no page.' },
  backHome: { vi: 'Về trang tổng quan', en: 'Back to the overview' },
  synthetic: { vi: 'Dữ liệu mẫu (tổng hợp)', en: 'Sample data (synthetic)' },
  syntheticNote: {
    vi: 'Trạm, thôn bản và cơ sở hạ tầng trong bản này là dữ liệu mẫu tổng hợp, không phải số liệu thật.',
    en: 'Sites, villages and facilities in this installation are synthetic sample data, not real records.',
  },
  footerData: {
    vi: 'Dữ liệu: danh mục và ranh giới đơn vị hành chính 2025 (Quyết định 19/2025/QĐ-TTg); quy hoạch theo Quyết định 36/QĐ-TTg.',
    en: 'Data: 2025 administrative units and boundaries (Decision 19/2025/QĐ-TTg); plans per Decision 36/QĐ-TTg.',
  },
  apiLink: { vi: 'API (OpenAPI)', en: 'API (OpenAPI)' },
  signInRequired: {
    vi: 'Trang này dành cho người dùng đã đăng nhập.',
    en: 'This page is for signed-in users.',
  },
} satisfies Record<string, Msg>;
