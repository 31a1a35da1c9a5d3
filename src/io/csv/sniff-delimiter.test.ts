import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './sniff-delimiter.ts';

describe('sniffDelimiter', () => {
  it('picks ; in a Vietnamese Excel export where , is the decimal separator', () => {
    expect(
      sniffDelimiter('Mã xã;Tên xã;Tỷ lệ phủ sóng\n01840;Xã A;95,5\n01843;Xã B;87,25\n01846;Xã C;100\n'),
    ).toBe(';');
  });

  it('picks , for an English export with decimal points', () => {
    expect(sniffDelimiter('code,name,coverage\n01840,Xa A,95.5\n01843,Xa B,87.25\n')).toBe(',');
  });

  it('picks a tab and a pipe', () => {
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2;3|4\n5|6|7\n')).toBe('|');
  });

  it('does not count delimiters inside quotes, even across lines', () => {
    expect(sniffDelimiter('ma;ten;ghi chu\n1;"Xã A, huyện B, tỉnh C";"x, y,\nz, w"\n2;"Xã D, E";f\n')).toBe(
      ';',
    );
  });

  it('is not thrown off by title lines above the header', () => {
    const sample =
      'BÁO CÁO HẠ TẦNG VIỄN THÔNG, QUÝ 2\n\nSTT;Mã trạm;Kinh độ;Vĩ độ\n1;BKN001;105,83;22,15\n2;BKN002;105,9;22,2\n3;BKN003;105,71;22,31\n';
    expect(sniffDelimiter(sample)).toBe(';');
  });

  it('prefers the delimiter giving more fields when two are equally consistent', () => {
    expect(sniffDelimiter('1;Xã A;12,5\n2;Xã B;13,5\n')).toBe(';');
  });

  it('falls back to , for a single column', () => {
    expect(sniffDelimiter('ten\nXã A\nXã B\n')).toBe(',');
  });
});
