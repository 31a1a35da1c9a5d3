/**
 * Reads an inventory file (CSV/TSV/semicolon text, XLSX or GeoJSON of points) into RawRecords with
 * their location, for the dataset validators. The caller says which column labels mean which field
 * (`resolveHeader`, per dataset type) and which fields are required; the reader finds the header,
 * reports what it read (`info`) and streams the records.
 *
 * ```ts
 * const { info, records } = readDatasetFile({ name, stream }, { resolveHeader, requiredKeys, dataset });
 * const shape = await info;                  // format, encoding, header, unknown/missing columns
 * for await (const record of records) …      // { location: { sheet?, row }, fields }
 * ```
 *
 * Reading starts at once, so `info` can be awaited before `records` is iterated (or never: its
 * rejection is marked handled). A file that cannot be read as a table, or whose header lacks a
 * column the dataset type needs (`requiredKeys`, `dataset.requiredOneOf`: MISSING_COLUMNS), rejects
 * `info` and makes `records` throw the same DatasetFileError; a problem found further down (a bad
 * byte, a quote never closed, a header without data rows: EMPTY) is thrown by `records` when it gets
 * there. Errors of the caller's own stream are passed through as they are. Blank rows between data
 * rows come as records without fields (the validator counts them). `records` returns a
 * DatasetReadSummary.
 *
 * Memory: CSV streams (constant memory, a million rows is fine); XLSX and GeoJSON are read whole.
 */
import type { RawRecord } from '../../core/plans/plan-input.ts';
import { noDataRows } from './dataset-file-error.ts';
import {
  type DatasetReader,
  type DatasetReadSummary,
  type OpenedDataset,
  PROGRESS_EVERY,
  type ReadDatasetOptions,
} from './dataset-info.ts';
import { classify, type DatasetInput, peekSource } from './dataset-source.ts';
import { openCsv } from './read-dataset-csv.ts';
import { openGeoJson } from './read-dataset-geojson.ts';
import { openXlsx } from './read-dataset-xlsx.ts';

export type { DatasetFileErrorCode } from './dataset-file-error.ts';
export { DatasetFileError } from './dataset-file-error.ts';
export type {
  DatasetColumn,
  DatasetColumnsSpec,
  DatasetEncoding,
  DatasetFileInfo,
  DatasetReader,
  DatasetReadSummary,
  ReadDatasetOptions,
} from './dataset-info.ts';
export type { DatasetFormat, DatasetInput } from './dataset-source.ts';
export {
  GEOMETRY_PROBLEM_FIELD,
  type GeometryProblem,
  geometryProblemMessage,
  LAT_KEY,
  LON_KEY,
} from './read-dataset-geojson.ts';

export function readDatasetFile(input: DatasetInput, options: ReadDatasetOptions): DatasetReader {
  const opened = openDataset(input, options);
  const info = opened.then((o) => o.info);
  // Marked handled: a caller that only iterates `records` gets the error there.
  info.catch(() => undefined);
  const batches = iterate(opened, options);
  return { info, batches, records: oneByOne(batches) };
}

async function openDataset(input: DatasetInput, options: ReadDatasetOptions): Promise<OpenedDataset> {
  const peeked = await peekSource(input);
  switch (classify(peeked, options.encoding)) {
    case 'xlsx':
      return openXlsx(peeked, options);
    case 'geojson':
      return openGeoJson(peeked, options);
    case 'csv':
      return openCsv(peeked, options);
  }
}

async function* iterate(
  opened: Promise<OpenedDataset>,
  options: ReadDatasetOptions,
): AsyncGenerator<RawRecord[], DatasetReadSummary, undefined> {
  const dataset = await opened;
  let count = 0;
  try {
    for await (const batch of dataset.rows) {
      const before = count;
      count += batch.length;
      // Progress at every multiple of PROGRESS_EVERY passed, as if read row by row.
      for (
        let m = (Math.floor(before / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
        m <= count;
        m += PROGRESS_EVERY
      ) {
        options.onProgress?.(m);
      }
      yield batch;
    }
  } finally {
    await dataset.rows.return(undefined);
  }
  if (count === 0) throw noDataRows(dataset.info.name, dataset.headerPlace);
  if (count % PROGRESS_EVERY !== 0) options.onProgress?.(count);
  return { records: count, encoding: dataset.encoding() };
}

/** The batches one record at a time. */
async function* oneByOne(
  batches: AsyncGenerator<RawRecord[], DatasetReadSummary, undefined>,
): AsyncGenerator<RawRecord, DatasetReadSummary, undefined> {
  try {
    for (;;) {
      const step = await batches.next();
      if (step.done === true) return step.value;
      yield* step.value;
    }
  } finally {
    await batches.return({ records: 0, encoding: null });
  }
}
