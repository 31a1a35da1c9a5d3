import { BAD_PARAMETER, BODY_ERRORS, errors, jsonContent, ok, paramRef } from './common.ts';

const USER = {
  type: 'object',
  properties: {
    username: { type: 'string' },
    displayName: { type: 'string' },
    roles: {
      type: 'array',
      items: {
        type: 'string',
        enum: ['admin', 'national_planner', 'provincial_officer', 'operator', 'viewer'],
      },
    },
    provinces: { type: 'array', items: { type: 'string' } },
    operator: { type: ['string', 'null'] },
    mustChangePassword: { type: 'boolean' },
    disabled: { type: 'boolean' },
    createdAt: { type: 'string' },
  },
};
const TOKEN = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    prefix: { type: 'string' },
    createdAt: { type: 'string' },
    lastUsedAt: { type: ['string', 'null'] },
    revoked: { type: 'boolean' },
  },
};
const UNAUTHENTICATED = 'Chưa đăng nhập / Not signed in (UNAUTHENTICATED)';
const ADMIN_ONLY = {
  '401': UNAUTHENTICATED,
  '403':
    'Không phải quản trị viên, hoặc thiếu X-CSRF-Token / Not an admin, or X-CSRF-Token missing (FORBIDDEN, CSRF_FAILED)',
};

/** Sign-in, the signed-in user, accounts and the audit trail (issue 5). */
export const authPaths = {
  '/api/auth/login': {
    post: {
      operationId: 'login',
      tags: ['accounts'],
      summary: 'Đăng nhập / Sign in: sets the httpOnly session cookie, returns the CSRF token for writes',
      parameters: [paramRef('lang')],
      requestBody: {
        required: true,
        content: jsonContent({
          type: 'object',
          required: ['username', 'password'],
          properties: { username: { type: 'string' }, password: { type: 'string' } },
        }),
      },
      responses: {
        '200': ok('Signed in', {
          type: 'object',
          properties: { user: USER, csrfToken: { type: 'string' }, expiresAt: { type: 'string' } },
        }),
        ...errors({
          ...BODY_ERRORS,
          '401': 'Sai tên hoặc mật khẩu / Wrong username or password (LOGIN_FAILED)',
          '429': 'Quá nhiều lần sai, tạm khoá / Too many failures, locked for a while (LOGIN_LOCKED)',
        }),
      },
    },
  },
  '/api/auth/logout': {
    post: {
      operationId: 'logout',
      tags: ['accounts'],
      summary: 'Đăng xuất / Sign out (needs X-CSRF-Token)',
      parameters: [paramRef('lang')],
      responses: {
        '204': { description: 'Signed out' },
        ...errors({ '401': UNAUTHENTICATED, '403': ADMIN_ONLY['403'] }),
      },
    },
  },
  '/api/auth/password': {
    post: {
      operationId: 'changePassword',
      tags: ['accounts'],
      summary: 'Đổi mật khẩu của tôi / Change my password (sessions need X-CSRF-Token)',
      description: [
        'Checks `currentPassword`; `newPassword` needs at least 12 characters and must differ from the',
        'current password and from the username. Success clears `mustChangePassword` and ends the',
        "user's other sessions (the calling session stays); API tokens are kept.",
        'While `mustChangePassword` is true, a browser session may only call GET /api/auth/me, this',
        'operation, POST /api/auth/logout and POST /api/auth/login: every other /api request answers',
        '403 PASSWORD_CHANGE_REQUIRED. API tokens (made by an admin for machines) are not restricted.',
      ].join(' '),
      parameters: [paramRef('lang')],
      requestBody: {
        required: true,
        content: jsonContent({
          type: 'object',
          required: ['currentPassword', 'newPassword'],
          properties: {
            currentPassword: { type: 'string' },
            newPassword: { type: 'string', minLength: 12 },
          },
        }),
      },
      responses: {
        '204': { description: 'Đã đổi / Changed' },
        ...errors({
          '400':
            'Thiếu mật khẩu hiện tại, mật khẩu mới quá ngắn, trùng mật khẩu cũ hoặc tên đăng nhập; `details.field` nêu trường / Current password missing, new one too short, equal to the current one or to the username; `details.field` names the field (INVALID_PARAMETER, INVALID_BODY)',
          '401': UNAUTHENTICATED,
          '403':
            'Mật khẩu hiện tại sai, hoặc thiếu X-CSRF-Token / Current password wrong, or X-CSRF-Token missing (PASSWORD_WRONG, CSRF_FAILED)',
          '413': BODY_ERRORS['413'],
          '415': BODY_ERRORS['415'],
          '429': 'Quá nhiều lần sai, tạm khoá / Too many failures, locked for a while (LOGIN_LOCKED)',
        }),
      },
    },
  },
  '/api/auth/session': {
    get: {
      operationId: 'getSession',
      tags: ['accounts'],
      summary: 'Phiên đăng nhập của trình duyệt / The browser session, if any',
      description:
        'Public. `{"user": null}` when the request carries no valid session cookie (API tokens are not sessions); otherwise the user and the session’s CSRF token, as GET /api/auth/me.',
      parameters: [paramRef('lang')],
      responses: {
        '200': ok('The session’s user, or null', {
          type: 'object',
          properties: { user: { oneOf: [USER, { type: 'null' }] }, csrfToken: { type: 'string' } },
        }),
      },
    },
  },
  '/api/auth/me': {
    get: {
      operationId: 'getMe',
      tags: ['accounts'],
      summary: 'Người đang đăng nhập / The signed-in user (and the session’s CSRF token)',
      description:
        '`user.mustChangePassword`: the session may do nothing else than change the password (POST /api/auth/password) or sign out.',
      parameters: [paramRef('lang')],
      responses: {
        '200': ok('The user', { type: 'object', properties: { user: USER, csrfToken: { type: 'string' } } }),
        ...errors({ '401': UNAUTHENTICATED }),
      },
    },
  },
  '/api/users': {
    get: {
      operationId: 'listUsers',
      tags: ['accounts'],
      summary: 'Tài khoản (quản trị viên) / Accounts (admins)',
      parameters: [paramRef('lang')],
      responses: {
        '200': ok('Users', { type: 'object', properties: { items: { type: 'array', items: USER } } }),
        ...errors({ '400': BAD_PARAMETER, ...ADMIN_ONLY }),
      },
    },
    post: {
      operationId: 'createUser',
      tags: ['accounts'],
      summary:
        'Tạo tài khoản; mật khẩu dùng một lần chỉ trả về lần này / Create an account; the one-time password is returned once',
      parameters: [paramRef('lang')],
      requestBody: {
        required: true,
        content: jsonContent({
          type: 'object',
          required: ['username', 'roles'],
          properties: {
            username: { type: 'string' },
            displayName: { type: 'string' },
            roles: { type: 'string', description: 'comma-separated', example: 'provincial_officer' },
            provinces: { type: 'string', description: 'comma-separated province codes', example: '19' },
            operator: { type: 'string', example: 'VIETTEL' },
          },
        }),
      },
      responses: {
        '201': ok('Created', {
          type: 'object',
          properties: { user: USER, oneTimePassword: { type: 'string' } },
        }),
        ...errors({ ...BODY_ERRORS, ...ADMIN_ONLY, '409': 'Đã có tên này / Username taken (USER_EXISTS)' }),
      },
    },
  },
  '/api/users/{username}/disable': {
    post: {
      operationId: 'disableUser',
      tags: ['accounts'],
      summary: 'Khoá tài khoản, kết thúc mọi phiên / Disable an account and end its sessions',
      parameters: [
        { name: 'username', in: 'path', required: true, schema: { type: 'string' } },
        paramRef('lang'),
      ],
      responses: {
        '200': ok('Disabled', { type: 'object', properties: { user: USER } }),
        ...errors({ ...ADMIN_ONLY, '404': 'Không có tài khoản / No such user (USER_NOT_FOUND)' }),
      },
    },
  },
  '/api/tokens': {
    get: {
      operationId: 'listTokens',
      tags: ['accounts'],
      summary: 'Mã truy cập API của tôi / My API tokens (never the secrets)',
      parameters: [paramRef('lang')],
      responses: {
        '200': ok('Tokens', { type: 'object', properties: { items: { type: 'array', items: TOKEN } } }),
        ...errors({ '401': UNAUTHENTICATED }),
      },
    },
    post: {
      operationId: 'createToken',
      tags: ['accounts'],
      summary: 'Tạo mã truy cập; chỉ hiện một lần / Create a token; shown once',
      parameters: [paramRef('lang')],
      requestBody: {
        required: true,
        content: jsonContent({
          type: 'object',
          properties: { name: { type: 'string', example: 'máy nộp số liệu' } },
        }),
      },
      responses: {
        '201': ok('Created', { ...TOKEN, properties: { ...TOKEN.properties, token: { type: 'string' } } }),
        ...errors({ ...BODY_ERRORS, '401': UNAUTHENTICATED, '403': ADMIN_ONLY['403'] }),
      },
    },
  },
  '/api/tokens/{id}': {
    delete: {
      operationId: 'revokeToken',
      tags: ['accounts'],
      summary: 'Thu hồi một mã truy cập của tôi / Revoke one of my tokens',
      parameters: [paramRef('id'), paramRef('lang')],
      responses: {
        '204': { description: 'Revoked' },
        ...errors({
          '401': UNAUTHENTICATED,
          '403': ADMIN_ONLY['403'],
          '404': 'Không có mã này / No such token of yours',
        }),
      },
    },
  },
  '/api/audit': {
    get: {
      operationId: 'listAudit',
      tags: ['accounts'],
      summary: 'Nhật ký thay đổi (chỉ ghi thêm) / The append-only audit trail, JSON or CSV',
      parameters: [
        { name: 'entity', in: 'query', schema: { type: 'string' } },
        { name: 'entityId', in: 'query', schema: { type: 'string' } },
        { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
        { name: 'until', in: 'query', schema: { type: 'string', format: 'date' } },
        { name: 'limit', in: 'query', schema: { type: 'integer', default: 100, maximum: 1000 } },
        { name: 'offset', in: 'query', schema: { type: 'integer', default: 0 } },
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'] } },
        paramRef('lang'),
      ],
      responses: {
        '200': {
          description: 'Entries, newest first',
          content: {
            'application/json': { schema: { type: 'object' } },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        ...errors({ '400': BAD_PARAMETER, ...ADMIN_ONLY }),
      },
    },
  },
};
