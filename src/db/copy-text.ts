/**
 * PostgreSQL's COPY text format (https://www.postgresql.org/docs/15/sql-copy.html, "Text Format"):
 * one line per row, columns separated by tabs, `\N` for NULL, and backslash, tab, newline and
 * carriage return escaped with a backslash.
 */
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export type CopyValue = string | number | boolean | null;

/** One value as COPY reads it. */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY: not a finite number: ${value}`);
    return String(value);
  }
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : value;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** `COPY table (columns) FROM STDIN`; names are ours, checked so nothing else slips in. */
export function copySql(table: string, columns: readonly string[]): string {
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`COPY: not a plain identifier: ${name}`);
  }
  return `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
}
