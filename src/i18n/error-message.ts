import type { HatangError } from '../core/errors/error-codes.ts';
import { fill, type Language, MESSAGES } from './messages.ts';

/** The error's message in the given language, with the expectation (if any) spelled out. */
export function errorMessage(error: HatangError, language: Language): string {
  const catalogue = MESSAGES[language];
  const params: Record<string, string | number> = { ...error.params };
  // Facts that are themselves sentences come in both languages (`reason_vi`, `reason_en`).
  for (const [key, value] of Object.entries(error.params)) {
    if (key.endsWith(`_${language}`)) params[key.slice(0, -language.length - 1)] = value;
  }
  const expectedKey = error.params.expected;
  if (typeof expectedKey === 'string') {
    const template = catalogue.expected[expectedKey];
    params.expected = template ? fill(template, error.params) : '';
  }
  // A validity period reads differently when one end is open (a unit in force "until 2025-06-30").
  const { validFrom, validTo } = error.params;
  if (validFrom !== undefined || validTo !== undefined) {
    const p = catalogue.period;
    const template = validFrom && validTo ? p.between : validTo ? p.until : p.from;
    params.period = fill(template, error.params);
  }
  return fill(catalogue.errors[error.code], params).trim();
}
