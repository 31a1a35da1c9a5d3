/**
 * An administrative unit at one point of its life. Units are versioned: the same code can name
 * different units before and after a reorganisation (Vietnam's province 19 before and after
 * 1 July 2025, Resolution 202/2025/QH15), so a unit is identified by code + level + validity.
 */
export const UNIT_LEVELS = ['country', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export function isUnitLevel(value: string): value is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(value);
}

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface AdminUnitRecord {
  code: string;
  level: UnitLevel;
  /** Short name without the unit-type prefix: `Bắc Kạn`, `Đức Xuân`. */
  name: string;
  /** Official full name with the prefix: `Tỉnh Bắc Kạn`, `Phường Đức Xuân`. */
  fullName: string;
  nameEn: string | null;
  /** Vietnamese unit type as officially written: `Tỉnh`, `Thành phố trực thuộc trung ương`, `Xã`, `Phường`, `Đặc khu tại hải đảo`, `Huyện`, `Quận`, `Thị xã`, `Thị trấn`. */
  unitType: string;
  /** Code of the parent unit in the same hierarchy version (`VN` for provinces, null for the country). */
  parentCode: string | null;
  /** First day of validity; null when it began before the earliest data we hold. */
  validFrom: IsoDate | null;
  /** Last day of validity; null while still in force. */
  validTo: IsoDate | null;
  /** Other official spellings of the name (e.g. the 1 Jul 2025 `Hòa` before the 2026 `Hoà`). */
  aliases: string[];
}

/** Is the unit in force on `date`? Both ends are inclusive. */
export function isValidOn(unit: Pick<AdminUnitRecord, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date)
  );
}

export type LineageKind = 'full' | 'partial';

/** A link from a unit that ceased to exist to a unit that took over (all or part of) its territory. */
export interface UnitLineageRecord {
  predecessor: { code: string; level: UnitLevel; validTo: IsoDate | null };
  successor: { code: string; level: UnitLevel; validFrom: IsoDate | null };
  kind: LineageKind;
  /** Date the successor took over. */
  effective: IsoDate;
}
