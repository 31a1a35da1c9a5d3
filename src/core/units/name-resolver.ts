/**
 * Map unit names as users type them and spreadsheets hold them to unit codes, over every vintage of
 * the hierarchy at once (pre-2025 and current units; the same code can name different units, so a
 * unit is identified by code + level + validity). Pure, no I/O: built once from the records, then
 * every lookup is a few map reads (plus a bounded fuzzy scan when nothing matched).
 *
 * Scoring (score in 0..1, rounded to 3 decimals; best first):
 * 1. Match quality q of the best way the query reaches the unit:
 *    exact 1.00 — same spelling after NFC, case, space and punctuation normalisation;
 *    tone 0.98 — same letters and tones, tone mark placed elsewhere (`Hòa`/`Hoà`), see `toneKey`;
 *    alias 0.95 — one of the unit's other official spellings (`aliases`, e.g. `Phó Bảng` for `Phố Bảng`);
 *    alias 0.90 — an informal name from the alias table (`TPHCM`, `HN`, `BRVT`, `TT Huế`);
 *    folded 0.85 — same name once diacritics are removed, query typed without diacritics (`Bac Kan`);
 *    folded 0.75 — same once folded, but the query had diacritics that disagree (probably another name);
 *    fuzzy 0.70 × (1 − distance / length) — typo on the folded, space-free keys (edit distance with
 *    transpositions, at most 1 for 4–7 letters, 2 up to 12, 3 beyond; none under 4). Only tried when
 *    nothing above matched (after the province/level filters), and only over keys whose length is
 *    within that distance and whose letter set differs by at most two letters per edit (both are
 *    lower bounds of the edit distance, so the pruning loses nothing), with the same digits
 *    (`Phường 12` is not a typo of `Phường 13`).
 *    Every reading of the input is tried: with its prefix stripped (`P. Bến Thành` → `Bến Thành`,
 *    hint ward) and, when a prefix was stripped, as typed (`Quan Hoa` is Phường Quan Hoa, not a Quận).
 * 2. A prefix that contradicts the unit type (`Xã Bắc Kạn` for Phường Bắc Kạn) multiplies q by 0.8:
 *    a hint, not a filter, since spreadsheets get types wrong.
 * 3. Validity dominates: score = 0.5 + 0.5·q for a unit in force on `date`, 0.5·q otherwise, so every
 *    unit valid on the date ranks above every unit that is not.
 * Ties: valid first, then match kind, then the larger unit (province before commune), then code.
 *
 * Names shared by several units all come back (no silent single guess); `limit` is the caller's cut.
 */
import { boundedEditDistance } from '../text/edit-distance.ts';
import { foldForSearch, hasDiacritics, normalizeSpaces, toNfc, toneKey } from '../text/vietnamese.ts';
import {
  type AdminUnitRecord,
  type IsoDate,
  isValidOn,
  type LineageKind,
  UNIT_LEVELS,
  type UnitLevel,
  type UnitLineageRecord,
} from './admin-unit.ts';
import { type NameAlias, VIETNAMESE_NAME_ALIASES } from './unit-abbreviations.ts';
import { type Entry, linkEntries } from './unit-graph.ts';
import { parseUnitName, typeHintFits, type UnitTypeHint } from './unit-name.ts';

export type MatchKind = 'exact' | 'tone' | 'folded' | 'fuzzy' | 'alias';

export interface ResolveQuery {
  name: string;
  /** Date the name refers to (the data's reference date); required so that core never reads the clock. */
  date: IsoDate;
  /** Province code (`19`, `06`, also `6`) or name in any form the resolver accepts (`Bac Kan`, `TP HCM`). */
  province?: string;
  level?: UnitLevel;
  /** Keep only the best `limit` candidates; default: all. */
  limit?: number;
}

export interface SuccessorRef {
  code: string;
  name: string;
  fullName: string;
  level: UnitLevel;
  kind: LineageKind;
}

export interface ResolveCandidate {
  code: string;
  name: string;
  fullName: string;
  level: UnitLevel;
  unitType: string;
  provinceCode: string | null;
  provinceName: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  validOnDate: boolean;
  score: number;
  match: MatchKind;
  successors: SuccessorRef[];
}

export interface UnitNameIndexOptions {
  /** Informal names; default: Vietnam's big cities and province initials. */
  aliases?: readonly NameAlias[];
}

const QUALITY = {
  exact: 1,
  tone: 0.98,
  officialAlias: 0.95,
  tableAlias: 0.9,
  foldedPlain: 0.85,
  foldedConflicting: 0.75,
  fuzzyMax: 0.7,
} as const;
const CONTRADICTING_PREFIX = 0.8;
const MATCH_RANK: Readonly<Record<MatchKind, number>> = { exact: 0, tone: 1, alias: 2, folded: 3, fuzzy: 4 };
const PROVINCE_CACHE_LIMIT = 1000;

/** Lowercase NFC with apostrophes dropped and any other punctuation as one space: the "exact" key. */
function exactKey(s: string): string {
  return normalizeSpaces(
    toNfc(s)
      .toLowerCase()
      .replace(/['\u2019\u02bc`]/gu, '')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '),
  );
}
const toneKeyOf = (s: string): string => toneKey(exactKey(s));
/** Folded and without spaces, so `ThaiNguyen`, `Thai-Nguyen` and `Thái Nguyên` meet. */
const compactKey = (s: string): string => foldForSearch(s).replaceAll(' ', '');
const digitsOf = (s: string): string => s.replace(/\D/gu, '');

/** Bit i set when letter `a` + i occurs in the (folded, ASCII) key. */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Name key → entry id → whether the key came from the official name (true) or an alias (false). */
type NameMap = Map<string, Map<number, boolean>>;

function addName(map: NameMap, key: string, id: number, official: boolean): void {
  if (key === '') return;
  let ids = map.get(key);
  if (ids === undefined) {
    ids = new Map();
    map.set(key, ids);
  }
  ids.set(id, official || (ids.get(id) ?? false));
}

/**
 * The texts a unit is found by, with whether each is official (name, full name without its prefix) or
 * an alias. The full name is parsed only when it is not simply `unitType name` (a reader may leave the
 * prefix in `name`); aliases may be short or full names (the reader stores `Phường Yên Hòa`), so both
 * readings are indexed.
 */
function indexedNames(unit: AdminUnitRecord): Map<string, boolean> {
  const names = new Map<string, boolean>([[unit.name, true]]);
  if (unit.fullName !== `${unit.unitType} ${unit.name}`) names.set(parseUnitName(unit.fullName).core, true);
  for (const alias of unit.aliases) {
    for (const text of [alias, parseUnitName(alias).core]) if (!names.has(text)) names.set(text, false);
  }
  return names;
}

interface Hit {
  match: MatchKind;
  quality: number;
}

/** Entry id → best hit so far. */
type Hits = Map<number, Hit>;

interface Interpretation {
  core: string;
  hint: UnitTypeHint | null;
}

export class UnitNameIndex {
  readonly #entries: readonly Entry[];
  readonly #exact: NameMap = new Map();
  readonly #tone: NameMap = new Map();
  readonly #compact: NameMap = new Map();
  /** Compact keys by length, with their digits and letter sets, for the fuzzy scan. */
  readonly #compactByLength = new Map<number, { key: string; digits: string; letters: number }[]>();
  readonly #aliases = new Map<string, { targetTone: string; level: UnitLevel }[]>();
  readonly #provinceCache = new Map<string, ReadonlySet<number>>();
  readonly #provinces: readonly Entry[];

  constructor(
    units: readonly AdminUnitRecord[],
    lineage: readonly UnitLineageRecord[],
    options: UnitNameIndexOptions = {},
  ) {
    this.#entries = linkEntries(units, lineage);
    this.#provinces = this.#entries.filter((e) => e.unit.level === 'province');
    // Many units share a name (ten current communes are called Tân An): compute each name's keys once.
    const keysOf = new Map<string, readonly [string, string, string]>();
    for (const entry of this.#entries) {
      for (const [text, official] of indexedNames(entry.unit)) {
        let keys = keysOf.get(text);
        if (keys === undefined) {
          keys = [exactKey(text), toneKeyOf(text), compactKey(text)];
          keysOf.set(text, keys);
        }
        addName(this.#exact, keys[0], entry.id, official);
        addName(this.#tone, keys[1], entry.id, official);
        addName(this.#compact, keys[2], entry.id, official);
      }
    }
    for (const key of this.#compact.keys()) {
      const bucket = this.#compactByLength.get(key.length) ?? [];
      bucket.push({ key, digits: digitsOf(key), letters: letterMask(key) });
      this.#compactByLength.set(key.length, bucket);
    }
    for (const alias of options.aliases ?? VIETNAMESE_NAME_ALIASES) {
      const key = compactKey(alias.alias);
      const targets = this.#aliases.get(key) ?? [];
      targets.push({ targetTone: toneKeyOf(alias.target), level: alias.level });
      this.#aliases.set(key, targets);
    }
  }

  /** Candidates for `query.name`, best first; empty when nothing plausible matches. */
  resolve(query: ResolveQuery): ResolveCandidate[] {
    // A province that designates nothing (`Atlantis`) narrows to nothing: no candidate, no fuzzy scan.
    if (query.province !== undefined && this.#provinceIds(query.province).size === 0) return [];
    const accept = this.#filter(query);
    let hits = this.#collect(query.name, accept);
    if (hits.size === 0) hits = this.#fuzzy(parseUnitName(query.name).core, accept);

    const candidates = [...hits].map(([id, hit]) => this.#candidate(id, hit, query.date));
    candidates.sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.validOnDate) - Number(a.validOnDate) ||
        MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
        UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level) ||
        a.code.localeCompare(b.code) ||
        (b.validFrom ?? '').localeCompare(a.validFrom ?? ''),
    );
    return query.limit !== undefined && query.limit >= 0 ? candidates.slice(0, query.limit) : candidates;
  }

  /** The entry filter implied by `level` and `province`. */
  #filter(query: ResolveQuery): (entry: Entry) => boolean {
    const { level } = query;
    const provinces = query.province === undefined ? null : this.#provinceIds(query.province);
    return (entry) =>
      (level === undefined || entry.unit.level === level) &&
      (provinces === null || [...entry.provinceScope].some((id) => provinces.has(id)));
  }

  /**
   * Province-level entries a `province=` value designates. Digits are a code; compared as numbers
   * because spreadsheets drop the leading zero (`6` for `06`). Anything else is a name, resolved like
   * `resolve` does (all vintages, aliases, no diacritics needed; typo only as a last resort).
   */
  #provinceIds(province: string): ReadonlySet<number> {
    const cached = this.#provinceCache.get(province);
    if (cached !== undefined) return cached;
    const text = normalizeSpaces(toNfc(province));
    const isProvince = (e: Entry): boolean => e.unit.level === 'province';
    let ids: Set<number>;
    if (/^\d+$/u.test(text)) {
      const code = Number(text);
      ids = new Set(
        this.#provinces
          .filter((e) => /^\d+$/u.test(e.unit.code) && Number(e.unit.code) === code)
          .map((e) => e.id),
      );
    } else {
      let hits = this.#collect(text, isProvince);
      if (hits.size === 0) hits = this.#fuzzy(parseUnitName(text).core, isProvince);
      const best = Math.max(0, ...[...hits.values()].map((h) => h.quality));
      // Keep every non-fuzzy reading (`Thái Nguyên` is both the old and the new 19); of typos, the best.
      ids = new Set([...hits].filter(([, h]) => h.match !== 'fuzzy' || h.quality === best).map(([id]) => id));
    }
    if (this.#provinceCache.size >= PROVINCE_CACHE_LIMIT) this.#provinceCache.clear();
    this.#provinceCache.set(province, ids);
    return ids;
  }

  /** Exact, tone, alias and folded hits for every reading of `name`, restricted to `accept`. */
  #collect(name: string, accept: (entry: Entry) => boolean): Hits {
    const hits: Hits = new Map();
    const whole = normalizeSpaces(toNfc(name));
    if (compactKey(whole) === '') return hits;
    const parsed = parseUnitName(whole);
    const readings: Interpretation[] = [{ core: parsed.core, hint: parsed.typeHint }];
    // A prefix typed without diacritics may be a real syllable (`Quan Hoa` is Quan Hóa, not Quận Hoa),
    // so when something was stripped, the unstripped input is tried too, without a type hint.
    if (parsed.core !== whole) readings.push({ core: whole, hint: null });

    const add = (id: number, match: MatchKind, quality: number, hint: UnitTypeHint | null): void => {
      const entry = this.#entries[id];
      if (entry === undefined || !accept(entry)) return;
      const q =
        hint !== null && !typeHintFits(hint, entry.unit.unitType, entry.unit.level)
          ? quality * CONTRADICTING_PREFIX
          : quality;
      const previous = hits.get(id);
      if (previous === undefined || q > previous.quality) hits.set(id, { match, quality: q });
    };

    for (const { core, hint } of readings) {
      for (const [id, official] of this.#exact.get(exactKey(core)) ?? []) {
        add(id, official ? 'exact' : 'alias', official ? QUALITY.exact : QUALITY.officialAlias, hint);
      }
      for (const [id, official] of this.#tone.get(toneKeyOf(core)) ?? []) {
        add(id, official ? 'tone' : 'alias', official ? QUALITY.tone : QUALITY.officialAlias, hint);
      }
      const folded = hasDiacritics(core) ? QUALITY.foldedConflicting : QUALITY.foldedPlain;
      for (const [id] of this.#compact.get(compactKey(core)) ?? []) add(id, 'folded', folded, hint);
      for (const target of this.#aliases.get(compactKey(core)) ?? []) {
        for (const [id] of this.#tone.get(target.targetTone) ?? []) {
          if (this.#entries[id]?.unit.level === target.level) add(id, 'alias', QUALITY.tableAlias, hint);
        }
      }
    }
    return hits;
  }

  /** Typo-tolerant fallback over folded keys; see the scoring notes at the top of the file. */
  #fuzzy(core: string, accept: (entry: Entry) => boolean): Hits {
    const hits: Hits = new Map();
    const query = compactKey(core);
    const length = query.length;
    // Short keys (`HN`, `1`) have too many neighbours for a typo to mean anything.
    const maxDistance = length <= 3 ? 0 : length <= 7 ? 1 : length <= 12 ? 2 : 3;
    if (maxDistance === 0) return hits;
    const digits = digitsOf(query);
    const letters = letterMask(query);
    for (let len = length - maxDistance; len <= length + maxDistance; len++) {
      for (const { key, digits: keyDigits, letters: keyLetters } of this.#compactByLength.get(len) ?? []) {
        // One edit adds or removes at most two letters from the set of letters used, so a larger
        // difference rules the key out before the edit-distance computation.
        if (keyDigits !== digits || popcount(letters ^ keyLetters) > 2 * maxDistance) continue;
        const distance = boundedEditDistance(query, key, maxDistance);
        if (distance > maxDistance) continue;
        const quality = QUALITY.fuzzyMax * (1 - distance / Math.max(length, len));
        for (const [id] of this.#compact.get(key) ?? []) {
          const entry = this.#entries[id];
          if (entry === undefined || !accept(entry)) continue;
          const previous = hits.get(id);
          if (previous === undefined || quality > previous.quality) hits.set(id, { match: 'fuzzy', quality });
        }
      }
    }
    return hits;
  }

  #candidate(id: number, hit: Hit, date: IsoDate): ResolveCandidate {
    const entry = this.#entries[id];
    if (entry === undefined) throw new Error(`unit index out of range: ${id}`);
    const { unit, province } = entry;
    const validOnDate = isValidOn(unit, date);
    const score = validOnDate ? 0.5 + 0.5 * hit.quality : 0.5 * hit.quality;
    return {
      code: unit.code,
      name: unit.name,
      fullName: unit.fullName,
      level: unit.level,
      unitType: unit.unitType,
      provinceCode: province?.unit.code ?? null,
      provinceName: province?.unit.name ?? null,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
      validOnDate,
      score: Math.round(score * 1000) / 1000,
      match: hit.match,
      successors: entry.successors.map(({ entry: s, kind }) => ({
        code: s.unit.code,
        name: s.unit.name,
        fullName: s.unit.fullName,
        level: s.unit.level,
        kind,
      })),
    };
  }
}
