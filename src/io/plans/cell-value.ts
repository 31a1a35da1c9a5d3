import type { CellValue } from 'exceljs';
import type { RawValue } from '../../core/plans/plan-input.ts';

/**
 * What an exceljs cell holds, as a RawValue: formulas give their cached result (a workbook saved by
 * Excel or LibreOffice always has one; `null` when it has none), rich text its plain text, a
 * hyperlink its text (or its address with `preferHyperlink`, for URL columns whose cell reads
 * "Văn bản"), an error its code (`#N/A`, so the validator shows it rather than "empty").
 */
export function toRawValue(value: CellValue, options: { preferHyperlink?: boolean } = {}): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    if (options.preferHyperlink && /^(https?:|www\.)/i.test(value.hyperlink)) return value.hyperlink;
    return toRawValue(value.text as CellValue);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : toRawValue(value.result);
  }
  return null;
}

/** Empty for the reader: nothing, or only whitespace. */
export function isBlank(value: RawValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
