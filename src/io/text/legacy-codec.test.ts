import { describe, expect, it } from 'vitest';
import { decode, encode } from './decode.ts';
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, encodeWindows1258 } from './legacy-codec.ts';
import { VIETNAMESE_LETTERS } from './vietnamese-letters.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('the Vietnamese letters', () => {
  it('are 134 distinct single code points in NFC, đ and Đ included', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    expect(VIETNAMESE_LETTERS.every((l) => [...l].length === 1 && l.normalize('NFC') === l)).toBe(true);
    expect(VIETNAMESE_LETTERS).toContain('đ');
    expect(VIETNAMESE_LETTERS).toContain('Đ');
  });
});

describe.each(['tcvn3', 'vni', 'windows-1258'] as const)('%s round trip', (encoding) => {
  it.each(VIETNAMESE_LETTERS.map((l) => [l]))('%s', (letter) => {
    expect(decode(encode(letter, encoding), encoding)).toBe(letter);
  });

  it('keeps a sentence of every letter, digits and punctuation', () => {
    const text = `${VIETNAMESE_LETTERS.join(' ')} 0123456789 ,;."'()-/`;
    expect(decode(encode(text, encoding), encoding)).toBe(text);
  });
});

describe('TCVN3 (TCVN 5712:1993)', () => {
  it('puts lowercase toned letters at their VN3 positions', () => {
    expect([...encodeTcvn3('áàảãạđ')]).toEqual([0xb8, 0xb5, 0xb6, 0xb7, 0xb9, 0xae]);
    expect(decodeTcvn3(latin1('Hoµ B×nh'))).toBe('Hoà Bình');
    expect(decodeTcvn3(latin1('ViÖt Nam'))).toBe('Việt Nam');
  });

  it('puts toned capitals at their VN1 positions by default', () => {
    expect([...encodeTcvn3('ÀÁỐÚ')]).toEqual([0x80, 0x83, 0xff, 0x01]);
  });

  it('writes toned capitals at the lowercase position like an ABC (.VnTimeH) file when asked', () => {
    const bytes = encode('UBND HUYỆN CHỢ ĐỒN', 'tcvn3', { tcvn3Capitals: 'lowercase' });
    expect(Buffer.from(bytes).toString('latin1')).toBe('UBND HUYÖN CH\u00ee \u00a7\u00e5N');
    // Words otherwise in capitals get their toned letters raised back.
    expect(decode(bytes, 'tcvn3')).toBe('UBND HUYỆN CHỢ ĐỒN');
  });

  it('cannot tell a one-letter-plus-capital word from a title-case word (documented limit)', () => {
    expect(decode(encode('HÀ NỘI', 'tcvn3', { tcvn3Capitals: 'lowercase' }), 'tcvn3')).toBe('Hà NỘI');
  });

  it('reads the VN1 combining tone marks 0xB0–0xB4', () => {
    expect(decode(latin1('a\u00b3 o\u00b4'), 'tcvn3')).toBe('á ọ');
  });

  it('refuses a character it has no byte for', () => {
    expect(() => encodeTcvn3('€')).toThrow(RangeError);
    expect(() => encodeTcvn3('漢')).toThrow(/U\+6F22/);
  });
});

describe('VNI (VNI-Windows)', () => {
  it('writes a base letter followed by a diacritic byte', () => {
    expect(Buffer.from(encodeVni('Việt Nam Hoà Bình')).toString('latin1')).toBe('Vieät Nam Hoaø Bình');
  });

  it('has a byte of its own for ơ ư đ and toned i', () => {
    expect([...encodeVni('ơưđíỵ')]).toEqual([0xf4, 0xf6, 0xf1, 0xed, 0xee]);
    expect([...encodeVni('ƠƯĐÍỴ')]).toEqual([0xd4, 0xd6, 0xd1, 0xcd, 0xce]);
  });

  it('composes tones on ơ and ư (ớ = ô + ù in the VNI font)', () => {
    expect(decode(latin1('ng\u00f6\u00f4\u00f8i'), 'vni')).toBe('người');
    expect(decode(latin1('\u00d1OÀNG'), 'vni')).toBe('ĐỒNG');
  });

  it('reads unused positions as Windows-1252', () => {
    expect(decodeVni(latin1('\u0080 \u0093x\u0094'))).toBe('€ “x”');
  });
});

describe('Windows-1258', () => {
  it('writes the toneless letter and the tone mark byte where the code page has no precomposed letter', () => {
    expect([...encodeWindows1258('ệ')]).toEqual([0xea, 0xf2]);
    expect([...encodeWindows1258('á')]).toEqual([0xe1]);
  });

  it('decodes to NFC', () => {
    expect(decode(Uint8Array.of(0x56, 0x69, 0xea, 0xf2, 0x74), 'windows-1258')).toBe('Việt');
  });
});
