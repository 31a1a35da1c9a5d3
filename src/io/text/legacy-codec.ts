/**
 * Byte ⇄ text for the legacy Vietnamese 8-bit encodings, from the tables in legacy-tables.ts:
 * TCVN3 and VNI need our own tables; Windows-1258 decodes with the platform's TextDecoder and is only
 * encoded here (for test fixtures). Decoders return the characters as the font would draw them,
 * not yet NFC: VNI and Windows-1258 put tone marks after the letter, so callers normalise (decode.ts
 * does, also across chunk boundaries).
 */
import {
  CP1252_C1,
  TCVN3_CAPITALS,
  TCVN3_LOWERCASE,
  TCVN3_VN1_OTHERS,
  TCVN3_VN1_TONED_CAPITALS,
  VNI_LETTERS,
  VNI_MARKS,
} from './legacy-tables.ts';

/** A byte → text table for all 256 bytes. */
type ByteTable = readonly string[];

/** Windows-1252, what VNI fonts keep at the positions their layout does not use. */
const CP1252: ByteTable = Array.from({ length: 256 }, (_, b) =>
  String.fromCharCode(b >= 0x80 && b < 0xa0 ? (CP1252_C1[b - 0x80] as number) : b),
);
const CP1258: ByteTable = byteTable('windows-1258');

function byteTable(label: string): ByteTable {
  const decoder = new TextDecoder(label);
  return Array.from({ length: 256 }, (_, b) => decoder.decode(Uint8Array.of(b)));
}

const TCVN3_DECODE: ByteTable = (() => {
  const table = Array.from({ length: 256 }, (_, b) => String.fromCharCode(b));
  for (const [text, byte] of [
    ...TCVN3_LOWERCASE,
    ...TCVN3_CAPITALS,
    ...TCVN3_VN1_TONED_CAPITALS,
    ...TCVN3_VN1_OTHERS,
  ]) {
    table[byte] = text;
  }
  return table;
})();

const VNI_DECODE: ByteTable = (() => {
  const table = [...CP1252];
  for (const [marks, lower, upper] of VNI_MARKS) {
    table[lower] = marks;
    table[upper] = marks;
  }
  for (const [letter, lower] of VNI_LETTERS) {
    table[lower] = letter;
    table[lower - 0x20] = letter.toUpperCase();
  }
  return table;
})();

/** A byte table as UTF-16 code units: every entry is one or two units (a letter and its marks). */
interface UnitTable {
  units: Uint16Array; // two per byte
  lengths: Uint8Array;
}

function unitTable(table: ByteTable): UnitTable {
  const units = new Uint16Array(512);
  const lengths = new Uint8Array(256);
  table.forEach((text, b) => {
    if (text.length > 2) throw new Error(`table entry ${b} is longer than two code units`);
    lengths[b] = text.length;
    for (let k = 0; k < text.length; k++) units[b * 2 + k] = text.charCodeAt(k);
  });
  return { units, lengths };
}

/** Code units → string through the platform decoder, in the host's byte order. */
const UNITS_DECODER = new TextDecoder(
  new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be',
);

const TCVN3_UNITS = unitTable(TCVN3_DECODE);
const VNI_UNITS = unitTable(VNI_DECODE);

/** VNI bytes → text with the diacritics as combining marks after their letter (normalise to NFC). */
export function decodeVni(bytes: Uint8Array): string {
  const { units, lengths } = VNI_UNITS;
  const out = new Uint16Array(bytes.length * 2);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    out[o++] = units[b * 2] as number;
    if (lengths[b] === 2) out[o++] = units[b * 2 + 1] as number;
  }
  return UNITS_DECODER.decode(out.subarray(0, o));
}

/** What a TCVN3 byte is within a word, for the .VnTimeH repair. */
const NOT_WORD = 0;
const ASCII_LOWER = 1;
const CAPITAL = 2;
const OTHER_LOWER = 3;
const MARK = 4;

const TCVN3_CLASS: Uint8Array = Uint8Array.from(TCVN3_DECODE, (text, b) => {
  if (b >= 0x61 && b <= 0x7a) return ASCII_LOWER;
  if (b >= 0x41 && b <= 0x5a) return CAPITAL;
  if (b < 0x80 && text === String.fromCharCode(b)) return NOT_WORD; // digits, punctuation, controls
  if (/\p{M}/u.test(text)) return MARK;
  if (!/\p{L}/u.test(text)) return NOT_WORD; // no-break space
  return text === text.toLowerCase() ? OTHER_LOWER : CAPITAL;
});

/** Whether a TCVN3 byte is part of a word (a letter or a tone mark). */
export function isTcvn3WordByte(b: number): boolean {
  return TCVN3_CLASS[b] !== NOT_WORD;
}

/** Lowercase toned letter (code unit) → its capital, for the .VnTimeH repair. */
const TCVN3_RAISE: ReadonlyMap<number, number> = new Map(
  TCVN3_LOWERCASE.map(([letter]) => [letter.charCodeAt(0), letter.toUpperCase().charCodeAt(0)]),
);

/**
 * TCVN3 bytes → text (VN1 table, see legacy-tables.ts), with the .VnTimeH repair: a word whose other
 * letters are all capitals (at least two of them) has its lowercase toned letters raised (`NéI` →
 * `NỘI`), since TCVN3 has no toned capitals and headings were typed in the capital font.
 */
export function decodeTcvn3(bytes: Uint8Array): string {
  const { units } = TCVN3_UNITS;
  const out = new Uint16Array(bytes.length);
  let wordStart = 0;
  let capitals = 0;
  let asciiLower = false;
  let otherLower = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 0x20;
    const kind = TCVN3_CLASS[b] as number;
    if (kind === NOT_WORD) {
      if (otherLower && !asciiLower && capitals >= 2) {
        for (let k = wordStart; k < i; k++) out[k] = TCVN3_RAISE.get(out[k] as number) ?? (out[k] as number);
      }
      wordStart = i + 1;
      capitals = 0;
      asciiLower = false;
      otherLower = false;
    } else if (kind === CAPITAL) capitals++;
    else if (kind === ASCII_LOWER) asciiLower = true;
    else if (kind === OTHER_LOWER) otherLower = true;
    if (i < bytes.length) out[i] = units[b * 2] as number;
  }
  return UNITS_DECODER.decode(out);
}

/** VN1 puts twelve capitals on C0 control positions; TAB, LF, CR and the rest stay controls. */
const TCVN3_C0_LETTERS = new Set(TCVN3_VN1_TONED_CAPITALS.filter(([, b]) => b < 0x20).map(([, b]) => b));

export interface Tcvn3EncodeOptions {
  /**
   * `vn1` (default): toned capitals at their TCVN 5712 VN1 positions, so every letter round-trips;
   * `lowercase`: as an ABC (VN3) file holds them, at the lowercase position (the .VnTimeH font draws
   * them as capitals).
   */
  capitals?: 'vn1' | 'lowercase';
}

const TCVN3_ENCODE_VN1 = new Map<string, number>(
  [...TCVN3_LOWERCASE, ...TCVN3_CAPITALS, ...TCVN3_VN1_TONED_CAPITALS, ...TCVN3_VN1_OTHERS].map(
    ([text, byte]) => [text, byte],
  ),
);
const TCVN3_ENCODE_VN3 = new Map<string, number>(TCVN3_ENCODE_VN1);
for (const [capital] of TCVN3_VN1_TONED_CAPITALS) {
  TCVN3_ENCODE_VN3.set(capital, TCVN3_ENCODE_VN1.get(capital.toLowerCase()) as number);
}

/** Text → TCVN3 bytes. Throws a RangeError naming the first character TCVN3 cannot hold. */
export function encodeTcvn3(text: string, options: Tcvn3EncodeOptions = {}): Uint8Array {
  const map = options.capitals === 'lowercase' ? TCVN3_ENCODE_VN3 : TCVN3_ENCODE_VN1;
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80 && !TCVN3_C0_LETTERS.has(code)) bytes.push(code);
    else bytes.push(lookup(map, ch, 'TCVN3'));
  }
  return Uint8Array.from(bytes);
}

/** Every NFC letter VNI spells as a base letter + a diacritic byte, or with a byte of its own. */
const VNI_ENCODE: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  for (const [letter, lower] of VNI_LETTERS) {
    map.set(letter, [lower]);
    map.set(letter.toUpperCase(), [lower - 0x20]);
  }
  const bases: readonly (readonly [string, readonly number[]])[] = [
    ...[...'aeouy'].map((c) => [c, [c.charCodeAt(0)]] as const),
    ['ơ', [0xf4]],
    ['ư', [0xf6]],
  ];
  for (const [base, baseBytes] of bases) {
    for (const [marks, lower, upper] of VNI_MARKS) {
      for (const [b, bb, mark] of [
        [base, baseBytes, lower],
        [base.toUpperCase(), baseBytes.map((x) => x - 0x20), upper],
      ] as const) {
        const composed = (b + marks).normalize('NFC');
        if ([...composed].length === 1 && !map.has(composed)) map.set(composed, [...bb, mark]);
      }
    }
  }
  for (let b = 0x80; b < 0x100; b++) {
    const ch = CP1252[b] as string;
    if (VNI_DECODE[b] === ch && !map.has(ch)) map.set(ch, [b]);
  }
  return map;
})();

/** Text → VNI bytes. Throws a RangeError naming the first character VNI cannot hold. */
export function encodeVni(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...lookup(VNI_ENCODE, ch, 'VNI'));
  }
  return Uint8Array.from(bytes);
}

const CP1258_ENCODE = new Map<string, number>(CP1258.map((ch, b) => [ch, b]));
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Text → Windows-1258 bytes: a precomposed letter where the code page has one, otherwise the
 * toneless letter followed by the tone mark byte (`ệ` = ê + 0xF2), the form the code page was designed
 * for (it has no room for the 134 precomposed letters).
 */
export function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = CP1258_ENCODE.get(ch);
    if (direct !== undefined) {
      bytes.push(direct);
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tone = TONE_MARK.exec(decomposed)?.[0];
    const base = tone === undefined ? undefined : decomposed.replace(tone, '').normalize('NFC');
    const baseByte = base === undefined ? undefined : CP1258_ENCODE.get(base);
    if (tone === undefined || baseByte === undefined) throw unencodable(ch, 'Windows-1258');
    bytes.push(baseByte, CP1258_ENCODE.get(tone) as number);
  }
  return Uint8Array.from(bytes);
}

function lookup<T>(map: ReadonlyMap<string, T>, ch: string, encoding: string): T {
  const found = map.get(ch);
  if (found === undefined) throw unencodable(ch, encoding);
  return found;
}

function unencodable(ch: string, encoding: string): RangeError {
  const code = ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  return new RangeError(`${encoding} cannot encode "${ch}" (U+${code})`);
}
