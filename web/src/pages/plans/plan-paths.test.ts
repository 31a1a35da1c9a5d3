import { describe, expect, it } from 'vitest';
import { consistencyPath, nationalPlanFor, progressPath } from './plan-paths.ts';
import type { PlanSummary } from './plan-types.ts';

const plan = (
  code: string,
  level: 'country' | 'province',
  status = 'in_force',
  parent: string | null = null,
) =>
  ({
    id: 1,
    code,
    titleVi: code,
    titleEn: null,
    issuer: null,
    issuedOn: null,
    periodStart: 2021,
    periodEnd: 2030,
    visionYear: null,
    scopeUnit: {
      code: level === 'country' ? 'VN' : '19',
      name: '',
      fullName: '',
      level,
      validFrom: null,
      validTo: null,
    },
    parentPlanCode: parent,
    status,
    sourceUrl: null,
    targetCount: 0,
  }) satisfies PlanSummary;

describe('plan API paths', () => {
  it('encodes a code with a slash as one segment', () => {
    expect(progressPath('36/QĐ-TTg', null)).toBe('/api/plans/36%2FQ%C4%90-TTg/progress');
    expect(progressPath('36/QĐ-TTg', '19', 'xlsx')).toBe(
      '/api/plans/36%2FQ%C4%90-TTg/progress?unit=19&format=xlsx',
    );
    expect(consistencyPath('KH-1', '36/QĐ-TTg')).toBe('/api/plans/KH-1/consistency?against=36%2FQ%C4%90-TTg');
  });
});

describe('nationalPlanFor', () => {
  const old = plan('OLD', 'country', 'superseded');
  const national = plan('36/QĐ-TTg', 'country');
  it('is none for a national plan', () => {
    expect(nationalPlanFor(national, [old, national])).toBeNull();
  });
  it('is the declared parent, else the national plan in force', () => {
    expect(nationalPlanFor(plan('KH', 'province', 'in_force', 'OLD'), [old, national])).toBe('OLD');
    expect(nationalPlanFor(plan('KH', 'province'), [old, national])).toBe('36/QĐ-TTg');
    expect(nationalPlanFor(plan('KH', 'province'), [old])).toBe('OLD');
    expect(nationalPlanFor(plan('KH', 'province'), [])).toBeNull();
  });
});
