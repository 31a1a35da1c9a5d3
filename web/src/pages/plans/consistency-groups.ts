import {
  type ConsistencyFinding,
  FINDING_KINDS,
  type FindingKind,
  type Severity,
} from '../../../../src/core/plans/consistency-types.ts';

// The consistency findings grouped by kind (in the checker's order), errors first within a group, so the
// page reads like the ministry's review: what is missing, what is weaker, what is only worth a look.

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  readonly kind: FindingKind;
  /** The most serious severity in the group. */
  readonly severity: Severity;
  readonly findings: readonly ConsistencyFinding[];
}

export function groupFindings(findings: readonly ConsistencyFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const kind of FINDING_KINDS) {
    const list = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.kind === kind)
      // Stable: within a severity the checker's order (plan order) stays.
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
      .map(({ f }) => f);
    const first = list[0];
    if (first) groups.push({ kind, severity: first.severity, findings: list });
  }
  // Groups with errors come before groups with only warnings or notes.
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => SEVERITY_RANK[a.g.severity] - SEVERITY_RANK[b.g.severity] || a.i - b.i)
    .map(({ g }) => g);
}
