/**
 * Throughput of readCsvRows on a million simple rows, streamed (not a test: timings are not asserted
 * anywhere). Run: `npx tsx src/io/csv/measure-csv-throughput.ts [rows]`. Prints one JSON object per
 * line in the bench/ convention (DESIGN.md, Benchmarks): the median of RUNS runs for UTF-8 against the
 * shipped in-memory parser (parse-csv.ts, which needs the whole text decoded first), then one line per
 * legacy encoding, and the heap used while streaming.
 *
 * The source yields the same pre-encoded 64 KB-ish block of rows again and again, so the figure is
 * the reader's (decode + NFC + tokenize + yield), not the generator's.
 */
import { encode } from '../text/decode.ts';
import type { TextEncodingName } from '../text/text-encoding.ts';
import { parseCsvRows } from './parse-csv.ts';
import { readCsvRows } from './read-csv-rows.ts';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = 5;
const BLOCK_ROWS = 1_000;

function block(encoding: TextEncodingName): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < BLOCK_ROWS; i++) {
    lines.push(`${10_000 + i};BKN${i};Xã Hoà Bình;105,83${i % 10};22,15${i % 7};4G\r\n`);
  }
  return encode(lines.join(''), encoding === 'utf-8-bom' ? 'utf-8' : encoding);
}

async function* source(bytes: Uint8Array, rows: number): AsyncGenerator<Uint8Array> {
  for (let n = 0; n < rows; n += BLOCK_ROWS) yield bytes;
}

interface Measured {
  seconds: number;
  rows: number;
  peakHeapMb: number;
}

async function measure(encoding: TextEncodingName): Promise<Measured> {
  const bytes = block(encoding);
  const start = performance.now();
  let rows = 0;
  let peak = 0;
  for await (const row of readCsvRows(source(bytes, ROWS), { encoding, delimiter: ';' })) {
    rows++;
    if (row.line % 100_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { seconds: (performance.now() - start) / 1000, rows, peakHeapMb: peak / 2 ** 20 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  // Ours first: the baseline's whole-file strings and arrays would otherwise still be on the heap.
  const ours: Measured[] = [];
  for (let i = 0; i < RUNS; i++) ours.push(await measure('utf-8'));
  const legacy = [];
  for (const encoding of ['windows-1258', 'tcvn3', 'vni', 'utf-16le'] as const) {
    legacy.push({ encoding, ...(await measure(encoding)) });
  }
  const baseline: number[] = [];
  const bytes = block('utf-8');
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const text = Buffer.concat(Array.from({ length: ROWS / BLOCK_ROWS }, () => bytes)).toString('utf8');
    const rows = parseCsvRows(text.replaceAll(';', ','));
    if (rows.length !== ROWS) throw new Error(`baseline read ${rows.length} rows`);
    baseline.push((performance.now() - start) / 1000);
  }
  const value = median(ours.map((m) => m.seconds));
  const baselineValue = median(baseline);
  const heap = Math.max(...ours.map((m) => m.peakHeapMb));
  print({
    name: 'csv.read_rows.utf8',
    value,
    unit: 's',
    baseline: 'parse-csv.parseCsvRows (whole text in memory)',
    baseline_value: baselineValue,
    ratio: baselineValue / value,
    n: RUNS,
    note: `${ROWS} rows of 6 fields, ${Math.round(ROWS / value)} rows/s streamed, peak heap ${heap.toFixed(0)} MB`,
  });
  for (const m of legacy) {
    print({
      name: `csv.read_rows.${m.encoding}`,
      value: m.seconds,
      unit: 's',
      n: 1,
      note: `${m.rows} rows, ${Math.round(m.rows / m.seconds)} rows/s, peak heap ${m.peakHeapMb.toFixed(0)} MB`,
    });
  }
}

function print(result: Record<string, string | number>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
