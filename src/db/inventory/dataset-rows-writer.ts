import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import type { DatasetRowTypes } from '../../core/inventory-import/datasets.ts';
import type { Queryable } from '../database.ts';
import { InventoryWriter, type UnitIds } from './inventory-writer.ts';

type Write<T extends DatasetType> = (
  writer: InventoryWriter,
  rows: readonly DatasetRowTypes[T][],
  units: UnitIds,
) => Promise<number>;

const WRITE: { [T in DatasetType]: Write<T> } = {
  sites: (w, rows, units) => w.sites(rows, units),
  villages: (w, rows, units) => w.villages(rows, units),
  fixed_broadband: (w, rows) => w.fixedBroadband(rows),
  data_centres: (w, rows, units) => w.dataCentres(rows, units),
  it_parks: (w, rows, units) => w.itParks(rows, units),
  postal_facilities: (w, rows, units) => w.postalFacilities(rows, units),
  network_connections: (w, rows, units) => w.networkConnections(rows, units),
};

/** Stores validated rows of any dataset type (upserting on their natural keys) for one submission. */
export function writeDatasetRows<T extends DatasetType>(
  db: Queryable,
  submissionId: number,
  type: T,
  rows: readonly DatasetRowTypes[T][],
  units: UnitIds,
): Promise<number> {
  const write: Write<T> = WRITE[type];
  return write(new InventoryWriter(db, submissionId), rows, units);
}
