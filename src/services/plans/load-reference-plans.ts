import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HatangError } from '../../core/errors/error-codes.ts';
import { parsePeriod, periodEndDate } from '../../core/periods/period.ts';
import type { Database } from '../../db/database.ts';
import { IndicatorRepository } from '../../db/plans/indicator-repository.ts';
import { ObservationRepository } from '../../db/plans/observation-repository.ts';
import { PlanRepository } from '../../db/plans/plan-repository.ts';
import { ReferenceDatasetRepository } from '../../db/reference-dataset-repository.ts';
import { DEFAULT_DATASETS_DIR } from '../../io/units/datasets-dir.ts';
import { readVnIctPlans } from '../../io/vn-ict-plans/read-vn-ict-plans.ts';
import { type UnitCatalogue, versionIn } from '../units/units-service.ts';
import { storePlan, validateAgainst } from './plan-store.ts';

export const PLANS_DATASET = 'vn-ict-plans';
const FILES = ['ict-plans/indicators.json', 'ict-plans/ict_plan_targets_and_stats.json'];
// Bump when the mapping from the files to records changes, so existing databases reload.
const LOADER_VERSION = '1';

export interface LoadPlansResult {
  skipped: boolean;
  indicators: number;
  plans: string[];
  targets: number;
  observations: number;
}

/**
 * Loads the indicator catalogue, the real plans (36/QĐ-TTg and the Bắc Kạn 2023–2025 plan) and the
 * published national and provincial figures, in one transaction, through the same validation as a
 * user's plan file. Needs the units loaded first. Skips when the same files are already loaded.
 * System work, not audited (unlike PlansService and ObservationsService): it writes through the
 * repositories, and what it loaded is the shipped files, recorded with their checksum as a reference dataset.
 */
export async function loadReferencePlans(
  db: Database,
  units: UnitCatalogue,
  options: { force?: boolean; datasetsDir?: string } = {},
): Promise<LoadPlansResult> {
  const dir = options.datasetsDir ?? DEFAULT_DATASETS_DIR;
  const hash = createHash('sha256').update(LOADER_VERSION);
  for (const file of FILES) hash.update(file).update(await readFile(join(dir, file)));
  const checksum = hash.digest('hex');
  const state = await new ReferenceDatasetRepository(db).find(PLANS_DATASET);
  if (!options.force && state?.checksum === checksum) {
    return { skipped: true, indicators: 0, plans: [], targets: 0, observations: 0 };
  }
  const data = await readVnIctPlans(dir);
  return db.transaction(async (tx) => {
    const indicators = await new IndicatorRepository(tx).upsertMany(data.indicators);
    const plans = new PlanRepository(tx);
    let targets = 0;
    const codes: string[] = [];
    for (const submission of data.plans) {
      const input = await validateAgainst(tx, units, submission);
      const existing = await plans.findByCode(input.plan.code);
      await storePlan(tx, units, input, existing?.id ?? null);
      targets += input.targets.length;
      codes.push(input.plan.code);
    }
    const observations = new ObservationRepository(tx);
    for (const o of data.observations) {
      const unit = versionIn(units, o.unitCode, o.unitOn);
      const period = parsePeriod(o.period);
      if (!unit || !period) {
        throw new HatangError('UNIT_NOT_FOUND', { code: o.unitCode, date: o.unitOn });
      }
      await observations.upsert({
        indicatorCode: o.indicatorCode,
        unitId: unit.id,
        period: o.period,
        periodEnd: periodEndDate(period),
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        estimated: false,
        provenance: { kind: 'source', url: o.sourceUrl },
        note: o.note,
      });
    }
    const result = { indicators, plans: codes, targets, observations: data.observations.length };
    await new ReferenceDatasetRepository(tx).record(PLANS_DATASET, checksum, result);
    return { skipped: false, ...result };
  });
}
