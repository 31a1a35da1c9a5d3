import type { PlanRef, ProgressStatus } from '../../api/types.ts';

// Which plan the overview shows, and its status counts in the order of the progress scale.

/** Best first, as Open SDG orders its progress categories. */
export const STATUS_ORDER: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'insufficient_data',
];

/** The national plan in force (scope VN); the latest issued if several are. */
export function findNationalPlan(plans: readonly PlanRef[]): PlanRef | null {
  const national = plans.filter((p) => p.scopeUnit.code === 'VN' && p.status === 'in_force');
  national.sort((a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '') || b.periodEnd - a.periodEnd);
  return national[0] ?? null;
}

/** The statuses that occur, best first, with their counts; and the total. */
export function statusCounts(summary: Readonly<Partial<Record<ProgressStatus, number>>>): {
  total: number;
  items: { status: ProgressStatus; count: number }[];
} {
  const items = STATUS_ORDER.map((status) => ({ status, count: summary[status] ?? 0 })).filter(
    (i) => i.count > 0,
  );
  return { total: items.reduce((sum, i) => sum + i.count, 0), items };
}

/** Indicators offered on the map: those computed for every unit from the inventory, so each has values
 * everywhere (reported ones exist for a few units only), by name. */
export function mapIndicators<T extends { code: string; nameVi: string; kind: string }>(
  items: readonly T[],
): T[] {
  return items.filter((i) => i.kind === 'computed').sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
}

/** The map's first indicator: village coverage by mobile broadband (4G) when there is one. */
const PREFERRED = [
  'VILLAGE_4G_COVERAGE',
  'VILLAGE_MBB_COVERAGE',
  'MBB_4G_POP_COVERAGE',
  'FBB_VILLAGE_COVERAGE',
];

export function defaultMapIndicator(codes: readonly string[]): string | null {
  return PREFERRED.find((c) => codes.includes(c)) ?? codes[0] ?? null;
}
