/**
 * The uploaded file as bytes or as a stream, and what its first bytes say it is. The bytes decide
 * before the name does (an XLSX is a ZIP whatever it is called); the name only sends text that does
 * not start with `{` or `[` to the JSON reader when it is called `.json` / `.geojson`.
 */
import { sniffFile } from '../plans/file-sniff.ts';
import { detectEncoding } from '../text/detect-encoding.ts';
import type { TextEncodingName } from '../text/text-encoding.ts';
import { emptyFile, notATable, unsupportedFile } from './dataset-file-error.ts';

export type DatasetInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; stream: AsyncIterable<Uint8Array> };

export type DatasetFormat = 'csv' | 'xlsx' | 'geojson';

/** Bytes looked at before choosing a reader: as many as the CSV reader samples its encoding from. */
export const PEEK_BYTES = 64 * 1024;

/** The first bytes of a file, and the whole file again (those bytes first) for the reader chosen. */
export interface PeekedSource {
  readonly name: string;
  readonly head: Uint8Array;
  /** The head is the whole file. */
  readonly complete: boolean;
  /** The whole file, once: a Uint8Array when it was given whole, else a stream. */
  source(): Uint8Array | AsyncIterable<Uint8Array>;
  /** The whole file in one buffer (XLSX and GeoJSON are read whole). */
  all(): Promise<Uint8Array>;
}

export async function peekSource(input: DatasetInput): Promise<PeekedSource> {
  if ('bytes' in input) {
    const { bytes } = input;
    return {
      name: input.name,
      head: bytes.subarray(0, PEEK_BYTES),
      complete: bytes.length <= PEEK_BYTES,
      source: () => bytes,
      all: async () => bytes,
    };
  }
  const iterator = input.stream[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < PEEK_BYTES) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    held.push(next.value);
    size += next.value.length;
  }
  const head = concat(held);
  async function* rest(): AsyncGenerator<Uint8Array> {
    try {
      yield* held.splice(0);
      while (!ended) {
        const next = await iterator.next();
        if (next.done === true) break;
        yield next.value;
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }
  return {
    name: input.name,
    head,
    complete: ended,
    source: rest,
    all: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of rest()) chunks.push(chunk);
      return concat(chunks);
    },
  };
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** HTML or XML: what "export to Excel" buttons write under a .xls name, and SpreadsheetML 2003. */
const MARKUP = /^<(\?xml|!doctype|html|table|head|body|workbook|meta)\b/i;
const JSON_NAME = /\.(geo)?json$/i;

/**
 * Bytes that never occur in a text file of any encoding we read: NUL, and the C0 controls TCVN3's VN1
 * table leaves unused (it stores toned capitals at 0x01–0x02, 0x04–0x06 and 0x11–0x17).
 */
function isNeverText(byte: number): boolean {
  if (byte === 0x09 || byte === 0x0a || byte === 0x0d) return false;
  if (byte === 0x01 || byte === 0x02 || (byte >= 0x04 && byte <= 0x06) || (byte >= 0x11 && byte <= 0x17)) {
    return false;
  }
  return byte < 0x20 || byte === 0x7f;
}

/** Garbage, an image, an executable: a NUL, or more than a stray control byte, outside UTF-16 text. */
function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 4096);
  let strange = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isNeverText(byte)) strange++;
  }
  return strange > Math.max(2, sample.length / 100);
}

/** The first characters of a text head, whatever its encoding (ASCII reads alike in all but UTF-16). */
function leadingText(head: Uint8Array, utf16: 'utf-16le' | 'utf-16be' | null): string {
  const sample = head.subarray(0, 512);
  const text = new TextDecoder(utf16 ?? 'latin1').decode(sample);
  return text.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/u, '').trimStart();
}

/**
 * Which reader a file goes to, or the DatasetFileError saying why none can read it: empty, an old
 * `.xls` (OLE2), `.ods`, PDF, HTML/XML dressed as `.xls`, or binary garbage. An encoding the caller
 * gives is believed (UTF-16 text is full of NUL bytes).
 */
export function classify(
  peeked: Pick<PeekedSource, 'name' | 'head' | 'complete'>,
  givenEncoding?: TextEncodingName,
): DatasetFormat {
  const { name, head, complete } = peeked;
  const kind = sniffFile(head);
  if (kind === 'empty') throw emptyFile(name);
  if (kind === 'zip') return 'xlsx';
  if (kind === 'ods') throw unsupportedFile(name, 'ods');
  if (kind === 'ole') throw unsupportedFile(name, 'xls');
  if (PDF.every((b, i) => head[i] === b)) throw unsupportedFile(name, 'pdf');
  const detected = givenEncoding ?? detectEncoding(head.subarray(0, 4096)).encoding;
  const utf16 = detected === 'utf-16le' || detected === 'utf-16be' ? detected : null;
  if (utf16 === null && looksBinary(head)) throw notATable(name, 'binary');
  const lead = leadingText(head, utf16);
  if (lead === '' && complete) throw emptyFile(name, true);
  if (lead.startsWith('{') || lead.startsWith('[') || JSON_NAME.test(name.trim())) return 'geojson';
  if (MARKUP.test(lead)) throw unsupportedFile(name, 'markup');
  return 'csv';
}
