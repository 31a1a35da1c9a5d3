// Server texts in English still carry Vietnamese names ("Bắc Kạn (code 06)", "plan 36/QĐ-TTg"). Marking
// those words lang="vi" lets screen readers say them right and keeps the page's language check honest.

/** Letters found in Vietnamese words but not in English ones: đ ă â ê ô ơ ư, tone marks (Latin-1 and
 * the Latin Extended Additional block U+1EA0–U+1EF9). */
const VIETNAMESE = /[đĐăĂâÂêÊôÔơƠưƯàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩĨũŨ\u1EA0-\u1EF9]/;

export interface Run {
  readonly text: string;
  readonly vi: boolean;
}

/** Splits text into runs: words with Vietnamese letters (joined when only spaces separate them) and the rest. */
export function vietnameseRuns(text: string): Run[] {
  const runs: Run[] = [];
  // Words keep their punctuation but not the quotes and brackets around a name.
  const parts = text.split(/(\s+|[()“”"‘’,;:]+)/);
  let pendingSpace = '';
  for (const part of parts) {
    if (part === '') continue;
    const vi = VIETNAMESE.test(part);
    const last = runs[runs.length - 1];
    if (/^\s+$/.test(part)) {
      pendingSpace += part;
      continue;
    }
    if (vi && last?.vi && pendingSpace !== '') {
      runs[runs.length - 1] = { text: last.text + pendingSpace + part, vi: true };
    } else {
      if (pendingSpace) push(runs, pendingSpace, false);
      push(runs, part, vi);
    }
    pendingSpace = '';
  }
  if (pendingSpace) push(runs, pendingSpace, false);
  return runs;
}

function push(runs: Run[], text: string, vi: boolean): void {
  const last = runs[runs.length - 1];
  if (last && last.vi === vi && !vi) runs[runs.length - 1] = { text: last.text + text, vi };
  else runs.push({ text, vi });
}
