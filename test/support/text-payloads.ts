import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { testApp } from './test-app.ts';

/**
 * Hostile text for issue 5's acceptance point "SQL-injection and script payloads in every text field
 * are stored verbatim and rendered inert": SQL that would break string-built queries, markup that
 * would run if a page inserted it as HTML, spreadsheet formulas (OWASP CSV Injection), template
 * expressions, Vietnamese with quotes and markup, and the characters PostgreSQL's COPY text format
 * escapes (backslash, tab, the `\N` NULL marker). None needs trimming, so a field that only trims
 * keeps every one byte for byte.
 */
export const PAYLOADS: readonly (readonly [label: string, text: string])[] = [
  ['SQL drop table', "'; DROP TABLE plan; --"],
  ['SQL tautology', "' OR '1'='1"],
  ['SQL Bobby Tables', "Robert'); DELETE FROM audit_log;--"],
  ['script tag', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['attribute break-out', '"><svg onload=alert(1)>'],
  ['formula HYPERLINK', '=HYPERLINK("http://x","y")'],
  ['formula =', '=1+2'],
  ['formula + (DDE)', "+cmd|' /C calc'!A0"],
  ['formula -', '-2+3'],
  ['formula @', '@SUM(1)'],
  ['template mustache', '{{7*7}}'],
  ['template dollar-brace', ['$', '{7*7}'].join('')],
  ['Vietnamese with markup', 'Sở KH&CN "Thái Nguyên" <b>'.normalize('NFC')],
  ['backslashes', 'C:\\temp\\new\\x.csv \\\\ \\t'],
  ['COPY NULL marker', '\\N'],
  ['tabs', 'cột 1\tcột 2\t=1+2'],
];

/**
 * What a field read as a spreadsheet cell keeps (plans, targets, observations and the text columns of
 * submitted files all go through core/plans/cell-values `readText`): NFC, and every run of white
 * space — a tab included — as one space. Everything else, quotes, markup and backslashes, verbatim.
 */
export const asCellText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Fields read as free text (names, comments, organisations) are only trimmed. */
export const asTrimmed = (text: string): string => text.trim();

export const FORMULA_START = /^[=+\-@\t\r]/;

type App = ReturnType<typeof testApp>;

/** A JSON answer, checked to be one a browser never renders as a page. */
export async function jsonRequest(
  app: App,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> & { error?: ApiError }; text: string }> {
  const response = await app.request(path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // Headers before the body: once an in-process server has run in this fork, @hono/node-server's
  // lightweight Response is the global one, and reading its body first rebuilds it from its original
  // init, without the headers middleware added (what the server sends is not affected).
  expectInertJson(response);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

export interface ApiError {
  code: string;
  message: string;
  details?: { field?: string; value?: string };
  rows?: { row: number; field: string; value: string; message: string }[];
}

/** JSON, never sniffed as HTML, under a policy that runs no inline script even if it were. */
export function expectInertJson(response: Response): void {
  expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
  // The status and header names say which answer lacked the policy, if one ever does.
  const seen = `${response.status} ${[...response.headers.keys()].join(',')}`;
  expect(response.headers.get('x-content-type-options'), seen).toBe('nosniff');
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
}

/** The answer's raw text holds the value as JSON writes it: no HTML entities, no quote prefix. */
export function expectVerbatimInJson(text: string, value: string): void {
  expect(text).toContain(JSON.stringify(value).slice(1, -1));
}

/** Row counts and table presence, to show a payload changed nothing beyond its own row. */
export async function tableState(db: Database) {
  const [row] = await db.query<{ plans: number; audit: number; users: number; tables: number }>(
    `SELECT (SELECT count(*)::integer FROM plan) AS plans, (SELECT count(*)::integer FROM audit_log) AS audit,
       (SELECT count(*)::integer FROM app_user) AS users,
       (SELECT count(*)::integer FROM unnest(ARRAY['plan', 'target', 'observation', 'audit_log', 'app_user',
          'api_token', 'submission', 'submission_row', 'village', 'data_centre']) AS t(name)
        WHERE to_regclass(t.name) IS NOT NULL) AS tables`,
  );
  if (!row) throw new Error('no table state');
  return row;
}

/** A `;`-separated CSV as RFC 4180 reads it (quotes doubled inside quoted cells), BOM dropped. */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** What a spreadsheet must receive for a text cell: formula-like text with OWASP's quote prefix. */
export const inertCsvText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
