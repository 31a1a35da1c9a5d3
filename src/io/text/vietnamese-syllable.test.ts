import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './vietnamese-syllable.ts';

describe('isVietnameseSyllable', () => {
  it.each([
    'xã',
    'phường',
    'thôn',
    'bản',
    'huyện',
    'tỉnh',
    'Việt',
    'nam',
    'người',
    'của',
    'và',
    'thành',
    'phố',
    'trạm',
    'Nguyễn',
    'Hoà',
    'Hòa',
    'Thuỷ',
    'Thủy',
    'Huế',
    'thuở',
    'giữa',
    'gìn',
    'quốc',
    'khuya',
    'khuỷu',
    'Đồn',
    'Kạn',
    'Pẻn',
    'Nà',
    'Đắk',
    'Lắk',
    'Krông',
    'ĐỒNG',
    'xoong',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['Vieät', 'VNI read as Windows-1252'],
    ['Tr¹m', 'TCVN3 read as Windows-1258'],
    ['Viờũt', 'Windows-1258 read as TCVN3'],
    ['Hoµ', 'TCVN3 symbol'],
    ['Tổnh', 'nh after ô'],
    ['Xaị', 'tone on the final glide'],
    ['cát̀', 'two tone marks'],
    ['đàt', 'huyền on a syllable closed by t'],
    ['ươ', 'ươ without a final'],
  ])('rejects %s (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
