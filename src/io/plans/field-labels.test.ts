import { describe, expect, it } from 'vitest';
import { PLAN_FIELDS, TARGET_FIELDS } from '../../core/plans/plan-fields.ts';
import { foldLabel, labelResolver, sheetNameMatches } from './field-labels.ts';

describe('labelResolver', () => {
  it.each([
    ['plan', PLAN_FIELDS],
    ['target', TARGET_FIELDS],
  ])('gives every %s label a fold of its own', (_, fields) => {
    const owner = new Map<string, string>();
    for (const field of fields) {
      for (const label of [field.key, field.vi, field.en]) {
        const folded = foldLabel(label);
        expect(owner.get(folded) ?? field.key, `${label} folds like a label of ${owner.get(folded)}`).toBe(
          field.key,
        );
        owner.set(folded, field.key);
      }
    }
  });

  it('matches labels case-, diacritics-, NFD- and mark-insensitively', () => {
    const resolve = labelResolver(TARGET_FIELDS);
    for (const label of [
      'Mã chỉ tiêu (*)',
      'MA CHI TIEU',
      'ma chi tieu:',
      'Mã chỉ tiêu'.normalize('NFD'),
      'Indicator code',
      'indicator',
      'Mã\nchỉ tiêu *',
    ]) {
      expect(resolve(label)).toBe('indicator');
    }
    expect(resolve('baselineValue')).toBe('baselineValue');
    expect(resolve('Baseline value')).toBe('baselineValue');
    expect(resolve('Nguon (duong dan)')).toBe('sourceUrl');
    expect(resolve('Mã')).toBeNull();
    expect(resolve('  ')).toBeNull();
  });

  it('matches sheet names without diacritics', () => {
    expect(sheetNameMatches('KE HOACH', ['Kế hoạch', 'Plan'])).toBe(true);
    expect(sheetNameMatches('Chi_tieu', ['Chỉ tiêu'])).toBe(true);
    expect(sheetNameMatches('Danh mục chỉ tiêu', ['Chỉ tiêu'])).toBe(false);
  });
});
