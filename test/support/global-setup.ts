import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgSchema: string;
  }
}

/**
 * Each run works in its own PostgreSQL schema (dropped at the end), so runs never see each other's
 * rows and a developer's database is left as it was. PGlite needs nothing: it lives in memory.
 */
export default function setup(project: TestProject) {
  const schema = `hatang_test_${randomBytes(4).toString('hex')}`;
  project.provide('pgSchema', schema);
  return async () => {
    const url = process.env.DATABASE_URL;
    if (!url) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await client.end();
    }
  };
}
