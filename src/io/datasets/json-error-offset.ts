/**
 * Where JSON text stops being valid, for a BAD_JSON message that names the line. Node 20's
 * JSON.parse only sometimes says (`… at position 9`; `Unexpected token ','` does not), so on the
 * error path the text is scanned again by this small recogniser of RFC 8259. Returns the offset of
 * the first character that cannot continue valid JSON (the text's length when it ends too soon), or
 * null when the text is valid.
 */
export function jsonErrorOffset(text: string): number | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    return scanner.at < text.length ? scanner.at : null;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    return null; // nesting too deep for the stack: no position to give
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPE = /\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Scanner {
  at = 0;

  constructor(private readonly text: string) {}

  space(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at] as string)) this.at++;
  }

  private fail(): never {
    throw new SyntaxAt(this.at);
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.fail();
    this.at++;
  }

  value(): void {
    this.space();
    const c = this.text[this.at];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.sticky(NUMBER);
    else if (!this.word('true') && !this.word('false') && !this.word('null')) this.fail();
  }

  private word(w: string): boolean {
    if (!this.text.startsWith(w, this.at)) return false;
    this.at += w.length;
    return true;
  }

  private sticky(pattern: RegExp): void {
    pattern.lastIndex = this.at;
    if (pattern.exec(this.text) === null) this.fail();
    this.at = pattern.lastIndex;
  }

  private string(): void {
    this.expect('"');
    for (;;) {
      const text = this.text;
      while (this.at < text.length) {
        const code = text.charCodeAt(this.at);
        if (code === 0x22 || code === 0x5c || code < 0x20) break; // " \ or a control character
        this.at++;
      }
      const c = text[this.at];
      if (c === '"') break;
      if (c !== '\\') this.fail();
      this.sticky(ESCAPE);
    }
    this.at++;
  }

  private array(): void {
    this.expect('[');
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.value();
      this.space();
      if (this.text[this.at] === ']') break;
      this.expect(',');
    }
    this.at++;
  }

  private object(): void {
    this.expect('{');
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      this.space();
      this.string();
      this.space();
      this.expect(':');
      this.value();
      this.space();
      if (this.text[this.at] === '}') break;
      this.expect(',');
    }
    this.at++;
  }
}
