import { createRequire } from 'node:module';
import type { Database } from '../db/database.ts';
import type { BackgroundJob, BackgroundStatus } from './background-status.ts';
import type { UnitsService } from './units/units-service.ts';

const require = createRequire(import.meta.url);
const packageJson = require('../../package.json') as { version: string };

export interface Health {
  status: 'ok';
  engine: Database['engine'];
  versions: { hatang: string; node: string; postgres: string; postgis: string };
  date: string;
  units: Record<string, number>;
  /** Jobs started at boot (e.g. loading the demo inventory) and where they are. */
  jobs: Record<string, BackgroundJob>;
}

/** What `GET /api/health` reports: the engine, versions, and the units in force today. */
export class HealthService {
  #versions: Promise<{ postgres: string; postgis: string }> | null = null;

  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly background: BackgroundStatus,
  ) {}

  async check(): Promise<Health> {
    this.#versions ??= this.db
      .query<{ postgres: string; postgis: string }>(
        "SELECT current_setting('server_version') AS postgres, postgis_lib_version() AS postgis",
      )
      .then((rows) => rows[0] ?? { postgres: 'unknown', postgis: 'unknown' });
    const date = this.units.today();
    const [versions, units] = await Promise.all([this.#versions, this.units.countByLevel(date)]);
    return {
      status: 'ok',
      engine: this.db.engine,
      versions: { hatang: packageJson.version, node: process.versions.node, ...versions },
      date,
      units,
      jobs: this.background.snapshot(),
    };
  }
}
