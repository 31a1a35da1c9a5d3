import type { OperatorCode } from '../assets/asset-model.ts';
import { DATASET_TYPES, type DatasetType } from '../inventory-import/dataset-contract.ts';
import { DATASETS } from '../inventory-import/datasets.ts';
import {
  type Actor,
  actingOperator,
  hasRole,
  isOfficerOf,
  officerProvinces,
  type UserActor,
} from './actor.ts';
import {
  FORBIDDEN_MESSAGES,
  type Message,
  SITE_LIST_FORBIDDEN_MESSAGE,
  SUBMISSION_LIST_FORBIDDEN_MESSAGE,
  UNAUTHENTICATED_MESSAGE,
} from './policy-messages.ts';
import type {
  Action,
  ActionResources,
  Place,
  SiteResource,
  SubmissionDatasetType,
  SubmissionResource,
} from './resources.ts';

/**
 * The one authorization policy of issue 5: "Authorization is decided in the service layer (one policy
 * module), so every route, export, tile and API inherits it". Services ask `decide` before reading or
 * changing anything; lists, exports and tiles filter with `siteVisibility` / `submissionVisibility`.
 *
 * - Anonymous callers get only public reads; anything else is `unauthenticated` (HTTP 401), so an
 *   anonymous write is a 401 whatever its target (issue 5, Identity). Signed-in callers lacking a
 *   right get `forbidden` (HTTP 403).
 * - `admin` may do anything. Other roles each grant what the rules below say; several roles add up.
 * - Scopes are DHIS2-style org-unit scopes: a provincial officer acts for the provinces of the role,
 *   operator staff for one operator. Province membership is given in the resource as province codes.
 */

export type Denial = {
  readonly allowed: false;
  readonly reason: 'unauthenticated' | 'forbidden';
  readonly message: Message;
};
export type Decision = { readonly allowed: true } | Denial;

export const ALLOWED: Decision = Object.freeze({ allowed: true });

const UNAUTHENTICATED: Denial = Object.freeze({
  allowed: false,
  reason: 'unauthenticated',
  message: UNAUTHENTICATED_MESSAGE,
});

const forbidden = (message: Message): Denial => ({ allowed: false, reason: 'forbidden', message });

/**
 * Who submits a dataset type: operators their own networks (sites, fixed broadband: the datasets whose
 * organisation is an operator code), provinces their lists (villages, IT parks, postal facilities,
 * network connections, data centres), the system its demo inventory.
 */
export type Submitter = 'operator' | 'province' | 'system';

export function submitterOf(type: SubmissionDatasetType): Submitter {
  if (type === 'demo') return 'system';
  return DATASETS[type].organisationIsOperator ? 'operator' : 'province';
}

/** Operator datasets, for SQL filters (`dataset_type = ANY(...)`). */
export const OPERATOR_DATASET_TYPES: readonly DatasetType[] = DATASET_TYPES.filter(
  (type) => submitterOf(type) === 'operator',
);

interface Rule<R> {
  /** Whether the anonymous public may do it. */
  readonly anonymous: boolean;
  /** Whether a signed-in user who is not an admin may do it. */
  allows(user: UserActor, resource: R): boolean;
}

const planner = (user: UserActor): boolean => hasRole(user, 'national_planner');

const officerOfAny = (user: UserActor, provinceCodes: readonly string[]): boolean =>
  provinceCodes.some((code) => isOfficerOf(user, code));

/** The submission is an operator dataset of the operator this user works for. */
const ownOperatorSubmission = (
  user: UserActor,
  s: { datasetType: SubmissionDatasetType; organisation: string },
) => submitterOf(s.datasetType) === 'operator' && actingOperator(user) === s.organisation;

/** National planners everywhere; provincial officers in their provinces. */
const placeRule: Rule<Place> = {
  anonymous: false,
  allows: (user, place) =>
    planner(user) || (place.scope === 'province' && isOfficerOf(user, place.provinceCode)),
};

const RULES: { readonly [A in Action]: Rule<ActionResources[A]> } = {
  // Published aggregates, units, plans, indicators, progress, gaps (villages are not commercially
  // sensitive) and open datasets: the public's right (issue 5, Roles and scopes).
  read_public: { anonymous: true, allows: () => true },
  // Issue 5: "site-level operator data is visible only to that operator, national planners, and the
  // officers of the province the site is in" (it is commercially sensitive). Viewers see aggregates.
  read_site: {
    anonymous: false,
    allows: (user, site) =>
      actingOperator(user) === site.operator || planner(user) || isOfficerOf(user, site.provinceCode),
  },
  // The submitter, its reviewers, national planners; whatever the status (an approved sites file is
  // still site-level data). Operator A never sees operator B's submissions, approved or not.
  read_submission: {
    anonymous: false,
    allows: (user, s) =>
      ownOperatorSubmission(user, s) || planner(user) || officerOfAny(user, s.provinceCodes),
  },
  // Operators submit their own networks only; provinces their own lists (every province a file
  // touches must be the officer's); national planners any province's lists; demo data: admins only.
  create_submission: {
    anonymous: false,
    allows: (user, s) => {
      switch (submitterOf(s.datasetType)) {
        case 'operator':
          return ownOperatorSubmission(user, s);
        case 'province':
          return (
            planner(user) ||
            (s.provinceCodes.length > 0 && s.provinceCodes.every((code) => isOfficerOf(user, code)))
          );
        case 'system':
          return false;
      }
    },
  },
  // Issue 5 workflow: "the provincial officer of the province (or a national planner) reviews", and
  // "a province may approve only its own data": an officer reviews a file only when every province
  // it touches is theirs (a national file goes to a national planner). Separation of duties: operator
  // staff never approve their own operator's data, whatever other role they hold.
  review_submission: {
    anonymous: false,
    allows: (user, s) =>
      !ownOperatorSubmission(user, s) &&
      (planner(user) ||
        (s.provinceCodes.length > 0 && s.provinceCodes.every((code) => isOfficerOf(user, code)))),
  },
  // "A province may change only its own plan" (issue 5); national plans are the planners'.
  create_plan: placeRule,
  update_plan: placeRule,
  delete_plan: placeRule,
  write_observation: placeRule,
  read_me: { anonymous: false, allows: () => true },
  manage_users: { anonymous: false, allows: () => false },
  manage_tokens: { anonymous: false, allows: (user, token) => token.ownerUserId === user.userId },
  read_audit: { anonymous: false, allows: () => false },
};

/** Whether `actor` may do `action` on `resource`, and if not, why (401 vs 403) in vi and en. */
export function decide<A extends Action>(actor: Actor, action: A, resource: ActionResources[A]): Decision {
  const rule: Rule<ActionResources[A]> = RULES[action];
  if (actor.kind === 'anonymous') return rule.anonymous ? ALLOWED : UNAUTHENTICATED;
  if (hasRole(actor, 'admin') || rule.allows(actor, resource)) return ALLOWED;
  const message: (resource: ActionResources[A]) => Message = FORBIDDEN_MESSAGES[action];
  return forbidden(message(resource));
}

export function isAllowed<A extends Action>(actor: Actor, action: A, resource: ActionResources[A]): boolean {
  return decide(actor, action, resource).allowed;
}

/**
 * Which sites an actor may see, for lists, exports, tiles and features (a filter, not a row-by-row
 * `decide`): all, those of one operator and/or some provinces, or none (then the request is refused).
 */
export type SiteVisibility =
  | { readonly kind: 'all' }
  | { readonly kind: 'scoped'; readonly operator: OperatorCode | null; readonly provinces: readonly string[] }
  | { readonly kind: 'none'; readonly denial: Denial };

export function siteVisibility(actor: Actor): SiteVisibility {
  if (actor.kind === 'anonymous') return { kind: 'none', denial: UNAUTHENTICATED };
  if (hasRole(actor, 'admin') || planner(actor)) return { kind: 'all' };
  const operator = actingOperator(actor);
  const provinces = officerProvinces(actor);
  if (operator === null && provinces.length === 0) {
    return { kind: 'none', denial: forbidden(SITE_LIST_FORBIDDEN_MESSAGE) };
  }
  return { kind: 'scoped', operator, provinces };
}

/** Whether a site passes the filter: agrees with `decide(actor, 'read_site', site)`. */
export function siteVisible(visibility: SiteVisibility, site: SiteResource): boolean {
  switch (visibility.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'scoped':
      return visibility.operator === site.operator || visibility.provinces.includes(site.provinceCode);
  }
}

/**
 * Which submissions an actor may see: `operator` = operator datasets (OPERATOR_DATASET_TYPES) whose
 * organisation is that operator; `provinces` = those touching one of them.
 */
export type SubmissionVisibility = SiteVisibility;

export function submissionVisibility(actor: Actor): SubmissionVisibility {
  const sites = siteVisibility(actor);
  return sites.kind === 'none' && sites.denial.reason === 'forbidden'
    ? { kind: 'none', denial: forbidden(SUBMISSION_LIST_FORBIDDEN_MESSAGE) }
    : sites;
}

/** Whether a submission passes the filter: agrees with `decide(actor, 'read_submission', s)`. */
export function submissionVisible(visibility: SubmissionVisibility, s: SubmissionResource): boolean {
  switch (visibility.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'scoped':
      return (
        (submitterOf(s.datasetType) === 'operator' && visibility.operator === s.organisation) ||
        s.provinceCodes.some((code) => visibility.provinces.includes(code))
      );
  }
}
