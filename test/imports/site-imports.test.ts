import { beforeAll, expect, it } from 'vitest';
import { HatangError, type RowProblem } from '../../src/core/errors/error-codes.ts';
import type { Database } from '../../src/db/database.ts';
import { CLI_CALLER } from '../../src/services/auth/caller.ts';
import { fixedClock } from '../../src/services/clock.ts';
import type { ImportOutcome } from '../../src/services/inventory/import-service.ts';
import { createServices, type Services } from '../../src/services/services.ts';
import { communePolygons } from '../../src/services/units/commune-polygons.ts';
import { describeEachEngine } from '../support/each-engine.ts';
import {
  type ExpectedOutcome,
  type ExpectedProblem,
  SITE_IMPORT_CASES,
  type SiteImportCase,
} from './site-import-cases.ts';

/**
 * The acceptance suite of site imports: every case of site-import-cases.ts through the import
 * service, on each engine. Row counts of the inventory before and after prove that a refused file or
 * a dry run changes nothing and that a committed file adds exactly its new sites.
 */

interface Counts {
  viettel: number;
  sites: number;
  coverage: number;
  submissions: number;
  staged: number;
}

async function counts(db: Database): Promise<Counts> {
  const [row] = await db.query<Counts>(
    `SELECT (SELECT count(*)::integer FROM mobile_site WHERE operator = 'VIETTEL') AS viettel,
            (SELECT count(*)::integer FROM mobile_site) AS sites,
            (SELECT count(*)::integer FROM village_coverage) AS coverage,
            (SELECT count(*)::integer FROM submission) AS submissions,
            (SELECT count(*)::integer FROM submission_kept_row) AS staged`,
  );
  if (!row) throw new Error('no counts');
  return row;
}

/** Site code (with the case's prefix) → commune code, for the sites the case stored. */
async function storedSites(db: Database, prefix: string): Promise<Record<string, string>> {
  const rows = await db.query<{ site: string; commune: string }>(
    `SELECT s.site_code AS site, u.code AS commune
       FROM mobile_site s JOIN admin_unit u ON u.id = s.commune_id
      WHERE s.operator = 'VIETTEL' AND s.site_code LIKE $1`,
    [`${prefix}%`],
  );
  return Object.fromEntries(rows.map((r) => [r.site, r.commune]));
}

/** What a reported problem is compared on: where, which field, which column (the vi text aside). */
const place = (p: ExpectedProblem | RowProblem) =>
  p.sheet === undefined
    ? { row: p.row, field: p.field, column: p.column }
    : { sheet: p.sheet, row: p.row, field: p.field, column: p.column };

function expectProblems(actual: readonly RowProblem[], expected: readonly ExpectedProblem[], kind: string) {
  expect(actual.map(place), `${kind}: ${JSON.stringify(actual.map((a) => a.message.vi))}`).toEqual(
    expected.map(place),
  );
  expected.forEach((e, i) => {
    if (e.vi !== undefined) expect(actual[i]?.message.vi, `${kind} ${i}`).toContain(e.vi);
    if (e.notVi !== undefined) expect(actual[i]?.message.vi, `${kind} ${i}`).not.toContain(e.notVi);
  });
}

function checkOutcome(outcome: ImportOutcome, expected: Extract<ExpectedOutcome, { kind: 'validated' }>) {
  expectProblems(outcome.errors, expected.errors, 'errors');
  expectProblems(outcome.warnings, expected.warnings, 'warnings');
  expect(outcome.errorCount).toBe(expected.errorCount ?? expected.errors.length);
  expect(outcome.warningCount).toBe(expected.warningCount ?? expected.warnings.length);
  const { rows, accepted, rejected, blankRows, swappedCoordinates } = outcome.summary;
  expect({ rows, accepted, rejected, blankRows, swappedCoordinates }).toEqual(expected.summary);
  expect(outcome.committed).toBe(expected.committed);
  const file = expected.file;
  if (file) {
    const actual = outcome.file;
    if (file.format !== undefined) expect(actual.format).toBe(file.format);
    if (file.encoding !== undefined) expect(actual.encoding?.encoding).toBe(file.encoding);
    if (file.delimiter !== undefined) expect(actual.delimiter).toBe(file.delimiter);
    if (file.sheet !== undefined) expect(actual.sheet).toBe(file.sheet);
    if (file.headerRows !== undefined) expect(actual.headerRows).toEqual(file.headerRows);
  }
}

/** Whether rows were refused (a rejected submission is recorded) as opposed to a dry run or a commit. */
const recordsRejection = (c: SiteImportCase, expected: ExpectedOutcome) =>
  expected.kind === 'validated' && !expected.committed && c.dryRun !== true;

describeEachEngine('site imports: acceptance cases', (db, engine) => {
  let services: Services;
  beforeAll(async () => {
    services = createServices(db(), fixedClock('2026-01-15'));
    // Warm the unit catalogue and the commune boundaries (built once, ~seconds), so each case's time
    // is its own: the first case would otherwise carry them.
    await services.units.catalogue();
    await communePolygons();
  });

  it('has at least 30 cases, each with a unique id', () => {
    expect(SITE_IMPORT_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SITE_IMPORT_CASES.map((c) => c.id)).size).toBe(SITE_IMPORT_CASES.length);
  });

  it.each(SITE_IMPORT_CASES.map((c) => [`${c.id} ${c.name}`, c] as const))('%s', async (_title, c) => {
    const prefix = `IMP-${c.id}-${engine}`;
    const { fileName, bytes } = await c.build(prefix);
    // A suspected bug: check what the service does today (the case documents what it should do).
    const expected = c.suspectedBug?.actual ?? c.expected;
    const before = await counts(db());
    const progress: string[] = [];
    const run = services.imports.importSites({
      caller: CLI_CALLER,
      afterUpload: 'approve',
      operator: 'VIETTEL',
      period: '2025-Q4',
      fileName,
      bytes,
      dryRun: c.dryRun === true,
      ...(c.encoding === undefined ? {} : { encoding: c.encoding }),
      onProgress: (message) => progress.push(message),
    });
    const checkWrites = () => {
      // "Lưu 5.000 dòng": a batch was kept inside the transaction before the file failed.
      if (c.failsAfterWrites) expect(progress.some((m) => m.startsWith('Lưu '))).toBe(true);
    };

    if (expected.kind === 'invalid-file') {
      const error = await run.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HatangError);
      expect(error).toMatchObject({ code: 'INVALID_FILE', params: { problem: expected.problem } });
      if (expected.vi !== undefined) {
        expect((error as HatangError).params.reason_vi).toContain(expected.vi);
        expect((error as HatangError).params.reason_vi).toContain(`"${fileName}"`);
      }
      expect(await counts(db())).toEqual(before);
      expect(await storedSites(db(), prefix)).toEqual({});
      checkWrites();
      return;
    }

    const outcome = await run;
    checkOutcome(outcome, expected);
    const after = await counts(db());
    if (expected.committed) {
      const added = expected.summary.accepted;
      expect(outcome.summary.additions).toBe(added);
      expect(outcome.submission).toMatchObject({
        status: 'approved',
        fileName,
        rowCount: expected.summary.rows,
        errorCount: 0,
      });
      // An approved submission keeps its warnings as its report.
      expect(outcome.submission?.report).toHaveLength(expected.warnings.length);
      expect(after).toEqual({
        viettel: before.viettel + added,
        sites: before.sites + added,
        // Coverage is recomputed: one row per village, as before.
        coverage: before.coverage,
        submissions: before.submissions + 1,
        // Its validated rows are kept with the submission (its version), beside the current sites.
        staged: before.staged + expected.summary.accepted,
      });
      const stored = await storedSites(db(), prefix);
      expect(Object.keys(stored)).toHaveLength(added);
      if (expected.stored) {
        expect(stored).toEqual(
          Object.fromEntries(
            Object.entries(expected.stored).map(([suffix, code]) => [prefix + suffix, code]),
          ),
        );
      }
      return;
    }
    if (recordsRejection(c, expected)) {
      // Nothing of the file is stored, only the record of the attempt with its report.
      expect(outcome.submission).toMatchObject({
        status: 'invalid',
        fileName,
        rowCount: expected.summary.rows,
        errorCount: expected.errorCount ?? expected.errors.length,
      });
      expect(outcome.submission?.report).toHaveLength(expected.errors.length + expected.warnings.length);
      expect(after).toEqual({ ...before, submissions: before.submissions + 1 });
    } else {
      expect(outcome.submission).toBeNull();
      expect(after).toEqual(before);
    }
    expect(await storedSites(db(), prefix)).toEqual({});
    checkWrites();
  });
});
