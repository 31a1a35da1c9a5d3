/**
 * Vietnamese unit-type prefixes, their abbreviations, and the informal names of big cities, as they
 * appear in spreadsheets and forms. Kept apart from the parsing logic so that another country's
 * tables can be dropped in.
 *
 * Sources: the unit types are those of Law 72/2025/QH15 on the organisation of local government
 * (tỉnh, thành phố, xã, phường, đặc khu) and of the pre-July-2025 three-tier system (huyện, quận,
 * thị xã, thành phố thuộc tỉnh, thị trấn) as listed in the GSO unit catalogue
 * (danhmuchanhchinh.gso.gov.vn); the abbreviations (`TP.`, `TX`, `TT`, `P.`, `Q.`, `H.`, `X.`) are the
 * ones used on Vietnamese postal addresses and in official tables.
 */
import type { UnitLevel } from './admin-unit.ts';

export type UnitTypeHint =
  | 'province'
  | 'city'
  | 'district'
  | 'town'
  | 'commune'
  | 'ward'
  | 'township'
  | 'special_zone';

export interface UnitPrefix {
  /** Words of the prefix, as written (full words, compared tone-placement-insensitively) or the ASCII abbreviation. */
  readonly text: string;
  readonly hint: UnitTypeHint;
  /**
   * `word`: a real Vietnamese word; without diacritics (`Quan`) it is also a syllable of real names
   * (`Quan Hóa`), so the resolver also tries the input unstripped. `abbreviation`: never a syllable.
   */
  readonly kind: 'word' | 'abbreviation';
}

/** Longest first: the first entry whose words all match the leading tokens wins. */
export const VIETNAMESE_UNIT_PREFIXES: readonly UnitPrefix[] = [
  { text: 'Thành phố trực thuộc trung ương', hint: 'city', kind: 'word' },
  { text: 'Đặc khu tại hải đảo', hint: 'special_zone', kind: 'word' },
  { text: 'Thành phố', hint: 'city', kind: 'word' },
  { text: 'Thị trấn', hint: 'township', kind: 'word' },
  { text: 'Thị xã', hint: 'town', kind: 'word' },
  { text: 'Đặc khu', hint: 'special_zone', kind: 'word' },
  { text: 'Tỉnh', hint: 'province', kind: 'word' },
  { text: 'Huyện', hint: 'district', kind: 'word' },
  { text: 'Quận', hint: 'district', kind: 'word' },
  { text: 'Phường', hint: 'ward', kind: 'word' },
  { text: 'Xã', hint: 'commune', kind: 'word' },
  // `T.P.`, `T.T.`, `T.X.` split into two one-letter tokens; they must win over `T.` (tỉnh).
  { text: 't p', hint: 'city', kind: 'abbreviation' },
  { text: 't t', hint: 'township', kind: 'abbreviation' },
  { text: 't x', hint: 'town', kind: 'abbreviation' },
  { text: 'tp', hint: 'city', kind: 'abbreviation' },
  { text: 'tt', hint: 'township', kind: 'abbreviation' },
  { text: 'tx', hint: 'town', kind: 'abbreviation' },
  // Single consonant letters are never a Vietnamese syllable, so `P Bến Thành` is safe to strip.
  { text: 't', hint: 'province', kind: 'abbreviation' },
  { text: 'h', hint: 'district', kind: 'abbreviation' },
  { text: 'q', hint: 'district', kind: 'abbreviation' },
  { text: 'p', hint: 'ward', kind: 'abbreviation' },
  { text: 'x', hint: 'commune', kind: 'abbreviation' },
];

/**
 * English suffixes as used in the official English names of the GSO catalogue (`Bac Kan Province`,
 * `Son Tay Town` = thị xã, `Soc Son Township` = thị trấn, `Van Don Special administrative region`).
 * Longest first.
 */
export const ENGLISH_UNIT_SUFFIXES: readonly { text: string; hint: UnitTypeHint }[] = [
  { text: 'special administrative region', hint: 'special_zone' },
  { text: 'special zone', hint: 'special_zone' },
  { text: 'township', hint: 'township' },
  { text: 'province', hint: 'province' },
  { text: 'district', hint: 'district' },
  { text: 'commune', hint: 'commune' },
  { text: 'city', hint: 'city' },
  { text: 'ward', hint: 'ward' },
  { text: 'town', hint: 'town' },
];

/** Official unit types (as in `AdminUnitRecord.unitType`) → the hint a matching prefix produces. */
export const VIETNAMESE_UNIT_TYPE_HINTS: readonly { unitType: string; hint: UnitTypeHint }[] = [
  { unitType: 'Tỉnh', hint: 'province' },
  { unitType: 'Thành phố trực thuộc trung ương', hint: 'city' },
  { unitType: 'Thành phố', hint: 'city' },
  { unitType: 'Huyện', hint: 'district' },
  { unitType: 'Quận', hint: 'district' },
  { unitType: 'Thị xã', hint: 'town' },
  { unitType: 'Xã', hint: 'commune' },
  { unitType: 'Phường', hint: 'ward' },
  { unitType: 'Thị trấn', hint: 'township' },
  { unitType: 'Đặc khu tại hải đảo', hint: 'special_zone' },
  { unitType: 'Đặc khu', hint: 'special_zone' },
];

/** An informal name that stands for an official one. */
export interface NameAlias {
  /** Compared after {@link foldForSearch} with spaces removed, so `TP.HCM`, `TP HCM` and `tphcm` are one entry. */
  readonly alias: string;
  /** The official short name it stands for; every unit of `level` with that name (any vintage) matches. */
  readonly target: string;
  readonly level: UnitLevel;
}

/**
 * Informal names of the big cities and of provinces known by their initials. `Sài Gòn` is also the name
 * of a current ward (Phường Sài Gòn, 26740); both are returned, the ward as an exact match above the
 * city as an alias. Thừa Thiên Huế became the centrally-run city of Huế on 1 Jan 2025 (Resolution
 * 1314/NQ-UBTVQH15), so its old name and `TT Huế` point to the unit named `Huế`, and `Huế` also points
 * to `Thừa Thiên Huế` for data vintages that still carry that name.
 */
export const VIETNAMESE_NAME_ALIASES: readonly NameAlias[] = [
  ...['TP HCM', 'HCM', 'HCMC', 'TP Hồ Chí Minh', 'Sài Gòn', 'TP Sài Gòn', 'Sài Gòn - Gia Định'].map(
    (alias) => ({ alias, target: 'Hồ Chí Minh', level: 'province' as const }),
  ),
  ...['HN', 'TP HN', 'TP Hà Nội'].map((alias) => ({ alias, target: 'Hà Nội', level: 'province' as const })),
  ...['BR-VT', 'BR VT', 'Bà Rịa Vũng Tàu'].map((alias) => ({
    alias,
    target: 'Bà Rịa - Vũng Tàu',
    level: 'province' as const,
  })),
  ...['TT Huế', 'TT-Huế', 'TTH', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Tỉnh Thừa Thiên Huế'].map(
    (alias) => ({
      alias,
      target: 'Huế',
      level: 'province' as const,
    }),
  ),
  { alias: 'Huế', target: 'Thừa Thiên Huế', level: 'province' },
];
