import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse-csv.ts';
import { DEFAULT_DATASETS_DIR } from '../units/datasets-dir.ts';
import { encode } from './decode.ts';
import { detectEncoding } from './detect-encoding.ts';
import { LEGACY_8BIT_ENCODINGS, TEXT_ENCODINGS } from './text-encoding.ts';

const SENTENCES = [
  'Xã Hoà Bình, huyện Chợ Đồn, tỉnh Bắc Kạn',
  'Trạm BTS thôn Nà Pẻn',
  'Số trạm phát sóng 4G của Viettel tại xã Nghĩa Tá; tỷ lệ phủ sóng 95,5%',
  'UBND TỈNH BẮC KẠN - SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  'Nguyễn Thị Thuỷ, phường Đức Xuân, thành phố Bắc Kạn',
  'Tuyến cáp quang từ bản Khuổi Khỉ đến trung tâm xã',
];

describe('detectEncoding', () => {
  describe.each(TEXT_ENCODINGS.map((e) => [e]))('%s', (encoding) => {
    it.each(SENTENCES.map((s) => [s]))('%s', (sentence) => {
      const found = detectEncoding(encode(sentence, encoding));
      expect(found.encoding).toBe(encoding);
      expect(found.confidence).toBeGreaterThanOrEqual(0.9);
    });
  });

  it('reads UTF-16 byte order marks', () => {
    expect(detectEncoding(encode('Xã', 'utf-16le', { bom: true }))).toMatchObject({
      encoding: 'utf-16le',
      confidence: 1,
    });
    expect(detectEncoding(encode('Xã', 'utf-16be', { bom: true }))).toMatchObject({
      encoding: 'utf-16be',
      confidence: 1,
    });
  });

  it('reports ASCII as UTF-8, with certainty (every candidate reads it the same)', () => {
    expect(detectEncoding(new TextEncoder().encode('code;name\n01;Ha Noi\n'))).toMatchObject({
      encoding: 'utf-8',
      confidence: 1,
    });
  });

  it('recognises a TCVN3 file whose capitals were typed in the .VnTimeH font', () => {
    const bytes = encode('UBND HUYỆN CHỢ ĐỒN, TỈNH BẮC KẠN', 'tcvn3', { tcvn3Capitals: 'lowercase' });
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'tcvn3' });
  });

  it('gives a low confidence when the words read as Vietnamese in several encodings', () => {
    // "Sơn" in VNI is S + 0xF4 + n: Sôn in Windows-1258, Sụn in TCVN3 - three syllables.
    const found = detectEncoding(encode('Sơn', 'vni'));
    expect(found.confidence).toBeLessThan(0.5);
  });

  it('gives a low confidence for random bytes', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >>> 16;
    };
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: 200 + n * 50 }, () => random() & 0xff);
      expect(detectEncoding(bytes).confidence, `sample ${n}`).toBeLessThan(0.3);
    }
  });

  it('finds the encoding of every commune name of Vietnam (10,035, pre-2025) in each 8-bit encoding', () => {
    const communes = parseCsv(
      readFileSync(join(DEFAULT_DATASETS_DIR, 'admin-units-pre2025/communes_v2.4.1_20250301.csv'), 'utf8'),
    );
    expect(communes.length).toBeGreaterThan(10_000);
    for (const encoding of LEGACY_8BIT_ENCODINGS) {
      const wrong = communes
        .map((c) => c.commune_full_name ?? '')
        .filter((name) => detectEncoding(encode(name, encoding)).encoding !== encoding);
      expect(wrong, encoding).toEqual([]);
    }
    // 30,000 detections: ~2 s on an idle machine, several times that while other suites run beside it.
  }, 30_000);
});
