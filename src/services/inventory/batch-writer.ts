/**
 * Writes rows in batches while the caller goes on reading: `flush()` starts writing what has been
 * added and returns once the previous batch is stored, so validating batch k+1 (in this process)
 * overlaps storing batch k (in the database server's). At most one write runs at a time; the first
 * failure is kept and thrown by the next `flush()` or by `settle()`.
 */
export class BatchWriter<Row> {
  private added: Row[] = [];
  private updated: Row[] = [];
  private running: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  constructor(private readonly write: (rows: Row[], allNew: boolean) => Promise<unknown>) {}

  /** `isNew`: no stored row has this row's key (it may take a faster insert-only path). */
  add(row: Row, isNew: boolean): void {
    (isNew ? this.added : this.updated).push(row);
  }

  get pending(): number {
    return this.added.length + this.updated.length;
  }

  async flush(): Promise<void> {
    await this.running;
    this.throwFailure();
    const added = this.added;
    const updated = this.updated;
    this.added = [];
    this.updated = [];
    this.running = (async () => {
      if (added.length > 0) await this.write(added, true);
      if (updated.length > 0) await this.write(updated, false);
    })().catch((error: unknown) => {
      this.failure ??= { error };
    });
  }

  /** Waits for the running write; throws its failure, if any. */
  async settle(): Promise<void> {
    await this.running;
    this.throwFailure();
  }

  /** Waits for the running write and forgets it (the caller is already failing and will roll back). */
  async abandon(): Promise<void> {
    await this.running;
    this.added = [];
    this.updated = [];
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
