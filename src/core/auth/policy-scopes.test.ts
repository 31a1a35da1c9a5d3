import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../assets/asset-model.ts';
import { DATASET_TYPES } from '../inventory-import/dataset-contract.ts';
import { DATASETS } from '../inventory-import/datasets.ts';
import { type Actor, ANONYMOUS, type Role, type UserActor } from './actor.ts';
import {
  type Decision,
  decide,
  isAllowed,
  OPERATOR_DATASET_TYPES,
  siteVisibility,
  siteVisible,
  submissionVisibility,
  submissionVisible,
  submitterOf,
} from './policy.ts';
import type { SiteResource, SubmissionDatasetType, SubmissionResource } from './resources.ts';

/** Focused cases beside the matrix: messages, several roles, several provinces, list filters. */

const user = (
  roles: Role[],
  provinces: string[] = [],
  operator: UserActor['operator'] = null,
): UserActor => ({
  kind: 'user',
  userId: 7,
  username: 'lan.nguyen',
  roles,
  provinces,
  operator,
});
const site = (operator: SiteResource['operator'], provinceCode: string): SiteResource => ({
  operator,
  provinceCode,
});
const sub = (
  datasetType: SubmissionDatasetType,
  organisation: string,
  provinceCodes: string[],
  status: SubmissionResource['status'] = 'submitted',
): SubmissionResource => ({ datasetType, organisation, provinceCodes, status });

const denial = (decision: Decision) => {
  if (decision.allowed) throw new Error('expected a denial');
  return decision;
};

describe('messages', () => {
  it('tells the anonymous public to sign in, in Vietnamese and English', () => {
    const d = denial(decide(ANONYMOUS, 'create_plan', { scope: 'province', provinceCode: '19' }));
    expect(d).toEqual({
      allowed: false,
      reason: 'unauthenticated',
      message: { vi: 'Cần đăng nhập để thực hiện thao tác này.', en: 'You need to sign in to do this.' },
    });
  });

  it('says whose site data it is and who may see it', () => {
    const d = denial(decide(user(['operator'], [], 'VNPT'), 'read_site', site('VIETTEL', '19')));
    expect(d.reason).toBe('forbidden');
    expect(d.message.vi).toContain('VIETTEL');
    expect(d.message.vi).toContain('tỉnh 19');
    expect(d.message.vi).toContain('nhạy cảm');
    expect(d.message.en).toBe(
      "VIETTEL's site-level data is commercially sensitive: only that operator, officers of province 19 and national planners may see it.",
    );
  });

  it('names the dataset and the provinces of a refused submission', () => {
    const officer = user(['provincial_officer'], ['19']);
    const villages = denial(decide(officer, 'create_submission', sub('villages', 'Sở Hà Nội', ['01'])));
    expect(villages.message.vi).toContain(`"${DATASETS.villages.titleVi}" của tỉnh 01`);
    expect(villages.message.en).toContain(`"${DATASETS.villages.titleEn}" data of province 01`);
    const sites = denial(decide(officer, 'create_submission', sub('sites', 'VIETTEL', ['19'])));
    expect(sites.message.en).toBe(
      `Only VIETTEL's own staff may submit its "${DATASETS.sites.titleEn}" data.`,
    );
  });

  it('uses a different verb per plan action and distinguishes national from provincial plans', () => {
    const officer = user(['provincial_officer'], ['19']);
    const other = { scope: 'province', provinceCode: '01' } as const;
    expect(denial(decide(officer, 'create_plan', other)).message.vi).toContain(
      'được tạo kế hoạch của tỉnh này',
    );
    expect(denial(decide(officer, 'update_plan', other)).message.en).toContain('may change this province');
    expect(denial(decide(officer, 'delete_plan', { scope: 'country' })).message.en).toBe(
      'Only national planners may delete a national plan.',
    );
  });

  it('gives every refusal a non-empty message in each language, the two differing', () => {
    const viewer = user(['viewer']);
    const refusals = [
      decide(viewer, 'read_site', site('VNPT', '01')),
      decide(viewer, 'read_submission', sub('villages', 'Sở', [])),
      decide(viewer, 'create_submission', sub('demo', 'HATANG-DEMO', [])),
      decide(viewer, 'review_submission', sub('sites', 'VNPT', ['01'])),
      decide(viewer, 'write_observation', { scope: 'country' }),
      decide(viewer, 'write_observation', { scope: 'province', provinceCode: '48' }),
      decide(viewer, 'manage_users', null),
      decide(viewer, 'manage_tokens', { ownerUserId: null }),
      decide(viewer, 'read_audit', null),
    ].map(denial);
    for (const { message } of refusals) {
      expect(message.vi.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
      expect(message.vi).not.toBe(message.en);
      expect(message.vi.normalize('NFC')).toBe(message.vi);
    }
  });
});

describe('several roles add up', () => {
  it('gives a viewer who is also a national planner the planner rights', () => {
    const actor = user(['viewer', 'national_planner']);
    expect(isAllowed(actor, 'read_site', site('MOBIFONE', '79'))).toBe(true);
    expect(isAllowed(actor, 'create_plan', { scope: 'country' })).toBe(true);
    expect(isAllowed(actor, 'manage_users', null)).toBe(false);
  });

  it('lets operator staff who are also officers of 19 see other operators’ sites in 19 only', () => {
    const actor = user(['operator', 'provincial_officer'], ['19'], 'VIETTEL');
    expect(isAllowed(actor, 'read_site', site('VIETTEL', '01'))).toBe(true);
    expect(isAllowed(actor, 'read_site', site('VNPT', '19'))).toBe(true);
    expect(isAllowed(actor, 'read_site', site('VNPT', '01'))).toBe(false);
  });

  it('never lets operator staff review their own operator’s data, whatever other role they hold', () => {
    const actor = user(['operator', 'provincial_officer', 'national_planner'], ['19'], 'VIETTEL');
    expect(isAllowed(actor, 'review_submission', sub('sites', 'VIETTEL', ['19']))).toBe(false);
    expect(isAllowed(actor, 'review_submission', sub('fixed_broadband', 'VIETTEL', ['01']))).toBe(false);
    expect(isAllowed(actor, 'review_submission', sub('sites', 'VNPT', ['19']))).toBe(true);
    expect(isAllowed(actor, 'review_submission', sub('villages', 'VIETTEL', ['19']))).toBe(true);
    // …but may still read it, as its submitter.
    expect(isAllowed(actor, 'read_submission', sub('sites', 'VIETTEL', ['19']))).toBe(true);
  });

  it('lets an admin do anything, also with other roles', () => {
    const actor = user(['operator', 'admin'], [], 'VIETTEL');
    expect(isAllowed(actor, 'review_submission', sub('sites', 'VIETTEL', ['19']))).toBe(true);
    expect(isAllowed(actor, 'create_submission', sub('sites', 'VNPT', ['19']))).toBe(true);
    expect(isAllowed(actor, 'manage_tokens', { ownerUserId: 12 })).toBe(true);
  });

  it('ignores a scope without its role', () => {
    const actor = user(['viewer'], ['19'], 'VIETTEL');
    expect(isAllowed(actor, 'read_site', site('VIETTEL', '19'))).toBe(false);
    expect(isAllowed(actor, 'create_submission', sub('sites', 'VIETTEL', ['19']))).toBe(false);
    expect(isAllowed(actor, 'update_plan', { scope: 'province', provinceCode: '19' })).toBe(false);
    expect(isAllowed(user(['operator']), 'create_submission', sub('sites', 'VIETTEL', []))).toBe(false);
  });
});

describe('provincial officers of several provinces', () => {
  const officer = user(['provincial_officer'], ['19', '01', '48']);

  it('act in each of their provinces and in no other', () => {
    for (const code of ['19', '01', '48']) {
      expect(isAllowed(officer, 'read_site', site('VNPT', code))).toBe(true);
      expect(isAllowed(officer, 'write_observation', { scope: 'province', provinceCode: code })).toBe(true);
    }
    expect(isAllowed(officer, 'read_site', site('VNPT', '79'))).toBe(false);
    expect(isAllowed(officer, 'delete_plan', { scope: 'province', provinceCode: '79' })).toBe(false);
    expect(isAllowed(officer, 'create_plan', { scope: 'country' })).toBe(false);
  });

  it('submit a province list only when every province it touches is theirs', () => {
    expect(isAllowed(officer, 'create_submission', sub('villages', 'Sở', ['19', '01']))).toBe(true);
    expect(isAllowed(officer, 'create_submission', sub('villages', 'Sở', ['19', '79']))).toBe(false);
    expect(isAllowed(officer, 'create_submission', sub('it_parks', 'Sở', []))).toBe(false);
    expect(isAllowed(user(['national_planner']), 'create_submission', sub('it_parks', 'Bộ', []))).toBe(true);
  });

  it('read a submission touching any of their provinces, review one only inside them', () => {
    const touching = sub('sites', 'MOBIFONE', ['79', '48'], 'draft');
    expect(isAllowed(officer, 'read_submission', touching)).toBe(true);
    expect(isAllowed(officer, 'review_submission', touching)).toBe(false);
    expect(isAllowed(officer, 'review_submission', sub('sites', 'MOBIFONE', ['48', '01']))).toBe(true);
    expect(isAllowed(officer, 'read_submission', sub('sites', 'MOBIFONE', ['79']))).toBe(false);
  });
});

describe('list filters agree with decide', () => {
  const actors: Actor[] = [
    ANONYMOUS,
    user(['viewer']),
    user(['admin']),
    user(['national_planner']),
    user(['provincial_officer'], ['19', '48']),
    user(['operator'], [], 'VIETTEL'),
    user(['operator', 'provincial_officer'], ['01'], 'VNPT'),
    user(['viewer'], ['19'], 'VIETTEL'),
  ];
  const provinces = ['19', '01', '48', '79'];

  it('for sites', () => {
    for (const actor of actors) {
      const visibility = siteVisibility(actor);
      for (const operator of OPERATORS) {
        for (const code of provinces) {
          const s = site(operator, code);
          expect(siteVisible(visibility, s), `${JSON.stringify(actor)} ${operator} ${code}`).toBe(
            isAllowed(actor, 'read_site', s),
          );
        }
      }
      if (visibility.kind === 'none') {
        expect(visibility.denial.reason).toBe(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
      }
    }
  });

  it('for submissions', () => {
    const organisations = ['VIETTEL', 'VNPT', 'Sở KH&CN Thái Nguyên'];
    for (const actor of actors) {
      const visibility = submissionVisibility(actor);
      for (const type of [...DATASET_TYPES, 'demo'] as const) {
        for (const organisation of organisations) {
          for (const codes of [[], ['19'], ['01', '79'], ['48']]) {
            const s = sub(type, organisation, codes, 'approved');
            expect(submissionVisible(visibility, s), `${JSON.stringify(actor)} ${JSON.stringify(s)}`).toBe(
              isAllowed(actor, 'read_submission', s),
            );
          }
        }
      }
    }
    expect(submissionVisibility(user(['viewer']))).toMatchObject({
      kind: 'none',
      denial: { reason: 'forbidden' },
    });
  });
});

describe('who submits what', () => {
  it('operators submit sites and fixed broadband; provinces the rest; the system the demo', () => {
    expect(OPERATOR_DATASET_TYPES).toEqual(['sites', 'fixed_broadband']);
    for (const type of [
      'villages',
      'it_parks',
      'postal_facilities',
      'network_connections',
      'data_centres',
    ] as const) {
      expect(submitterOf(type)).toBe('province');
    }
    expect(submitterOf('demo')).toBe('system');
  });
});
