// Server texts in English still carry Vietnamese names and values ("the position lies in Phường Đức
// Xuân (01840)", "plan 36/QĐ-TTg"). On an English page those words are marked lang="vi": screen readers
// pronounce them right, and the language check knows they are data, without marking the English
// sentence around them as Vietnamese. One rule for every page (plans, submissions, reports).

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
/** Brackets, quotes and sentence punctuation around a word belong to the sentence, not the name. */
const LEADING = /^[([{“‘"'«]+/;
const TRAILING = /[)\]}”’"'»,;:.!?]+$/;

interface Word {
  readonly lead: string;
  readonly core: string;
  readonly trail: string;
}

function splitWord(word: string): Word {
  const lead = LEADING.exec(word)?.[0] ?? '';
  const rest = word.slice(lead.length);
  const trail = TRAILING.exec(rest)?.[0] ?? '';
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

/** Which words are Vietnamese: accented ones, plain syllables between two of them, capitalised words after one. */
function vietnameseWords(words: readonly Word[]): boolean[] {
  const vi = words.map((w) => ACCENTED.test(w.core));
  const plain = (i: number) => PLAIN_SYLLABLE.test(words[i]?.core ?? '');
  for (let i = 0; i < words.length; i++) {
    if (!vi[i - 1] || vi[i] || !plain(i)) continue;
    let end = i;
    while (end < words.length && !vi[end] && plain(end)) end++;
    if (end < words.length && vi[end] && end - i <= MAX_PLAIN_SPAN) vi.fill(true, i, end);
  }
  for (let i = 1; i < words.length; i++) {
    if (vi[i - 1] && !vi[i] && CAPITALISED.test(words[i]?.core ?? '')) vi[i] = true;
  }
  return vi;
}

/** The text cut into runs of Vietnamese words and the rest; joined, the runs give the text back. */
export function vietnameseRuns(text: string): TextRun[] {
  // Even indexes are words (maybe empty), odd ones the spaces between them.
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((_, i) => i % 2 === 0).map(splitWord);
  const vi = vietnameseWords(words);
  const pieces: TextRun[] = [];
  tokens.forEach((token, i) => {
    if (i % 2 === 1) {
      pieces.push({ text: token, vi: false });
      return;
    }
    const word = words[i / 2];
    if (!word) return;
    pieces.push({ text: word.lead, vi: false }, { text: word.core, vi: vi[i / 2] ?? false });
    pieces.push({ text: word.trail, vi: false });
  });
  const nonEmpty = pieces.filter((p) => p.text !== '');
  // A space is Vietnamese only between two Vietnamese pieces ("Bắc Kạn"), never next to punctuation.
  const marked = nonEmpty.map((p, i) =>
    /^\s+$/.test(p.text)
      ? { text: p.text, vi: (nonEmpty[i - 1]?.vi ?? false) && (nonEmpty[i + 1]?.vi ?? false) }
      : p,
  );
  const runs: { text: string; vi: boolean }[] = [];
  for (const piece of marked) {
    const last = runs[runs.length - 1];
    if (last && last.vi === piece.vi) last.text += piece.text;
    else runs.push({ ...piece });
  }
  return runs;
}
