import type { FieldSpec } from '../../core/plans/plan-fields.ts';
import { foldForSearch } from '../../core/text/vietnamese.ts';

/**
 * Column labels as officers leave them: with or without diacritics, any case, NFC or NFD, with the
 * template's "(*)" mark, a trailing colon or line breaks. `Mã chỉ tiêu (*)`, `MA CHI TIEU`,
 * `Indicator code` and `indicator` all fold to a key that resolves to the field `indicator`. Spaces
 * are dropped too, so the camel-case key `baselineValue` meets the English label `Baseline value`.
 */
export function foldLabel(text: string): string {
  return foldForSearch(text).replace(/ /g, '');
}

export type LabelResolver = (text: string) => string | null;

/** Resolves a label (Vietnamese, English or the canonical key) to the field's key. */
export function labelResolver(fields: readonly FieldSpec[]): LabelResolver {
  const byFold = new Map<string, string>();
  for (const field of fields) {
    for (const label of [field.key, field.vi, field.en]) {
      const folded = foldLabel(label);
      if (!byFold.has(folded)) byFold.set(folded, field.key);
    }
  }
  return (text) => (text.trim() === '' ? null : (byFold.get(foldLabel(text)) ?? null));
}

/** Resolves only canonical keys, exactly as the template writes them (its hidden key cells). */
export function keyResolver(fields: readonly FieldSpec[]): LabelResolver {
  const keys = new Set(fields.map((f) => f.key));
  return (text) => (keys.has(text.trim()) ? text.trim() : null);
}

/** Sheet names, folded the same way: `Kế hoạch`, `KE HOACH`, `Ke_hoach` → `kehoach`. */
export function sheetNameMatches(name: string, accepted: readonly string[]): boolean {
  const folded = foldLabel(name);
  return accepted.some((a) => foldLabel(a) === folded);
}
