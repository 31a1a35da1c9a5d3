import type { OperatorCode } from '../assets/asset-model.ts';
import type { DatasetType } from '../inventory-import/dataset-contract.ts';

/**
 * The actions the policy decides and the resource each one is about (issue 5: one policy module, so
 * every route, export, tile and API inherits it). `ActionResources` is the one list: the policy's
 * rules and messages are objects mapped over it, so adding an action does not compile until both
 * (and the matrix test's expectations) say what it allows.
 *
 * Resources carry only what the decision needs, as province codes (current 2-digit codes) the
 * caller resolved: which province a commune, a site or a plan's unit is in is the unit catalogue's
 * business, not the policy's.
 */

/** Published data anyone may read, signed in or not. */
export const PUBLIC_DATA = [
  'aggregates',
  'units',
  'plans',
  'indicators',
  'progress',
  /** Village-level gap lists too: villages are not commercially sensitive. */
  'gaps',
  'open_datasets',
] as const;
export type PublicData = (typeof PUBLIC_DATA)[number];

export interface PublicResource {
  readonly data: PublicData;
}

/**
 * One site of an operator (a site, or each row of a list, export, tile or feature). Lists, exports
 * and tiles filter with `siteVisibility` rather than asking row by row.
 */
export interface SiteResource {
  readonly operator: OperatorCode;
  /** The province the site's commune is in. */
  readonly provinceCode: string;
}

/**
 * The review workflow (issue 5): `draft` (validated, rows kept aside) → `submitted` → `approved` (rows
 * current) or `rejected` (with a comment); `invalid`: refused by validation, only its report kept.
 */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'invalid'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** `demo`: the synthetic inventory the system loads itself (submission.dataset_type 'demo'). */
export type SubmissionDatasetType = DatasetType | 'demo';

/** A stored submission, whatever its status. */
export interface SubmissionResource {
  readonly datasetType: SubmissionDatasetType;
  /** An operator code for operator datasets (sites, fixed broadband), else the organisation's name. */
  readonly organisation: string;
  /** Provinces of the rows it carries (or declared for it before any row was read). */
  readonly provinceCodes: readonly string[];
  readonly status: SubmissionStatus;
}

/**
 * A submission about to be created (or a draft about to be submitted). Province datasets name the
 * provinces they are for: declared before the file is read, and the provinces its rows touch after.
 */
export interface NewSubmissionResource {
  readonly datasetType: SubmissionDatasetType;
  readonly organisation: string;
  readonly provinceCodes: readonly string[];
}

/**
 * Where a plan or an observed figure belongs: the country (scope VN) or one province (a province,
 * or a commune of it: the caller names the province). An update that moves a plan to another scope
 * asks for both.
 */
export type Place =
  | { readonly scope: 'country' }
  | { readonly scope: 'province'; readonly provinceCode: string };

export interface TokenResource {
  /** Whose API tokens; null = every user's (the admin's list). */
  readonly ownerUserId: number | null;
}

/** Resources of actions on a single, fixed thing (`me`, the user list, the audit log). */
export type NoResource = null;

/** Every action, with the resource it is decided on. */
export interface ActionResources {
  read_public: PublicResource;
  read_site: SiteResource;
  read_submission: SubmissionResource;
  create_submission: NewSubmissionResource;
  /** Approve or reject. That only a `submitted` one can be is the workflow's rule (409), not this. */
  review_submission: SubmissionResource;
  create_plan: Place;
  update_plan: Place;
  delete_plan: Place;
  /** Create, correct or delete a manual figure (observation) of a unit. */
  write_observation: Place;
  /** Read one's own account (`GET /api/auth/me`). */
  read_me: NoResource;
  /** List, add, disable users and change their roles and scopes (`/api/users`, `hatang users`). */
  manage_users: NoResource;
  /** List, create, revoke API tokens (`/api/tokens`). */
  manage_tokens: TokenResource;
  /** Read and export the audit trail (`GET /api/audit`). */
  read_audit: NoResource;
}

export type Action = keyof ActionResources;

/** Every action, in the order of the matrix test; `satisfies` keeps it complete. */
export const ACTIONS = [
  'read_public',
  'read_site',
  'read_submission',
  'create_submission',
  'review_submission',
  'create_plan',
  'update_plan',
  'delete_plan',
  'write_observation',
  'read_me',
  'manage_users',
  'manage_tokens',
  'read_audit',
] as const satisfies readonly Action[];

// Compile-time completeness: fails when an action is missing from ACTIONS.
type MissingActions = Exclude<Action, (typeof ACTIONS)[number]>;
export const ACTIONS_COMPLETE: MissingActions extends never ? true : never = true;
