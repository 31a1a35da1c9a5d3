/**
 * Which character separates the fields of a CSV file. Vietnamese Excel writes `;` (its list separator,
 * because `,` is the decimal separator: `12,5`), English Excel and most software `,`, "Unicode text"
 * exports a tab, and some operators' systems `|`.
 *
 * For each candidate we count its occurrences outside quotes in each of the first records; the
 * winner is the candidate whose most common non-zero count (the number of fields − 1) is shared by
 * the most records, then the one giving more fields, then the order of CSV_DELIMITERS. Title lines
 * above the header and a record cut at the end of the sample only lower every candidate alike.
 */
export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;

export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const MAX_RECORDS = 50;

export function sniffDelimiter(sample: string): CsvDelimiter {
  const counts = countPerRecord(sample);
  let best: { delimiter: CsvDelimiter; agreeing: number; mode: number } | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const perRecord = counts.map((c) => c[delimiter]);
    const { mode, agreeing } = modeOf(perRecord);
    if (mode === 0) continue;
    if (best === undefined || agreeing > best.agreeing || (agreeing === best.agreeing && mode > best.mode)) {
      best = { delimiter, agreeing, mode };
    }
  }
  return best?.delimiter ?? ',';
}

type Counts = Record<CsvDelimiter, number>;

/** Delimiter counts outside quotes of the first records (non-empty ones; the last one if complete). */
function countPerRecord(sample: string): Counts[] {
  const records: Counts[] = [];
  let current: Counts = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let empty = true;
  let quoted = false;
  for (let i = 0; i < sample.length && records.length < MAX_RECORDS; i++) {
    const ch = sample[i] as string;
    if (ch === '"') {
      quoted = !quoted; // an escaped "" toggles twice
      empty = false;
    } else if (quoted) {
      // inside quotes nothing counts
    } else if (ch === '\n' || ch === '\r') {
      if (!empty) records.push(current);
      current = { ';': 0, ',': 0, '\t': 0, '|': 0 };
      empty = true;
    } else {
      if (ch === ';' || ch === ',' || ch === '\t' || ch === '|') current[ch]++;
      empty = false;
    }
  }
  // A last record without its line end is complete only if the sample is the whole file: callers
  // pass the start of a longer file, so keep it only when it is the only one.
  if (!empty && records.length === 0) records.push(current);
  return records;
}

/** The most frequent non-zero value (ties: the larger) and how many values equal it. */
function modeOf(values: readonly number[]): { mode: number; agreeing: number } {
  const frequency = new Map<number, number>();
  for (const v of values) if (v > 0) frequency.set(v, (frequency.get(v) ?? 0) + 1);
  let mode = 0;
  let agreeing = 0;
  for (const [value, n] of frequency) {
    if (n > agreeing || (n === agreeing && value > mode)) {
      mode = value;
      agreeing = n;
    }
  }
  return { mode, agreeing };
}
