import { expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/app.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { adminToken, testApp } from '../support/test-app.ts';

/** Issue 5, Build 5: request size limits, checked after authentication (an anonymous write is a 401 first). */
describeEachEngine('request size limits', (db) => {
  const big = 'x'.repeat(MAX_BODY_BYTES + 1024);

  it('refuses an anonymous write as unauthenticated whatever its size', async () => {
    const response = await testApp(db()).request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a body over 10 MB with 413, but takes an inventory file of that size', async () => {
    const app = testApp(db(), [], { token: await adminToken(db()) });
    const plan = await app.request('/api/plans', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(plan.status).toBe(413);
    const body = (await plan.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.message).toContain('10 MB');
    // An operator's list may be larger: it reaches the reader, which says what is wrong with it.
    const form = new FormData();
    form.set('operator', 'VIETTEL');
    form.set('period', '2025-Q4');
    form.set('dryRun', 'true');
    form.set('file', new File([big], 'tram.csv'));
    const upload = await app.request('/api/submissions', { method: 'POST', body: form });
    expect(upload.status).toBe(400);
    const refused = (await upload.json()) as { error: { code: string; message: string } };
    expect(refused.error.code).toBe('INVALID_FILE');
    // No stack trace or internal path in any answer.
    expect(JSON.stringify(refused)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
  });
});
