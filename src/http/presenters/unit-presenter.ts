import type { LinkedUnit } from '../../db/units/unit-lineage-repository.ts';
import type { StoredUnit } from '../../db/units/unit-row.ts';
import type { UnitDetail } from '../../services/units/units-service.ts';

/** The public shape of a unit: no database ids, codes as strings, dates ISO. */
export function presentUnit(unit: StoredUnit) {
  return {
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    nameEn: unit.nameEn,
    level: unit.level,
    unitType: unit.unitType,
    parentCode: unit.parentCode,
    provinceCode: unit.provinceCode,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    aliases: unit.aliases,
    areaKm2: unit.areaKm2,
    hasGeometry: unit.hasGeometry,
  };
}

export function presentUnitBrief(unit: StoredUnit) {
  return {
    code: unit.code,
    name: unit.name,
    fullName: unit.fullName,
    level: unit.level,
    unitType: unit.unitType,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
  };
}

function presentLink(link: LinkedUnit) {
  return {
    ...presentUnitBrief(link.unit),
    provinceCode: link.unit.provinceCode,
    kind: link.kind,
    effective: link.effective,
  };
}

export function presentUnitDetail(detail: UnitDetail) {
  return {
    ...presentUnit(detail.unit),
    date: detail.date,
    parents: detail.ancestors.map(presentUnitBrief),
    childrenCount: detail.childrenCount,
    predecessors: detail.predecessors.map(presentLink),
    successors: detail.successors.map(presentLink),
    ...(detail.geometry !== null ? { geometry: JSON.parse(detail.geometry) as unknown } : {}),
  };
}
