import { describe, expect, it } from 'vitest';
import {
  foldDiacritics,
  foldForSearch,
  hasDiacritics,
  normalizeSpaces,
  toNfc,
  toneKey,
} from './vietnamese.ts';

describe('normalizeSpaces', () => {
  it('collapses ASCII, NBSP, tabs, newlines and drops zero-width characters', () => {
    expect(normalizeSpaces('  Bắc\u00a0\u00a0Kạn \t\n')).toBe('Bắc Kạn');
    expect(normalizeSpaces('Thái\u200b Nguyên\ufeff')).toBe('Thái Nguyên');
    expect(normalizeSpaces('Hà\u3000Nội')).toBe('Hà Nội');
    expect(normalizeSpaces('')).toBe('');
  });
});

describe('toNfc', () => {
  it('composes NFD input', () => {
    const nfd = 'Thừa Thiên Huế'.normalize('NFD');
    expect(nfd).not.toBe('Thừa Thiên Huế');
    expect(toNfc(nfd)).toBe('Thừa Thiên Huế');
  });
  it('reorders combining marks canonically (dot below before circumflex)', () => {
    // o + circumflex + dot below, in the "wrong" order a keyboard may emit.
    expect(toNfc('Nô\u0323i'.normalize('NFD'))).toBe('Nội');
    expect(toNfc('No\u0302\u0323i')).toBe('Nội');
  });
  it('maps the eth look-alike to Đ', () => {
    expect(toNfc('\u00d0à Nẵng')).toBe('Đà Nẵng');
    expect(toNfc('\u00f0ồng')).toBe('đồng');
  });
});

describe('foldDiacritics', () => {
  it.each([
    ['Đắk Lắk', 'dak lak'],
    ['Bắc Kạn', 'bac kan'],
    ['Thuỷ', 'thuy'],
    ['Thủy', 'thuy'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['Bà Rịa - Vũng Tàu', 'ba ria - vung tau'],
    ['Ưng Hoà'.normalize('NFD'), 'ung hoa'],
  ])('%s → %s', (input, folded) => {
    expect(foldDiacritics(input)).toBe(folded);
  });
});

describe('hasDiacritics', () => {
  it.each([
    ['Bac Kan', false],
    ['Bắc Kạn', true],
    ['Dak Lak', false],
    ['đ', true],
    ['Đ', true],
    ['Hoà'.normalize('NFD'), true],
    ['Phuong 1', false],
  ])('%s → %s', (input, expected) => {
    expect(hasDiacritics(input)).toBe(expected);
  });
});

describe('toneKey', () => {
  it('ignores where the tone mark sits (old vs new placement)', () => {
    expect(toneKey('Hòa')).toBe(toneKey('Hoà'));
    expect(toneKey('Thủy')).toBe(toneKey('Thuỷ'));
    expect(toneKey('Khánh Hòa')).toBe(toneKey('Khánh Hoà'));
    expect(toneKey('Quý')).toBe(toneKey('Qúy'));
    expect(toneKey('Thụy')).toBe(toneKey('Thuỵ'));
  });
  it('is NFC/NFD-, case- and space-insensitive', () => {
    expect(toneKey('  HOÀ   bình ')).toBe(toneKey('Hòa Bình'.normalize('NFD')));
  });
  it('keeps vowel quality and đ, so different names stay different', () => {
    expect(toneKey('Hòa')).toBe('hoa2');
    expect(toneKey('Hóa')).toBe('hoa1');
    expect(toneKey('Hoa')).toBe('hoa');
    expect(toneKey('Hòa')).not.toBe(toneKey('Hóa'));
    expect(toneKey('Bắc Kạn')).toBe('băc1 kan5');
    expect(toneKey('Đồng')).toBe('đông2');
    expect(toneKey('Thượng')).toBe('thương5');
    expect(toneKey('Ơn')).not.toBe(toneKey('On'));
    expect(toneKey('Phố Bảng')).not.toBe(toneKey('Phó Bảng'));
  });
  it('leaves digits and punctuation alone', () => {
    expect(toneKey('Phường 1')).toBe('phương2 1');
    expect(toneKey('Bà Rịa - Vũng Tàu')).toBe('ba2 ria5 - vung4 tau2');
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
    ['Bà Rịa-Vũng Tàu', 'ba ria vung tau'],
    ["M'Đrắk", 'mdrak'],
    ['M\u2019Đrắk', 'mdrak'],
    ['  Phường   Bến  Thành. ', 'phuong ben thanh'],
    ['TP.HCM', 'tp hcm'],
    ['Xuân Hương - Đà Lạt', 'xuan huong da lat'],
    ['Hoà'.normalize('NFD'), 'hoa'],
  ])('%s → %s', (input, key) => {
    expect(foldForSearch(input)).toBe(key);
  });
});
