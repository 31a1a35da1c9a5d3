import type { Indicator } from '../../core/plans/plan-model.ts';
import type { Queryable } from '../database.ts';

export interface StoredIndicator extends Indicator {
  planCodes: string[];
}

const COLUMNS = `code, name_vi AS "nameVi", name_en AS "nameEn", unit, direction, natural_limit AS "naturalLimit",
  kind, aggregation, scale, numerator_vi AS "numeratorVi", denominator_vi AS "denominatorVi",
  description_vi AS "descriptionVi", plan_codes AS "planCodes"`;

/** The indicator catalogue. */
export class IndicatorRepository {
  constructor(private readonly db: Queryable) {}

  async list(): Promise<StoredIndicator[]> {
    return this.db.query<StoredIndicator>(`SELECT ${COLUMNS} FROM indicator ORDER BY code`);
  }

  async findByCode(code: string): Promise<StoredIndicator | null> {
    const [row] = await this.db.query<StoredIndicator>(`SELECT ${COLUMNS} FROM indicator WHERE code = $1`, [
      code,
    ]);
    return row ?? null;
  }

  async upsertMany(indicators: readonly StoredIndicator[]): Promise<number> {
    if (indicators.length === 0) return 0;
    const rows = await this.db.query<{ code: string }>(
      `INSERT INTO indicator (code, name_vi, name_en, unit, direction, natural_limit, kind, aggregation, scale,
         numerator_vi, denominator_vi, description_vi, plan_codes)
       SELECT r.code, r."nameVi", r."nameEn", r.unit, r.direction, r."naturalLimit", r.kind, r.aggregation, r.scale,
         r."numeratorVi", r."denominatorVi", r."descriptionVi", ARRAY(SELECT json_array_elements_text(r."planCodes"))
       FROM json_to_recordset($1::json) AS r(code text, "nameVi" text, "nameEn" text, unit text, direction text,
         "naturalLimit" double precision, kind text, aggregation text, scale double precision, "numeratorVi" text,
         "denominatorVi" text, "descriptionVi" text, "planCodes" json)
       ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, unit = EXCLUDED.unit,
         direction = EXCLUDED.direction, natural_limit = EXCLUDED.natural_limit, kind = EXCLUDED.kind,
         aggregation = EXCLUDED.aggregation, scale = EXCLUDED.scale, numerator_vi = EXCLUDED.numerator_vi,
         denominator_vi = EXCLUDED.denominator_vi, description_vi = EXCLUDED.description_vi,
         plan_codes = EXCLUDED.plan_codes
       RETURNING code`,
      [JSON.stringify(indicators)],
    );
    return rows.length;
  }
}
