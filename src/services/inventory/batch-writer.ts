/**
 * Writes rows in batches while the caller goes on reading: `flush()` queues what has been added and
 * returns at once unless `QUEUED` batches already wait, so validating the next rows (in this process)
 * overlaps storing the previous ones (in the database server's process). Writes run one after the
 * other, in order; the first failure is kept and thrown by the next `flush()` or by `settle()`.
 */
const QUEUED = 3;

export class BatchWriter<Row> {
  private added: Row[] = [];
  private updated: Row[] = [];
  /** The last queued write; each starts when the one before it ends. */
  private last: Promise<void> = Promise.resolve();
  private readonly queued: Promise<void>[] = [];
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
    this.throwFailure();
    const added = this.added;
    const updated = this.updated;
    this.added = [];
    this.updated = [];
    this.last = this.last.then(async () => {
      if (this.failure) return;
      try {
        if (added.length > 0) await this.write(added, true);
        if (updated.length > 0) await this.write(updated, false);
      } catch (error) {
        this.failure ??= { error };
      }
    });
    this.queued.push(this.last);
    // Bounded memory: past QUEUED waiting batches, wait for the oldest to be stored.
    while (this.queued.length > QUEUED) await this.queued.shift();
    this.throwFailure();
  }

  /** Waits for every queued write; throws the first failure, if any. */
  async settle(): Promise<void> {
    await this.last;
    this.queued.length = 0;
    this.throwFailure();
  }

  /** Waits for the queued writes and forgets them (the caller is already failing and will roll back). */
  async abandon(): Promise<void> {
    await this.last;
    this.queued.length = 0;
    this.added = [];
    this.updated = [];
  }

  private throwFailure(): void {
    if (this.failure) throw this.failure.error;
  }
}
