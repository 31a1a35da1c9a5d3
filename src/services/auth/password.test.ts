import { describe, expect, it } from 'vitest';
import { hashPassword, onetimePassword, verifyPassword } from './password.ts';

describe('passwords (scrypt, RFC 7914)', () => {
  it('verifies the right password, refuses a wrong one, and never stores it in clear', async () => {
    const stored = await hashPassword('Mật khẩu dài 2026!');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain('Mật khẩu');
    expect(await verifyPassword('Mật khẩu dài 2026!', stored)).toBe(true);
    expect(await verifyPassword('mật khẩu dài 2026!', stored)).toBe(false);
    // The same letters typed as NFD (combining marks) are the same password.
    expect(await verifyPassword('Mật khẩu dài 2026!'.normalize('NFD'), stored)).toBe(true);
  });

  it('salts every hash, and a malformed stored hash matches nothing', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$32768$8$1$$')).toBe(false);
  });

  it('makes one-time passwords of 4 groups of 4 unambiguous characters', () => {
    const a = onetimePassword();
    expect(a).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(onetimePassword()).not.toBe(a);
  });
});
