import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import type { DatasetRowTypes } from '../../core/inventory-import/datasets.ts';
import type { Queryable } from '../../db/database.ts';
import { writeDatasetRows } from '../../db/inventory/dataset-rows-writer.ts';
import type { UnitIds } from '../../db/inventory/inventory-writer.ts';
import { KeptSiteRepository } from '../../db/inventory/kept-site-repository.ts';
import { storedKeys } from '../../db/inventory/stored-keys.ts';
import { SubmissionRowRepository } from '../../db/inventory/submission-row-repository.ts';
import { BatchWriter } from './batch-writer.ts';

/** Rows read back and written per step: bounded memory for a million-row file. */
const APPLY_BATCH = 5000;

/**
 * Makes an approved submission's kept rows current, inside the approval's transaction: read back in
 * file order, and upserted on their natural keys exactly as a direct import would. Updates and
 * additions are told apart against what is stored now, not at upload (another approval may have come
 * between). Returns how many rows were added and updated.
 */
export async function applySubmission(
  tx: Queryable,
  submission: { id: number; datasetType: DatasetType; organisation: string },
  unitIds: UnitIds,
  onProgress: (applied: number) => void,
): Promise<{ additions: number; updates: number }> {
  const type = submission.datasetType;
  // Sites are upserted inside the database from their typed copy (migration 0007); the loop below then
  // finds no JSON rows for them, except those kept before that migration.
  const sites =
    type === 'sites'
      ? await new KeptSiteRepository(tx).apply(submission.id, unitIds, onProgress)
      : { additions: 0, updates: 0 };
  // Read once there are JSON rows to tell apart (none for sites kept in typed columns).
  let existing: ReadonlySet<string> | null = null;
  const staged = new SubmissionRowRepository(tx);
  const writes = new BatchWriter<DatasetRowTypes[DatasetType]>((rows, allNew) =>
    writeDatasetRows(tx, submission.id, type, rows, unitIds, { allNew }),
  );
  let additions = sites.additions;
  let updates = sites.updates;
  let after = 0;
  try {
    for (;;) {
      const rows = await staged.readAfter(submission.id, after, APPLY_BATCH);
      if (rows.length === 0) break;
      existing ??= await storedKeys(tx, type, submission.organisation);
      for (const r of rows) {
        const isNew = !existing.has(r.key);
        if (isNew) additions++;
        else updates++;
        // Stored by validation as the dataset's typed row (JSON keeps every field of it).
        writes.add(r.data as DatasetRowTypes[DatasetType], isNew);
      }
      after = rows[rows.length - 1]?.seq ?? after;
      await writes.flush();
      onProgress(additions + updates);
    }
    await writes.settle();
  } catch (error) {
    await writes.abandon();
    throw error;
  }
  return { additions, updates };
}
