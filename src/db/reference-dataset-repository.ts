import type { Queryable } from './database.ts';

export interface ReferenceDatasetState {
  name: string;
  checksum: string;
  loadedAt: string;
  summary: Record<string, unknown>;
}

/** Remembers which version of each shipped dataset is loaded, so a start reloads only what changed. */
export class ReferenceDatasetRepository {
  constructor(private readonly db: Queryable) {}

  async find(name: string): Promise<ReferenceDatasetState | null> {
    const [row] = await this.db.query<ReferenceDatasetState>(
      'SELECT name, checksum, loaded_at AS "loadedAt", summary FROM reference_dataset WHERE name = $1',
      [name],
    );
    return row ?? null;
  }

  async record(name: string, checksum: string, summary: Record<string, unknown>): Promise<void> {
    await this.db.query(
      `INSERT INTO reference_dataset (name, checksum, summary) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, summary = EXCLUDED.summary, loaded_at = now()`,
      [name, checksum, JSON.stringify(summary)],
    );
  }
}
