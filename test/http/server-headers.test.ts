import { expect, it } from 'vitest';
import { startServer } from '../../src/http/server.ts';
import { describeEachEngine } from '../support/each-engine.ts';

/**
 * Issue 5, Build 5: security headers on every answer — of the real HTTP server, not only of the app
 * called in process (the server once replaced the global Response and dropped them).
 */
describeEachEngine('security headers from the running server', (db) => {
  it('sends the policy on pages, JSON answers, errors and refusals', async () => {
    const server = await startServer({ port: 0, host: '127.0.0.1', database: db() });
    try {
      for (const [path, method, status] of [
        ['/api/health', 'GET', 200],
        ['/api/units?bogus=1', 'GET', 400],
        ['/api/plans', 'POST', 401],
        ['/api/nowhere', 'GET', 404],
        ['/', 'GET', 200],
      ] as const) {
        const response = await fetch(`${server.url}${path}`, { method });
        await response.arrayBuffer();
        expect(response.status, path).toBe(status);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
        expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
        expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
        expect(response.headers.get('x-request-id'), path).toMatch(/^[\w-]{8,}$/);
      }
    } finally {
      await server.close();
    }
  });
});
