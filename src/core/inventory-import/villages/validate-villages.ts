import type { Village } from '../../assets/asset-model.ts';
import { readText } from '../../plans/cell-values.ts';
import { readCode, readCount } from '../common-values.ts';
import type { DatasetDefinition, ImportContext } from '../dataset-contract.ts';
import { type DatasetRun, defineDataset, rowValidator } from '../dataset-validator.ts';
import { CommuneLookup, readPlace } from '../place.ts';
import { COMMUNE_ONE_OF } from '../place-fields.ts';
import type { RowReader } from '../row-reader.ts';
import { VILLAGE_FIELDS, type VillageFieldKey } from './villages-fields.ts';

/**
 * The `villages` dataset: thôn, bản, tổ dân phố as points with their people, the denominators of
 * village coverage. A village must lie in (or within 1 km of) its commune, and its people and
 * households must make sense together.
 */

/** More people per household than this is unusual enough to ask (the national mean is under 4). */
export const PERSONS_PER_HOUSEHOLD_WARNING = 15;

const keyOf = (v: Village) => v.villageCode;

/** `18.5` → `18,5` in Vietnamese messages. */
const viDecimal = (n: number) => String(n).replace('.', ',');

function checkPeople(r: RowReader<VillageFieldKey>, population: number, households: number): void {
  if (households > population) {
    r.fail('households', {
      vi: `lớn hơn số dân (${population}); mỗi hộ có ít nhất một người`,
      en: `is more than the population (${population}); every household has at least one person`,
    });
  } else if (households === 0 && population > 0) {
    r.fail('households', {
      vi: `bằng 0 trong khi thôn có ${population} người; cần ghi số hộ`,
      en: `is 0 while the village has ${population} people; the number of households is needed`,
    });
  } else if (households > 0 && population / households > PERSONS_PER_HOUSEHOLD_WARNING) {
    const ratio = Math.round((population / households) * 10) / 10;
    r.warn('households', {
      vi: `bình quân ${viDecimal(ratio)} người/hộ (trên ${PERSONS_PER_HOUSEHOLD_WARNING}): kiểm tra lại số dân và số hộ`,
      en: `${ratio} persons per household (over ${PERSONS_PER_HOUSEHOLD_WARNING}): check the population and households`,
    });
  }
}

function readVillage(
  r: RowReader<VillageFieldKey>,
  run: DatasetRun,
  ctx: ImportContext,
  communes: CommuneLookup,
): Village | null {
  const villageCode = r.read('villageCode', readCode);
  if (villageCode !== null) {
    run.keys.claim(r, 'villageCode', villageCode, { vi: 'mã thôn', en: 'village code' });
  }
  const name = r.read('name', readText);
  const { position, communeCode } = readPlace(r, ctx, communes, run.swapped);
  const population = r.read('population', readCount);
  const households = r.read('households', readCount);
  if (population !== null && households !== null) checkPeople(r, population, households);
  if (villageCode === null || name === null || position === null || communeCode === null) return null;
  if (population === null || households === null) return null;
  return { villageCode, name, communeCode, position, population, households, synthetic: false };
}

export const VILLAGES_DATASET: DatasetDefinition<Village, VillageFieldKey> = defineDataset({
  type: 'villages',
  titleVi: 'Thôn, bản, tổ dân phố',
  titleEn: 'Villages',
  organisationIsOperator: false,
  fields: VILLAGE_FIELDS,
  requiredOneOf: COMMUNE_ONE_OF,
  keyOf,
  validator(ctx, sink) {
    const communes = new CommuneLookup(ctx);
    return rowValidator(
      { fields: VILLAGE_FIELDS, keyOf, readRow: (r, run) => readVillage(r, run, ctx, communes) },
      ctx,
      sink,
    );
  },
});
