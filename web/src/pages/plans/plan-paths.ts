import { query } from '../../api/client.ts';
import type { PlanSummary } from './plan-types.ts';

// API addresses of one plan. Codes contain "/" ("36/QĐ-TTg"), so they are encoded as one path segment.

const planApi = (code: string) => `/api/plans/${encodeURIComponent(code)}`;

/** The progress answer (JSON) or its export (csv, xlsx), optionally judged for one unit. */
export function progressPath(code: string, unit: string | null, format?: 'csv' | 'xlsx'): string {
  return `${planApi(code)}/progress${query({ unit, format })}`;
}

export function consistencyPath(code: string, against: string): string {
  return `${planApi(code)}/consistency${query({ against })}`;
}

/** The plan a provincial plan answers to: its declared parent, else the national plan in force. */
export function nationalPlanFor(plan: PlanSummary, all: readonly PlanSummary[]): string | null {
  if (plan.scopeUnit.level === 'country') return null;
  if (plan.parentPlanCode) return plan.parentPlanCode;
  const national = all.filter((p) => p.scopeUnit.level === 'country');
  return (national.find((p) => p.status === 'in_force') ?? national[0])?.code ?? null;
}
