import { foldForSearch } from '../src/core/text/vietnamese.ts';
import { UnitNameIndex } from '../src/core/units/name-resolver.ts';
import { parseUnitName } from '../src/core/units/unit-name.ts';
import { migrate } from '../src/db/migrator.ts';
import { openPgliteDatabase } from '../src/db/pglite-database.ts';
import { AdminUnitRepository } from '../src/db/units/admin-unit-repository.ts';
import { UnitLineageRepository } from '../src/db/units/unit-lineage-repository.ts';
import { loadReferenceUnits } from '../src/services/units/load-reference-units.ts';
import { type Benchmark, median, timed } from './benchmark.ts';

const RUNS = 5;
// The SQL baseline scans ~14k rows per name (~11 ms each on PGlite): a fifth of the communes keeps
// the whole benchmark near a minute.
const SAMPLE_EVERY = 5;
const DATE = '2026-01-15';

/**
 * Resolving the unit names of a spreadsheet: current communes' full names typed without
 * diacritics (`Xa Tan Lap`), resolved by the in-memory index vs. the same lookup as one SQL query per
 * name over the folded `search_text` column (what a route would do without the index).
 */
export const unitsResolve: Benchmark = {
  name: 'units.resolve',
  baseline: 'pglite.search_text_strpos',
  async run() {
    const db = await openPgliteDatabase('memory://');
    try {
      await migrate(db);
      await loadReferenceUnits(db);
      const units = await new AdminUnitRepository(db).all();
      const lineage = await new UnitLineageRepository(db).all();
      const names = units
        .filter((u, i) => u.level === 'commune' && u.validTo === null && i % SAMPLE_EVERY === 0)
        .map((u) => foldForSearch(u.fullName));
      let index: UnitNameIndex | undefined;
      const buildMs = await timed(() => {
        index = new UnitNameIndex(units, lineage);
      });
      const ours: number[] = [];
      const sql: number[] = [];
      let ourHits = 0;
      let sqlHits = 0;
      for (let run = 0; run < RUNS; run++) {
        ourHits = 0;
        ours.push(
          await timed(() => {
            for (const name of names) if ((index?.resolve({ name, date: DATE }).length ?? 0) > 0) ourHits++;
          }),
        );
        sqlHits = 0;
        sql.push(
          await timed(async () => {
            for (const name of names) {
              const core = foldForSearch(parseUnitName(name).core);
              const rows = await db.query(
                `SELECT code FROM admin_unit WHERE strpos(search_text, $1) > 0
                 AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to >= $2::date)`,
                [core, DATE],
              );
              if (rows.length > 0) sqlHits++;
            }
          }),
        );
      }
      return {
        value: median(ours) / 1000,
        unit: 's',
        baseline_value: median(sql) / 1000,
        n: RUNS,
        note: `${names.length} diacritic-free commune names against ${units.length} units of both hierarchies; index built in ${buildMs.toFixed(0)} ms; found ${ourHits} (ours) vs ${sqlHits} (SQL substring)`,
      };
    } finally {
      await db.close();
    }
  },
};
