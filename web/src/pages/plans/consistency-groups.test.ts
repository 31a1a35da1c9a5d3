import { describe, expect, it } from 'vitest';
import type { ConsistencyFinding, Severity } from '../../../../src/core/plans/consistency-types.ts';
import { groupFindings } from './consistency-groups.ts';

const finding = (kind: 'missing_counterpart' | 'unknown_indicator', severity: Severity, text: string) =>
  ({
    kind,
    severity,
    provincialPlanCode: 'P',
    national: null,
    provincial: null,
    values: { national: null, provincial: null },
    message: { vi: text, en: text },
    ...(kind === 'unknown_indicator' ? { indicatorCode: 'X' } : {}),
  }) as ConsistencyFinding;

describe('groupFindings', () => {
  it('groups by kind, most serious groups and findings first, keeping plan order otherwise', () => {
    const groups = groupFindings([
      finding('missing_counterpart', 'warning', 'm1'),
      finding('unknown_indicator', 'error', 'u1'),
      finding('missing_counterpart', 'error', 'm2'),
      finding('missing_counterpart', 'warning', 'm3'),
    ]);
    expect(groups.map((g) => [g.kind, g.severity])).toEqual([
      ['missing_counterpart', 'error'],
      ['unknown_indicator', 'error'],
    ]);
    expect(groups[0]?.findings.map((f) => f.message.vi)).toEqual(['m2', 'm1', 'm3']);
  });
  it('puts a kind with only warnings after one with errors', () => {
    const groups = groupFindings([
      finding('missing_counterpart', 'warning', 'm1'),
      finding('unknown_indicator', 'error', 'u1'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['unknown_indicator', 'missing_counterpart']);
  });
  it('answers no groups for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
