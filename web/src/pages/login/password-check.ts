// The checks the browser can make before asking the server to change a password, so a typo in the
// repeated entry is caught at once. The server checks again (src/services/auth/password.ts), and its
// answer (a wrong current password, a too-common one) is shown as it says.

/** The server's MIN_PASSWORD (services cannot be imported into the web app). */
export const MIN_PASSWORD = 12;

export type PasswordProblem = 'tooShort' | 'mismatch' | 'sameAsCurrent';

/** The first problem of a new password, or null. Lengths count characters as the server does. */
export function passwordProblem(current: string, next: string, repeat: string): PasswordProblem | null {
  if ([...next].length < MIN_PASSWORD) return 'tooShort';
  if (next !== repeat) return 'mismatch';
  if (next.normalize('NFC') === current.normalize('NFC')) return 'sameAsCurrent';
  return null;
}
