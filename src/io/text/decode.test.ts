import { describe, expect, it } from 'vitest';
import { createStreamDecoder, decode, encode, heldBytes } from './decode.ts';
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

  it.each(['utf-8', 'utf-16le', 'utf-16be'] as const)(
    '%s: the text before a bad byte starts at a letter cut by the chunk boundary',
    (encoding) => {
      // `Đ` (and `𝔸`, a surrogate pair in UTF-16) cut anywhere between two chunks, then a bad byte.
      const bad = encoding === 'utf-8' ? Uint8Array.of(0xff) : encode('\udc00', encoding).subarray(0, 2);
      for (const letter of ['Đ', '𝔸']) {
        const head = encode(`a\n${letter}`, encoding);
        const size = encode(letter, encoding).length;
        const tail = encode('x\ny\nz', encoding);
        for (let cut = head.length - size + 1; cut < head.length; cut++) {
          const decoder = createStreamDecoder(encoding);
          decoder.write(head.subarray(0, cut));
          let error: unknown;
          try {
            decoder.write(Uint8Array.from([...head.subarray(cut), ...tail, ...bad]));
          } catch (e) {
            error = e;
          }
          expect(error, `${letter} cut at ${cut}`).toBeInstanceOf(TextDecodeError);
          expect((error as TextDecodeError).textBefore, `${letter} cut at ${cut}`).toBe(`${letter}x\ny\nz`);
        }
      }
    },
  );

  it('knows which bytes a streaming decoder holds at the end of a valid stream', () => {
    const held = (bytes: number[], offset: number, label: string) => [
      ...heldBytes(Uint8Array.from(bytes), offset, label),
    ];
    expect(held([0x61, 0x62, 0xc4], 9, 'utf-8')).toEqual([0xc4]);
    expect(held([0x61, 0xe1, 0xbb], 9, 'utf-8')).toEqual([0xe1, 0xbb]);
    expect(held([0x61, 0xc4, 0x90], 9, 'utf-8')).toEqual([]);
    expect(held([0xf0, 0x9d, 0x94], 9, 'utf-8')).toEqual([0xf0, 0x9d, 0x94]);
    expect(held([0x00, 0x61, 0x00], 9, 'utf-16be')).toEqual([0x00]);
    expect(held([0x35, 0xd8, 0x38], 9, 'utf-16le')).toEqual([0x35, 0xd8, 0x38]);
    expect(held([0x61, 0x35, 0xd8], 10, 'utf-16le')).toEqual([0x35, 0xd8]);
    expect(held([0xc4], 9, 'windows-1258')).toEqual([]);
  });

  it('keeps a Windows-1258 tone mark with its letter across chunks', () => {
    const decoder = createStreamDecoder('windows-1258');
    const parts = [decoder.write(Uint8Array.of(0x56, 0x69, 0xea)), decoder.write(Uint8Array.of(0xf2, 0x74))];
    expect(parts.join('') + decoder.end()).toBe('Việt');
    expect(parts[0]).toBe('Vi'); // ê waits for a possible tone mark
  });
});
