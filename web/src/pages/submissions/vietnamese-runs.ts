// Server messages come in the page's language, but name Vietnamese places and values inside them
// ("the position lies in Phường Đức Xuân (01840)"). On an English page those names are marked
// lang="vi" (screen readers pronounce them right; the language check knows they are data), without
// marking the English sentence around them as Vietnamese.

export interface TextRun {
  readonly text: string;
  readonly vi: boolean;
}

/** Latin letters with diacritics: in an English message, they come from a Vietnamese name or value. */
const ACCENTED = /[\u00C0-\u00FF\u0100-\u024F\u1E00-\u1EFF]/;

/** Whether a text has letters with diacritics (a Vietnamese name, where an English label would have none). */
export const hasAccents = (text: string): boolean => ACCENTED.test(text);
/** A name's plain words after a marked one: "Xã Tam Kim". */
const CAPITALISED = /^[A-Z][a-z]*$/;
/** Syllables without diacritics inside a Vietnamese phrase: "thông tin di động". */
const PLAIN_SYLLABLE = /^[a-zA-Z]+$/;
const MAX_PLAIN_SPAN = 3;

/** The text cut into runs of Vietnamese words and the rest; joined, the runs give the text back. */
export function vietnameseRuns(text: string): TextRun[] {
  // Even indexes are words (maybe empty), odd ones the spaces between them.
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((_, i) => i % 2 === 0);
  const vi = words.map((w) => ACCENTED.test(w));
  // Plain syllables between two Vietnamese words belong to them.
  for (let i = 0; i < words.length; i++) {
    if (!vi[i - 1] || vi[i] || !PLAIN_SYLLABLE.test(words[i] ?? '')) continue;
    let end = i;
    while (end < words.length && !vi[end] && PLAIN_SYLLABLE.test(words[end] ?? '')) end++;
    if (end < words.length && vi[end] && end - i <= MAX_PLAIN_SPAN) vi.fill(true, i, end);
  }
  // Capitalised words after a Vietnamese one continue a name.
  for (let i = 1; i < words.length; i++) {
    if (vi[i - 1] && !vi[i] && CAPITALISED.test(words[i] ?? '')) vi[i] = true;
  }
  const runs: { text: string; vi: boolean }[] = [];
  const push = (piece: string, isVi: boolean) => {
    if (piece === '') return;
    const last = runs[runs.length - 1];
    if (last && last.vi === isVi) last.text += piece;
    else runs.push({ text: piece, vi: isVi });
  };
  tokens.forEach((token, i) => {
    if (i % 2 === 0) push(token, vi[i / 2] ?? false);
    // Spaces are Vietnamese only between two Vietnamese words.
    else push(token, (vi[(i - 1) / 2] ?? false) && (vi[(i + 1) / 2] ?? false));
  });
  return runs;
}
