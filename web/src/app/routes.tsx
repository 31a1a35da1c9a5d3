import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import OverviewPage from '../pages/overview/OverviewPage.tsx';
import { matchPath, type RouteParams } from '../router/match.ts';
import { PATHS } from './paths.ts';

// Which page answers which address. Pages are loaded on demand, so the first page does not wait for
// the map library or the submission forms; the overview, where most visits start, comes with the app
// (one round trip less before its target cards: bench/web-first-load.bench.ts).

export interface PageProps {
  readonly params: RouteParams;
}

type Page = ComponentType<PageProps> | LazyExoticComponent<ComponentType<PageProps>>;

const page = (load: () => Promise<{ default: ComponentType<PageProps> }>): Page => lazy(load);

const ROUTES: readonly (readonly [string, Page])[] = [
  [PATHS.overview, OverviewPage],
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
