import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types.ts';
import { mayReview, maySubmitDraft, operatorChoices, sendableTypes } from './permissions.ts';
import type { Submission } from './submission-types.ts';

const user = (username: string, roles: string[], extra: Partial<User> = {}): User => ({
  username,
  displayName: username,
  roles,
  provinces: [],
  operator: null,
  mustChangePassword: false,
  ...extra,
});

const operator = user('vt', ['operator'], { operator: 'VIETTEL' });
const officer = user('tn', ['provincial_officer'], { provinces: ['19'] });
const planner = user('pl', ['national_planner']);
const admin = user('ad', ['admin']);
const viewer = user('vw', ['viewer']);

const submission = (extra: Partial<Submission>): Submission => ({
  id: 4,
  datasetType: 'sites',
  organisation: 'VIETTEL',
  period: '2026-Q4',
  status: 'submitted',
  statusName: '',
  version: 2,
  fileName: 'a.csv',
  encoding: 'utf-8',
  rowCount: 5,
  errorCount: 0,
  synthetic: false,
  createdAt: '',
  createdBy: 'vt',
  provinceCodes: ['19'],
  summary: {},
  submittedAt: null,
  reviewedBy: null,
  reviewedAt: null,
  reviewComment: null,
  report: [],
  ...extra,
});

describe('sendableTypes', () => {
  it('operators send their networks: sites and fixed broadband', () => {
    expect(sendableTypes(operator)).toEqual(['sites', 'fixed_broadband']);
    expect(operatorChoices(operator)).toEqual(['VIETTEL']);
  });
  it('officers and planners send the province datasets', () => {
    const province = ['villages', 'data_centres', 'it_parks', 'postal_facilities', 'network_connections'];
    expect(sendableTypes(officer)).toEqual(province);
    expect(sendableTypes(planner)).toEqual(province);
    expect(operatorChoices(planner)).toEqual([]);
  });
  it('administrators send everything, for any operator; viewers nothing', () => {
    expect(sendableTypes(admin)).toHaveLength(7);
    expect(operatorChoices(admin)).toContain('MOBIFONE');
    expect(sendableTypes(viewer)).toEqual([]);
  });
  it('an officer without provinces sends nothing', () => {
    expect(sendableTypes(user('x', ['provincial_officer']))).toEqual([]);
  });
});

describe('workflow buttons', () => {
  it('the operator sends its own draft; another operator cannot', () => {
    const draft = submission({ status: 'draft' });
    expect(maySubmitDraft(operator, draft)).toBe(true);
    expect(maySubmitDraft(user('vn', ['operator'], { operator: 'VNPT' }), draft)).toBe(false);
    expect(maySubmitDraft(operator, submission({ status: 'invalid' }))).toBe(false);
  });
  it('the province’s officer and planners review a submitted file', () => {
    expect(mayReview(officer, submission({}))).toBe(true);
    expect(mayReview(planner, submission({}))).toBe(true);
    expect(mayReview(user('hn', ['provincial_officer'], { provinces: ['01'] }), submission({}))).toBe(false);
    expect(mayReview(officer, submission({ provinceCodes: ['19', '01'] }))).toBe(false);
  });
  it('nobody reviews a draft, their own upload, or their own operator’s data', () => {
    expect(mayReview(officer, submission({ status: 'draft' }))).toBe(false);
    expect(mayReview(planner, submission({ createdBy: 'pl' }))).toBe(false);
    expect(mayReview(operator, submission({ createdBy: 'other' }))).toBe(false);
  });
});
