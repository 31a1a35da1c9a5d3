import type { Lang } from '../../i18n/i18n.tsx';
import type { UnitValue } from './types.ts';

// Ordering the values table: by name in the language's alphabet (Vietnamese collation puts Đ after D),
// or by value with units without data always last.

export interface ValueSort {
  readonly key: 'name' | 'value';
  readonly descending: boolean;
}

export function sortValues(
  items: readonly UnitValue[],
  sort: ValueSort,
  name: (unit: UnitValue['unit']) => string,
  lang: Lang,
): UnitValue[] {
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { sensitivity: 'base' });
  const sign = sort.descending ? -1 : 1;
  return [...items].sort((a, b) => {
    if (sort.key === 'value') {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return collator.compare(name(a.unit), name(b.unit));
        return a.value === null ? 1 : -1;
      }
      if (a.value !== b.value) return sign * (a.value - b.value);
    }
    return sign * collator.compare(name(a.unit), name(b.unit));
  });
}
