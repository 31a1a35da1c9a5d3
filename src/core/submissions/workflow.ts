import type { SubmissionStatus } from '../auth/resources.ts';
import { HatangError } from '../errors/error-codes.ts';

/**
 * The review workflow of issue 5, after DHIS2's data approval: a sender's validated file is a `draft`
 * (its report can be read, nothing is current yet); the sender `submit`s it; a reviewer `approve`s it
 * (its rows become current and coverage is recomputed) or `reject`s it with a comment. A correction is a
 * new upload, a new version; no step goes back, so the history of every version stays as it was.
 */
export const STEPS = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  reject: { from: 'submitted', to: 'rejected' },
} as const satisfies Record<string, { from: SubmissionStatus; to: SubmissionStatus }>;

export type WorkflowStep = keyof typeof STEPS;

/** Status names as users read them in the report, the list and the messages. */
export const STATUS_NAMES: Record<SubmissionStatus, { vi: string; en: string }> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  submitted: { vi: 'đã gửi, chờ duyệt', en: 'submitted, awaiting review' },
  approved: { vi: 'đã duyệt', en: 'approved' },
  rejected: { vi: 'bị từ chối', en: 'rejected' },
  invalid: { vi: 'tệp có lỗi, không được lưu', en: 'refused by validation' },
};

const STEP_NAMES: Record<WorkflowStep, { vi: string; en: string }> = {
  submit: { vi: 'gửi duyệt', en: 'submitted' },
  approve: { vi: 'duyệt', en: 'approved' },
  reject: { vi: 'từ chối', en: 'rejected' },
};

/** The longest review comment kept (a few paragraphs; the file's own report says the rest). */
export const MAX_COMMENT = 2000;

/** Null when `step` may be taken from `status`, else the 409 naming both states in both languages. */
export function stepProblem(id: number, status: SubmissionStatus, step: WorkflowStep): HatangError | null {
  const { from } = STEPS[step];
  if (status === from) return null;
  return new HatangError('SUBMISSION_STATE', {
    id,
    status_vi: STATUS_NAMES[status].vi,
    status_en: STATUS_NAMES[status].en,
    action_vi: STEP_NAMES[step].vi,
    action_en: STEP_NAMES[step].en,
    needed_vi: STATUS_NAMES[from].vi,
    needed_en: STATUS_NAMES[from].en,
  });
}
