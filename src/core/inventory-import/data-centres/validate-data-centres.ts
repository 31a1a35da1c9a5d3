import type { DataCentre } from '../../assets/asset-model.ts';
import { isEmpty, type Problem, readText, show } from '../../plans/cell-values.ts';
import type { RawValue } from '../../plans/plan-input.ts';
import { numberReader, problem, readCode, readCount, squash } from '../common-values.ts';
import type { DatasetDefinition, ImportContext } from '../dataset-contract.ts';
import { type DatasetRun, defineDataset, rowValidator } from '../dataset-validator.ts';
import { CommuneLookup, readPlace } from '../place.ts';
import { COMMUNE_ONE_OF } from '../place-fields.ts';
import { memo, type RowReader } from '../row-reader.ts';
import { DATA_CENTRE_FIELDS, type DataCentreFieldKey } from './data-centres-fields.ts';

/**
 * The `data_centres` dataset: data centres as points with their rating and size. Capacity is the
 * figure plans set targets on (MW of IT load), so it is required; the rest is optional.
 */

type Key = DataCentreFieldKey;
type Tier = DataCentre['tier'];

const keyOf = (row: DataCentre) => row.code;

const TIER_OF: Readonly<Record<string, Exclude<Tier, null>>> = {
  '1': 1,
  i: 1,
  '2': 2,
  ii: 2,
  '3': 3,
  iii: 3,
  '4': 4,
  iv: 4,
};
/** `Tier III`, `Tier-3`, `Cấp 3`, `Cấp độ III`, `Mức 3`, `Rated-3`, `III`, `3`, folded. */
const TIER = /^(?:tier|capdo|cap|muc|rated|hang)?([1-4]|i{1,3}|iv)$/;

export function readTier(raw: RawValue): Tier | Problem {
  if (isEmpty(raw)) return null;
  const level = TIER.exec(squash(show(raw)))?.[1];
  const tier = level === undefined ? undefined : TIER_OF[level];
  return (
    tier ??
    problem(
      'cần cấp độ Tier từ 1 đến 4 (ví dụ 3, III, Tier III hoặc Cấp 3)',
      'expected a Tier from 1 to 4 (e.g. 3, III, Tier III or Cấp 3)',
    )
  );
}

/** MW of IT load; `2,5 MW` and `500 kW` read too. */
export const readCapacityMw = numberReader({
  min: 0,
  minExclusive: true,
  unit: 'MW',
  units: { mw: 1, kw: 0.001 },
});

/** Power usage effectiveness: 1.0 is the ideal, above 3 is no longer a data centre figure. */
export const readPue = numberReader({ min: 1, max: 3 });

function readRow(
  r: RowReader<Key>,
  run: DatasetRun,
  ctx: ImportContext,
  communes: CommuneLookup,
  tiers: (raw: RawValue) => Tier | Problem,
): DataCentre | null {
  const code = r.read('code', readCode);
  if (code !== null) run.keys.claim(r, 'code', code, { vi: 'mã trung tâm dữ liệu', en: 'data centre code' });
  const name = r.read('name', readText);
  // A province's own list names no operator per row: the submitting organisation runs them.
  const operator = r.read('operator', readText) ?? ctx.organisation;
  const { position, communeCode } = readPlace(r, ctx, communes, run.swapped);
  const tier = r.read('tier', tiers);
  const capacityMw = r.read('capacityMw', readCapacityMw);
  const racks = r.read('racks', readCount);
  const pue = r.read('pue', readPue);
  if (code === null || name === null || position === null || communeCode === null || capacityMw === null) {
    return null;
  }
  return { code, name, operator, position, communeCode, tier, capacityMw, racks, pue, synthetic: false };
}

export const DATA_CENTRES_DATASET: DatasetDefinition<DataCentre, Key> = defineDataset({
  type: 'data_centres',
  titleVi: 'Trung tâm dữ liệu',
  titleEn: 'Data centres',
  organisationIsOperator: false,
  fields: DATA_CENTRE_FIELDS,
  requiredOneOf: COMMUNE_ONE_OF,
  keyOf,
  validator(ctx, sink) {
    const communes = new CommuneLookup(ctx);
    const tiers = memo(readTier);
    return rowValidator(
      { fields: DATA_CENTRE_FIELDS, keyOf, readRow: (r, run) => readRow(r, run, ctx, communes, tiers) },
      ctx,
      sink,
    );
  },
});
