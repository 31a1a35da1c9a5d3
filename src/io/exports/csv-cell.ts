/**
 * The CSV files we export (gap lists, the audit trail) are opened by officers in Excel. Their text
 * comes from users: village names from submitted lists, usernames typed at the sign-in form, request
 * ids from a header. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by
 * Excel, LibreOffice and Google Sheets as a formula — OWASP "CSV Injection"
 * (https://owasp.org/www-community/attacks/CSV_Injection): `=HYPERLINK("http://x","y")` in a village
 * name would run on the planner's machine. OWASP's remedy is applied: such text gets a leading single
 * quote, so the spreadsheet shows it as text, and every cell holding a quote, the separator or a line
 * break is quoted. Numbers we format ourselves (a negative -3.5) are not text: they stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
// `,` too: a comma-locale Excel splits on it even in a `;` file opened by hand.
const NEEDS_QUOTES = /[",;\n\r]/;

export type CsvValue = string | number | null | undefined;

/** Text that a spreadsheet will show as written, never evaluate. */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: empty for no value, a number as written, text made inert and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : inertText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole file: UTF-8 with a byte order mark, `;` between cells and CRLF line ends, which Excel on a
 * Vietnamese Windows opens as columns with the diacritics intact.
 */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
