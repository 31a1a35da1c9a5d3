import type { FixedBroadbandAvailability, OperatorCode } from '../../assets/asset-model.ts';
import { isEmpty, isProblem } from '../../plans/cell-values.ts';
import { readCode, readCount, yesNoReader } from '../common-values.ts';
import type { DatasetDefinition, ImportContext } from '../dataset-contract.ts';
import { type DatasetRun, defineDataset, rowValidator } from '../dataset-validator.ts';
import { memo, type RowReader } from '../row-reader.ts';
import { readOperator } from '../site-values.ts';
import { FIXED_BROADBAND_FIELDS, type FixedBroadbandFieldKey } from './fixed-broadband-fields.ts';

/**
 * The `fixed_broadband` dataset: one operator's fibre (FTTH) availability per village. Villages are
 * named by the codes of the village list already loaded, so a row cannot invent a village; the
 * operator is the one submitting (a file of Viettel's villages cannot speak for VNPT).
 */

type Key = FixedBroadbandFieldKey;

const keyOf = (row: FixedBroadbandAvailability) => `${row.villageCode}|${row.operator}`;

/** `Đã có FTTH`, `Chưa có cáp quang` besides the plain yes/no words. */
const readFtth = yesNoReader({
  yes: ['cofftth', 'dacofftth', 'ftth', 'cocapquang', 'dacocapquang', 'daphu', 'dacoftth'],
  no: ['khongcofftth', 'chuacofftth', 'khongcocapquang', 'chuacocapquang', 'chuaphu', 'chuacoftth'],
});

/** The submitting organisation as an operator code: the service must pass one for this dataset. */
function ownOperator(ctx: ImportContext): OperatorCode {
  const own = readOperator(ctx.organisation);
  if (own === null || isProblem(own)) {
    throw new Error(`fixed_broadband needs an operator as the organisation, not "${ctx.organisation}"`);
  }
  return own;
}

/** Stored village codes by their upper-case spelling: `tn-01` in a file finds the stored `TN-01`. */
function villageIndex(codes: ReadonlySet<string> | undefined): (code: string) => string | null {
  const stored = codes ?? new Set<string>();
  let folded: Map<string, string> | null = null;
  return (code) => {
    if (stored.has(code)) return code;
    if (folded === null) folded = new Map([...stored].map((c) => [c.toUpperCase(), c]));
    return folded.get(code.toUpperCase()) ?? null;
  };
}

class FixedBroadbandRun {
  readonly own: OperatorCode;
  readonly operator = memo(readOperator);
  readonly ftth = memo(readFtth);
  readonly village: (code: string) => string | null;
  constructor(readonly ctx: ImportContext) {
    this.own = ownOperator(ctx);
    this.village = villageIndex(ctx.villageCodes);
  }
}

function readVillage(r: RowReader<Key>, run: DatasetRun, state: FixedBroadbandRun): string | null {
  const written = r.read('villageCode', readCode);
  if (written === null) return null;
  run.keys.claim(r, 'villageCode', written, { vi: 'mã thôn', en: 'village code' });
  const code = state.village(written);
  if (code === null) {
    r.fail('villageCode', {
      vi: `không có thôn mã ${written} trong danh mục thôn đã nạp; nạp danh mục thôn trước hoặc sửa mã`,
      en: `no village with code ${written} in the loaded village list; load the villages first or fix the code`,
    });
  }
  return code;
}

/** Households passed, which must agree with the FTTH flag (fibre passes no household where it is absent). */
function readPassed(r: RowReader<Key>, ftth: boolean | null): number | null {
  const passed = r.read('householdsPassed', readCount);
  if (ftth === true && passed === null && isEmpty(r.raw('householdsPassed'))) {
    r.require('householdsPassed', { vi: 'khi thôn có FTTH', en: 'when the village has FTTH' });
  } else if (ftth === true && passed === 0) {
    r.fail('householdsPassed', {
      vi: 'bằng 0 trong khi thôn có FTTH; ghi số hộ có thể đăng ký dịch vụ',
      en: 'is 0 while the village has FTTH; give the households that can subscribe',
    });
  } else if (ftth === false && passed !== null && passed > 0) {
    r.fail('householdsPassed', {
      vi: `thôn không có FTTH (cột "${r.label('ftth')}") thì số hộ được phủ phải để trống hoặc 0`,
      en: `must be empty or 0 when the village has no FTTH (column "${r.label('ftth')}")`,
    });
  }
  return ftth === false ? (passed ?? 0) : passed;
}

function readRow(
  r: RowReader<Key>,
  run: DatasetRun,
  state: FixedBroadbandRun,
): FixedBroadbandAvailability | null {
  const villageCode = readVillage(r, run, state);
  const operator = r.read('operator', state.operator);
  if (operator !== null && operator !== state.own) {
    r.fail('operator', {
      vi: `khác doanh nghiệp nộp số liệu (${state.own}); để trống hoặc ghi ${state.own}`,
      en: `differs from the submitting operator (${state.own}); leave empty or write ${state.own}`,
    });
  }
  const ftth = r.read('ftth', state.ftth);
  const householdsPassed = readPassed(r, ftth);
  if (villageCode === null || ftth === null || householdsPassed === null) return null;
  return { villageCode, operator: state.own, ftth, householdsPassed, synthetic: false };
}

export const FIXED_BROADBAND_DATASET: DatasetDefinition<FixedBroadbandAvailability, Key> = defineDataset({
  type: 'fixed_broadband',
  titleVi: 'Băng rộng cố định (FTTH) theo thôn',
  titleEn: 'Fixed broadband (FTTH) by village',
  organisationIsOperator: true,
  fields: FIXED_BROADBAND_FIELDS,
  keyOf,
  validator(ctx, sink) {
    const state = new FixedBroadbandRun(ctx);
    return rowValidator(
      { fields: FIXED_BROADBAND_FIELDS, keyOf, readRow: (r, run) => readRow(r, run, state) },
      ctx,
      sink,
    );
  },
});
