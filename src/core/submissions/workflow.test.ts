import { describe, expect, it } from 'vitest';
import { SUBMISSION_STATUSES } from '../auth/resources.ts';
import { STATUS_NAMES, STEPS, stepProblem } from './workflow.ts';

describe('submission workflow steps', () => {
  it('allows each step only from its one status', () => {
    for (const [step, { from }] of Object.entries(STEPS) as [keyof typeof STEPS, { from: string }][]) {
      for (const status of SUBMISSION_STATUSES) {
        const problem = stepProblem(7, status, step);
        expect(problem === null, `${step} from ${status}`).toBe(status === from);
      }
    }
  });

  it('never leaves approved, rejected or invalid: a correction is a new version', () => {
    const targets = new Set<string>(Object.values(STEPS).map((s) => s.from));
    for (const final of ['approved', 'rejected', 'invalid'] as const) expect(targets.has(final)).toBe(false);
  });

  it('names both states in Vietnamese and English', () => {
    const problem = stepProblem(12, 'approved', 'reject');
    expect(problem?.code).toBe('SUBMISSION_STATE');
    expect(problem?.status).toBe(409);
    expect(problem?.params).toMatchObject({
      id: 12,
      status_vi: 'đã duyệt',
      needed_vi: 'đã gửi, chờ duyệt',
      action_en: 'rejected',
    });
    for (const status of SUBMISSION_STATUSES) expect(STATUS_NAMES[status].vi).not.toBe('');
  });
});
