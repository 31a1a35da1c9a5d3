import type { FieldSpec } from './dataset-contract.ts';
import type { CommuneKey, PositionKey } from './place.ts';
import { SITE_FIELD_BY_KEY } from './site-fields.ts';

/**
 * The coordinate and commune columns every dataset with a place shares. Their labels, aliases and
 * hints are the sites dataset's (one list of the spellings seen in the wild, not one per dataset).
 */
function siteField<K extends PositionKey | CommuneKey>(key: K): FieldSpec<K> {
  const spec = SITE_FIELD_BY_KEY.get(key);
  if (spec === undefined) throw new Error(`site-fields.ts has no field ${key}`);
  return {
    key,
    vi: spec.vi,
    en: spec.en,
    aliases: [...spec.aliases],
    required: spec.required,
    hintVi: spec.hintVi,
  };
}

/** Longitude and latitude (WGS84), both required. */
export const POSITION_FIELDS: readonly FieldSpec<PositionKey>[] = [siteField('lon'), siteField('lat')];

/** The commune by code or by name, and the province that tells apart communes of the same name. */
export const COMMUNE_FIELDS: readonly FieldSpec<CommuneKey>[] = [
  siteField('communeCode'),
  siteField('communeName'),
  siteField('provinceName'),
];

/** A file needs a commune code column or a commune name column. */
export const COMMUNE_ONE_OF: readonly (readonly CommuneKey[])[] = [['communeCode', 'communeName']];
