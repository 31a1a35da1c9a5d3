/**
 * Byte tables of the two legacy Vietnamese 8-bit encodings that no standard decoder knows.
 * Pure data (this file is allowed to be long): one line per letter family, written out so that each
 * position can be checked by eye against the sources below. The code that uses it is
 * legacy-codec.ts.
 *
 * ## TCVN3 — TCVN 5712:1993 ("ABC", fonts .VnTime / .VnTimeH / .VnArial…)
 * TCVN 5712:1993 defines three tables. VN3 is the one the ABC keyboard driver and the .Vn* fonts use:
 * ASCII, the seven capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7), and all lowercase letters, toned or not
 * (0xA8–0xAE, 0xB5–0xFE). It has **no capital letter carrying a tone mark**: offices write capitals in
 * a second font family (.VnTimeH, "H" for hoa = capital) whose glyphs at the lowercase positions are
 * drawn as capitals, so `HÀ NỘI` in .VnTimeH is stored as the bytes of `Hµ NéI` or `hµ néi`.
 * VN1 is the full table: it keeps every VN3 position and adds the 60 toned capitals in positions VN3
 * leaves free (C0 controls other than TAB/LF/CR/ESC…, 0x80–0x9F and gaps above 0xA0), plus the five
 * tone marks as combining characters at 0xB0–0xB4.
 *
 * Choice: we decode with VN1 (a strict superset, so VN3 files decode the same and the rare VN1 file
 * keeps its capitals) and, by default, encode capitals at their VN1 positions so every letter
 * round-trips; `capitals: 'lowercase'` encodes them the way an ABC/VN3 file holds them instead.
 * When decoding, a word that is otherwise written in capitals gets its lowercase toned letters raised
 * (`NéI` → `NỘI`): that is a .VnTimeH heading typed with Caps Lock, never real mixed-case Vietnamese.
 *
 * Sources, which agree position by position:
 *  - GNU libiconv, lib/tcvn.h ("TCVN-5712", tables tcvn_2uni_1 / tcvn_2uni_2), the VN1 table;
 *  - xvnkb (Dao Hai Lam, VISC, 2002), tcvn.h, the keyboard driver's TCVN3 output table;
 *  - duydev/vietnamese-conversion, src/charsets.ts (TCVN3 column), for the lowercase VN3 positions.
 *
 * ## VNI (VNI-Windows fonts: VNI-Times, VNI-Helve…)
 * A Windows "Western" font whose upper half was redrawn: a vowel is written as its ASCII base letter
 * followed by one byte that draws the diacritics over it (`a` + 0xF9 = á, `e` + 0xE4 = ệ,
 * `Vieät Nam` = Việt Nam). Nine letters have a byte of their own: ơ ư đ, and i/ỵ with tones (í ì ỉ ĩ
 * ị ỵ), since their marks would collide with the dot of i. Capitals use the same layout 0x20 lower
 * (`A` + 0xD9 = Á). Bytes the layout does not use keep their Windows-1252 meaning.
 *
 * Sources, which agree: xvnkb, vni.h (Dao Hai Lam, VISC, 2002), the keyboard driver's VNI output
 * table; duydev/vietnamese-conversion, src/charsets.ts (VNI column).
 */

/** TCVN3 lowercase letters (VN3 positions, shared with VN1), toneless form first when it is not ASCII. */
// biome-ignore format: one line per letter family, to check against the sources
export const TCVN3_LOWERCASE: readonly (readonly [string, number])[] = [
  ['à', 0xb5], ['ả', 0xb6], ['ã', 0xb7], ['á', 0xb8], ['ạ', 0xb9],
  ['ă', 0xa8], ['ằ', 0xbb], ['ẳ', 0xbc], ['ẵ', 0xbd], ['ắ', 0xbe], ['ặ', 0xc6],
  ['â', 0xa9], ['ầ', 0xc7], ['ẩ', 0xc8], ['ẫ', 0xc9], ['ấ', 0xca], ['ậ', 0xcb],
  ['è', 0xcc], ['ẻ', 0xce], ['ẽ', 0xcf], ['é', 0xd0], ['ẹ', 0xd1],
  ['ê', 0xaa], ['ề', 0xd2], ['ể', 0xd3], ['ễ', 0xd4], ['ế', 0xd5], ['ệ', 0xd6],
  ['ì', 0xd7], ['ỉ', 0xd8], ['ĩ', 0xdc], ['í', 0xdd], ['ị', 0xde],
  ['ò', 0xdf], ['ỏ', 0xe1], ['õ', 0xe2], ['ó', 0xe3], ['ọ', 0xe4],
  ['ô', 0xab], ['ồ', 0xe5], ['ổ', 0xe6], ['ỗ', 0xe7], ['ố', 0xe8], ['ộ', 0xe9],
  ['ơ', 0xac], ['ờ', 0xea], ['ở', 0xeb], ['ỡ', 0xec], ['ớ', 0xed], ['ợ', 0xee],
  ['ù', 0xef], ['ủ', 0xf1], ['ũ', 0xf2], ['ú', 0xf3], ['ụ', 0xf4],
  ['ư', 0xad], ['ừ', 0xf5], ['ử', 0xf6], ['ữ', 0xf7], ['ứ', 0xf8], ['ự', 0xf9],
  ['ỳ', 0xfa], ['ỷ', 0xfb], ['ỹ', 0xfc], ['ý', 0xfd], ['ỵ', 0xfe],
  ['đ', 0xae],
];

/** The seven capitals VN3 has (no tone marks). */
export const TCVN3_CAPITALS: readonly (readonly [string, number])[] = [
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

/** The 60 toned capitals only VN1 has. */
// biome-ignore format: one line per letter family, to check against the sources
export const TCVN3_VN1_TONED_CAPITALS: readonly (readonly [string, number])[] = [
  ['À', 0x80], ['Ả', 0x81], ['Ã', 0x82], ['Á', 0x83], ['Ạ', 0x84],
  ['Ằ', 0xaf], ['Ẳ', 0xba], ['Ẵ', 0xbf], ['Ắ', 0xc0], ['Ặ', 0x85],
  ['Ầ', 0xc1], ['Ẩ', 0xc2], ['Ẫ', 0xc3], ['Ấ', 0xc4], ['Ậ', 0x86],
  ['È', 0x87], ['Ẻ', 0x88], ['Ẽ', 0x89], ['É', 0x8a], ['Ẹ', 0x8b],
  ['Ề', 0xc5], ['Ể', 0xcd], ['Ễ', 0xd9], ['Ế', 0xda], ['Ệ', 0x8c],
  ['Ì', 0x8d], ['Ỉ', 0x8e], ['Ĩ', 0x8f], ['Í', 0x90], ['Ị', 0x91],
  ['Ò', 0x92], ['Ỏ', 0x93], ['Õ', 0x94], ['Ó', 0x95], ['Ọ', 0x96],
  ['Ồ', 0xdb], ['Ổ', 0xe0], ['Ỗ', 0xf0], ['Ố', 0xff], ['Ộ', 0x97],
  ['Ờ', 0x98], ['Ở', 0x99], ['Ỡ', 0x9a], ['Ớ', 0x9b], ['Ợ', 0x9c],
  ['Ù', 0x9d], ['Ủ', 0x9e], ['Ũ', 0x9f], ['Ú', 0x01], ['Ụ', 0x02],
  ['Ừ', 0x04], ['Ử', 0x05], ['Ữ', 0x06], ['Ứ', 0x11], ['Ự', 0x12],
  ['Ỳ', 0x13], ['Ỷ', 0x14], ['Ỹ', 0x15], ['Ý', 0x16], ['Ỵ', 0x17],
];

/** VN1 positions that are not letters: no-break space and the five tone marks as combining characters. */
export const TCVN3_VN1_OTHERS: readonly (readonly [string, number])[] = [
  ['\u00a0', 0xa0],
  ['\u0300', 0xb0], // huyền
  ['\u0309', 0xb1], // hỏi
  ['\u0303', 0xb2], // ngã
  ['\u0301', 0xb3], // sắc
  ['\u0323', 0xb4], // nặng
];

/**
 * VNI diacritic bytes: the combining marks they draw (canonical order) with the lowercase and the
 * capital byte. They follow the base letter `a e o u y` (and ơ ư for the tones).
 */
export const VNI_MARKS: readonly (readonly [string, number, number])[] = [
  ['\u0301', 0xf9, 0xd9], // sắc
  ['\u0300', 0xf8, 0xd8], // huyền
  ['\u0309', 0xfb, 0xdb], // hỏi
  ['\u0303', 0xf5, 0xd5], // ngã
  ['\u0323', 0xef, 0xcf], // nặng
  ['\u0302', 0xe2, 0xc2], // circumflex: â ê ô
  ['\u0302\u0301', 0xe1, 0xc1],
  ['\u0302\u0300', 0xe0, 0xc0],
  ['\u0302\u0309', 0xe5, 0xc5],
  ['\u0302\u0303', 0xe3, 0xc3],
  ['\u0323\u0302', 0xe4, 0xc4], // ậ ệ ộ (dot below sorts first in canonical order)
  ['\u0306', 0xea, 0xca], // breve: ă
  ['\u0306\u0301', 0xe9, 0xc9],
  ['\u0306\u0300', 0xe8, 0xc8],
  ['\u0306\u0309', 0xfa, 0xda],
  ['\u0306\u0303', 0xfc, 0xdc],
  ['\u0323\u0306', 0xeb, 0xcb], // ặ
];

/** VNI letters with a byte of their own: lowercase letter and byte; the capital is 0x20 lower. */
export const VNI_LETTERS: readonly (readonly [string, number])[] = [
  ['ơ', 0xf4],
  ['ư', 0xf6],
  ['đ', 0xf1],
  ['í', 0xed],
  ['ì', 0xec],
  ['ỉ', 0xe6],
  ['ĩ', 0xf3],
  ['ị', 0xf2],
  ['ỵ', 0xee],
];

/**
 * Windows-1252 at 0x80–0x9F (0xA0–0xFF equal Latin-1), what VNI fonts keep where their layout has
 * nothing: WHATWG Encoding Standard, index-windows-1252 (= Microsoft's cp1252, with 0x81 0x8D 0x8F
 * 0x90 0x9D as C1 controls). Written out because Node 20.18.3+ decodes the `windows-1252` label as
 * ISO-8859-1 (nodejs/node#56542, #60888).
 */
// biome-ignore format: 16 positions a line
export const CP1252_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
