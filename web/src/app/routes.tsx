import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { matchPath, type RouteParams } from '../router/match.ts';
import { PATHS } from './paths.ts';

// Which page answers which address. Pages are loaded on demand, so the first page does not wait for
// the map library or the submission forms.

export interface PageProps {
  readonly params: RouteParams;
}

type Page = LazyExoticComponent<ComponentType<PageProps>>;

const page = (load: () => Promise<{ default: ComponentType<PageProps> }>): Page => lazy(load);

const ROUTES: readonly (readonly [string, Page])[] = [
  [PATHS.overview, page(() => import('../pages/overview/OverviewPage.tsx'))],
  [PATHS.unit, page(() => import('../pages/unit/UnitPage.tsx'))],
  [PATHS.plans, page(() => import('../pages/plans/PlansPage.tsx'))],
  [PATHS.plan, page(() => import('../pages/plans/PlanPage.tsx'))],
  [PATHS.map, page(() => import('../pages/map/MapPage.tsx'))],
  [PATHS.gaps, page(() => import('../pages/gaps/GapsPage.tsx'))],
  [PATHS.submissions, page(() => import('../pages/submissions/SubmissionsPage.tsx'))],
  // Before /submissions/:id, which would take "new" for an id.
  [PATHS.newSubmission, page(() => import('../pages/submissions/NewSubmissionPage.tsx'))],
  [PATHS.submission, page(() => import('../pages/submissions/SubmissionPage.tsx'))],
  [PATHS.login, page(() => import('../pages/login/LoginPage.tsx'))],
];

export function findRoute(path: string): { page: Page; params: RouteParams } | null {
  for (const [pattern, component] of ROUTES) {
    const params = matchPath(pattern, path);
    if (params) return { page: component, params };
  }
  return null;
}
