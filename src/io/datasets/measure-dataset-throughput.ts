/**
 * Throughput of readDatasetFile (not a test: timings are not asserted anywhere). Run:
 * `npx tsx --expose-gc src/io/datasets/measure-dataset-throughput.ts [rows] [bigCsvRows]`. Prints one
 * JSON object per line in the bench/ convention: first one streamed read of a `bigCsvRows`-row CSV
 * (default a million) generated on the fly, then the median of RUNS reads of a `rows`-row site
 * inventory as CSV (UTF-8 and TCVN3, bytes in memory) and as XLSX (written by exceljs). The figure is
 * rows → RawRecords ready for the validator (sniffing, decoding, header, fields). The heap is sampled
 * every 50,000 rows, after a collection when `--expose-gc` is given (then it is the live heap: for
 * the streamed CSV it stays flat), and its peak reported.
 */
import ExcelJS from 'exceljs';
import { encode } from '../text/decode.ts';
import type { TextEncodingName } from '../text/text-encoding.ts';
import type { DatasetInput } from './dataset-source.ts';
import { resolveSiteHeader } from './fixtures/dataset-fixtures.ts';
import { readDatasetFile } from './read-dataset-file.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const BIG_ROWS = Number(process.argv[3] ?? 1_000_000);
const RUNS = 3;
const HEADER = ['Mã trạm', 'Kinh độ', 'Vĩ độ', 'Mã xã', 'Tên trạm', 'Ghi chú'];

function row(i: number): string[] {
  return [
    `BKN${i}`,
    `105,${8000 + (i % 1000)}`,
    `22,${1000 + (i % 997)}`,
    `0${1000 + (i % 300)}`,
    'Trạm Hoà Bình',
    'dùng chung',
  ];
}

function csvText(rows: number): string {
  const lines = [HEADER.join(';')];
  for (let i = 0; i < rows; i++) lines.push(row(i).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}

async function xlsxBytes(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Trạm BTS');
  sheet.addRow(['DANH SÁCH TRẠM BTS']);
  sheet.addRow(HEADER);
  for (let i = 0; i < rows; i++) {
    const [code, , , commune, name, note] = row(i);
    sheet.addRow([code, 105.8 + (i % 1000) / 1e4, 22.1 + (i % 997) / 1e4, commune, name, note]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Measured {
  seconds: number;
  records: number;
  peakHeapMb: number;
}

const collect = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  collect?.();
  return process.memoryUsage().heapUsed;
}

async function measure(input: DatasetInput): Promise<Measured> {
  const reader = readDatasetFile(input, { resolveHeader: resolveSiteHeader });
  let peak = heapUsed();
  const start = performance.now();
  let records = 0;
  for await (const _ of reader.records) {
    records++;
    if (records % 50_000 === 0) peak = Math.max(peak, heapUsed());
  }
  return { seconds: (performance.now() - start) / 1000, records, peakHeapMb: peak / 2 ** 20 };
}

async function medianOf(input: () => DatasetInput): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(input()));
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)] as Measured;
}

function print(name: string, m: Measured, bytes: number | null, n: number): void {
  const size = bytes === null ? 'generated' : `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const result = {
    name,
    value: m.seconds,
    unit: 's',
    n,
    note: `${m.records} rows (${size}), ${Math.round(m.records / m.seconds)} rows/s, peak heap ${m.peakHeapMb.toFixed(0)} MB`,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function* bigCsv(rows: number, encoding: TextEncodingName): AsyncGenerator<Uint8Array> {
  yield encode(`${HEADER.join(';')}\r\n`, encoding);
  const block = 1000;
  for (let at = 0; at < rows; at += block) {
    let text = '';
    for (let i = at; i < Math.min(rows, at + block); i++) text += `${row(i).join(';')}\r\n`;
    yield encode(text, encoding);
  }
}

async function main(): Promise<void> {
  const big = await measure({ name: 'lon.csv', stream: bigCsv(BIG_ROWS, 'utf-8') });
  print('datasets.read.csv.streamed', big, null, 1);
  for (const encoding of ['utf-8', 'tcvn3'] as const) {
    const bytes = encode(csvText(ROWS), encoding);
    const m = await medianOf(() => ({ name: 'tram.csv', bytes }));
    print(`datasets.read.csv.${encoding}`, m, bytes.length, RUNS);
  }
  const workbook = await xlsxBytes(ROWS);
  print(
    'datasets.read.xlsx',
    await medianOf(() => ({ name: 'tram.xlsx', bytes: workbook })),
    workbook.length,
    RUNS,
  );
}

await main();
