import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords as scrypt hashes (RFC 7914; N = 2^15, r = 8, p = 1, the OWASP Password Storage Cheat
 * Sheet's minimum for scrypt), with a 16-byte random salt, stored as `scrypt$N$r$p$salt$hash`
 * (base64url). The clear password is never stored or logged.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
// scrypt needs 128·N·r bytes (32 MiB here); Node's default ceiling is exactly that, so give room.
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` matches `stored`, compared in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** NIST SP 800-63B §5.1.1.2: at least 8 characters; we ask 12 for accounts that change official figures. */
export const MIN_PASSWORD = 12;

/**
 * Which rule a password chosen for `username` breaks, as a key of the i18n `expected` catalogue, or
 * `null`. Length is counted in characters (code points after NFC, as NIST asks), so a Vietnamese
 * password typed with combining accents is not longer than the same one typed precomposed.
 */
export function passwordRuleBroken(
  password: string,
  username: string,
): 'password' | 'passwordNotUsername' | null {
  const text = password.normalize('NFC');
  if ([...text].length < MIN_PASSWORD) return 'password';
  // The username is the first guess of anyone trying (NIST's "context-specific words").
  if (text.trim().toLowerCase() === username.toLowerCase()) return 'passwordNotUsername';
  return null;
}

/** A one-time password people can type: 4 groups of 4 letters and digits without look-alikes. */
export function onetimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  let text = '';
  bytes.forEach((b, i) => {
    text += `${i > 0 && i % 4 === 0 ? '-' : ''}${alphabet[b % alphabet.length]}`;
  });
  return text;
}
