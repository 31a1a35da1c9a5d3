import { OPERATORS } from '../../../../src/core/assets/asset-model.ts';
import { isOperatorCode, isRole, officerProvinces, type UserActor } from '../../../../src/core/auth/actor.ts';
import { isAllowed, submitterOf } from '../../../../src/core/auth/policy.ts';
import type { SubmissionDatasetType, SubmissionResource } from '../../../../src/core/auth/resources.ts';
import { DATASET_TYPES, type DatasetType } from '../../../../src/core/inventory-import/dataset-contract.ts';
import type { User } from '../../api/types.ts';
import type { Submission } from './submission-types.ts';

// What the signed-in user may do with submissions, asked of the server's own policy module
// (src/core/auth/policy.ts) so buttons and choices match what the server will allow. The server still
// decides on every request; these only keep the page from offering what it would refuse.

/** The policy's view of a user (the id is not known in the browser; no rule reads it). */
export function actorOf(user: User): UserActor {
  return {
    kind: 'user',
    userId: 0,
    username: user.username,
    roles: user.roles.filter(isRole),
    provinces: user.provinces,
    operator: user.operator !== null && isOperatorCode(user.operator) ? user.operator : null,
  };
}

/** The operators a user may send operator datasets for: their own; all for an administrator. */
export function operatorChoices(user: User): readonly string[] {
  const actor = actorOf(user);
  return OPERATORS.filter((operator) =>
    isAllowed(actor, 'create_submission', {
      datasetType: 'sites',
      organisation: operator,
      provinceCodes: [],
    }),
  );
}

/** Whether the user may send files of `type` at all (an officer: for their own provinces). */
export function maySend(user: User, type: DatasetType): boolean {
  const actor = actorOf(user);
  if (submitterOf(type) === 'operator') return operatorChoices(user).length > 0;
  // As the server asks before reading the file: for the provinces the officer serves.
  return isAllowed(actor, 'create_submission', {
    datasetType: type,
    organisation: '',
    provinceCodes: officerProvinces(actor),
  });
}

export function sendableTypes(user: User): DatasetType[] {
  return DATASET_TYPES.filter((type) => maySend(user, type));
}

const resourceOf = (s: Submission): SubmissionResource => ({
  // The API names only known types ('demo' included): its answer is trusted here.
  datasetType: s.datasetType as SubmissionDatasetType,
  organisation: s.organisation,
  provinceCodes: s.provinceCodes,
  status: s.status,
});

/** A draft may be sent for review by whoever may send such a file (the server's rule for submit). */
export function maySubmitDraft(user: User, s: Submission): boolean {
  return s.status === 'draft' && isAllowed(actorOf(user), 'create_submission', resourceOf(s));
}

/** A submitted file may be reviewed by its reviewers, never by the one who sent it. */
export function mayReview(user: User, s: Submission): boolean {
  return (
    s.status === 'submitted' &&
    s.createdBy !== user.username &&
    isAllowed(actorOf(user), 'review_submission', resourceOf(s))
  );
}
