import type { Msg } from '../i18n.tsx';

// Labels of the sign-in page and of the one-time password change.

export const login = {
  title: { vi: 'Đăng nhập', en: 'Sign in' },
  intro: {
    vi: 'Dành cho cán bộ Viện, Sở và doanh nghiệp viễn thông được cấp tài khoản. Người dân xem số liệu công khai không cần đăng nhập.',
    en: 'For institute planners, provincial officers and telecom operators with an account. The public figures need no sign-in.',
  },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  submit: { vi: 'Đăng nhập', en: 'Sign in' },
  signingIn: { vi: 'Đang đăng nhập…', en: 'Signing in…' },
  failedTitle: { vi: 'Không đăng nhập được', en: 'Could not sign in' },
  missingFields: {
    vi: 'Nhập tên đăng nhập và mật khẩu.',
    en: 'Enter your username and password.',
  },
  signedInTitle: { vi: 'Bạn đã đăng nhập', en: 'You are signed in' },
  account: { vi: 'Tài khoản', en: 'Account' },
  roles: { vi: 'Vai trò', en: 'Roles' },
  operator: { vi: 'Doanh nghiệp', en: 'Operator' },
  provinces: { vi: 'Tỉnh, thành phố phụ trách', en: 'Provinces served' },
  continueTo: { vi: 'Tiếp tục', en: 'Continue' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  signingOut: { vi: 'Đang đăng xuất…', en: 'Signing out…' },
  checking: { vi: 'Đang kiểm tra phiên đăng nhập…', en: 'Checking your session…' },

  changeTitle: { vi: 'Đổi mật khẩu dùng một lần', en: 'Change your one-time password' },
  changeIntro: {
    vi: 'Tài khoản của bạn đang dùng mật khẩu một lần do quản trị viên cấp. Hãy đặt mật khẩu riêng (ít nhất {min} ký tự) trước khi tiếp tục.',
    en: 'Your account still has the one-time password the administrator gave you. Choose your own (at least {min} characters) before continuing.',
  },
  currentPassword: { vi: 'Mật khẩu hiện tại (một lần)', en: 'Current (one-time) password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  repeatPassword: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  newPasswordHint: {
    vi: 'Ít nhất {min} ký tự; nên là một cụm từ dễ nhớ.',
    en: 'At least {min} characters; a memorable phrase works well.',
  },
  changeSubmit: { vi: 'Đổi mật khẩu', en: 'Change password' },
  changing: { vi: 'Đang đổi mật khẩu…', en: 'Changing the password…' },
  changeFailedTitle: { vi: 'Không đổi được mật khẩu', en: 'Could not change the password' },
  tooShort: {
    vi: 'Mật khẩu mới cần ít nhất {min} ký tự.',
    en: 'The new password needs at least {min} characters.',
  },
  mismatch: {
    vi: 'Hai lần nhập mật khẩu mới không giống nhau.',
    en: 'The two entries of the new password differ.',
  },
  sameAsCurrent: {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
} satisfies Record<string, Msg>;

/** Role names as users read them (the codes are those of src/core/auth/actor.ts). */
export const roleNames = {
  admin: { vi: 'quản trị viên', en: 'administrator' },
  national_planner: { vi: 'cán bộ quy hoạch quốc gia', en: 'national planner' },
  provincial_officer: { vi: 'cán bộ tỉnh', en: 'provincial officer' },
  operator: { vi: 'doanh nghiệp viễn thông', en: 'telecom operator' },
  viewer: { vi: 'người xem', en: 'viewer' },
} satisfies Record<string, Msg>;
