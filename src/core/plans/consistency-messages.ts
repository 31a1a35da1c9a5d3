/**
 * Wording of consistency findings in Vietnamese (as a provincial department or the ministry would
 * write it) and English, with numbers and dates in each locale: vi `1.234,5` and `31/12/2025`,
 * en `1,234.5` and `31 Dec 2025`.
 */
import type { IsoDate } from '../units/admin-unit.ts';
import type {
  DatedUnitRef,
  LocalizedText,
  UnitSuccessor,
  UnitVersion,
  WeaknessReason,
} from './consistency-types.ts';
import type { Indicator, TargetValue } from './plan-model.ts';

export type Lang = 'vi' | 'en';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Up to two decimals, trailing zeros dropped, thousands grouped: vi `93.000`, `1.234,5`; en `93,000`. */
export function formatNumber(n: number, lang: Lang): string {
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const rounded = Math.round(Math.abs(n) * 100) / 100;
  const [whole = '0', fraction] = rounded
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : decimal + fraction}`;
}

/** vi `31/12/2025`, en `31 Dec 2025`; anything not `YYYY-MM-DD` is returned as is. */
export function formatDate(date: IsoDate, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return date;
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${d}/${mo}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
}

const UNIT_VI: Readonly<Record<string, string>> = { days: 'ngày', 'tonnes/day': 'tấn/ngày', MW: 'MW' };

/** A number with its unit of measure: `90%`, `40 Mb/s`, `5 ngày`, `12` (counts carry no unit). */
export function quantity(n: number, unit: string, lang: Lang): string {
  const num = formatNumber(n, lang);
  if (unit === '%') return `${num}%`;
  if (unit === 'count' || unit === '') return num;
  if (unit === 'rank') return lang === 'vi' ? `hạng ${num}` : `rank ${num}`;
  return `${num} ${lang === 'vi' ? (UNIT_VI[unit] ?? unit) : unit}`;
}

/** vi `tối thiểu 90%`, `từ 12 đến 14`; en `at least 90%`, `12–14`. */
export function formatValue(value: TargetValue, unit: string, lang: Lang): string {
  if (value.comparator === 'range') {
    const [a, b] = [quantity(value.min, unit, lang), quantity(value.max, unit, lang)];
    return lang === 'vi' ? `từ ${a} đến ${b}` : `${a}–${b}`;
  }
  const q = quantity(value.value, unit, lang);
  const words = {
    vi: { '>=': 'tối thiểu', '<=': 'tối đa', '=': 'đúng' },
    en: { '>=': 'at least', '<=': 'at most', '=': 'exactly' },
  }[lang];
  return `${words[value.comparator]} ${q}`;
}

/** A target as messages cite it. */
export interface Cited {
  planCode: string;
  indicator: Indicator;
  value: TargetValue;
  deadline: IsoDate;
}

const nameOf = (indicator: Indicator, lang: Lang): string =>
  `“${lang === 'vi' ? indicator.nameVi : indicator.nameEn}”`;
const levelOf = (c: Cited, lang: Lang): string => formatValue(c.value, c.indicator.unit, lang);
const both = (f: (lang: Lang) => string): LocalizedText => ({ vi: f('vi'), en: f('en') });

export const missingMessage = (national: Cited, provincialPlanCode: string): LocalizedText => ({
  vi: `Chỉ tiêu quốc gia ${nameOf(national.indicator, 'vi')} (${national.planCode}, hạn ${formatDate(national.deadline, 'vi')}, mức ${levelOf(national, 'vi')}) chưa có chỉ tiêu tương ứng trong kế hoạch tỉnh ${provincialPlanCode}.`,
  en: `National target ${nameOf(national.indicator, 'en')} (${national.planCode}, due ${formatDate(national.deadline, 'en')}, ${levelOf(national, 'en')}) has no counterpart in provincial plan ${provincialPlanCode}.`,
});

export function weakerMessage(
  national: Cited,
  provincial: Cited,
  reasons: readonly WeaknessReason[],
): LocalizedText {
  const vi: string[] = [];
  const en: string[] = [];
  if (reasons.includes('value')) {
    vi.push(
      `mức của tỉnh (${levelOf(provincial, 'vi')}) thấp hơn yêu cầu quốc gia (${levelOf(national, 'vi')})`,
    );
    en.push(
      `the provincial level (${levelOf(provincial, 'en')}) falls short of the national level (${levelOf(national, 'en')})`,
    );
  }
  if (reasons.includes('deadline')) {
    vi.push(
      `hạn của tỉnh ${formatDate(provincial.deadline, 'vi')} muộn hơn hạn quốc gia ${formatDate(national.deadline, 'vi')}`,
    );
    en.push(
      `the provincial deadline ${formatDate(provincial.deadline, 'en')} is later than the national ${formatDate(national.deadline, 'en')}`,
    );
  }
  return {
    vi: `Chỉ tiêu ${nameOf(provincial.indicator, 'vi')} trong kế hoạch tỉnh ${provincial.planCode} chưa bảo đảm yêu cầu của chỉ tiêu quốc gia (${national.planCode}): ${vi.join('; ')}.`,
    en: `Target ${nameOf(provincial.indicator, 'en')} in provincial plan ${provincial.planCode} is weaker than the national target (${national.planCode}): ${en.join('; ')}.`,
  };
}

export const deadlineMismatchMessage = (
  national: Cited,
  provincial: Cited,
  weakerValue: boolean,
): LocalizedText => ({
  vi:
    `Chỉ tiêu ${nameOf(provincial.indicator, 'vi')} trong kế hoạch tỉnh ${provincial.planCode} có hạn ${formatDate(provincial.deadline, 'vi')}, sớm hơn hạn của chỉ tiêu quốc gia (${national.planCode}, hạn ${formatDate(national.deadline, 'vi')}); ` +
    (weakerValue
      ? `mức ${levelOf(provincial, 'vi')} thấp hơn yêu cầu quốc gia ${levelOf(national, 'vi')} và kế hoạch tỉnh chưa đặt chỉ tiêu tại thời hạn quốc gia.`
      : `mức ${levelOf(provincial, 'vi')} không thấp hơn yêu cầu quốc gia ${levelOf(national, 'vi')}.`),
  en:
    `Target ${nameOf(provincial.indicator, 'en')} in provincial plan ${provincial.planCode} is due ${formatDate(provincial.deadline, 'en')}, earlier than the national target (${national.planCode}, due ${formatDate(national.deadline, 'en')}); ` +
    (weakerValue
      ? `its level ${levelOf(provincial, 'en')} falls short of the national ${levelOf(national, 'en')} and the plan sets no target at the national deadline.`
      : `its level ${levelOf(provincial, 'en')} meets the national ${levelOf(national, 'en')}.`),
});

export const unitMismatchMessage = (national: Cited, provincial: Cited): LocalizedText => ({
  vi: `Chỉ tiêu ${nameOf(provincial.indicator, 'vi')} trong kế hoạch tỉnh ${provincial.planCode} tính theo đơn vị “${provincial.indicator.unit}”, khác đơn vị “${national.indicator.unit}” của chỉ tiêu quốc gia tương ứng ${nameOf(national.indicator, 'vi')} (${national.planCode}); không so sánh được mức chỉ tiêu.`,
  en: `Target ${nameOf(provincial.indicator, 'en')} in provincial plan ${provincial.planCode} is measured in “${provincial.indicator.unit}”, unlike the “${national.indicator.unit}” of the matching national target ${nameOf(national.indicator, 'en')} (${national.planCode}); the levels cannot be compared.`,
});

export const outsidePeriodMessage = (provincial: Cited, start: number, end: number): LocalizedText => ({
  vi: `Chỉ tiêu ${nameOf(provincial.indicator, 'vi')} trong kế hoạch tỉnh ${provincial.planCode} có hạn ${formatDate(provincial.deadline, 'vi')}, nằm ngoài thời kỳ của kế hoạch (${start}–${end}).`,
  en: `Target ${nameOf(provincial.indicator, 'en')} in provincial plan ${provincial.planCode} is due ${formatDate(provincial.deadline, 'en')}, outside the plan period (${start}–${end}).`,
});

const successorText = (successors: readonly UnitSuccessor[], lang: Lang): string =>
  successors
    .map((s) =>
      lang === 'vi'
        ? `${s.name} (mã ${s.code}, ${s.kind === 'full' ? 'kế thừa toàn bộ' : 'kế thừa một phần'})`
        : `${s.name} (code ${s.code}, ${s.kind === 'full' ? 'full' : 'partial'} successor)`,
    )
    .join(', ');

/** `subject` null: the plan's own scope; otherwise the indicator of a target scoped to the unit. */
export const unitGoneMessage = (
  planCode: string,
  subject: Indicator | null,
  unit: UnitVersion,
  successors: readonly UnitSuccessor[],
  asOf: IsoDate,
): LocalizedText =>
  both((lang) => {
    const vi = lang === 'vi';
    const what =
      subject === null
        ? vi
          ? `Phạm vi của kế hoạch tỉnh ${planCode}`
          : `The scope of provincial plan ${planCode}`
        : vi
          ? `Phạm vi của chỉ tiêu ${nameOf(subject, lang)} trong kế hoạch tỉnh ${planCode}`
          : `The scope of target ${nameOf(subject, lang)} in provincial plan ${planCode}`;
    const until = unit.validTo === null ? '' : formatDate(unit.validTo, lang);
    if (vi) {
      const next =
        successors.length === 0
          ? 'chưa xác định được đơn vị kế thừa.'
          : `đề nghị chuyển sang đơn vị kế thừa: ${successorText(successors, lang)}.`;
      return `${what} là đơn vị hành chính ${unit.name} (mã ${unit.code}); đơn vị này không còn tồn tại tại ngày ${formatDate(asOf, lang)} (hiệu lực đến hết ngày ${until}); ${next}`;
    }
    const next =
      successors.length === 0
        ? 'no successor is known.'
        : `proposed successor: ${successorText(successors, lang)}.`;
    return `${what}, ${unit.name} (code ${unit.code}), no longer exists on ${formatDate(asOf, lang)} (in force until ${until}); ${next}`;
  });

export const unitUnknownMessage = (planCode: string, ref: DatedUnitRef): LocalizedText => ({
  vi: `Kế hoạch ${planCode} nêu đơn vị hành chính mã ${ref.code}, nhưng không có đơn vị nào mang mã này vào ngày ${formatDate(ref.on, 'vi')}.`,
  en: `Plan ${planCode} names administrative unit code ${ref.code}, but no unit has this code on ${formatDate(ref.on, 'en')}.`,
});

export function sumMessage(
  national: Cited,
  sum: { min: number; max: number },
  planCodes: readonly string[],
  side: 'above' | 'below' | 'partly',
): LocalizedText {
  return both((lang) => {
    const total =
      sum.min === sum.max
        ? quantity(sum.min, national.indicator.unit, lang)
        : formatValue({ comparator: 'range', min: sum.min, max: sum.max }, national.indicator.unit, lang);
    const nat = levelOf(national, lang);
    if (lang === 'vi') {
      const verb = { above: 'vượt', below: 'chưa đạt', partly: 'có thể nằm ngoài' }[side];
      return `Tổng chỉ tiêu ${nameOf(national.indicator, lang)} của ${planCodes.length} kế hoạch tỉnh (${planCodes.join(', ')}) là ${total}, ${verb} mức quốc gia ${nat} (${national.planCode}, hạn ${formatDate(national.deadline, lang)}).`;
    }
    const verb = { above: 'exceeds', below: 'falls short of', partly: 'may fall outside' }[side];
    return `The total of ${nameOf(national.indicator, lang)} in ${planCodes.length} provincial plan${planCodes.length === 1 ? '' : 's'} (${planCodes.join(', ')}) is ${total}, which ${verb} the national target of ${nat} (${national.planCode}, due ${formatDate(national.deadline, lang)}).`;
  });
}

export const unknownIndicatorMessage = (planCode: string, indicatorCode: string): LocalizedText => ({
  vi: `Kế hoạch ${planCode} có chỉ tiêu mã ${indicatorCode} chưa có trong danh mục chỉ tiêu; chưa kiểm tra được chỉ tiêu này.`,
  en: `Plan ${planCode} has a target on indicator ${indicatorCode}, which is not in the indicator catalogue; it was not checked.`,
});
