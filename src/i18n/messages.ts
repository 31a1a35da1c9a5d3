import type { ErrorCode } from '../core/errors/error-codes.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `{name}` placeholders are filled from the error's params. */
type Catalogue = {
  errors: Record<ErrorCode, string>;
  expected: Record<string, string>;
  period: { from: string; until: string; between: string };
};

const vi: Catalogue = {
  errors: {
    INVALID_PARAMETER: 'Tham số "{field}" không hợp lệ: "{value}". {expected}',
    INVALID_BODY: 'Nội dung gửi lên không hợp lệ: {reason}',
    INVALID_FILE: 'Tệp không đọc được: {reason}',
    PLAN_NOT_FOUND: 'Không có kế hoạch "{plan}".',
    TARGET_NOT_FOUND: 'Không có chỉ tiêu số {id}.',
    INDICATOR_NOT_FOUND: 'Không có chỉ tiêu "{code}" trong danh mục.',
    OBSERVATION_NOT_FOUND: 'Không có số liệu số {id}.',
    SUBMISSION_NOT_FOUND: 'Không có lần nộp dữ liệu số {id}.',
    SUBMISSION_STATE:
      'Lần nộp số {id} đang ở trạng thái "{status}": không thể {action} (chỉ được khi ở trạng thái "{needed}").',
    SELF_REVIEW:
      'Bạn đã gửi lần nộp số {id}, nên không thể tự duyệt hoặc từ chối nó: cần một cán bộ khác duyệt.',
    PLAN_CODE_TAKEN: 'Đã có kế hoạch số hiệu "{code}". Dùng PUT /api/plans/{id} để thay thế.',
    PLAN_IN_USE:
      'Kế hoạch "{code}" là kế hoạch cấp trên của {count} kế hoạch khác; gỡ liên kết trước khi xoá.',
    VALIDATION_FAILED: 'Có {count} lỗi; không có gì được lưu. Xem danh sách lỗi theo dòng.',
    PAYLOAD_TOO_LARGE: 'Nội dung gửi lên quá lớn (tối đa {max}).',
    UNSUPPORTED_MEDIA_TYPE: 'Cần gửi {expected}.',
    UNIT_NOT_FOUND: 'Không tìm thấy đơn vị hành chính có mã "{code}" vào ngày {date}.',
    UNIT_NOT_IN_FORCE:
      'Đơn vị "{code}" ({fullName}) không có hiệu lực vào ngày {date}: nó có hiệu lực {period}. Thêm date= trong khoảng đó để xem.',
    NOT_FOUND: 'Không có địa chỉ {path}.',
    METHOD_NOT_ALLOWED: 'Phương thức {method} không dùng được cho {path}.',
    UNAUTHENTICATED: 'Cần đăng nhập (hoặc gửi mã truy cập API) để làm việc này.',
    LOGIN_FAILED: 'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khoá.',
    FORBIDDEN: 'Tài khoản của bạn không có quyền làm việc này: {reason}',
    CSRF_FAILED:
      'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token) của phiên đăng nhập; tải lại trang rồi thử lại.',
    PASSWORD_WRONG: 'Mật khẩu hiện tại (currentPassword) không đúng.',
    PASSWORD_CHANGE_REQUIRED:
      'Bạn cần đổi mật khẩu trước khi tiếp tục (POST /api/auth/password); mật khẩu hiện tại là mật khẩu dùng một lần.',
    USER_NOT_FOUND: 'Không có người dùng "{username}".',
    USER_EXISTS: 'Đã có người dùng "{username}".',
    LOGIN_LOCKED: 'Đăng nhập sai quá nhiều lần; thử lại sau {minutes} phút.',
    INTERNAL_ERROR: 'Lỗi hệ thống (mã yêu cầu {requestId}). Vui lòng thử lại hoặc báo cho quản trị viên.',
  },
  expected: {
    date: 'Cần ngày theo dạng YYYY-MM-DD có thật, ví dụ 2025-07-01.',
    level: 'Cần một trong: {options}.',
    limit: 'Cần số nguyên từ {min} đến {max}.',
    offset: 'Cần số nguyên không âm.',
    boolean: 'Cần true hoặc false.',
    submissionId: 'Cần số của lần nộp để so sánh, ví dụ with=12.',
    text: 'Cần chuỗi từ {min} đến {max} ký tự.',
    code: 'Cần mã đơn vị: VN (toàn quốc), 2 chữ số (tỉnh), 3 (huyện, trước 1/7/2025) hoặc 5 (xã).',
    known: 'Tham số này không được hỗ trợ; các tham số dùng được: {options}.',
    period: 'Cần kỳ số liệu: năm (2025), quý (2025-Q2) hoặc tháng (2025-06).',
    operator: 'Cần mã nhà mạng, một trong: {options}.',
    datasetType: 'Cần loại dữ liệu, một trong: {options}.',
    encoding: 'Cần tên bảng mã, một trong: {options}.',
    username: 'Cần tên đăng nhập 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch nối, gạch dưới.',
    roles: 'Cần vai trò, một hoặc nhiều trong: {options}.',
    provinces: 'Cán bộ cấp tỉnh cần ít nhất một mã tỉnh hiện hành (ví dụ 19).',
    password: 'Mật khẩu cần ít nhất 12 ký tự.',
    passwordNotCurrent: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    currentPassword: 'Cần nhập mật khẩu hiện tại.',
    passwordNotUsername: 'Mật khẩu không được trùng với tên đăng nhập.',
    organisation: 'Cần tên đơn vị nộp số liệu (không để trống, tối đa 200 ký tự).',
    comment: 'Cần nhận xét tối đa {max} ký tự.',
    rejectComment: 'Khi từ chối cần ghi nhận xét nói rõ cần sửa gì.',
    sameDatasetType: 'Chỉ so sánh được hai lần nộp cùng loại dữ liệu ({datasetType}).',
    submissionStatus: 'Cần một trong: {options}.',
    gapUnit: 'Cần mã tỉnh hoặc xã hiện hành (danh sách thôn chưa phủ sóng tính theo xã).',
    technology: 'Cần một trong: 2G, 3G, 4G, 5G.',
    province: 'Cần mã tỉnh, thành phố hiện hành gồm 2 chữ số, ví dụ 19 (Thái Nguyên).',
    facilityKind: 'Cần loại cơ sở, một trong: {options}.',
    format: 'Cần một trong: json, csv, xlsx, geojson.',
    exportFormat: 'Cần một trong: {options}.',
    provinceCode: 'Cần mã tỉnh, thành phố hiện hành (2 chữ số), một trong: {options}.',
  },
  period: { from: 'từ {validFrom}', until: 'đến hết {validTo}', between: 'từ {validFrom} đến hết {validTo}' },
};

const en: Catalogue = {
  errors: {
    INVALID_PARAMETER: 'Parameter "{field}" is invalid: "{value}". {expected}',
    INVALID_BODY: 'The request body is invalid: {reason}',
    INVALID_FILE: 'The file cannot be read: {reason}',
    PLAN_NOT_FOUND: 'There is no plan "{plan}".',
    TARGET_NOT_FOUND: 'There is no target number {id}.',
    INDICATOR_NOT_FOUND: 'There is no indicator "{code}" in the catalogue.',
    OBSERVATION_NOT_FOUND: 'There is no observation number {id}.',
    SUBMISSION_NOT_FOUND: 'There is no submission number {id}.',
    SUBMISSION_STATE: 'Submission {id} is "{status}": it cannot be {action} (only when "{needed}").',
    SELF_REVIEW:
      'You sent submission {id}, so you cannot approve or reject it yourself: another officer must review it.',
    PLAN_CODE_TAKEN: 'A plan numbered "{code}" exists. Use PUT /api/plans/{id} to replace it.',
    PLAN_IN_USE: 'Plan "{code}" is the parent of {count} other plans; unlink them before deleting.',
    VALIDATION_FAILED: '{count} problems; nothing was saved. See the row-by-row list.',
    PAYLOAD_TOO_LARGE: 'The request body is too large (at most {max}).',
    UNSUPPORTED_MEDIA_TYPE: 'Please send {expected}.',
    UNIT_NOT_FOUND: 'No administrative unit with code "{code}" on {date}.',
    UNIT_NOT_IN_FORCE:
      'Unit "{code}" ({fullName}) is not in force on {date}: it is valid {period}. Add a date= in that range to see it.',
    NOT_FOUND: 'There is nothing at {path}.',
    METHOD_NOT_ALLOWED: 'Method {method} is not allowed on {path}.',
    UNAUTHENTICATED: 'Sign in (or send an API token) to do this.',
    LOGIN_FAILED: 'Wrong username or password, or the account is disabled.',
    FORBIDDEN: 'Your account may not do this: {reason}',
    CSRF_FAILED:
      'The session’s anti-forgery token (X-CSRF-Token) is missing or wrong; reload the page and retry.',
    PASSWORD_WRONG: 'The current password (currentPassword) is wrong.',
    PASSWORD_CHANGE_REQUIRED:
      'You need to change your password before continuing (POST /api/auth/password); the current one is a one-time password.',
    USER_NOT_FOUND: 'There is no user "{username}".',
    USER_EXISTS: 'User "{username}" already exists.',
    LOGIN_LOCKED: 'Too many failed sign-ins; try again in {minutes} minutes.',
    INTERNAL_ERROR: 'Internal error (request id {requestId}). Please retry or tell the administrator.',
  },
  expected: {
    date: 'Expected a real date as YYYY-MM-DD, e.g. 2025-07-01.',
    level: 'Expected one of: {options}.',
    limit: 'Expected an integer from {min} to {max}.',
    offset: 'Expected a non-negative integer.',
    boolean: 'Expected true or false.',
    submissionId: 'Expected the number of the submission to compare with, e.g. with=12.',
    text: 'Expected text of {min} to {max} characters.',
    code: 'Expected a unit code: VN (country), 2 digits (province), 3 (district, before 1 Jul 2025) or 5 (commune).',
    known: 'This parameter is not supported; the supported ones are: {options}.',
    period: 'Expected a period: a year (2025), a quarter (2025-Q2) or a month (2025-06).',
    operator: 'Expected an operator code, one of: {options}.',
    datasetType: 'Expected a dataset type, one of: {options}.',
    encoding: 'Expected an encoding name, one of: {options}.',
    username:
      'Expected a username of 3–64 characters: lowercase letters without accents, digits, dot, hyphen, underscore.',
    roles: 'Expected one or more roles among: {options}.',
    provinces: 'A provincial officer needs at least one current province code (e.g. 19).',
    password: 'A password needs at least 12 characters.',
    passwordNotCurrent: 'The new password must differ from the current one.',
    currentPassword: 'Enter the current password.',
    passwordNotUsername: 'The password must not be the username.',
    organisation: 'Expected the submitting organisation (not empty, at most 200 characters).',
    comment: 'Expected a comment of at most {max} characters.',
    rejectComment: 'A rejection needs a comment saying what to correct.',
    sameDatasetType: 'Only two submissions of the same dataset type ({datasetType}) can be compared.',
    submissionStatus: 'Expected one of: {options}.',
    gapUnit: 'Expected a current province or commune code (gap lists are by commune).',
    technology: 'Expected one of: 2G, 3G, 4G, 5G.',
    province: 'Expected a current province code of 2 digits, e.g. 19 (Thái Nguyên).',
    facilityKind: 'Expected a kind of facility, one of: {options}.',
    format: 'Expected one of: json, csv, xlsx, geojson.',
    exportFormat: 'Expected one of: {options}.',
    provinceCode: 'Expected a current province code (2 digits), one of: {options}.',
  },
  period: { from: 'from {validFrom}', until: 'until {validTo}', between: 'from {validFrom} to {validTo}' },
};

export const MESSAGES: Record<Language, Catalogue> = { vi, en };

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/** Picks vi or en from an Accept-Language header or `lang=`; Vietnamese unless English is preferred. */
export function pickLanguage(explicit: string | undefined, acceptLanguage: string | undefined): Language {
  if (explicit === 'en' || explicit === 'vi') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
