import type { Msg } from '../i18n.tsx';

// Labels of the shared map frame (every page's map uses them).

export const mapText = {
  loading: { vi: 'Đang tải bản đồ…', en: 'Loading the map…' },
  noWebgl: {
    vi: 'Trình duyệt này không vẽ được bản đồ (cần WebGL). Bảng số liệu bên cạnh vẫn dùng được.',
    en: 'This browser cannot draw the map (WebGL is needed). The tables on this page still work.',
  },
  zoomIn: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  resetBearing: { vi: 'Xoay về hướng bắc', en: 'Reset bearing to north' },
  mapTitle: { vi: 'Bản đồ', en: 'Map' },
} satisfies Record<string, Msg>;
