/**
 * Why a plan file could not be read at all (as opposed to a readable file whose values are wrong,
 * which the validator reports row by row). Codes are stable: the HTTP layer and the UI match on them.
 */
export type PlanFileErrorCode =
  | 'NOT_XLSX'
  | 'NO_TARGET_SHEET'
  | 'NO_HEADER'
  | 'EMPTY'
  | 'NOT_JSON'
  | 'BAD_SHAPE';

export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * `Error.message` must be a string, so the bilingual text is `localized`; `message` carries the
 * English text for logs, and `toJSON()` gives `{ code, message: { vi, en } }` for an API answer.
 */
export class PlanFileError extends Error {
  readonly localized: LocalizedText;

  constructor(
    readonly code: PlanFileErrorCode,
    localized: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(localized.en, options);
    this.name = 'PlanFileError';
    this.localized = localized;
  }

  toJSON(): { code: PlanFileErrorCode; message: LocalizedText } {
    return { code: this.code, message: this.localized };
  }
}
