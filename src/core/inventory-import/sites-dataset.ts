import type { MobileSite, OperatorCode } from '../assets/asset-model.ts';
import type { DatasetDefinition } from './dataset-contract.ts';
import { SITE_FIELDS, type SiteFieldKey, siteFieldOfHeader } from './site-fields.ts';
import { SiteRowValidator } from './validate-site-rows.ts';

/** The `sites` dataset (an operator's mobile sites) as the import service sees every dataset. */
export const SITES_DATASET: DatasetDefinition<MobileSite, SiteFieldKey> = {
  type: 'sites',
  titleVi: 'Trạm thông tin di động',
  titleEn: 'Mobile sites',
  organisationIsOperator: true,
  fields: SITE_FIELDS,
  fieldOfHeader: siteFieldOfHeader,
  requiredKeys: SITE_FIELDS.filter((f) => f.required).map((f) => f.key),
  // A site's commune by code or by name: a file with neither column is refused as a whole.
  requiredOneOf: [['communeCode', 'communeName']],
  keyOf: (site) => site.siteCode,
  validator: (ctx, sink) =>
    new SiteRowValidator(
      {
        // The service has checked that the organisation is an operator code for this dataset.
        operator: ctx.organisation as OperatorCode,
        date: ctx.date,
        resolveCommune: ctx.resolveCommune,
        polygons: ctx.polygons,
        existingSiteCodes: ctx.existingKeys,
        ...(ctx.columns ? { columns: ctx.columns } : {}),
        ...(ctx.unitName ? { communeName: ctx.unitName } : {}),
      },
      sink,
    ),
};
