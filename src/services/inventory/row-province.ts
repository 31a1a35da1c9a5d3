import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import type { DatasetRowTypes } from '../../core/inventory-import/datasets.ts';
import type { Queryable } from '../../db/database.ts';
import type { UnitCatalogue } from '../units/units-service.ts';

/** The field of a row that places it, and the current province it is in (null when unknown). */
export interface RowPlace {
  field: 'communeCode' | 'provinceCode' | 'villageCode';
  code: string;
  provinceCode: string | null;
}

export type RowPlacer<T extends DatasetType> = (row: DatasetRowTypes[T]) => RowPlace;

/**
 * Where each row of a dataset is, as a current province: what decides which officers see and review a
 * submission (issue 5: "the provincial officer of the province … reviews"). Rows name current communes
 * (validation maps older codes forward), IT parks name their province, fixed broadband names a village,
 * whose commune is read from the stored villages.
 */
export async function rowPlacer<T extends DatasetType>(
  db: Queryable,
  type: T,
  catalogue: UnitCatalogue,
): Promise<RowPlacer<T>> {
  const provinceOfCommune = new Map<string, string>();
  for (const u of catalogue.units) {
    if (u.validTo === null && u.level === 'commune' && u.parentCode !== null)
      provinceOfCommune.set(u.code, u.parentCode);
  }
  const byCommune = (code: string): RowPlace => ({
    field: 'communeCode',
    code,
    provinceCode: provinceOfCommune.get(code) ?? null,
  });
  const placers: { [K in DatasetType]: () => Promise<RowPlacer<K>> } = {
    sites: async () => (row) => byCommune(row.communeCode),
    villages: async () => (row) => byCommune(row.communeCode),
    data_centres: async () => (row) => byCommune(row.communeCode),
    postal_facilities: async () => (row) => byCommune(row.communeCode),
    network_connections: async () => (row) => byCommune(row.communeCode),
    it_parks: async () => (row) => ({
      field: 'provinceCode',
      code: row.provinceCode,
      provinceCode: row.provinceCode,
    }),
    fixed_broadband: async () => {
      const rows = await db.query<{ village: string; commune: string }>(
        `SELECT v.village_code AS village, u.code AS commune FROM village v JOIN admin_unit u ON u.id = v.commune_id`,
      );
      const communeOf = new Map(rows.map((r) => [r.village, r.commune]));
      return (row) => {
        const commune = communeOf.get(row.villageCode);
        return {
          field: 'villageCode',
          code: row.villageCode,
          provinceCode: commune === undefined ? null : (provinceOfCommune.get(commune) ?? null),
        };
      };
    },
  };
  return (placers[type] as () => Promise<RowPlacer<T>>)();
}
