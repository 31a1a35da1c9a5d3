/**
 * Is a word a possible Vietnamese syllable? Used to tell the 8-bit encodings apart: the same bytes
 * read as Windows-1258, TCVN3 or VNI give real syllables in one encoding and letter salad
 * (`Vieät`, `Tr¹m`, `Viờũt`) in the others.
 *
 * A syllable is onset + rhyme with at most one tone mark (the Quốc ngữ spelling of the syllable):
 *  - onset: one of the 27 initial consonant spellings (b c ch d đ g gh gi h k kh l m n ng ngh nh p ph
 *    qu r s t th tr v x), or none;
 *  - rhyme: a vowel group, open (with its own final glide: ai, ươi, uyu…) or closed by one of the
 *    eight final consonants c ch m n ng nh p t (ch nh only after a ê i y, c ng never after ê i y);
 *  - tone: a syllable closed by c ch p t takes sắc or nặng (never ngang, huyền, hỏi, ngã), and the
 *    mark sits on the main vowel (see tonePositions).
 * It accepts a few spellings Vietnamese never uses (it checks shape, not the dictionary), which is
 * fine for telling real text from mojibake; names from minority languages (Nà Pẻn, Pác Nặm) pass.
 */
const ONSET = '(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bdđgkp][lr]|[bcdđghklmnprstvxfjwz])?';

/** Vowel groups that end a syllable (no final consonant). */
// biome-ignore format: a table
const OPEN = [
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi',
  'ưu', 'oa', 'oe', 'uê', 'uy', 'uơ', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi',
  'ươu', 'iêu', 'yêu',
];

/** Vowel groups closed by m n p t (ă, â, iê, uô, ươ… only occur closed). */
// biome-ignore format: a table
const CLOSED = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'iê', 'yê', 'uô', 'ươ', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'uyê', 'oo', 'ôô',
];
/** c and ng never follow the front vowels ê i y (those take ch and nh). */
const CLOSED_BY_C_NG = CLOSED.filter((v) => !['ê', 'i', 'y', 'uê', 'uy', 'uyê'].includes(v));
/** ch and nh only follow a ê i y (with their medial o/u: oanh, uênh, uynh). */
const CLOSED_BY_CH_NH = ['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy'];

const group = (vowels: readonly string[]): string => `(${vowels.join('|')})`;

/**
 * `k` closes syllables of the Central Highlands languages as Vietnamese writes them (Đắk Lắk, Đăk
 * Pơ), as do the onset clusters kr pr pl dr đr bl (Krông, Đrắk, Plông) and the letters f j w z.
 */
const SYLLABLE = new RegExp(
  `^(${ONSET})(?:${group(OPEN)}|${group(CLOSED)}(m|n|p|t|k)|${group(CLOSED_BY_C_NG)}(c|ng)|${group(CLOSED_BY_CH_NH)}(ch|nh))$`,
  'u',
);

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const SAC_OR_NANG = /[\u0301\u0323]/u;

export function isVietnameseSyllable(word: string): boolean {
  // NFC makes every Vietnamese letter one code point; take the tone off the letter that carries it.
  const letters = [...word.toLowerCase().normalize('NFC')];
  let toneAt = -1;
  let toneMark = '';
  for (let i = 0; i < letters.length; i++) {
    const decomposed = (letters[i] as string).normalize('NFD');
    const tone = TONE.exec(decomposed)?.[0];
    if (tone === undefined) continue;
    if (toneAt >= 0) return false; // two tone marks
    toneAt = i;
    toneMark = tone;
    letters[i] = decomposed.replace(tone, '').normalize('NFC');
  }
  const m = SYLLABLE.exec(letters.join(''));
  if (m === null) return false;
  const onset = m[1] ?? '';
  const nucleus = m[2] ?? m[3] ?? m[5] ?? m[7] ?? '';
  const coda = m[4] ?? m[6] ?? m[8];
  if ((coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't') && !SAC_OR_NANG.test(toneMark)) {
    return false;
  }
  if (toneAt < 0) return true;
  return tonePositions(nucleus, coda !== undefined).includes(toneAt - [...onset].length);
}

/**
 * Where the tone mark may sit in the vowel group: on the main vowel, never on a final glide (ái, not
 * aí; người, mùa, giữa), the second letter of iê uô ươ and of medial o/u + vowel before a final
 * consonant (việt, hoàn, thuận, nguyễn), and either letter of open oa oe uy (old and new placement:
 * hòa/hoà, thủy/thuỷ).
 */
function tonePositions(nucleus: string, closed: boolean): readonly number[] {
  const length = [...nucleus].length;
  if (length === 1) return [0];
  if (closed) {
    if (nucleus === 'oo' || nucleus === 'ôô') return [0, 1];
    return length === 3 ? [2] : [1];
  }
  if (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy') return [0, 1];
  if (nucleus === 'uê' || nucleus === 'uơ') return [1];
  return length === 3 ? [1] : [0];
}
