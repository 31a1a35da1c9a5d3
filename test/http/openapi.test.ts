import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/http/openapi.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { testApp } from '../support/test-app.ts';

/** `/api/units/:code` → `/api/units/{code}`. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every operation answering something', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    for (const [path, item] of Object.entries(openApiDocument.paths)) {
      expect(Object.keys(item.get.responses), path).toContain('200');
    }
  });
});

describeEachEngine('OpenAPI coverage', (db) => {
  it('describes every API route the app serves, and nothing it does not', () => {
    const app = testApp(db());
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.endsWith('*') && r.method === 'GET')
        .map((r) => toOpenApiPath(r.path)),
    );
    expect([...served].sort()).toEqual(Object.keys(openApiDocument.paths).sort());
  });

  it('is served at /api/openapi.json', async () => {
    const response = await testApp(db()).request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
