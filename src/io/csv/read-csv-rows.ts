/**
 * Reads a user's CSV file as a stream of records: bytes in any encoding of src/io/text (detected
 * from the first 64 KB unless given), delimiter sniffed from the same sample unless given, each
 * record with the physical line it starts on so messages can say "dòng 17". Memory stays constant:
 * one chunk of bytes, its text and its records at a time, so a file of a million rows is fine.
 *
 * When the first 64 KB are plain ASCII the encoding is not known yet (every candidate reads ASCII
 * the same): reading goes on as ASCII and the encoding is detected at the first chunk with a byte
 * above 0x7F, from the 64 KB that start there.
 */
import { createStreamDecoder } from '../text/decode.ts';
import { detectEncoding, type EncodingDetection } from '../text/detect-encoding.ts';
import { TextDecodeError, type TextEncodingName } from '../text/text-encoding.ts';
import { invalidEncoding } from './csv-read-error.ts';
import { type CsvRow, CsvTokenizer } from './csv-tokenizer.ts';
import { type CsvDelimiter, sniffDelimiter } from './sniff-delimiter.ts';

export type { CsvRow } from './csv-tokenizer.ts';

export interface ReadCsvOptions {
  /** The file's encoding; detected when absent. */
  encoding?: TextEncodingName;
  /** The field separator; sniffed from the first 64 KB when absent. */
  delimiter?: CsvDelimiter;
  /**
   * Told once what was used: the detection (or `{ confidence: 1, reason: 'given' }`) and the
   * delimiter, so an import can report them and ask the user to confirm a low confidence.
   */
  onDetected?: (info: EncodingDetection & { delimiter: CsvDelimiter }) => void;
}

/** Bytes read before deciding the encoding and the delimiter. */
export const SAMPLE_BYTES = 64 * 1024;

export async function* readCsvRows(
  source: AsyncIterable<Uint8Array> | Uint8Array,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvRowBatches(source, options)) yield* batch;
}

/**
 * The rows of each decoded chunk together (a fresh array each time): one await per ~64 KB instead of
 * one per row, which a million-row import notices (measured ~1 µs per row and level of async
 * generator on Node 20).
 */
export async function* readCsvRowBatches(
  source: AsyncIterable<Uint8Array> | Uint8Array,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRow[]> {
  const input = source instanceof Uint8Array ? chunksOf(source) : source;
  const iterator = input[Symbol.asyncIterator]();
  try {
    const head = await takeSample(iterator, []);
    let done = head.done;
    const sample = concat(head.chunks);
    let detection: EncodingDetection =
      options.encoding === undefined
        ? detectEncoding(sample)
        : { encoding: options.encoding, confidence: 1, reason: 'given' };
    // ASCII so far and more to come: the encoding is decided at the first byte above 0x7F.
    let pendingAscii = options.encoding === undefined && !done && isAsciiOnly(sample);
    let decoder = createStreamDecoder(detection.encoding);

    const first = decodeChunk(() => decoder.write(sample), 1);
    const delimiter = options.delimiter ?? sniffDelimiter(first);
    if (!pendingAscii) options.onDetected?.({ ...detection, delimiter });
    const tokenizer = new CsvTokenizer(delimiter);
    let rows: CsvRow[] = [];
    tokenizer.push(first, rows);
    if (rows.length > 0) yield rows;
    rows = [];

    const queue: Uint8Array[] = [];
    for (;;) {
      let chunk = queue.shift();
      if (chunk === undefined) {
        if (done) break;
        const next = await iterator.next();
        if (next.done === true) break;
        chunk = next.value;
      }
      if (pendingAscii && !isAsciiOnly(chunk)) {
        // ASCII decoded the same in every candidate; detect from this chunk and up to 64 KB after it.
        const more = await takeSample(iterator, [chunk]);
        done = more.done;
        detection = detectEncoding(concat(more.chunks));
        tokenizer.push(decoder.end(), rows); // the ASCII the old decoder still holds
        decoder = createStreamDecoder(detection.encoding);
        pendingAscii = false;
        options.onDetected?.({ ...detection, delimiter });
        queue.push(...more.chunks);
        continue;
      }
      const text = decodeChunk(() => decoder.write(chunk), tokenizer.currentLine);
      tokenizer.push(text, rows);
      if (rows.length > 0) {
        yield rows;
        rows = [];
      }
    }
    tokenizer.push(
      decodeChunk(() => decoder.end(), tokenizer.currentLine),
      rows,
    );
    if (pendingAscii) options.onDetected?.({ ...detection, delimiter });
    tokenizer.end(rows);
    if (rows.length > 0) yield rows;
  } finally {
    await iterator.return?.();
  }
}

/**
 * Runs a decoder step, turning a bad byte into a CsvReadError on its line: the line being read plus
 * the line breaks decoded before the bad byte.
 */
function decodeChunk(step: () => string, line: number): string {
  try {
    return step();
  } catch (error) {
    if (error instanceof TextDecodeError) {
      const breaks = error.textBefore.match(/\r\n|\r|\n/gu)?.length ?? 0;
      throw invalidEncoding(line + breaks, error.encoding, error);
    }
    throw error;
  }
}

/** Reads chunks until SAMPLE_BYTES are in hand or the input ends. */
async function takeSample(
  iterator: AsyncIterator<Uint8Array>,
  chunks: Uint8Array[],
): Promise<{ chunks: Uint8Array[]; done: boolean }> {
  let size = chunks.reduce((sum, c) => sum + c.length, 0);
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done === true) return { chunks, done: true };
    chunks.push(next.value);
    size += next.value.length;
  }
  return { chunks, done: false };
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += SAMPLE_BYTES) yield bytes.subarray(i, i + SAMPLE_BYTES);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function isAsciiOnly(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}
