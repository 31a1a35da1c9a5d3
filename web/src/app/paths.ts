import { pathTo } from '../router/match.ts';

// The app's addresses, in one place so links and routes agree.

export const PATHS = {
  overview: '/',
  unit: '/units/:code',
  plans: '/plans',
  plan: '/plans/:code',
  map: '/map',
  gaps: '/gaps',
  submissions: '/submissions',
  newSubmission: '/submissions/new',
  submission: '/submissions/:id',
  login: '/login',
} as const;

export const unitPath = (code: string) => pathTo(PATHS.unit, { code });
export const planPath = (code: string) => pathTo(PATHS.plan, { code });
export const submissionPath = (id: number | string) => pathTo(PATHS.submission, { id: String(id) });
