// The answer of GET /api/gaps (src/http/routes/inventory-routes.ts). The nearest site and its operator
// are null when the caller may not see that site (or no site offers the technology: distance null too).

export interface GapItem {
  readonly villageCode: string;
  readonly villageName: string;
  readonly communeCode: string;
  readonly communeName: string;
  readonly provinceCode: string;
  readonly lon: number;
  readonly lat: number;
  readonly population: number | null;
  readonly households: number | null;
  readonly synthetic: boolean;
  readonly nearestSiteCode: string | null;
  readonly nearestOperator: string | null;
  readonly nearestDistanceM: number | null;
}

export interface GapList {
  readonly items: readonly GapItem[];
  readonly total: number;
  readonly technology: string;
}
