import { parsePeriod, periodEndDate } from '../periods/period.ts';
import type { IsoDate } from '../units/admin-unit.ts';
import { isEmpty, isProblem, type Problem, readDate, readNumber, readText, show } from './cell-values.ts';
import type { RawRecord, RowError } from './plan-input.ts';
import type { Indicator } from './plan-model.ts';
import { unitCodeOn } from './validate-plan.ts';

export interface ObservationInput {
  indicatorCode: string;
  unitCode: string;
  /** Day the unit code is read on: given, else the last day of the period. */
  unitOn: IsoDate;
  period: string;
  periodEnd: IsoDate;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sourceUrl: string | null;
  note: string | null;
}

export interface ObservationContext {
  findIndicator(code: string): Indicator | null;
  unitExists(code: string, on: IsoDate): boolean;
}

const LABELS: Record<string, string> = {
  indicator: 'Mã chỉ tiêu',
  unit: 'Mã đơn vị',
  unitDate: 'Ngày áp dụng mã đơn vị',
  period: 'Kỳ số liệu',
  value: 'Giá trị',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  sourceUrl: 'Nguồn (đường dẫn)',
  note: 'Ghi chú',
};

// A value and a ratio's parts may disagree by rounding in the source (84.4 % printed for 84.38 %).
const RATIO_TOLERANCE = 0.05;

/**
 * Checks a reported figure: a known indicator, a unit in force at the period's end (or on `unitDate`),
 * a period such as `2025`, `2025-Q2`, `2025-06`, a number within the indicator's natural limit, and
 * for shares both parts or neither, agreeing with the value.
 */
export function validateObservation(
  record: RawRecord,
  ctx: ObservationContext,
): { ok: true; observation: ObservationInput } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: string, message: Problem['problem']) =>
    errors.push({
      ...(record.location.sheet !== undefined ? { sheet: record.location.sheet } : {}),
      row: record.location.row,
      field,
      column: LABELS[field] ?? field,
      value: show(record.fields[field]),
      message,
    });
  const read = <T>(
    field: string,
    reader: (raw: RawRecord['fields'][string]) => T | null | Problem,
    required: boolean,
  ) => {
    const raw = record.fields[field];
    if (isEmpty(raw)) {
      if (required) fail(field, { vi: 'bắt buộc, đang để trống', en: 'is required but empty' });
      return null;
    }
    const value = reader(raw);
    if (isProblem(value)) {
      fail(field, value.problem);
      return null;
    }
    return value;
  };

  const indicatorCode = read('indicator', readText, true)?.toUpperCase() ?? null;
  const indicator = indicatorCode ? ctx.findIndicator(indicatorCode) : null;
  if (indicatorCode && !indicator)
    fail('indicator', { vi: 'không có chỉ tiêu nào với mã này', en: 'no indicator has this code' });
  const unitCode = read('unit', readText, true)?.toUpperCase() ?? null;
  const unitDate = read('unitDate', readDate, false);
  const periodText = read('period', readText, true);
  const period = periodText ? parsePeriod(periodText) : null;
  if (periodText && !period) {
    fail('period', {
      vi: 'cần năm (2025), quý (2025-Q2) hoặc tháng (2025-06)',
      en: 'expected a year (2025), quarter (2025-Q2) or month (2025-06)',
    });
  }
  const numerator = read('numerator', readNumber, false);
  const denominator = read('denominator', readNumber, false);
  let value = read('value', readNumber, numerator === null || denominator === null);
  if (
    (numerator === null) !== (denominator === null) &&
    isEmpty(record.fields.numerator) !== isEmpty(record.fields.denominator)
  ) {
    fail(numerator === null ? 'numerator' : 'denominator', {
      vi: 'tử số và mẫu số phải đi cùng nhau',
      en: 'numerator and denominator go together',
    });
  }
  if (denominator !== null && denominator <= 0)
    fail('denominator', { vi: 'phải lớn hơn 0', en: 'must be greater than 0' });
  if (indicator && numerator !== null && denominator !== null && denominator > 0) {
    if (indicator.aggregation !== 'ratio') {
      fail('numerator', {
        vi: `chỉ tiêu ${indicator.code} không phải là tỷ lệ`,
        en: `${indicator.code} is not a ratio`,
      });
    } else {
      const computed = (indicator.scale * numerator) / denominator;
      if (value === null) value = computed;
      else if (Math.abs(computed - value) > RATIO_TOLERANCE * Math.max(1, indicator.scale / 100)) {
        fail('value', {
          vi: `không khớp tử số/mẫu số (${computed.toFixed(2)})`,
          en: `does not match numerator/denominator (${computed.toFixed(2)})`,
        });
      }
    }
  }
  if (indicator && value !== null && indicator.naturalLimit !== null && value > indicator.naturalLimit) {
    fail('value', {
      vi: `vượt giới hạn ${indicator.naturalLimit} ${indicator.unit}`,
      en: `exceeds the limit of ${indicator.naturalLimit} ${indicator.unit}`,
    });
  }
  // Every indicator in the catalogue (shares, counts, capacities, speeds, ranks, days) is non-negative.
  if (value !== null && value < 0) fail('value', { vi: 'không được âm', en: 'must not be negative' });
  const periodEnd = period ? periodEndDate(period) : null;
  const unitOn = unitDate ?? periodEnd;
  const knownCode = unitCode && unitOn ? unitCodeOn(unitCode, unitOn, ctx) : null;
  if (unitCode && unitOn && knownCode === null) {
    fail('unit', {
      vi: `không có đơn vị hành chính mã "${unitCode}" vào ngày ${unitOn}`,
      en: `no administrative unit with code "${unitCode}" on ${unitOn}`,
    });
  }
  if (
    errors.length > 0 ||
    !indicator ||
    !knownCode ||
    !period ||
    !periodText ||
    value === null ||
    !unitOn ||
    !periodEnd
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    observation: {
      indicatorCode: indicator.code,
      unitCode: knownCode,
      unitOn,
      period: periodText,
      periodEnd,
      value,
      numerator,
      denominator,
      sourceUrl: read('sourceUrl', readText, false),
      note: read('note', readText, false),
    },
  };
}
