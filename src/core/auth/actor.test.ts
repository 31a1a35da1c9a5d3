import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  actingOperator,
  actorScopeProblems,
  hasRole,
  isOfficerOf,
  isOperatorCode,
  isProvinceCode,
  isRole,
  officerProvinces,
  type UserActor,
  userActor,
} from './actor.ts';

const actor: UserActor = {
  kind: 'user',
  userId: 3,
  username: 'minh.tran',
  roles: ['operator', 'provincial_officer'],
  provinces: ['19', '01'],
  operator: 'VIETTEL',
};

describe('actor', () => {
  it('reads roles and the scopes that come with them', () => {
    expect(hasRole(actor, 'operator')).toBe(true);
    expect(hasRole(actor, 'admin')).toBe(false);
    expect(hasRole(ANONYMOUS, 'viewer')).toBe(false);
    expect(officerProvinces(actor)).toEqual(['19', '01']);
    expect(isOfficerOf(actor, '01')).toBe(true);
    expect(isOfficerOf(actor, '48')).toBe(false);
    expect(actingOperator(actor)).toBe('VIETTEL');
    expect(officerProvinces(ANONYMOUS)).toEqual([]);
    expect(actingOperator(ANONYMOUS)).toBeNull();
  });

  it('ignores scopes whose role the user does not hold', () => {
    const viewer: UserActor = { ...actor, roles: ['viewer'] };
    expect(officerProvinces(viewer)).toEqual([]);
    expect(actingOperator(viewer)).toBeNull();
  });

  it('recognises roles, operators and province codes', () => {
    expect(isRole('national_planner')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isOperatorCode('MOBIFONE')).toBe(true);
    expect(isOperatorCode('viettel')).toBe(false);
    expect(isProvinceCode('19')).toBe(true);
    expect(isProvinceCode('1')).toBe(false);
    expect(isProvinceCode('019')).toBe(false);
  });
});

describe('userActor', () => {
  it('builds the actor of a stored account, failing closed on values it does not know', () => {
    const account = {
      id: 9,
      username: 'hoa.le',
      roles: ['operator', 'root', 'operator'],
      provinces: ['19', 'x'],
      operator: 'ACME',
    };
    expect(userActor(account)).toEqual({
      kind: 'user',
      userId: 9,
      username: 'hoa.le',
      roles: ['operator'],
      provinces: ['19'],
      operator: null,
    });
    expect(userActor({ ...account, operator: 'VNPT' }).operator).toBe('VNPT');
  });
});

describe('actorScopeProblems', () => {
  const en = (input: Parameters<typeof actorScopeProblems>[0]) => actorScopeProblems(input).map((m) => m.en);

  it('accepts consistent roles and scopes', () => {
    expect(en({ roles: ['viewer'], provinces: [], operator: null })).toEqual([]);
    expect(
      en({ roles: ['provincial_officer', 'operator'], provinces: ['19', '01'], operator: 'VNPT' }),
    ).toEqual([]);
  });

  it('reports every problem at once, in both languages', () => {
    const problems = actorScopeProblems({ roles: ['root', 'root'], provinces: ['7', '7'], operator: 'ACME' });
    expect(problems.map((m) => m.en)).toEqual([
      'Unknown role "root" (use: admin, national_planner, provincial_officer, operator, viewer).',
      'Unknown role "root" (use: admin, national_planner, provincial_officer, operator, viewer).',
      'A role is listed twice.',
      'Provinces are only given with the provincial_officer role.',
      'Invalid province code "7" (two digits, e.g. 19).',
      'Invalid province code "7" (two digits, e.g. 19).',
      'A province is listed twice.',
      'An operator code is only given with the operator role.',
      'Unknown operator "ACME" (use: VIETTEL, VNPT, MOBIFONE, VIETNAMOBILE, GMOBILE, ITEL, REDDI, OTHER).',
    ]);
    for (const m of problems) expect(m.vi).not.toBe(m.en);
  });

  it('requires a role, and the scope each scoped role needs', () => {
    expect(en({ roles: [], provinces: [], operator: null })).toEqual(['A user needs at least one role.']);
    expect(en({ roles: ['provincial_officer'], provinces: [], operator: null })).toEqual([
      'The provincial_officer role needs at least one province.',
    ]);
    expect(en({ roles: ['operator'], provinces: [], operator: null })).toEqual([
      'The operator role needs an operator code.',
    ]);
  });
});
