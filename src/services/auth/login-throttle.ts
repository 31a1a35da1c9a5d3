/**
 * Failed logins per username and per address: after `MAX_FAILURES` within `WINDOW_MS`, further
 * attempts are refused (HTTP 429) until `LOCK_MS` has passed, even with the right password — a
 * guessing script learns nothing during the lockout (OWASP Authentication Cheat Sheet, "Account
 * lockout"). Kept in this process's memory: one server process is the deployment this version targets.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

interface Record {
  failures: number[];
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until a login may be tried again for any of these keys; 0 when allowed now. */
  waitMs(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const record = this.records.get(key);
      if (record && record.lockedUntil > now) wait = Math.max(wait, record.lockedUntil - now);
    }
    return wait;
  }

  failed(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const record = this.records.get(key) ?? { failures: [], lockedUntil: 0 };
      record.failures = record.failures.filter((t) => now - t < WINDOW_MS);
      record.failures.push(now);
      if (record.failures.length >= MAX_FAILURES) {
        record.lockedUntil = now + LOCK_MS;
        record.failures = [];
      }
      this.records.set(key, record);
    }
  }

  succeeded(keys: readonly string[]): void {
    for (const key of keys) this.records.delete(key);
  }
}
