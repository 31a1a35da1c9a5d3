/**
 * The one catalogue of error codes. Codes are stable API (clients match on them); the HTTP status
 * follows DESIGN.md's API conventions; messages live in src/i18n, one per language.
 */
export const ERROR_STATUS = {
  INVALID_PARAMETER: 400,
  INVALID_BODY: 400,
  INVALID_FILE: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_WRONG: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  USER_NOT_FOUND: 404,
  USER_EXISTS: 409,
  LOGIN_LOCKED: 429,
  UNIT_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  TARGET_NOT_FOUND: 404,
  INDICATOR_NOT_FOUND: 404,
  OBSERVATION_NOT_FOUND: 404,
  SUBMISSION_NOT_FOUND: 404,
  PLAN_CODE_TAKEN: 409,
  PLAN_IN_USE: 409,
  SUBMISSION_STATE: 409,
  SELF_REVIEW: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  UNIT_NOT_IN_FORCE: 404,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorParams = Record<string, string | number>;

/** One problem of one row of a submitted file or body, in both languages. */
export interface RowProblem {
  sheet?: string;
  row: number;
  field: string;
  column: string;
  value: string;
  message: { vi: string; en: string };
  /**
   * `[longitude, latitude]` (WGS84) of the row, when it has coordinates that could be read (after
   * DMS, comma decimals and swapped columns), so a map can show where the problem is.
   */
  point?: [number, number];
}

/**
 * An expected failure with a stable code and the facts its message needs (field, value, …);
 * `rows` carries the row-level report of a rejected submission.
 */
export class HatangError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly rows: readonly RowProblem[] = [],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'HatangError';
    this.status = ERROR_STATUS[code];
  }
}

/** `expected` names the expectation text in the i18n catalogue; `extra` fills its placeholders. */
export function invalidParameter(
  field: string,
  value: string,
  expected: string,
  extra: ErrorParams = {},
): HatangError {
  return new HatangError('INVALID_PARAMETER', { ...extra, field, value, expected });
}
