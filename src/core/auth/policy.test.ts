import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS, type Role, type UserActor } from './actor.ts';
import { decide } from './policy.ts';
import {
  ACTIONS,
  type Action,
  type ActionResources,
  PUBLIC_DATA,
  SUBMISSION_STATUSES,
  type SubmissionDatasetType,
  type SubmissionResource,
} from './resources.ts';

/**
 * The authorization matrix of issue 5's acceptance: every actor kind × every action × own scope /
 * other scope, against a table of expected decisions. Own scope = province '19' (Thái Nguyên) and
 * operator VIETTEL, the scope of the officer and the operator below; other scope = '01' (Hà Nội) and
 * VNPT. All mismatches are reported at once: zero unexpected allows, zero unexpected denials.
 */

const user = (
  userId: number,
  roles: Role[],
  provinces: string[] = [],
  operator: UserActor['operator'] = null,
) => ({ kind: 'user', userId, username: `u${userId}`, roles, provinces, operator }) satisfies UserActor;

const ACTORS = {
  anonymous: ANONYMOUS,
  viewer: user(1, ['viewer']),
  admin: user(2, ['admin']),
  planner: user(3, ['national_planner']),
  officer: user(4, ['provincial_officer'], ['19']),
  operator: user(5, ['operator'], [], 'VIETTEL'),
} as const satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

type Scope = 'own' | 'other';
const PROVINCE = { own: '19', other: '01' } as const;
const OPERATOR = { own: 'VIETTEL', other: 'VNPT' } as const;
const PROVINCE_BODY = { own: 'Sở KH&CN Thái Nguyên', other: 'Sở KH&CN Hà Nội' } as const;
const OTHER_USER_ID = 99;

/** One line of the matrix: an action, and the resources (several when all must decide alike) per scope. */
interface Case<A extends Action> {
  action: A;
  resources(scope: Scope, self: Actor): ActionResources[A][];
}
const c = <A extends Action>(action: A, resources: Case<A>['resources']): Case<A> => ({ action, resources });

const submissions = (
  type: SubmissionDatasetType,
  organisation: string,
  provinceCodes: string[],
): SubmissionResource[] =>
  SUBMISSION_STATUSES.map((status) => ({ datasetType: type, organisation, provinceCodes, status }));
const PROVINCE_DATASETS: SubmissionDatasetType[] = [
  'villages',
  'it_parks',
  'postal_facilities',
  'network_connections',
  'data_centres',
];
const COUNTRY = { scope: 'country' } as const;
const province = (s: Scope) => ({ scope: 'province', provinceCode: PROVINCE[s] }) as const;

const CASES = {
  'read_public (every kind)': c('read_public', () => PUBLIC_DATA.map((data) => ({ data }))),
  'read_site (operator+province)': c('read_site', (s) => [
    { operator: OPERATOR[s], provinceCode: PROVINCE[s] },
  ]),
  'read_site (operator only)': c('read_site', (s) => [{ operator: OPERATOR[s], provinceCode: '01' }]),
  'read_site (province only)': c('read_site', (s) => [{ operator: 'VNPT', provinceCode: PROVINCE[s] }]),
  'read_submission sites (any status)': c('read_submission', (s) =>
    submissions('sites', OPERATOR[s], [PROVINCE[s]]),
  ),
  'read_submission fixed_broadband, op.': c('read_submission', (s) =>
    submissions('fixed_broadband', OPERATOR[s], ['01']),
  ),
  'read_submission province datasets': c('read_submission', (s) =>
    PROVINCE_DATASETS.flatMap((t) => submissions(t, PROVINCE_BODY[s], [PROVINCE[s]])),
  ),
  'create_submission sites': c('create_submission', (s) => [
    { datasetType: 'sites', organisation: OPERATOR[s], provinceCodes: [PROVINCE[s]] },
  ]),
  'create_submission fixed_broadband': c('create_submission', (s) => [
    { datasetType: 'fixed_broadband', organisation: OPERATOR[s], provinceCodes: ['01'] },
  ]),
  'create_submission province datasets': c('create_submission', (s) =>
    PROVINCE_DATASETS.map((t) => ({
      datasetType: t,
      organisation: PROVINCE_BODY[s],
      provinceCodes: [PROVINCE[s]],
    })),
  ),
  'create_submission demo': c('create_submission', (s) => [
    { datasetType: 'demo', organisation: 'HATANG-DEMO', provinceCodes: [PROVINCE[s]] },
  ]),
  'review_submission sites': c('review_submission', (s) => submissions('sites', OPERATOR[s], [PROVINCE[s]])),
  'review_submission province datasets': c('review_submission', (s) =>
    PROVINCE_DATASETS.flatMap((t) => submissions(t, PROVINCE_BODY[s], [PROVINCE[s]])),
  ),
  // A file touching the officer's province and another: not the officer's alone to approve.
  'review_submission two provinces': c('review_submission', (s) =>
    submissions('villages', PROVINCE_BODY[s], [PROVINCE[s], '79']),
  ),
  'create_plan national': c('create_plan', () => [COUNTRY]),
  'create_plan provincial': c('create_plan', (s) => [province(s)]),
  'update_plan national': c('update_plan', () => [COUNTRY]),
  'update_plan provincial': c('update_plan', (s) => [province(s)]),
  'delete_plan national': c('delete_plan', () => [COUNTRY]),
  'delete_plan provincial': c('delete_plan', (s) => [province(s)]),
  'write_observation national unit': c('write_observation', () => [COUNTRY]),
  'write_observation unit of province': c('write_observation', (s) => [province(s)]),
  read_me: c('read_me', () => [null]),
  manage_users: c('manage_users', () => [null]),
  'manage_tokens of one user': c('manage_tokens', (s, self) => [
    { ownerUserId: s === 'own' && self.kind === 'user' ? self.userId : OTHER_USER_ID },
  ]),
  'manage_tokens of every user': c('manage_tokens', () => [{ ownerUserId: null }]),
  read_audit: c('read_audit', () => [null]),
};
type CaseName = keyof typeof CASES;

const ALL = 'anonymous viewer admin planner officer operator';
const USERS = 'viewer admin planner officer operator';

// biome-ignore format: the table is read line by line
const EXPECTED: Record<CaseName, { own: string; other: string }> = {
  //                                       own scope (19 / VIETTEL / self)     other scope (01 / VNPT / someone else)
  'read_public (every kind)':              { own: ALL,                                other: ALL },
  'read_site (operator+province)':         { own: 'admin planner officer operator',   other: 'admin planner' },
  'read_site (operator only)':             { own: 'admin planner operator',           other: 'admin planner' },
  'read_site (province only)':             { own: 'admin planner officer',            other: 'admin planner' },
  'read_submission sites (any status)':    { own: 'admin planner officer operator',   other: 'admin planner' },
  'read_submission fixed_broadband, op.':  { own: 'admin planner operator',           other: 'admin planner' },
  'read_submission province datasets':     { own: 'admin planner officer',            other: 'admin planner' },
  'create_submission sites':               { own: 'admin operator',                   other: 'admin' },
  'create_submission fixed_broadband':     { own: 'admin operator',                   other: 'admin' },
  'create_submission province datasets':   { own: 'admin planner officer',            other: 'admin planner' },
  'create_submission demo':                { own: 'admin',                            other: 'admin' },
  'review_submission sites':               { own: 'admin planner officer',            other: 'admin planner' },
  'review_submission province datasets':   { own: 'admin planner officer',            other: 'admin planner' },
  'review_submission two provinces':       { own: 'admin planner',                    other: 'admin planner' },
  'create_plan national':                  { own: 'admin planner',                    other: 'admin planner' },
  'create_plan provincial':                { own: 'admin planner officer',            other: 'admin planner' },
  'update_plan national':                  { own: 'admin planner',                    other: 'admin planner' },
  'update_plan provincial':                { own: 'admin planner officer',            other: 'admin planner' },
  'delete_plan national':                  { own: 'admin planner',                    other: 'admin planner' },
  'delete_plan provincial':                { own: 'admin planner officer',            other: 'admin planner' },
  'write_observation national unit':       { own: 'admin planner',                    other: 'admin planner' },
  'write_observation unit of province':    { own: 'admin planner officer',            other: 'admin planner' },
  read_me:                                 { own: USERS,                              other: USERS },
  manage_users:                            { own: 'admin',                            other: 'admin' },
  'manage_tokens of one user':             { own: USERS,                              other: 'admin' },
  'manage_tokens of every user':           { own: 'admin',                            other: 'admin' },
  read_audit:                              { own: 'admin',                            other: 'admin' },
};

function allowedActors(names: string): Set<ActorName> {
  const set = new Set(names.split(/\s+/).filter(Boolean));
  for (const name of set) if (!(name in ACTORS)) throw new Error(`unknown actor "${name}" in the table`);
  return set as Set<ActorName>;
}

/** Runs the whole matrix; one line per mismatch. */
function mismatches(): { lines: string[]; checked: number } {
  const lines: string[] = [];
  let checked = 0;
  for (const [name, testCase] of Object.entries(CASES) as [CaseName, Case<Action>][]) {
    for (const scope of ['own', 'other'] as const) {
      const allowed = allowedActors(EXPECTED[name][scope]);
      for (const actorName of ACTOR_NAMES) {
        const actor = ACTORS[actorName];
        for (const resource of testCase.resources(scope, actor)) {
          checked += 1;
          const decision = decide(actor, testCase.action, resource);
          const expected = allowed.has(actorName);
          const where = `${name} [${scope}] ${actorName} on ${JSON.stringify(resource)}`;
          if (decision.allowed && !expected) lines.push(`unexpected ALLOW: ${where}`);
          if (!decision.allowed && expected) lines.push(`unexpected DENY: ${where}`);
          if (!decision.allowed) {
            const reason = actorName === 'anonymous' ? 'unauthenticated' : 'forbidden';
            if (decision.reason !== reason)
              lines.push(`reason ${decision.reason}, expected ${reason}: ${where}`);
          }
        }
      }
    }
  }
  return { lines, checked };
}

describe('authorization matrix (issue 5)', () => {
  it('has zero unexpected allows and zero unexpected denials', () => {
    const { lines, checked } = mismatches();
    expect(lines).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('covers every action', () => {
    const covered = new Set(Object.values(CASES).map((testCase) => testCase.action));
    expect([...covered].sort()).toEqual([...ACTIONS].sort());
  });

  it('reports mismatches instead of passing a wrong table', () => {
    const saved = EXPECTED.read_audit.own;
    EXPECTED.read_audit.own = 'admin viewer';
    try {
      expect(mismatches().lines).toEqual([
        expect.stringContaining('unexpected DENY: read_audit [own] viewer'),
      ]);
    } finally {
      EXPECTED.read_audit.own = saved;
    }
  });

  it('refuses the anonymous public everything but public reads with 401, never 403', () => {
    for (const testCase of Object.values(CASES) as Case<Action>[]) {
      for (const resource of testCase.resources('own', ANONYMOUS)) {
        const decision = decide(ANONYMOUS, testCase.action, resource);
        expect(decision.allowed ? 'allowed' : decision.reason).toBe(
          testCase.action === 'read_public' ? 'allowed' : 'unauthenticated',
        );
      }
    }
  });
});
