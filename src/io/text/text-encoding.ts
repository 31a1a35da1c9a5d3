/**
 * The text encodings Hatang reads user files in. Vietnamese files reach us in Unicode (UTF-8 with or
 * without a byte order mark, UTF-16 from "Unicode text" exports) or in one of the 8-bit encodings of
 * the 1990s–2000s still found in provincial archives: Windows-1258 (Microsoft's Vietnamese code page),
 * TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime…) and VNI (the VNI-Windows fonts).
 */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'vni',
] as const;

export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** The 8-bit encodings that can only be told apart by reading the text (no byte pattern does it). */
export const LEGACY_8BIT_ENCODINGS = ['windows-1258', 'tcvn3', 'vni'] as const;

export type Legacy8BitEncoding = (typeof LEGACY_8BIT_ENCODINGS)[number];

export function isTextEncodingName(value: string): value is TextEncodingName {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}

export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * The bytes are not valid in the encoding they are read in (for example a file detected as UTF-8 from
 * its first 64 KB that switches to another encoding further down). Never replaced silently by U+FFFD:
 * Vietnamese names are data.
 */
export class TextDecodeError extends Error {
  readonly code = 'INVALID_ENCODING';
  readonly localized: LocalizedText;
  /** The text of the failing chunk up to the bad bytes, so a caller can say on which line they are. */
  readonly textBefore: string;

  constructor(
    readonly encoding: TextEncodingName,
    options: { cause?: unknown; textBefore?: string } = {},
  ) {
    const localized = {
      vi: `Tệp chứa byte không hợp lệ trong bảng mã ${encoding}`,
      en: `The file contains bytes that are not valid ${encoding}`,
    };
    super(localized.en, { cause: options.cause });
    this.name = 'TextDecodeError';
    this.localized = localized;
    this.textBefore = options.textBefore ?? '';
  }
}
