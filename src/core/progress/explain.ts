/**
 * Sentences for the explanation of an evaluation, in Vietnamese and English. Numbers are printed
 * with the conventions of each language (vi-VN: decimal comma) so a report can quote them as is.
 */

import type { EscapResult } from './escap.ts';
import type { EvaluationInputs } from './evaluate-target.ts';
import type { OpenSdgNote, OpenSdgResult } from './open-sdg.ts';
import type { ProjectionResult } from './projection.ts';
import type { RangeAssessment } from './range.ts';
import { type Bilingual, type ProgressStatus, STATUS_LABELS } from './status.ts';

export function num(value: number, lang: 'vi' | 'en', digits = 3): string {
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '−∞';
  return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits });
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A point of the year axis (periods/period.ts: a year's figure sits at its end, so 2025 = end of
 * 2025 and 2024.5 = end of June 2025) as a reader says it: `2025`, or the month `6/2025` / `Jun 2025`.
 */
export function when(axisYear: number, lang: 'vi' | 'en'): string {
  if (!Number.isFinite(axisYear)) return '?';
  if (Number.isInteger(axisYear)) return String(axisYear);
  const year = Math.floor(axisYear) + 1;
  const month = Math.max(1, Math.min(12, Math.round((axisYear - Math.floor(axisYear)) * 12)));
  return lang === 'vi' ? `${month}/${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

function pct(value: number, lang: 'vi' | 'en'): string {
  return `${num(value * 100, lang, 2)} %`;
}

function both(f: (lang: 'vi' | 'en') => string): Bilingual {
  return { vi: f('vi'), en: f('en') };
}

export function join(parts: readonly Bilingual[]): Bilingual {
  return {
    vi: parts.map((p) => p.vi).join(' '),
    en: parts.map((p) => p.en).join(' '),
  };
}

export function statusSentence(status: ProgressStatus): Bilingual {
  return { vi: `${STATUS_LABELS[status].vi}.`, en: `${STATUS_LABELS[status].en}.` };
}

const NOTES: Record<OpenSdgNote, Bilingual> = {
  no_data: { vi: 'Không có số liệu nào.', en: 'There is no data.' },
  duplicate_year: { vi: 'Có năm bị trùng số liệu.', en: 'A year has more than one value.' },
  base_year_shifted: {
    vi: 'Năm gốc cấu hình không có số liệu nên dùng năm có số liệu kế tiếp.',
    en: 'The configured base year has no data, so the next year with data is used.',
  },
  no_data_from_base_year: {
    vi: 'Không có số liệu từ năm gốc trở đi.',
    en: 'There is no data from the base year on.',
  },
  zero_target_replaced: {
    vi: 'Mục tiêu bằng 0 được thay bằng 0,001 (như sdg-build) để tính tốc độ tăng.',
    en: 'A target of 0 is replaced by 0.001 (as sdg-build does) to compute growth rates.',
  },
  zero_base_replaced: {
    vi: 'Giá trị gốc bằng 0 được thay bằng 0,001 (như sdg-build) để tính tốc độ tăng.',
    en: 'A base value of 0 is replaced by 0.001 (as sdg-build does) to compute growth rates.',
  },
  sign_change: {
    vi: 'Giá trị gốc và hiện tại trái dấu nên không tính được tốc độ tăng bình quân.',
    en: 'The base and current values have opposite signs, so no compound growth rate exists.',
  },
  fewer_than_two_points: {
    vi: 'Cần ít nhất hai năm có số liệu kể từ năm gốc.',
    en: 'At least two years of data from the base year on are needed.',
  },
  target_year_not_after_base: {
    vi: 'Hạn của mục tiêu không sau năm gốc nên không tính được tốc độ cần thiết.',
    en: 'The deadline is not after the base year, so no required growth rate exists.',
  },
  limit_ignored_with_target: {
    vi: 'Giới hạn tự nhiên không điều chỉnh ngưỡng khi đã có mục tiêu (như sdg-build).',
    en: 'The natural limit does not scale the cut-offs when there is a target (as in sdg-build).',
  },
  base_beyond_limit: {
    vi: 'Giá trị gốc đã vượt giới hạn tự nhiên; kết quả cần xem lại.',
    en: 'The base value is past the natural limit; read the result with care.',
  },
  not_a_number: {
    vi: 'Tỉ số không xác định (mục tiêu trái dấu với giá trị gốc).',
    en: 'The ratio is undefined (the target has the opposite sign of the base value).',
  },
};

export function noteSentences(notes: readonly OpenSdgNote[]): Bilingual[] {
  return notes.map((n) => NOTES[n]);
}

export function openSdgSentence(r: OpenSdgResult): Bilingual {
  return both((lang) => {
    const vi = lang === 'vi';
    const parts: string[] = [];
    if (r.baseYear !== null && r.baseValue !== null && r.currentYear !== null && r.currentValue !== null) {
      parts.push(
        vi
          ? `Gốc ${when(r.baseYear, lang)} = ${num(r.baseValue, lang)}, hiện tại ${when(r.currentYear, lang)} = ${num(r.currentValue, lang)}`
          : `Base ${when(r.baseYear, lang)} = ${num(r.baseValue, lang)}, current ${when(r.currentYear, lang)} = ${num(r.currentValue, lang)}`,
      );
    }
    if (r.cagrObserved !== null) {
      parts.push(
        `${vi ? 'CAGR quan sát' : 'observed CAGR'} ${pct(r.cagrObserved, lang)}/${vi ? 'năm' : 'yr'}`,
      );
    }
    if (r.cagrRequired !== null && r.target !== null) {
      parts.push(
        vi
          ? `CAGR cần để đạt ${num(r.target, lang)} vào ${when(r.targetYear, lang)}: ${pct(r.cagrRequired, lang)}/năm`
          : `CAGR required to reach ${num(r.target, lang)} by ${when(r.targetYear, lang)}: ${pct(r.cagrRequired, lang)}/yr`,
      );
    }
    if (r.progressValue !== null) {
      const t = r.thresholds;
      parts.push(
        r.methodology === 'target'
          ? `R = ${num(r.progressValue, lang)} (${vi ? 'ngưỡng' : 'cut-offs'} ${num(t.high, lang)} / ${num(t.med, lang)} / ${num(t.low, lang)})`
          : `${vi ? 'tốc độ theo hướng tốt' : 'growth in the good direction'} ${pct(r.progressValue, lang)}/${vi ? 'năm' : 'yr'} (${vi ? 'ngưỡng' : 'cut-offs'} ${pct(t.high, lang)} / ${pct(t.med, lang)} / ${pct(t.low, lang)})`,
      );
    }
    if (r.limitCoefficient !== null) {
      parts.push(
        `${vi ? 'hệ số giới hạn tự nhiên' : 'natural-limit coefficient'} C = ${num(r.limitCoefficient, lang)}`,
      );
    }
    const method = vi ? 'Phương pháp Open SDG (sdg-build)' : 'Open SDG method (sdg-build)';
    return `${method}: ${parts.join('; ')}${parts.length ? '; ' : ''}${vi ? 'nhãn' : 'label'} ${r.sdgBuildStatus}.`;
  });
}

export function escapSentence(r: EscapResult): Bilingual {
  return both((lang) => {
    const vi = lang === 'vi';
    if (r.index === null) {
      return vi
        ? 'Chỉ số hiện trạng ESCAP không xác định (giá trị gốc trùng mục tiêu).'
        : 'ESCAP current status index undefined (the base value equals the target).';
    }
    const share =
      r.expectedShare === null
        ? ''
        : vi
          ? `; thời gian đã qua ${pct(r.expectedShare, lang)}`
          : `; share of the period elapsed ${pct(r.expectedShare, lang)}`;
    return vi
      ? `Chỉ số hiện trạng ESCAP ${num(r.index, lang)} (đã đi được ${pct(r.index, lang)} quãng đường tới mục tiêu; thang 0–10: ${num(r.capped ?? r.scaled ?? 0, lang, 2)})${share}.`
      : `ESCAP current status index ${num(r.index, lang)} (${pct(r.index, lang)} of the distance to the target covered; 0–10 scale: ${num(r.capped ?? r.scaled ?? 0, lang, 2)})${share}.`;
  });
}

export function projectionSentence(r: ProjectionResult): Bilingual {
  return both((lang) => {
    const vi = lang === 'vi';
    const head = vi
      ? `Dự báo (hồi quy tuyến tính có trọng số ${r.weighting.kind}) cho ${when(r.deadlineYear, lang)}: ${num(r.projectedValue, lang)}${r.clamped ? ' (đã chặn ở giới hạn tự nhiên)' : ''}`
      : `Projection (weighted linear fit, ${r.weighting.kind} weights) for ${when(r.deadlineYear, lang)}: ${num(r.projectedValue, lang)}${r.clamped ? ' (clamped to the natural limit)' : ''}`;
    const gap =
      r.gap === null
        ? ''
        : vi
          ? `; chênh so với mục tiêu ${num(r.gap, lang)}`
          : `; gap to the target ${num(r.gap, lang)}`;
    const met =
      r.outlook === 'already_met'
        ? vi
          ? `; đã đạt từ ${when(r.metYear ?? Number.NaN, lang)}`
          : `; met since ${when(r.metYear ?? Number.NaN, lang)}`
        : r.outlook === 'will_meet'
          ? vi
            ? `; với nhịp hiện tại sẽ đạt năm ${when(r.metYear ?? Number.NaN, lang)}`
            : `; at the current pace met in ${when(r.metYear ?? Number.NaN, lang)}`
          : r.outlook === 'never'
            ? vi
              ? '; với xu hướng hiện tại sẽ không đạt'
              : '; never met on the current trend'
            : '';
    return `${head}${gap}${met}.`;
  });
}

export function rangeSentence(r: RangeAssessment): Bilingual {
  return both((lang) => {
    const vi = lang === 'vi';
    const where = vi
      ? { below: 'dưới', within: 'trong', above: 'trên' }[r.position]
      : { below: 'below', within: 'within', above: 'above' }[r.position];
    const head = vi
      ? `Giá trị hiện tại ${num(r.value, lang)} nằm ${where} khoảng mục tiêu ${num(r.min, lang)}–${num(r.max, lang)}`
      : `Current value ${num(r.value, lang)} is ${where} the target range ${num(r.min, lang)}–${num(r.max, lang)}`;
    if (r.overshoot) {
      return vi
        ? `${head}: vượt mức quy hoạch, coi là đã đạt nhưng cần rà soát quy hoạch hoặc đầu tư.`
        : `${head}: beyond what the plan wrote; counted as achieved, but the plan or the build-out needs review.`;
    }
    if (r.chaseBound !== null) {
      return vi
        ? `${head}: đánh giá tiến độ so với cận ${num(r.chaseBound, lang)}.`
        : `${head}: progress is judged against the bound ${num(r.chaseBound, lang)}.`;
    }
    return `${head}.`;
  });
}

/** Facts about the inputs a reader needs to trust the numbers. */
export function inputSentences(inputs: EvaluationInputs, deadlineYear: number): Bilingual[] {
  const out: Bilingual[] = [];
  if (inputs.baselineAdded && inputs.baseline !== null) {
    const { year, value } = inputs.baseline;
    out.push({
      vi: `Giá trị gốc của quy hoạch (${when(year, 'vi')} = ${num(value, 'vi')}) được thêm vì chuỗi số liệu thiếu năm đó.`,
      en: `The plan's baseline (${when(year, 'en')} = ${num(value, 'en')}) was added because the series lacks that year.`,
    });
  }
  if (inputs.direction !== inputs.indicatorDirection) {
    out.push({
      vi: `Mục tiêu dạng "${inputs.comparator}" quyết định chiều tốt, khác chiều của chỉ tiêu.`,
      en: `The target's "${inputs.comparator}" sets the good direction, unlike the indicator's.`,
    });
  }
  const estimated = inputs.points.filter((p) => p.estimated === true).map((p) => p.year);
  if (estimated.length > 0) {
    out.push({
      vi: `Số liệu ước tính ở các năm: ${estimated.join(', ')}.`,
      en: `Estimated values in: ${estimated.join(', ')}.`,
    });
  }
  if (inputs.droppedAfterAsOf > 0) {
    out.push({
      vi: `Bỏ qua ${inputs.droppedAfterAsOf} giá trị sau ${when(inputs.asOfYear, 'vi')}.`,
      en: `${inputs.droppedAfterAsOf} value(s) after ${when(inputs.asOfYear, 'en')} ignored.`,
    });
  }
  if (inputs.asOfYear > deadlineYear) {
    out.push({ vi: `Đã quá hạn ${deadlineYear}.`, en: `The ${deadlineYear} deadline has passed.` });
  }
  return out;
}
