import type {
  DataCentre,
  FixedBroadbandAvailability,
  ItPark,
  MobileSite,
  NetworkConnection,
  PostalFacility,
  Village,
} from '../assets/asset-model.ts';
import type { DatasetDefinition, DatasetType } from './dataset-contract.ts';
import { OTHER_DATASETS } from './other-datasets.ts';
import { SITES_DATASET } from './sites-dataset.ts';

/** The typed row each dataset type yields. */
export interface DatasetRowTypes {
  sites: MobileSite;
  villages: Village;
  fixed_broadband: FixedBroadbandAvailability;
  data_centres: DataCentre;
  it_parks: ItPark;
  postal_facilities: PostalFacility;
  network_connections: NetworkConnection;
}

export type AnyDatasetDefinition = { [T in DatasetType]: DatasetDefinition<DatasetRowTypes[T]> }[DatasetType];

/** Every dataset type a file can be submitted as. */
export const DATASETS: { readonly [T in DatasetType]: DatasetDefinition<DatasetRowTypes[T]> } = {
  sites: SITES_DATASET,
  ...OTHER_DATASETS,
};
