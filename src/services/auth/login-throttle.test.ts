import { describe, expect, it } from 'vitest';
import { LOCK_MS, LoginThrottle, MAX_FAILURES, WINDOW_MS } from './login-throttle.ts';

describe('login throttle', () => {
  it('locks a key after MAX_FAILURES failures within the window, until LOCK_MS has passed', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let k = 0; k < MAX_FAILURES - 1; k++) throttle.failed(['user:an', 'ip:1.2.3.4']);
    expect(throttle.waitMs(['user:an'])).toBe(0);
    throttle.failed(['user:an', 'ip:1.2.3.4']);
    expect(throttle.waitMs(['user:an'])).toBe(LOCK_MS);
    expect(throttle.waitMs(['ip:1.2.3.4', 'user:other'])).toBe(LOCK_MS);
    now += LOCK_MS - 1;
    expect(throttle.waitMs(['user:an'])).toBe(1);
    now += 1;
    expect(throttle.waitMs(['user:an'])).toBe(0);
  });

  it('forgets failures older than the window, and all of them after a success', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    for (let k = 0; k < MAX_FAILURES - 1; k++) throttle.failed(['user:an']);
    now += WINDOW_MS;
    throttle.failed(['user:an']);
    expect(throttle.waitMs(['user:an'])).toBe(0);
    for (let k = 0; k < MAX_FAILURES - 2; k++) throttle.failed(['user:an']);
    throttle.succeeded(['user:an']);
    throttle.failed(['user:an']);
    expect(throttle.waitMs(['user:an'])).toBe(0);
  });
});
