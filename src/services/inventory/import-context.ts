import type { DatasetType, ImportContext } from '../../core/inventory-import/dataset-contract.ts';
import { type ParsedPeriod, periodEndDate } from '../../core/periods/period.ts';
import type { Queryable } from '../../db/database.ts';
import type { UnitIds } from '../../db/inventory/inventory-writer.ts';
import { storedKeys, storedVillageCodes } from '../../db/inventory/stored-keys.ts';
import { communePolygons } from '../units/commune-polygons.ts';
import type { UnitCatalogue, UnitsService } from '../units/units-service.ts';
import { communeResolver } from './commune-resolver.ts';
import { provinceResolver } from './province-resolver.ts';

/**
 * Everything a dataset's validator needs from the database, gathered once per submission: the units
 * in force at the period's end (codes, names, lineage), the commune boundaries, the keys already
 * stored. With the catalogue it was read from.
 */
export async function importContext(
  db: Queryable,
  units: UnitsService,
  type: DatasetType,
  organisation: string,
  period: ParsedPeriod,
): Promise<{ context: ImportContext; catalogue: UnitCatalogue }> {
  const catalogue = await units.catalogue();
  const current = catalogue.units.filter((u) => u.validTo === null);
  const names = new Map(current.map((u) => [u.code, u.fullName]));
  const [polygons, existingKeys, villageCodes] = await Promise.all([
    communePolygons(),
    storedKeys(db, type, organisation),
    type === 'fixed_broadband' ? storedVillageCodes(db) : Promise.resolve(undefined),
  ]);
  const context: ImportContext = {
    organisation,
    date: periodEndDate(period),
    resolveCommune: communeResolver(catalogue),
    resolveProvince: provinceResolver(catalogue),
    polygons,
    existingKeys,
    ...(villageCodes ? { villageCodes } : {}),
    unitName: (code) => names.get(code) ?? null,
  };
  return { context, catalogue };
}

/** Ids of the current units by code, which the inventory writer stores rows against. */
export function currentUnitIds(catalogue: UnitCatalogue): UnitIds {
  // Codes repeat across levels' vintages only for old units; current codes are unique per level,
  // and rows name communes (5 digits) or provinces (2 digits), which never collide.
  return new Map(catalogue.units.filter((u) => u.validTo === null).map((u) => [u.code, u.id]));
}
