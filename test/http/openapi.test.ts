import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/http/openapi/index.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import { testApp } from '../support/test-app.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: { $ref?: string; name?: string; in?: string; required?: boolean }[];
  responses: Record<string, unknown>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const document = openApiDocument as unknown as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
};

/** `/api/units/:code` → `/api/units/{code}`. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** Every described operation as `GET /api/units/{code}`. */
function describedOperations(): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
  );
}

/** The value a local `$ref` (`#/components/schemas/Unit`) points to, or undefined. */
function resolve(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = openApiDocument;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, found);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every operation summarised, uniquely named and answering a success', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    const operations = describedOperations();
    expect(operations.length).toBeGreaterThan(0);
    for (const [name, operation] of operations) {
      expect(operation.summary, name).toMatch(/ \/ /);
      expect(
        Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status)),
        name,
      ).toBe(true);
    }
    const ids = operations.map(([, operation]) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref to a defined component', () => {
    const refs = collectRefs(openApiDocument);
    expect(refs.length).toBeGreaterThan(0);
    const broken = refs.filter((ref) => !ref.startsWith('#/components/') || resolve(ref) === undefined);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('declares every path template parameter as a required path parameter', () => {
    for (const [name, operation] of describedOperations()) {
      const path = name.slice(name.indexOf(' ') + 1);
      const declared = (operation.parameters ?? [])
        .map((p) => (p.$ref ? (resolve(p.$ref) as typeof p) : p))
        .filter((p) => p.in === 'path' && p.required === true)
        .map((p) => p.name)
        .sort();
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(declared, name).toEqual(templated);
    }
  });
});

describeEachEngine('OpenAPI coverage', (db) => {
  it('describes every API route the app serves (method and path), and nothing it does not', () => {
    const app = testApp(db());
    // Hono lists `app.use` middleware and the `app.all('/api/*')` catch-all with method ALL: not routes.
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.endsWith('*') && r.method !== 'ALL')
        .map((r) => `${r.method} ${toOpenApiPath(r.path)}`),
    );
    expect(served.size).toBeGreaterThan(0);
    const described = describedOperations().map(([name]) => name);
    expect(described.sort()).toEqual([...served].sort());
  });

  it('is served at /api/openapi.json', async () => {
    const response = await testApp(db()).request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
