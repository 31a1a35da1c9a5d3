import type { UploadAnswer } from './submission-types.ts';

// The upload's answer says how the file was read (encoding, columns used and not used) and counts the
// warnings of a refused file; the stored submission does not. The submission page opened right after
// the upload shows it from here. Kept for this tab only, a few answers at most.

const answers = new Map<number, UploadAnswer>();
const KEEP = 5;

export function rememberUpload(answer: UploadAnswer): void {
  if (!answer.submission) return;
  answers.set(answer.submission.id, answer);
  while (answers.size > KEEP) {
    const oldest = answers.keys().next().value;
    if (oldest === undefined) break;
    answers.delete(oldest);
  }
}

export function uploadOf(id: number): UploadAnswer | null {
  return answers.get(id) ?? null;
}
