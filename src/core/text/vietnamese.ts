/**
 * Vietnamese text as data: the normalisations every name comparison in Hatang goes through.
 *
 * Names reach us in NFC (precomposed `ộ`) or NFD (`o` + U+0323 + U+0302) — both are canonically
 * equivalent per Unicode Standard Annex #15 "Unicode Normalization Forms"
 * (https://www.unicode.org/reports/tr15/), so we always compare after normalising. They also reach us
 * with the old or the new tone placement (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`): both spellings are in official
 * use (the 2026 unit list moved to `Hoà`), so the tone mark's position must not matter. And users
 * type without diacritics at all, so search keys are folded to ASCII.
 *
 * Pure functions, no I/O.
 */

/**
 * The five tone marks as combining characters (Unicode chart U+0300..U+036F). Everything else
 * Vietnamese puts on a vowel (circumflex U+0302 in â ê ô, breve U+0306 in ă, horn U+031B in ơ ư)
 * changes the vowel itself and is kept by {@link toneKey}. Digits follow the VNI input convention
 * (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng) so a key like `hoa2` reads naturally.
 */
const TONE_DIGIT: ReadonlyMap<string, string> = new Map([
  ['\u0301', '1'], // sắc (acute)
  ['\u0300', '2'], // huyền (grave)
  ['\u0309', '3'], // hỏi (hook above)
  ['\u0303', '4'], // ngã (tilde)
  ['\u0323', '5'], // nặng (dot below)
]);

const COMBINING_MARKS = /[\u0300-\u036f]/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** A run of letters and combining marks: one syllable (or one token of a foreign name). */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Collapse every run of whitespace (including NBSP, the other Unicode spaces JavaScript's `\s` knows,
 * and the zero-width space / BOM that copy-paste from web pages and Excel leaves behind) to one ASCII
 * space, and trim.
 */
export function normalizeSpaces(s: string): string {
  return s
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Canonical composition (NFC, UAX #15). Also maps the look-alike letters legacy fonts and keyboards
 * substitute for `Đ`/`đ` (U+0110/U+0111): Icelandic eth `Ð`/`ð` (U+00D0/U+00F0) — they render the
 * same and show up in real spreadsheets, but are different code points with no canonical equivalence.
 */
export function toNfc(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00d0/gu, '\u0110')
    .replace(/\u00f0/gu, '\u0111');
}

/**
 * Lowercase ASCII-ish fold: remove every combining mark after canonical decomposition (NFD, UAX #15)
 * and fold `đ`/`Đ` (which has no decomposition: it is a letter of its own, not d + mark) to `d`.
 * `Đắk Lắk` → `dak lak`. Spaces and punctuation are kept as they are.
 */
export function foldDiacritics(s: string): string {
  return toNfc(s).normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

/** Does `s` carry any Vietnamese diacritic (a combining mark after NFD, or `đ`)? */
export function hasDiacritics(s: string): boolean {
  const decomposed = toNfc(s).normalize('NFD');
  return /[\u0300-\u036f\u0111\u0110]/u.test(decomposed);
}

/**
 * Tone-placement-insensitive key: NFC, lowercase, normalised spaces; in each syllable the tone mark is
 * removed from whichever vowel carries it and appended as a VNI digit after the syllable. Vowel-quality
 * marks (â ê ô ơ ư ă) and `đ` are kept, so `Hòa`, `Hoà` and NFD `Hoà` all give `hoa2`, while `Hoa`
 * (`hoa`) and `Hóa` (`hoa1`) stay distinct. Punctuation is left alone.
 */
export function toneKey(s: string): string {
  const text = normalizeSpaces(toNfc(s)).toLowerCase();
  return text.replace(WORD, (word) => {
    const decomposed = word.normalize('NFD');
    let tones = '';
    for (const mark of decomposed.match(TONE_MARKS) ?? []) tones += TONE_DIGIT.get(mark) ?? '';
    return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones;
  });
}

/**
 * The key search columns and the name resolver share: {@link foldDiacritics}, apostrophes dropped
 * (`M'Đrắk` → `mdrak`, since users type it with, without, or with a typographic apostrophe), every
 * other character that is not a letter or digit turned into a space, spaces collapsed. The database
 * stores this per unit as `search_name`, and `q=` searches fold the query the same way.
 */
export function foldForSearch(s: string): string {
  return normalizeSpaces(
    foldDiacritics(s)
      .replace(/['\u2019\u02bc`]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' '),
  );
}
