import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD, passwordProblem } from './password-check.ts';

describe('passwordProblem', () => {
  it('accepts a long enough password typed twice alike', () => {
    expect(passwordProblem('abcd-efgh-ijkl', 'một cụm từ dài', 'một cụm từ dài')).toBeNull();
  });

  it('needs the minimum length, counted in characters as the server counts them', () => {
    expect(MIN_PASSWORD).toBe(12);
    expect(passwordProblem('x', 'short-pass1', 'short-pass1')).toBe('tooShort');
    // 11 characters but 12 UTF-16 units (the emoji takes two): still too short.
    const eleven = 'đường🙂đường';
    expect(eleven.length).toBe(12);
    expect(passwordProblem('x', eleven, eleven)).toBe('tooShort');
    expect(passwordProblem('x', `${eleven}x`, `${eleven}x`)).toBeNull();
  });

  it('catches a different repeated entry', () => {
    expect(passwordProblem('x', 'correct horse battery', 'correct horse batery')).toBe('mismatch');
  });

  it('refuses the current password again, however its accents were composed', () => {
    const composed = 'mật khẩu cũ rồi';
    const decomposed = composed.normalize('NFD');
    expect(passwordProblem(composed, decomposed, decomposed)).toBe('sameAsCurrent');
  });
});
