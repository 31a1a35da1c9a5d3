/**
 * The 134 letters of the Vietnamese alphabet that are not plain ASCII, lowercase then capitals:
 * the twelve vowels a ă â e ê i o ô ơ u ư y with each of the five tone marks (60), the six vowels
 * whose toneless form is not ASCII (ă â ê ô ơ ư), and đ — 67 per case. Built by composition (NFC)
 * rather than typed, so the list cannot miss one. Used by the codec tests and fixtures.
 */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

const LOWERCASE = [
  ...VOWELS.filter((v) => v.charCodeAt(0) > 0x7f),
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))),
  'đ',
];

export const VIETNAMESE_LETTERS: readonly string[] = [...LOWERCASE, ...LOWERCASE.map((l) => l.toUpperCase())];
