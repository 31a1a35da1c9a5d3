/**
 * Split a unit name as people write it (`TP. Hồ Chí Minh`, `P.1`, `Xã Tân Lập`, `Bac Kan Province`)
 * into its core name and what the prefix says about the unit type. Pure, no I/O.
 */
import { foldForSearch, hasDiacritics, normalizeSpaces, toNfc, toneKey } from '../text/vietnamese.ts';
import type { UnitLevel } from './admin-unit.ts';
import {
  ENGLISH_UNIT_SUFFIXES,
  type UnitPrefix,
  type UnitTypeHint,
  VIETNAMESE_UNIT_PREFIXES,
  VIETNAMESE_UNIT_TYPE_HINTS,
} from './unit-abbreviations.ts';

export type { UnitTypeHint } from './unit-abbreviations.ts';

export interface ParsedUnitName {
  /** The name without prefix/suffix, NFC, spaces normalised; digits-only cores lose leading zeros (`P.01` → `1`). */
  core: string;
  /** What the stripped prefix (or English suffix) says the unit is; null when there was none. */
  typeHint: UnitTypeHint | null;
}

/** Punctuation that may surround a name or separate a prefix from it (`Xã: Tân Lập`, `TP.-HCM`). */
const EDGE_PUNCTUATION = /^[\s.,;:\-–—_/]+|[\s.,;:\-–—_/]+$/gu;

interface PreparedPrefix {
  /** One comparison key per word (see {@link tokenMatches}). */
  readonly words: readonly { tone: string; folded: string }[];
  readonly hint: UnitTypeHint;
  readonly kind: UnitPrefix['kind'];
}

function prepare(prefixes: readonly UnitPrefix[]): PreparedPrefix[] {
  return prefixes.map((p) => ({
    words: p.text.split(' ').map((w) => ({ tone: toneKey(w), folded: foldForSearch(w) })),
    hint: p.hint,
    kind: p.kind,
  }));
}

const PREFIXES = prepare(VIETNAMESE_UNIT_PREFIXES);
const SUFFIXES = ENGLISH_UNIT_SUFFIXES.map((s) => ({ words: s.text.split(' '), hint: s.hint }));
const TYPE_HINTS: ReadonlyMap<string, UnitTypeHint> = new Map(
  VIETNAMESE_UNIT_TYPE_HINTS.map((t) => [toneKey(t.unitType), t.hint]),
);

/**
 * Tokens on spaces, after putting a space after every abbreviation dot (`TP.HCM` → `TP. HCM`,
 * `P.1` → `P. 1`) and splitting a one-letter prefix glued to a number (`P1`, `Q10`, `X2`).
 */
function tokenize(input: string): string[] {
  const spaced = normalizeSpaces(toNfc(input).replace(/\.(?=\S)/gu, '. '));
  if (spaced === '') return [];
  const tokens: string[] = [];
  for (const token of spaced.split(' ')) {
    const glued = /^([pqxPQX])(\d+)$/u.exec(token);
    if (glued?.[1] !== undefined && glued[2] !== undefined) tokens.push(glued[1], glued[2]);
    else tokens.push(token);
  }
  return tokens;
}

/**
 * A token with its comparison keys, computed lazily and at most once: parsing runs for every unit at
 * index build time, and only the first and last few tokens are ever compared.
 */
class Token {
  #bare: string | undefined;
  #folded: string | undefined;
  #tone: string | null | undefined;
  constructor(readonly text: string) {}
  get #bareText(): string {
    this.#bare ??= this.text.replace(EDGE_PUNCTUATION, '');
    return this.#bare;
  }
  /** Folded key without surrounding punctuation (`TP.` → `tp`). */
  get folded(): string {
    this.#folded ??= foldForSearch(this.#bareText);
    return this.#folded;
  }
  /** Tone key when the token carries diacritics; null when typed in plain ASCII. */
  get tone(): string | null {
    if (this.#tone === undefined) this.#tone = hasDiacritics(this.#bareText) ? toneKey(this.#bareText) : null;
    return this.#tone;
  }
}

/**
 * A prefix word matches a token when the token, typed with diacritics, has the same tone key, or,
 * typed without any in an input without any (`Phuong 1`, `Thi xa Son Tay`), the same ASCII fold. In an
 * input that does carry diacritics, a bare `Quan` is the real syllable of `Quan Hóa`, not `Quận`.
 * Abbreviations are never syllables and are compared folded.
 */
function tokenMatches(
  token: Token,
  word: { tone: string; folded: string },
  kind: UnitPrefix['kind'],
  asciiInput: boolean,
): boolean {
  if (token.folded === '' || token.folded !== word.folded) return false;
  if (kind === 'abbreviation') return true;
  const tone = token.tone;
  // A prefix word that has no diacritics itself (`khu`, `trung`) matches a plain token anywhere.
  if (tone === null) return asciiInput || word.tone === word.folded;
  return tone === word.tone;
}

function cleanCore(tokens: readonly Token[]): string {
  const core = tokens
    .map((t) => t.text)
    .join(' ')
    .replace(EDGE_PUNCTUATION, '');
  // `Phường 01` and `Phường 1` are the same unit; keep a lone `0` as is.
  return /^\d+$/u.test(core) ? core.replace(/^0+(?=\d)/u, '') : core;
}

/**
 * Strip one unit-type prefix (`Xã`, `X.`, `P.`, `P`, `Phường`, `TP.`, `Tp`, `Thành phố`, `Tỉnh`, `T.`,
 * `TT`, `Thị trấn`, `Thị xã`, `TX`, `Quận`, `Q.`, `Huyện`, `H.`, `Đặc khu`, …) and/or one English suffix
 * (`Province`, `Ward`, …). A prefix is only stripped when something remains, so `Phường 1`, `P.1`,
 * `P1` and `Q1` keep the number as their core. Case, NFC/NFD, odd spaces and surrounding punctuation
 * do not matter.
 */
export function parseUnitName(input: string): ParsedUnitName {
  let tokens = tokenize(input).map((t) => new Token(t));
  let typeHint: UnitTypeHint | null = null;
  const asciiInput = !hasDiacritics(input);

  for (const prefix of PREFIXES) {
    const n = prefix.words.length;
    if (tokens.length <= n) continue;
    const matches = prefix.words.every((word, i) => {
      const token = tokens[i];
      return token !== undefined && tokenMatches(token, word, prefix.kind, asciiInput);
    });
    if (!matches) continue;
    const rest = tokens.slice(n);
    if (cleanCore(rest) === '') continue;
    tokens = rest;
    typeHint = prefix.hint;
    break;
  }

  for (const suffix of SUFFIXES) {
    const n = suffix.words.length;
    if (tokens.length <= n) continue;
    const tail = tokens.slice(-n).map((t) => t.folded);
    if (!suffix.words.every((w, i) => tail[i] === w)) continue;
    const rest = tokens.slice(0, -n);
    if (cleanCore(rest) === '') continue;
    tokens = rest;
    typeHint ??= suffix.hint;
    break;
  }

  return { core: cleanCore(tokens), typeHint };
}

/** The hint an official unit type corresponds to (`Thị xã` → `town`); null for a type we do not know. */
export function unitTypeHint(unitType: string): UnitTypeHint | null {
  return TYPE_HINTS.get(toneKey(unitType)) ?? null;
}

/**
 * Does a prefix the user wrote agree with a unit's type? Unknown types never contradict. `Tỉnh` also
 * agrees with a centrally-run city: it is a province-level unit, and writing `Tỉnh Hà Nội` is sloppy,
 * not a reference to some other unit.
 */
export function typeHintFits(hint: UnitTypeHint, unitType: string, level: UnitLevel): boolean {
  const own = unitTypeHint(unitType);
  if (own === null || own === hint) return true;
  return hint === 'province' && level === 'province';
}
