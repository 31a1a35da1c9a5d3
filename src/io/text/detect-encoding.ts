/**
 * Which encoding a file of Vietnamese text is in, from its first bytes (callers pass a sample, 64 KB
 * is plenty). In order:
 *  1. a byte order mark (UTF-8, UTF-16 LE/BE) settles it;
 *  2. UTF-16 without a mark shows NUL bytes on one side of the pairs (ASCII letters are `41 00`);
 *  3. text without bytes above 0x7F is ASCII, the same in every candidate, reported as UTF-8;
 *  4. text that decodes as strict UTF-8 and has multi-byte sequences is UTF-8 (8-bit Vietnamese text
 *     practically never forms valid sequences: its high bytes sit alone between ASCII letters);
 *  5. otherwise it is Windows-1258, TCVN3 or VNI, which no byte pattern tells apart: each is decoded
 *     and the one whose words are Vietnamese syllables wins. The confidence falls when two candidates
 *     score alike or when there are few words to judge.
 */
import { decode } from './decode.ts';
import { LEGACY_8BIT_ENCODINGS, type Legacy8BitEncoding, type TextEncodingName } from './text-encoding.ts';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';

export interface EncodingDetection {
  encoding: TextEncodingName;
  /** 0 (a guess) to 1 (certain). Below 0.5, ask the user to confirm the encoding. */
  confidence: number;
  /** Why, in English, for logs and the import report. */
  reason: string;
}

/** Bytes at most looked at for the NUL pattern and the syllable scores. */
const SCAN_LIMIT = 64 * 1024;

export function detectEncoding(bytes: Uint8Array): EncodingDetection {
  const sample = bytes.length > SCAN_LIMIT ? bytes.subarray(0, SCAN_LIMIT) : bytes;
  const bom = detectBom(sample);
  if (bom !== undefined) return bom;
  const utf16 = detectUtf16(sample);
  if (utf16 !== undefined) return utf16;
  if (!sample.some((b) => b >= 0x80)) {
    return {
      encoding: 'utf-8',
      confidence: 1,
      reason: 'ASCII only: every candidate encoding reads it the same',
    };
  }
  const multiByte = strictUtf8MultiByteCount(sample);
  if (multiByte !== undefined) {
    return {
      encoding: 'utf-8',
      confidence: multiByte >= 3 ? 0.99 : 0.9,
      reason: `valid UTF-8 with ${multiByte} multi-byte sequence(s)`,
    };
  }
  return scoreLegacy(sample);
}

function detectBom(b: Uint8Array): EncodingDetection | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { encoding: 'utf-8-bom', confidence: 1, reason: 'UTF-8 byte order mark' };
  }
  if (b[0] === 0xff && b[1] === 0xfe) {
    return { encoding: 'utf-16le', confidence: 1, reason: 'UTF-16 little-endian byte order mark' };
  }
  if (b[0] === 0xfe && b[1] === 0xff) {
    return { encoding: 'utf-16be', confidence: 1, reason: 'UTF-16 big-endian byte order mark' };
  }
  return undefined;
}

/** NULs on the odd bytes (LE) or the even bytes (BE) of at least a fifth of the pairs, not the other. */
function detectUtf16(b: Uint8Array): EncodingDetection | undefined {
  const pairs = Math.floor(b.length / 2);
  if (pairs === 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const even = evenNul / pairs;
  const odd = oddNul / pairs;
  const pick = (encoding: 'utf-16le' | 'utf-16be', share: number): EncodingDetection | undefined => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(b.subarray(0, pairs * 2), { stream: true });
    } catch {
      return undefined;
    }
    const percent = Math.round(share * 100);
    return {
      encoding,
      confidence: share >= 0.5 ? 0.95 : 0.8,
      reason: `no byte order mark; NUL in the ${encoding === 'utf-16le' ? 'high (odd)' : 'high (even)'} byte of ${percent}% of the 16-bit units`,
    };
  };
  if (odd >= 0.2 && even <= 0.02) return pick('utf-16le', odd);
  if (even >= 0.2 && odd <= 0.02) return pick('utf-16be', even);
  return undefined;
}

/** Number of multi-byte sequences if the bytes are strict UTF-8 (a sequence cut at the end is fine). */
function strictUtf8MultiByteCount(b: Uint8Array): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
  } catch {
    return undefined;
  }
  let count = 0;
  for (const byte of b) if (byte >= 0xc0) count++;
  return count;
}

interface LegacyScore {
  encoding: Legacy8BitEncoding;
  /** Words with a non-ASCII letter, and how many of them are Vietnamese syllables. */
  words: number;
  syllables: number;
}

/** Typographic punctuation Windows code pages have, trimmed from word edges before judging. */
const EDGE_PUNCTUATION =
  /^[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022]+|[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022]+$/gu;
/**
 * Words are split at ASCII non-letters (and no-break spaces): high-half symbols (¸ µ ×) stay inside
 * and spoil the word.
 */
const ASCII_NON_LETTER = /[\p{Cc}\u0020-\u0040\u005b-\u0060\u007b-\u007e\u00a0]+/u;

/**
 * Word-by-word evidence, in log-likelihood: a word is a syllable with probability P_RIGHT when read in
 * the file's encoding, P_WRONG when read in another one (mojibake that happens to spell a syllable,
 * e.g. cp1258 `Xã` read as TCVN3 gives `Xó`: about one word in five in our samples). The hypotheses
 * are "it is candidate k" for each candidate and "it is none of them" (not Vietnamese, or garbage),
 * equally likely before looking; the confidence is the posterior of the winner.
 */
const P_RIGHT = 0.9;
const P_WRONG = 0.25;
const LOG_HIT = Math.log(P_RIGHT / P_WRONG);
const LOG_MISS = Math.log((1 - P_RIGHT) / (1 - P_WRONG));

function scoreLegacy(sample: Uint8Array): EncodingDetection {
  const scores = LEGACY_8BIT_ENCODINGS.map((encoding) => scoreOne(sample, encoding));
  const summary = scores.map((s) => `${s.encoding} ${s.syllables}/${s.words}`).join(', ');
  // Relative to "none of them" (log 0), candidate k gains LOG_HIT per syllable, LOG_MISS per other word.
  const logs = scores.map((s) => s.syllables * LOG_HIT + (s.words - s.syllables) * LOG_MISS);
  const top = Math.max(0, ...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const total = weights.reduce((sum, w) => sum + w, Math.exp(-top));
  let best = 0;
  for (let k = 1; k < scores.length; k++) if ((logs[k] as number) > (logs[best] as number)) best = k;
  const winner = scores[best] as LegacyScore;
  if (winner.syllables === 0) {
    return {
      encoding: 'windows-1258',
      confidence: 0.05,
      reason: `8-bit text with no Vietnamese syllable in any candidate (${summary}); Windows-1258 assumed`,
    };
  }
  return {
    encoding: winner.encoding,
    confidence: Math.round(((weights[best] as number) / total) * 100) / 100,
    reason: `Vietnamese syllables among words with non-ASCII letters: ${summary}`,
  };
}

const NON_ASCII = /[^\p{ASCII}]/u;

function scoreOne(sample: Uint8Array, encoding: Legacy8BitEncoding): LegacyScore {
  const text = decode(sample, encoding);
  const verdicts = new Map<string, boolean>();
  let words = 0;
  let syllables = 0;
  for (const token of text.split(ASCII_NON_LETTER)) {
    const word = token.replace(EDGE_PUNCTUATION, '');
    if (!NON_ASCII.test(word)) continue;
    words++;
    let ok = verdicts.get(word);
    if (ok === undefined) {
      ok = isVietnameseSyllable(word);
      verdicts.set(word, ok);
    }
    if (ok) syllables++;
  }
  return { encoding, words, syllables };
}
