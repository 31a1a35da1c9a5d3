import { DATA_CENTRES_DATASET } from './data-centres/validate-data-centres.ts';
import type { DatasetDefinition, DatasetType } from './dataset-contract.ts';
import type { DatasetRowTypes } from './datasets.ts';
import { FIXED_BROADBAND_DATASET } from './fixed-broadband/validate-fixed-broadband.ts';
import { IT_PARKS_DATASET } from './it-parks/validate-it-parks.ts';
import { NETWORK_CONNECTIONS_DATASET } from './network-connections/validate-network-connections.ts';
import { POSTAL_FACILITIES_DATASET } from './postal-facilities/validate-postal-facilities.ts';
import { VILLAGES_DATASET } from './villages/validate-villages.ts';

/**
 * Every dataset type but `sites` with its definition, typed by the row each yields, so datasets.ts
 * can list them all: `{ sites: SITES_DATASET, ...OTHER_DATASETS }`.
 */
export type OtherDatasetType = Exclude<DatasetType, 'sites'>;

export const OTHER_DATASETS: { readonly [T in OtherDatasetType]: DatasetDefinition<DatasetRowTypes[T]> } = {
  villages: VILLAGES_DATASET,
  fixed_broadband: FIXED_BROADBAND_DATASET,
  data_centres: DATA_CENTRES_DATASET,
  it_parks: IT_PARKS_DATASET,
  postal_facilities: POSTAL_FACILITIES_DATASET,
  network_connections: NETWORK_CONNECTIONS_DATASET,
};
