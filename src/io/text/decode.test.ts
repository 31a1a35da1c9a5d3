import { describe, expect, it } from 'vitest';
import { createStreamDecoder, decode, encode } from './decode.ts';
import { TEXT_ENCODINGS, TextDecodeError } from './text-encoding.ts';

const SENTENCE = 'Xã Hoà Bình, huyện Chợ Đồn, tỉnh Bắc Kạn; Trạm BTS thôn Nà Pẻn - NGUYỄN VĂN ĐỨC';

describe('decode', () => {
  it('normalises NFD input to NFC', () => {
    const nfd = SENTENCE.normalize('NFD');
    expect(nfd).not.toBe(SENTENCE);
    expect(decode(new TextEncoder().encode(nfd), 'utf-8')).toBe(SENTENCE);
    expect(decode(encode(nfd, 'utf-16le'), 'utf-16le')).toBe(SENTENCE);
  });

  it('drops a byte order mark', () => {
    expect(decode(encode('Xã', 'utf-8-bom'), 'utf-8-bom')).toBe('Xã');
    expect(decode(encode('Xã', 'utf-8-bom'), 'utf-8')).toBe('Xã');
    expect(decode(encode('Xã', 'utf-16be', { bom: true }), 'utf-16be')).toBe('Xã');
  });

  it('refuses bytes that are not valid in the encoding instead of writing U+FFFD', () => {
    expect(() => decode(Uint8Array.of(0x58, 0xe3, 0x20), 'utf-8')).toThrow(TextDecodeError);
  });

  // The legacy encodings are written with the capitals of each one (TCVN3 at VN1 positions).
  it.each(TEXT_ENCODINGS.map((e) => [e]))('%s: the same text whatever the chunk boundaries', (encoding) => {
    const bytes = encode(SENTENCE, encoding);
    expect(decode(bytes, encoding)).toBe(SENTENCE);
    for (let cut = 1; cut < bytes.length; cut++) {
      const decoder = createStreamDecoder(encoding);
      const text = decoder.write(bytes.subarray(0, cut)) + decoder.write(bytes.subarray(cut)) + decoder.end();
      expect(text, `cut at byte ${cut}`).toBe(SENTENCE);
    }
  });

  it('keeps a Windows-1258 tone mark with its letter across chunks', () => {
    const decoder = createStreamDecoder('windows-1258');
    const parts = [decoder.write(Uint8Array.of(0x56, 0x69, 0xea)), decoder.write(Uint8Array.of(0xf2, 0x74))];
    expect(parts.join('') + decoder.end()).toBe('Việt');
    expect(parts[0]).toBe('Vi'); // ê waits for a possible tone mark
  });
});
