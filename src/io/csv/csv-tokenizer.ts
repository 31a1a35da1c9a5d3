/**
 * An incremental CSV tokenizer (RFC 4180 plus what spreadsheets really write): text goes in chunk by
 * chunk, complete records come out with the physical line they start on. Its state between chunks is
 * one partial field and one partial record, so memory does not grow with the file.
 *
 *  - a field in double quotes may hold delimiters, quotes written twice (`""`) and line breaks, which
 *    are kept as they are (CRLF stays CRLF);
 *  - records end at CRLF, LF or a lone CR (old Mac Excel); each of them counts as one line;
 *  - a line with nothing on it is skipped but counted, so line numbers match the editor's;
 *  - text after a closing quote (`"ab"c`) or a quote inside an unquoted field (`5" pipe`) is kept as
 *    written, the way Excel reads it, rather than failing the file;
 *  - a quote still open at the end of the input is an error (`end()` throws) naming the line the
 *    quote opened on.
 */

import { unterminatedQuote } from './csv-read-error.ts';
import type { CsvDelimiter } from './sniff-delimiter.ts';

export interface CsvRow {
  /** Physical line (1-based) of the file on which the record starts. */
  line: number;
  cells: string[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where the tokenizer is: between fields, inside an unquoted field, inside quotes, just after a quote in quotes. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_IN_QUOTED;

export class CsvTokenizer {
  private readonly delimiter: number;
  private state: State = FIELD_START;
  private field = '';
  private cells: string[] = [];
  /** Whether the current record has anything (a delimiter or a quote counts): empty lines are skipped. */
  private started = false;
  /** The physical line the tokenizer is on, and the one the current record started on. */
  private line = 1;
  private recordLine = 1;
  /** The last character was a CR: a LF right after it ends the same line. */
  private afterCR = false;
  /** The line of the quote that opened the current quoted field. */
  private quoteLine = 1;

  constructor(delimiter: CsvDelimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The physical line being read: where a problem found now (a bad byte) is reported. */
  get currentLine(): number {
    return this.line;
  }

  /** Tokenizes `text`, appending every record it completes to `out`. */
  push(text: string, out: CsvRow[]): void {
    const n = text.length;
    const delimiter = this.delimiter;
    let i = 0;
    while (i < n) {
      if (this.state === QUOTED) {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === QUOTE) break;
          if (c === LF) {
            if (!this.afterCR) this.line++;
            this.afterCR = false;
          } else if (c === CR) {
            this.line++;
            this.afterCR = true;
          } else this.afterCR = false;
        }
        if (j > i) this.field += text.slice(i, j);
        if (j === n) return;
        this.afterCR = false;
        this.state = QUOTE_IN_QUOTED;
        i = j + 1;
        continue;
      }
      if (this.state === QUOTE_IN_QUOTED) {
        if (text.charCodeAt(i) === QUOTE) {
          this.field += '"'; // "" inside quotes
          this.state = QUOTED;
          i++;
          continue;
        }
        this.state = UNQUOTED; // the closing quote; whatever follows up to the delimiter is kept
      }
      const c = text.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (this.state === FIELD_START && c === QUOTE) {
        this.state = QUOTED;
        this.started = true;
        this.quoteLine = this.line;
        i++;
        continue;
      }
      // An unquoted run up to the next delimiter or line end.
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === delimiter || d === LF || d === CR) break;
        j++;
      }
      if (j > i) {
        this.field += text.slice(i, j);
        this.started = true;
        this.state = UNQUOTED;
      }
      if (j === n) return;
      const d = text.charCodeAt(j);
      i = j + 1;
      if (d === delimiter) {
        this.cells.push(this.field);
        this.field = '';
        this.started = true;
        this.state = FIELD_START;
        continue;
      }
      this.line++;
      this.afterCR = d === CR;
      this.endRecord(out);
    }
  }

  /** Ends the input: the last record if it has no line end; throws if a quote is still open. */
  end(out: CsvRow[]): void {
    if (this.state === QUOTED) throw unterminatedQuote(this.quoteLine);
    this.endRecord(out);
  }

  private endRecord(out: CsvRow[]): void {
    if (this.started) {
      this.cells.push(this.field);
      out.push({ line: this.recordLine, cells: this.cells });
      this.cells = [];
    }
    this.field = '';
    this.started = false;
    this.state = FIELD_START;
    this.recordLine = this.line;
  }
}
