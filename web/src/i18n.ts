// UI strings. Vietnamese is the default and the reference; English follows it key by key, and the type
// below makes a missing English string a compile error rather than a blank in the page.

export type Lang = 'vi' | 'en';

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  switchLang: string;
  switchLangLabel: string;
  mapLabel: string;
  panelLabel: string;
  nationalHeading: string;
  provincesCount: (n: number) => string;
  communesCount: (n: number) => string;
  provinceListLabel: string;
  communeListLabel: (province: string) => string;
  back: string;
  backLabel: string;
  loadingProvinces: string;
  loadingCommunes: (province: string) => string;
  errorProvinces: string;
  errorCommunes: (province: string) => string;
  errorDetail: (detail: string) => string;
  retry: string;
  noWebgl: string;
  attributionPrefix: string;
  attributionSource: string;
  attributionLicence: string;
  /** MapLibre's own control labels (zoom buttons, canvas title), so screen readers hear one language. */
  mapLocale: Record<string, string>;
}

const vi: Strings = {
  appTitle: 'Hatang — Hạ tầng số Việt Nam',
  appSubtitle: 'Bản đồ đơn vị hành chính',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  mapLabel: 'Bản đồ hành chính Việt Nam',
  panelLabel: 'Danh sách đơn vị hành chính',
  nationalHeading: 'Toàn quốc',
  provincesCount: (n) => `${n} tỉnh, thành phố`,
  communesCount: (n) => `${n} xã, phường`,
  provinceListLabel: 'Các tỉnh, thành phố',
  communeListLabel: (p) => `Các xã, phường của ${p}`,
  back: '← Toàn quốc',
  backLabel: 'Quay lại bản đồ toàn quốc',
  loadingProvinces: 'Đang tải ranh giới tỉnh, thành phố…',
  loadingCommunes: (p) => `Đang tải ranh giới xã, phường của ${p}…`,
  errorProvinces: 'Không tải được ranh giới các tỉnh, thành phố. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  errorCommunes: (p) => `Không tải được ranh giới xã, phường của ${p}. Vui lòng thử lại.`,
  errorDetail: (d) => `Chi tiết: ${d}`,
  retry: 'Thử lại',
  noWebgl:
    'Trình duyệt này không vẽ được bản đồ (cần WebGL). Danh sách tỉnh, thành phố và xã, phường vẫn dùng được.',
  attributionPrefix:
    'Dữ liệu: ranh giới hành chính 2025 của NXB Tài nguyên Môi trường và Bản đồ Việt Nam, qua',
  attributionSource: 'thanglequoc/vietnamese-provinces-database',
  attributionLicence: '(giấy phép MIT).',
  mapLocale: {
    'Map.Title': 'Bản đồ',
    'NavigationControl.ZoomIn': 'Phóng to',
    'NavigationControl.ZoomOut': 'Thu nhỏ',
    'NavigationControl.ResetBearing': 'Xoay về hướng bắc',
    'AttributionControl.ToggleAttribution': 'Hiện/ẩn ghi công',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
  },
};

const en: Strings = {
  appTitle: 'Hatang — Vietnam digital infrastructure',
  appSubtitle: 'Administrative units map',
  switchLang: 'Tiếng Việt',
  switchLangLabel: 'Chuyển sang tiếng Việt',
  mapLabel: 'Administrative map of Vietnam',
  panelLabel: 'Administrative units list',
  nationalHeading: 'Whole country',
  provincesCount: (n) => `${n} provinces and cities`,
  communesCount: (n) => `${n} communes and wards`,
  provinceListLabel: 'Provinces and cities',
  communeListLabel: (p) => `Communes and wards of ${p}`,
  back: '← Whole country',
  backLabel: 'Back to the national map',
  loadingProvinces: 'Loading province boundaries…',
  loadingCommunes: (p) => `Loading commune boundaries of ${p}…`,
  errorProvinces:
    'Could not load the province boundaries. Please check the network connection and try again.',
  errorCommunes: (p) => `Could not load the commune boundaries of ${p}. Please try again.`,
  errorDetail: (d) => `Details: ${d}`,
  retry: 'Try again',
  noWebgl:
    'This browser cannot draw the map (WebGL is required). The lists of provinces and communes still work.',
  attributionPrefix:
    'Data: 2025 administrative boundaries by the Vietnam Natural Resources, Environment and Cartography Publishing House, via',
  attributionSource: 'thanglequoc/vietnamese-provinces-database',
  attributionLicence: '(MIT licence).',
  mapLocale: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
  },
};

const catalogue: Record<Lang, Strings> = { vi, en };

const STORAGE_KEY = 'hatang.lang';

function isLang(value: string | null): value is Lang {
  return value === 'vi' || value === 'en';
}

/** `?lang=` wins (shareable links), then the user's last choice, then Vietnamese. */
export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, strict policies); the default language is fine then.
  }
  return isLang(stored) ? stored : 'vi';
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // See initialLang: not remembering is harmless.
  }
}

export function strings(lang: Lang): Strings {
  return catalogue[lang];
}
