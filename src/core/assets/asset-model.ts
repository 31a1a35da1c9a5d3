import type { IsoDate } from '../units/admin-unit.ts';

/**
 * The infrastructure inventory of DESIGN.md. Every asset row carries its provenance (the submission
 * and version that brought it) and whether it is synthetic (made by the demo generator: villages,
 * sites and data centres have no public source).
 */

/** Operator codes as the industry writes them; MNC of MCC 452 where the operator has one. */
export const OPERATORS = [
  'VIETTEL',
  'VNPT',
  'MOBIFONE',
  'VIETNAMOBILE',
  'GMOBILE',
  'ITEL',
  'REDDI',
  'OTHER',
] as const;
export type OperatorCode = (typeof OPERATORS)[number];

export const TECHNOLOGIES = ['2G', '3G', '4G', '5G'] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

export const SITE_STATUSES = ['planned', 'building', 'operating', 'decommissioned'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export interface LonLat {
  lon: number;
  lat: number;
}

/** A radio carrier on a site: one technology on one band. */
export interface SiteCarrier {
  technology: Technology;
  bandMhz: number;
}

export interface MobileSite {
  /** The operator's own site id, unique per operator. */
  siteCode: string;
  operator: OperatorCode;
  position: LonLat;
  /** Current commune the site lies in. */
  communeCode: string;
  carriers: SiteCarrier[];
  antennaHeightM: number | null;
  shared: boolean;
  /** Other operators hosted on the same structure. */
  tenants: OperatorCode[];
  status: SiteStatus;
  onAirDate: IsoDate | null;
  decommissionedDate: IsoDate | null;
  synthetic: boolean;
}

/** A village (thôn, bản, tổ dân phố) as a point with its people. */
export interface Village {
  villageCode: string;
  name: string;
  communeCode: string;
  position: LonLat;
  population: number;
  households: number;
  synthetic: boolean;
}

export interface FixedBroadbandAvailability {
  villageCode: string;
  operator: OperatorCode;
  ftth: boolean;
  householdsPassed: number;
  synthetic: boolean;
}

export interface DataCentre {
  code: string;
  name: string;
  operator: string;
  position: LonLat;
  communeCode: string;
  tier: 1 | 2 | 3 | 4 | null;
  capacityMw: number;
  racks: number | null;
  pue: number | null;
  synthetic: boolean;
}

export type ItParkStatus = 'planned' | 'building' | 'operating';

export interface ItPark {
  code: string;
  name: string;
  provinceCode: string;
  areaHa: number;
  status: ItParkStatus;
  bandwidthGbps: number | null;
  synthetic: boolean;
}

export type PostalFacilityType = 'regional_centre' | 'zone_centre' | 'provincial_centre' | 'post_office';

export interface PostalFacility {
  code: string;
  name: string;
  type: PostalFacilityType;
  position: LonLat;
  communeCode: string;
  capacityTonnesPerDay: number | null;
  synthetic: boolean;
}

/** An agency (or a commune People's Committee) connected, or not, to the specialized data network (mạng TSLCD). */
export interface NetworkConnection {
  agencyCode: string;
  agencyName: string;
  communeCode: string;
  isCommunePeoplesCommittee: boolean;
  connected: boolean;
  connectedOn: IsoDate | null;
  synthetic: boolean;
}
