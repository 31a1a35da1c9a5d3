/**
 * The fields of a plan and of a target, with the column labels of the XLSX template (Vietnamese
 * first: the officer fills them in) and their English names. The same keys are the JSON property
 * names, so a JSON file and a workbook go through one validator.
 */
export interface FieldSpec {
  key: string;
  vi: string;
  en: string;
  required: boolean;
  /** Shown as the cell's input message in the template. */
  hintVi: string;
}

export const PLAN_FIELDS: FieldSpec[] = [
  {
    key: 'code',
    vi: 'Số hiệu văn bản',
    en: 'Document number',
    required: true,
    hintVi: 'Ví dụ: 36/QĐ-TTg, 660/KH-UBND',
  },
  {
    key: 'titleVi',
    vi: 'Tên kế hoạch',
    en: 'Title (Vietnamese)',
    required: true,
    hintVi: 'Tên đầy đủ của kế hoạch, quy hoạch',
  },
  { key: 'titleEn', vi: 'Tên tiếng Anh', en: 'Title (English)', required: false, hintVi: 'Không bắt buộc' },
  {
    key: 'issuer',
    vi: 'Cơ quan ban hành',
    en: 'Issuer',
    required: true,
    hintVi: 'Ví dụ: UBND tỉnh Thái Nguyên',
  },
  {
    key: 'issuedOn',
    vi: 'Ngày ban hành',
    en: 'Issued on',
    required: false,
    hintVi: 'Ngày, dạng YYYY-MM-DD hoặc ô ngày của Excel',
  },
  { key: 'periodStart', vi: 'Năm bắt đầu', en: 'First year', required: true, hintVi: 'Ví dụ: 2023' },
  { key: 'periodEnd', vi: 'Năm kết thúc', en: 'Last year', required: true, hintVi: 'Ví dụ: 2025' },
  { key: 'visionYear', vi: 'Tầm nhìn đến năm', en: 'Vision year', required: false, hintVi: 'Ví dụ: 2050' },
  {
    key: 'scopeUnit',
    vi: 'Mã đơn vị phạm vi',
    en: 'Scope unit code',
    required: true,
    hintVi: 'VN cho toàn quốc, mã tỉnh 2 chữ số (ví dụ 19)',
  },
  {
    key: 'scopeDate',
    vi: 'Ngày áp dụng mã đơn vị',
    en: 'Date the unit code is read on',
    required: false,
    hintVi: 'Mặc định: ngày ban hành. Ví dụ 2023-10-01 cho tỉnh Bắc Kạn (06) trước sáp nhập',
  },
  {
    key: 'parentPlan',
    vi: 'Quy hoạch cấp trên',
    en: 'Parent plan',
    required: false,
    hintVi: 'Số hiệu, ví dụ 36/QĐ-TTg',
  },
  {
    key: 'status',
    vi: 'Trạng thái',
    en: 'Status',
    required: false,
    hintVi: 'in_force (mặc định), draft, expired, superseded',
  },
  {
    key: 'sourceUrl',
    vi: 'Nguồn (đường dẫn)',
    en: 'Source URL',
    required: false,
    hintVi: 'Đường dẫn tới văn bản',
  },
];

export const TARGET_FIELDS: FieldSpec[] = [
  {
    key: 'indicator',
    vi: 'Mã chỉ tiêu',
    en: 'Indicator code',
    required: true,
    hintVi: 'Chọn trong danh sách, ví dụ VILLAGE_MBB_COVERAGE',
  },
  {
    key: 'scope',
    vi: 'Phạm vi',
    en: 'Scope',
    required: false,
    hintVi: 'Mã đơn vị, hoặc "mọi xã" / "mọi tỉnh"; để trống = phạm vi của kế hoạch',
  },
  {
    key: 'comparator',
    vi: 'Phép so sánh',
    en: 'Comparator',
    required: true,
    hintVi: '>=, <=, = hoặc khoảng',
  },
  {
    key: 'value',
    vi: 'Giá trị mục tiêu',
    en: 'Target value',
    required: false,
    hintVi: 'Số; bỏ trống khi là khoảng',
  },
  { key: 'min', vi: 'Giá trị tối thiểu', en: 'Minimum', required: false, hintVi: 'Chỉ với khoảng, ví dụ 12' },
  { key: 'max', vi: 'Giá trị tối đa', en: 'Maximum', required: false, hintVi: 'Chỉ với khoảng, ví dụ 14' },
  {
    key: 'deadline',
    vi: 'Hạn hoàn thành',
    en: 'Deadline',
    required: true,
    hintVi: 'Năm (2025 = 31/12/2025) hoặc ngày',
  },
  {
    key: 'baselineValue',
    vi: 'Giá trị cơ sở',
    en: 'Baseline value',
    required: false,
    hintVi: 'Số liệu năm cơ sở',
  },
  { key: 'baselineYear', vi: 'Năm cơ sở', en: 'Baseline year', required: false, hintVi: 'Ví dụ: 2022' },
  {
    key: 'sourceClause',
    vi: 'Điều khoản',
    en: 'Source clause',
    required: false,
    hintVi: 'Trích điều, khoản, mục của văn bản',
  },
  { key: 'sourceUrl', vi: 'Nguồn (đường dẫn)', en: 'Source URL', required: false, hintVi: 'Không bắt buộc' },
];

export const COMPARATOR_WORDS: Record<string, '>=' | '<=' | '=' | 'range'> = {
  '>=': '>=',
  '≥': '>=',
  'ít nhất': '>=',
  'tối thiểu': '>=',
  'at least': '>=',
  '<=': '<=',
  '≤': '<=',
  'tối đa': '<=',
  'không quá': '<=',
  'at most': '<=',
  '=': '=',
  bằng: '=',
  khoảng: 'range',
  range: 'range',
  'từ … đến': 'range',
};
