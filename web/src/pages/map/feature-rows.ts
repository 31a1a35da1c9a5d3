import { TECHNOLOGIES } from '../../../../src/core/assets/asset-model.ts';
import type { Msg } from '../../i18n/i18n.tsx';
import { common } from '../../i18n/messages/common.ts';
import { explorer } from '../../i18n/messages/explorer.ts';
import { villageCoverage } from './layer-features.ts';
import type { FacilityProps, SiteProps, VillageProps } from './map-types.ts';

// A point's properties in words, as label → value rows, for the popup and the table. Values say what they
// are (a code, a Vietnamese name, a number, a message) so the component can format numbers for the
// language and mark Vietnamese data with lang="vi".

export interface UnitNames {
  readonly fullName: string;
  readonly nameEn?: string | null;
}

export type RowValue =
  /** Codes and other language-neutral text (site codes, operator codes, 4G). */
  | { readonly kind: 'text'; readonly text: string }
  /** Vietnamese text from the data (names). */
  | { readonly kind: 'vi'; readonly text: string }
  | { readonly kind: 'unit'; readonly unit: UnitNames; readonly code: string }
  | { readonly kind: 'number'; readonly value: number; readonly unit?: Msg; readonly digits?: number }
  | { readonly kind: 'msg'; readonly msg: Msg; readonly params?: Readonly<Record<string, string>> };

export interface DetailRow {
  readonly label: Msg;
  readonly value: RowValue;
}

export type DetailKind = 'site' | 'village' | 'datacentre' | 'itpark';

export interface FeatureDetail {
  readonly kind: DetailKind;
  readonly kindLabel: Msg;
  /** The heading of the details: a name (Vietnamese) or a code. */
  readonly title: RowValue;
  readonly rows: DetailRow[];
  readonly synthetic: boolean;
}

export interface UnitLookup {
  commune(code: string): UnitNames | undefined;
  province(code: string): UnitNames | undefined;
}

const text = (t: string): RowValue => ({ kind: 'text', text: t });
const msg = (m: Msg): RowValue => ({ kind: 'msg', msg: m });
const yesNo = (value: boolean): RowValue => msg(value ? explorer.yes : explorer.no);

const SITE_STATUS: Readonly<Record<string, Msg>> = {
  planned: explorer.statusPlanned,
  building: explorer.statusBuilding,
  operating: explorer.statusOperating,
  decommissioned: explorer.statusDecommissioned,
};

export function operatorValue(operator: string): RowValue {
  return operator === 'OTHER' ? msg(explorer.operatorOther) : text(operator);
}

function unitRow(label: Msg, code: string | null | undefined, find: (code: string) => UnitNames | undefined) {
  if (!code) return [];
  const unit = find(code);
  return [{ label, value: unit ? ({ kind: 'unit', unit, code } as const) : text(code) }];
}

const sourceRow = (synthetic: boolean): DetailRow => ({
  label: explorer.rowSource,
  value: msg(synthetic ? common.synthetic : explorer.sourceSubmitted),
});

export function siteDetail(p: SiteProps, units: UnitLookup): FeatureDetail {
  const rows: DetailRow[] = [
    { label: explorer.rowCode, value: text(p.code) },
    { label: explorer.rowOperator, value: operatorValue(p.operator) },
    {
      label: explorer.rowTechnologies,
      value: p.technologies.length > 0 ? text(p.technologies.join(', ')) : msg(explorer.none),
    },
  ];
  if (p.status) {
    const status = SITE_STATUS[p.status];
    rows.push({ label: explorer.rowStatus, value: status ? msg(status) : text(p.status) });
  }
  if (p.shared !== undefined) rows.push({ label: explorer.rowShared, value: yesNo(p.shared) });
  rows.push(...unitRow(explorer.rowCommune, p.communeCode, units.commune), sourceRow(p.synthetic));
  return { kind: 'site', kindLabel: explorer.kindSite, title: text(p.code), rows, synthetic: p.synthetic };
}

export function villageDetail(p: VillageProps, units: UnitLookup): FeatureDetail {
  const covered = TECHNOLOGIES.filter((t) => villageCoverage(p, t) === 'covered');
  const uncovered = TECHNOLOGIES.filter((t) => villageCoverage(p, t) === 'uncovered');
  const rows: DetailRow[] = [{ label: explorer.rowCode, value: text(p.code) }];
  rows.push(...unitRow(explorer.rowCommune, p.communeCode, units.commune));
  if (covered.length === 0 && uncovered.length === 0) {
    rows.push({ label: explorer.rowCoverage, value: msg(explorer.notComputed) });
  } else {
    rows.push(
      { label: explorer.rowCoverage, value: covered.length ? text(covered.join(', ')) : msg(explorer.none) },
      {
        label: explorer.rowNoCoverage,
        value: uncovered.length ? text(uncovered.join(', ')) : msg(explorer.none),
      },
    );
  }
  if (p.population !== undefined)
    rows.push({ label: explorer.rowPopulation, value: { kind: 'number', value: p.population } });
  if (p.households !== undefined)
    rows.push({ label: explorer.rowHouseholds, value: { kind: 'number', value: p.households } });
  if (p.fixedBroadband !== undefined) rows.push({ label: explorer.rowFibre, value: yesNo(p.fixedBroadband) });
  rows.push(sourceRow(p.synthetic));
  return {
    kind: 'village',
    kindLabel: explorer.kindVillage,
    title: { kind: 'vi', text: p.name },
    rows,
    synthetic: p.synthetic,
  };
}

export function facilityDetail(p: FacilityProps, units: UnitLookup): FeatureDetail {
  const dataCentre = p.kind === 'data_centre';
  const kindLabel = dataCentre ? explorer.kindDataCentre : explorer.kindItPark;
  const rows: DetailRow[] = [{ label: explorer.rowKind, value: msg(kindLabel) }];
  if (p.code) rows.push({ label: explorer.rowCode, value: text(p.code) });
  // An operator of a data centre is a company name as written (often Vietnamese).
  if (p.operator) rows.push({ label: explorer.rowFacilityOperator, value: { kind: 'vi', text: p.operator } });
  if (typeof p.capacityMw === 'number')
    rows.push({
      label: explorer.rowCapacity,
      value: { kind: 'number', value: p.capacityMw, unit: explorer.unitMw },
    });
  if (typeof p.tier === 'number') rows.push({ label: explorer.rowTier, value: text(String(p.tier)) });
  if (typeof p.racks === 'number')
    rows.push({ label: explorer.rowRacks, value: { kind: 'number', value: p.racks } });
  if (typeof p.pue === 'number')
    rows.push({ label: explorer.rowPue, value: { kind: 'number', value: p.pue, digits: 2 } });
  if (typeof p.bandwidthGbps === 'number')
    rows.push({
      label: explorer.rowBandwidth,
      value: { kind: 'number', value: p.bandwidthGbps, unit: explorer.unitGbps },
    });
  if (typeof p.areaHa === 'number')
    rows.push({ label: explorer.rowArea, value: { kind: 'number', value: p.areaHa, unit: explorer.unitHa } });
  if (p.status) {
    const status = SITE_STATUS[p.status];
    rows.push({ label: explorer.rowStatus, value: status ? msg(status) : { kind: 'vi', text: p.status } });
  }
  if (p.approximate) rows.push({ label: explorer.rowPosition, value: msg(explorer.positionApproximate) });
  rows.push(
    ...unitRow(explorer.rowCommune, p.communeCode, units.commune),
    ...unitRow(explorer.rowProvince, p.provinceCode, units.province),
    sourceRow(p.synthetic),
  );
  return {
    kind: dataCentre ? 'datacentre' : 'itpark',
    kindLabel,
    title: { kind: 'vi', text: p.name },
    rows,
    synthetic: p.synthetic,
  };
}
