import type { RawRecord } from '../plans/plan-input.ts';
import {
  type DatasetDefinition,
  emptySummary,
  type FieldSpec,
  type ImportContext,
  type Message,
  type ProblemSink,
  type RowValidator,
  type ValidationSummary,
} from './dataset-contract.ts';
import { fieldOfHeaderFor, requiredKeysOf } from './field-index.ts';
import { type FieldReader, isBlankRecord, RowReader } from './row-reader.ts';

/**
 * What every dataset's validator does the same way around its own row rules: blank lines skipped
 * and counted, the summary kept, keys repeated inside the file reported with the row that had the key
 * first, accepted rows counted as updates or additions against the keys already stored.
 */

type Location = RawRecord['location'];

const where = (l: Location) => (l.sheet !== undefined ? `${l.sheet}, dòng ${l.row}` : `dòng ${l.row}`);
const whereEn = (l: Location) => (l.sheet !== undefined ? `${l.sheet}, row ${l.row}` : `row ${l.row}`);

/** The first row of each key of a file; keys compare without case (`tn-01` repeats `TN-01`). */
export class KeyRegister {
  private readonly first = new Map<string, Location>();

  /** Notes the row's key, or reports on `field` that an earlier row had it; `what` names the key. */
  claim<K extends string>(r: FieldReader<K>, field: K, key: string, what: Message): void {
    const folded = key.toUpperCase();
    const first = this.first.get(folded);
    if (first === undefined) {
      this.first.set(folded, r.location);
      return;
    }
    r.fail(field, {
      vi: `trùng ${what.vi} ở ${where(first)}`,
      en: `duplicates the ${what.en} of ${whereEn(first)}`,
    });
  }
}

/** A location as words, for messages that point at another row. */
export const rowWords = (l: Location): Message => ({ vi: where(l), en: whereEn(l) });

/** Per-file state a row rule may use besides its reader. */
export interface DatasetRun {
  readonly keys: KeyRegister;
  /** Counts a row whose longitude and latitude columns were read swapped. */
  swapped(): void;
}

export interface RowValidatorSpec<Row, K extends string> {
  fields: readonly FieldSpec<K>[];
  keyOf(row: Row): string;
  /** Checks one non-blank row: the typed row when no error was reported, else `null`. */
  readRow(r: RowReader<K>, run: DatasetRun): Row | null;
}

export function rowValidator<Row, K extends string>(
  spec: RowValidatorSpec<Row, K>,
  ctx: ImportContext,
  sink: ProblemSink,
): RowValidator<Row> {
  const reader = new RowReader(spec.fields, sink, ctx.columns);
  const summary: ValidationSummary = emptySummary();
  const run: DatasetRun = {
    keys: new KeyRegister(),
    swapped: () => {
      summary.swappedCoordinates++;
    },
  };
  return {
    summary,
    push(record) {
      if (isBlankRecord(record)) {
        summary.blankRows++;
        return null;
      }
      summary.rows++;
      reader.start(record);
      const row = spec.readRow(reader, run);
      // A rule may return a row and still have failed the reader: the reader's word is final.
      if (row === null || reader.hasErrors) {
        summary.rejected++;
        return null;
      }
      summary.accepted++;
      if (ctx.existingKeys.has(spec.keyOf(row))) summary.updates++;
      else summary.additions++;
      return row;
    },
  };
}

/** A definition from its parts: header lookup and required keys are derived from the field list. */
export function defineDataset<Row, K extends string>(
  parts: Omit<DatasetDefinition<Row, K>, 'fieldOfHeader' | 'requiredKeys'>,
): DatasetDefinition<Row, K> {
  return {
    ...parts,
    fieldOfHeader: fieldOfHeaderFor(parts.fields),
    requiredKeys: requiredKeysOf(parts.fields),
  };
}
