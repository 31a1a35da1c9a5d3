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

/** Rows known to be new: sites take the COPY path; other types are few and simply upsert. */
const ADD: Partial<{ [T in DatasetType]: Write<T> }> = {
  sites: (w, rows, units) => w.addSites(rows, units),
};

/**
 * Stores validated rows of any dataset type for one submission, upserting on their natural keys;
 * `allNew` says no row's key is stored yet, which allows the faster path where there is one.
 */
export function writeDatasetRows<T extends DatasetType>(
  db: Queryable,
  submissionId: number,
  type: T,
  rows: readonly DatasetRowTypes[T][],
  units: UnitIds,
  options: { allNew: boolean },
): Promise<number> {
  const write: Write<T> = (options.allNew ? ADD[type] : undefined) ?? WRITE[type];
  return write(new InventoryWriter(db, submissionId), rows, units);
}
