import { OPERATORS, type OperatorCode } from '../assets/asset-model.ts';

/**
 * Who is asking (issue 5, "Roles and scopes"). Roles follow DHIS2's model of roles bound to an
 * org-unit scope: a provincial officer acts for one or more provinces, an operator's staff for one
 * operator. A user may hold several roles; each grants what it grants (the union), and a scope only
 * counts together with the role it belongs to (provinces without `provincial_officer` grant nothing).
 * Pure data: the service builds an Actor from the session or API token and passes it down.
 */

export const ROLES = ['admin', 'national_planner', 'provincial_officer', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The public: no session, no token. Sees published aggregates and open datasets only. */
export interface AnonymousActor {
  readonly kind: 'anonymous';
}

export interface UserActor {
  readonly kind: 'user';
  readonly userId: number;
  readonly username: string;
  readonly roles: readonly Role[];
  /**
   * Current (1 July 2025) 2-digit province codes, e.g. '19' for Thái Nguyên, that the
   * `provincial_officer` role covers. Ignored without that role.
   */
  readonly provinces: readonly string[];
  /** The operator the `operator` role acts for. Ignored without that role. */
  readonly operator: OperatorCode | null;
}

export type Actor = AnonymousActor | UserActor;

export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: 'anonymous' });

type Message = { vi: string; en: string };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isOperatorCode(value: string): value is OperatorCode {
  return (OPERATORS as readonly string[]).includes(value);
}

/** A current province code has two digits ('01' Hà Nội … '96' Cà Mau). Membership is the caller's check. */
export function isProvinceCode(value: string): boolean {
  return /^[0-9]{2}$/.test(value);
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.roles.includes(role);
}

/** Provinces the actor acts for as a provincial officer (empty without that role). */
export function officerProvinces(actor: Actor): readonly string[] {
  return hasRole(actor, 'provincial_officer') && actor.kind === 'user' ? actor.provinces : [];
}

/** Whether the actor is a provincial officer of `provinceCode`. */
export function isOfficerOf(actor: Actor, provinceCode: string): boolean {
  return officerProvinces(actor).includes(provinceCode);
}

/** The operator the actor acts for as operator staff (null without that role). */
export function actingOperator(actor: Actor): OperatorCode | null {
  return hasRole(actor, 'operator') && actor.kind === 'user' ? actor.operator : null;
}

/** What a user record's roles and scopes must satisfy; the users service refuses any other. */
export interface ActorScopeInput {
  roles: readonly string[];
  provinces: readonly string[];
  operator: string | null;
}

/**
 * Every problem of a user's roles and scopes, in both languages (empty when consistent), so
 * `hatang users add` and `/api/users` can refuse a scope that the policy would silently ignore.
 * Whether a province code exists is the caller's check against the unit catalogue.
 */
export function actorScopeProblems(input: ActorScopeInput): Message[] {
  const problems: Message[] = [];
  if (input.roles.length === 0) {
    problems.push({ vi: 'Người dùng cần ít nhất một vai trò.', en: 'A user needs at least one role.' });
  }
  for (const role of input.roles) {
    if (!isRole(role)) {
      problems.push({
        vi: `Vai trò không hợp lệ: "${role}" (dùng: ${ROLES.join(', ')}).`,
        en: `Unknown role "${role}" (use: ${ROLES.join(', ')}).`,
      });
    }
  }
  if (new Set(input.roles).size !== input.roles.length) {
    problems.push({ vi: 'Một vai trò được ghi hai lần.', en: 'A role is listed twice.' });
  }
  const officer = input.roles.includes('provincial_officer');
  if (officer && input.provinces.length === 0) {
    problems.push({
      vi: 'Vai trò cán bộ Sở (provincial_officer) cần ít nhất một tỉnh.',
      en: 'The provincial_officer role needs at least one province.',
    });
  }
  if (!officer && input.provinces.length > 0) {
    problems.push({
      vi: 'Chỉ vai trò cán bộ Sở (provincial_officer) mới gắn với tỉnh.',
      en: 'Provinces are only given with the provincial_officer role.',
    });
  }
  for (const code of input.provinces) {
    if (!isProvinceCode(code)) {
      problems.push({
        vi: `Mã tỉnh không hợp lệ: "${code}" (hai chữ số, ví dụ 19).`,
        en: `Invalid province code "${code}" (two digits, e.g. 19).`,
      });
    }
  }
  if (new Set(input.provinces).size !== input.provinces.length) {
    problems.push({ vi: 'Một tỉnh được ghi hai lần.', en: 'A province is listed twice.' });
  }
  const operatorRole = input.roles.includes('operator');
  if (operatorRole && input.operator === null) {
    problems.push({
      vi: 'Vai trò doanh nghiệp (operator) cần mã doanh nghiệp.',
      en: 'The operator role needs an operator code.',
    });
  }
  if (!operatorRole && input.operator !== null) {
    problems.push({
      vi: 'Chỉ vai trò doanh nghiệp (operator) mới gắn với mã doanh nghiệp.',
      en: 'An operator code is only given with the operator role.',
    });
  }
  if (input.operator !== null && !isOperatorCode(input.operator)) {
    problems.push({
      vi: `Mã doanh nghiệp không hợp lệ: "${input.operator}" (dùng: ${OPERATORS.join(', ')}).`,
      en: `Unknown operator "${input.operator}" (use: ${OPERATORS.join(', ')}).`,
    });
  }
  return problems;
}

/** A stored account as the users repository reads it (roles and operator as plain text). */
export interface StoredAccount {
  id: number;
  username: string;
  roles: readonly string[];
  provinces: readonly string[];
  operator: string | null;
}

/**
 * The Actor of a signed-in account. Fails closed: an unknown role or operator code (a value the
 * database holds but this version does not know) grants nothing rather than failing the request.
 */
export function userActor(account: StoredAccount): UserActor {
  return {
    kind: 'user',
    userId: account.id,
    username: account.username,
    roles: [...new Set(account.roles.filter(isRole))],
    provinces: [...new Set(account.provinces.filter(isProvinceCode))],
    operator: account.operator !== null && isOperatorCode(account.operator) ? account.operator : null,
  };
}

/**
 * The installation's own command line (`hatang import …`, `hatang demo …`): whoever runs it has the
 * server's shell and database, so it acts as an administrator. Never given to a network request.
 */
export const COMMAND_LINE: UserActor = Object.freeze({
  kind: 'user' as const,
  userId: 0,
  username: 'cli',
  roles: ['admin' as const],
  provinces: [],
  operator: null,
});
