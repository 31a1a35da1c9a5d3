/**
 * Bytes → NFC text in any of the encodings of text-encoding.ts, whole or chunk by chunk, and text →
 * bytes (for fixtures and exports). Every decoder ends in NFC (UAX #15): Windows-1258 and VNI write
 * tone marks as separate characters after the letter, and UTF-8 files saved on macOS arrive in NFD.
 */
import {
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
  isTcvn3WordByte,
} from './legacy-codec.ts';
import { TextDecodeError, type TextEncodingName } from './text-encoding.ts';

/** Decodes a stream of byte chunks; `write` and `end` return the NFC text completed so far. */
export interface StreamDecoder {
  readonly encoding: TextEncodingName;
  write(chunk: Uint8Array): string;
  end(): string;
}

/** Decodes a whole buffer to NFC text. A UTF-8 or UTF-16 byte order mark is dropped. */
export function decode(bytes: Uint8Array, encoding: TextEncodingName): string {
  const decoder = createStreamDecoder(encoding);
  return decoder.write(bytes) + decoder.end();
}

export function createStreamDecoder(encoding: TextEncodingName): StreamDecoder {
  const raw = rawDecoder(encoding);
  const nfc = new NfcJoiner();
  return {
    encoding,
    write: (chunk) => nfc.push(raw.write(chunk)),
    end: () => nfc.push(raw.end()) + nfc.end(),
  };
}

interface RawDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

const WHATWG_LABEL: Partial<Record<TextEncodingName, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
};

function rawDecoder(encoding: TextEncodingName): RawDecoder {
  const label = WHATWG_LABEL[encoding];
  if (label !== undefined) {
    // fatal: an invalid sequence is an error to report, never a silent U+FFFD in a name.
    const decoder = new TextDecoder(label, { fatal: true });
    // The bytes before the chunk being decoded (at most the last 3) and their count: on the error
    // path they say which bytes the decoder still held from earlier chunks (a letter cut in two).
    const before = new Uint8Array(3);
    let beforeLength = 0;
    let offset = 0;
    return {
      write: (chunk) => {
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch (error) {
          const held = heldBytes(before.subarray(3 - beforeLength), offset, label);
          const textBefore = validPrefix(held.length === 0 ? chunk : concat(held, chunk), label);
          throw new TextDecodeError(encoding, { cause: error, textBefore });
        }
        offset += chunk.length;
        if (chunk.length >= 3) before.set(chunk.subarray(chunk.length - 3));
        else if (chunk.length > 0) {
          before.copyWithin(0, chunk.length);
          before.set(chunk, 3 - chunk.length);
        }
        beforeLength = Math.min(3, beforeLength + chunk.length);
        return text;
      },
      end: () => {
        try {
          return decoder.decode();
        } catch (error) {
          throw new TextDecodeError(encoding, { cause: error });
        }
      },
    };
  }
  if (encoding === 'vni') {
    // One byte at a time, no state between chunks: a diacritic byte at the start of a chunk is kept
    // with its letter by the NFC joiner.
    return { write: decodeVni, end: () => '' };
  }
  // TCVN3: the .VnTimeH repair works on whole words, so a word cut by the chunk boundary waits for
  // the rest of it (at most 64 bytes: longer "words" are not words).
  let tail: Uint8Array = new Uint8Array(0);
  return {
    write: (chunk) => {
      const bytes = tail.length === 0 ? chunk : concat(tail, chunk);
      let cut = bytes.length;
      while (cut > 0 && bytes.length - cut < 64 && isTcvn3WordByte(bytes[cut - 1] as number)) cut--;
      if (bytes.length - cut >= 64) cut = bytes.length;
      tail = bytes.slice(cut);
      return decodeTcvn3(bytes.subarray(0, cut));
    },
    end: () => {
      const rest = decodeTcvn3(tail);
      tail = new Uint8Array(0);
      return rest;
    },
  };
}

/**
 * The bytes at the end of `tail` (the last bytes of a valid stream of `offset` bytes) that a streaming
 * decoder still holds because they start a character the next chunk completes: the lead bytes of a
 * UTF-8 sequence cut in two; in UTF-16 an odd last byte, after a high surrogate still waiting for its
 * low one. Empty for any other label (single-byte decoders hold nothing).
 */
export function heldBytes(tail: Uint8Array, offset: number, label: string): Uint8Array {
  const n = tail.length;
  if (label === 'utf-8') {
    for (let i = n - 1; i >= 0; i--) {
      const byte = tail[i] as number;
      if (byte >= 0x80 && byte < 0xc0) continue; // a continuation byte: look further back
      if (byte < 0xc0) return tail.subarray(n); // ASCII: every character is complete
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return n - i < length ? tail.subarray(i) : tail.subarray(n);
    }
    return tail.subarray(n);
  }
  if (label === 'utf-16le' || label === 'utf-16be') {
    const odd = offset % 2;
    const unitEnd = n - odd;
    if (unitEnd >= 2) {
      const [a, b] = [tail[unitEnd - 2] as number, tail[unitEnd - 1] as number];
      const high = label === 'utf-16le' ? b : a;
      if (high >= 0xd8 && high <= 0xdb) return tail.subarray(unitEnd - 2);
    }
    return tail.subarray(n - odd);
  }
  return tail.subarray(n);
}

/**
 * The text of the longest prefix of `bytes` that decodes (a prefix of a valid prefix is valid, so a
 * binary search finds it). Run only on the error path, on a fresh decoder: the caller puts the bytes
 * the failing decoder still held from earlier chunks (see {@link heldBytes}) in front of the chunk.
 */
function validPrefix(bytes: Uint8Array, label: string): string {
  const decodes = (n: number): string | undefined => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    } catch {
      return undefined;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid) === undefined) hi = mid - 1;
    else lo = mid;
  }
  return (decodes(lo) ?? '').normalize('NFC');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * NFC over a stream: normalising each chunk on its own would leave a letter at the end of one chunk
 * apart from the tone mark at the start of the next, so the last letter and the marks after it wait
 * for the next chunk. (Splitting before a starter is exact for Vietnamese; only scripts whose
 * starters compose with each other — Hangul jamo — would need more.)
 */
class NfcJoiner {
  private held = '';

  push(text: string): string {
    if (text.length === 0) return '';
    const s = this.held + text;
    const cut = lastStarter(s);
    this.held = s.slice(cut);
    return s.slice(0, cut).normalize('NFC');
  }

  end(): string {
    const s = this.held.normalize('NFC');
    this.held = '';
    return s;
  }
}

const MARK = /\p{M}/u;
/** Characters no combining mark composes with: a chunk may end on them without holding anything. */
const NEVER_COMPOSES = /[\t\n\r ,;|"0-9]/u;

function lastStarter(s: string): number {
  let i = s.length - 1;
  if (NEVER_COMPOSES.test(s[i] as string)) return s.length;
  while (i > 0 && MARK.test(s[i] as string)) i--;
  const code = s.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) i--; // keep a surrogate pair whole
  return i;
}

export interface EncodeOptions {
  /** UTF-16 only: start with a byte order mark (`utf-8-bom` always has one, `utf-8` never). */
  bom?: boolean;
  /** TCVN3 only: see {@link encodeTcvn3}. */
  tcvn3Capitals?: 'vn1' | 'lowercase';
}

/** Text → bytes. Legacy encodings throw a RangeError for a character they cannot hold. */
export function encode(text: string, encoding: TextEncodingName, options: EncodeOptions = {}): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf-16le':
    case 'utf-16be':
      return encodeUtf16(options.bom === true ? `\ufeff${text}` : text, encoding === 'utf-16le');
    case 'windows-1258':
      return encodeWindows1258(text);
    case 'tcvn3':
      return encodeTcvn3(
        text,
        options.tcvn3Capitals === undefined ? {} : { capitals: options.tcvn3Capitals },
      );
    case 'vni':
      return encodeVni(text);
  }
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
