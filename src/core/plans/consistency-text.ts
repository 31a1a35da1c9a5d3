/**
 * The consistency result as a plain-text report in Vietnamese or English: a heading, the plans and
 * the day checked, counts per severity and per kind, then one numbered line per finding (errors
 * first, then warnings, then notes; in check order within a severity).
 */
import { formatDate, formatNumber, type Lang } from './consistency-messages.ts';
import {
  type ConsistencyResult,
  FINDING_KINDS,
  type FindingKind,
  type Severity,
} from './consistency-types.ts';

export type { Lang } from './consistency-messages.ts';

const KIND_LABELS: Readonly<Record<FindingKind, { vi: string; en: string }>> = {
  missing_counterpart: { vi: 'Thiếu chỉ tiêu tương ứng', en: 'Missing counterpart' },
  weaker_than_national: { vi: 'Thấp hơn yêu cầu quốc gia', en: 'Weaker than national' },
  deadline_mismatch: { vi: 'Thời hạn không khớp', en: 'Deadline mismatch' },
  unit_mismatch: { vi: 'Đơn vị tính không khớp', en: 'Unit of measure mismatch' },
  deadline_outside_period: { vi: 'Thời hạn ngoài thời kỳ kế hoạch', en: 'Deadline outside plan period' },
  scope_unit_gone: { vi: 'Đơn vị hành chính không còn tồn tại', en: 'Administrative unit no longer exists' },
  scope_unit_unknown: { vi: 'Không xác định được đơn vị hành chính', en: 'Unknown administrative unit' },
  sum_outside_national: { vi: 'Tổng các tỉnh ngoài mức quốc gia', en: 'Provincial sum outside national' },
  unknown_indicator: { vi: 'Chỉ tiêu chưa có trong danh mục', en: 'Indicator not in catalogue' },
};

const SEVERITY_LABELS: Readonly<Record<Severity, { vi: string; en: string }>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const WORDS = {
  vi: {
    heading: 'BÁO CÁO RÀ SOÁT TÍNH THỐNG NHẤT CỦA KẾ HOẠCH TỈNH VỚI QUY HOẠCH QUỐC GIA',
    national: 'Quy hoạch quốc gia',
    provincial: 'Kế hoạch tỉnh',
    asOf: 'Ngày đối chiếu',
    total: 'Tổng số phát hiện',
    byKind: 'Theo loại',
    findings: 'Chi tiết',
    none: 'Không phát hiện điểm không thống nhất.',
    consistent:
      'Kết luận: không có lỗi; kế hoạch tỉnh thống nhất với quy hoạch quốc gia ở các chỉ tiêu đã so sánh.',
    inconsistent: 'Kết luận: có lỗi cần điều chỉnh để kế hoạch tỉnh thống nhất với quy hoạch quốc gia.',
  },
  en: {
    heading: 'CONSISTENCY OF PROVINCIAL PLANS WITH THE NATIONAL PLAN',
    national: 'National plan',
    provincial: 'Provincial plans',
    asOf: 'Checked as of',
    total: 'Findings',
    byKind: 'By kind',
    findings: 'Details',
    none: 'No inconsistency found.',
    consistent:
      'Conclusion: no errors; the provincial plans agree with the national plan on the targets compared.',
    inconsistent:
      'Conclusion: errors must be fixed for the provincial plans to agree with the national plan.',
  },
} as const;

export function renderConsistencyReport(result: ConsistencyResult, lang: Lang): string {
  const w = WORDS[lang];
  const n = (x: number): string => formatNumber(x, lang);
  const { summary } = result;
  const severities = SEVERITY_ORDER.map(
    (s) => `${SEVERITY_LABELS[s][lang].toLowerCase()}: ${n(summary.bySeverity[s])}`,
  ).join(', ');
  const lines = [
    w.heading,
    '',
    `${w.national}: ${result.nationalPlanCode}`,
    `${w.provincial}: ${result.provincialPlanCodes.join(', ')}`,
    `${w.asOf}: ${formatDate(result.asOf, lang)}`,
    '',
    `${w.total}: ${n(summary.total)} (${severities})`,
  ];
  const kinds = FINDING_KINDS.filter((k) => summary.byKind[k] > 0);
  if (kinds.length > 0) {
    lines.push(`${w.byKind}:`);
    for (const k of kinds) lines.push(`- ${KIND_LABELS[k][lang]}: ${n(summary.byKind[k])}`);
  }
  lines.push('');
  if (result.findings.length === 0) {
    lines.push(w.none);
  } else {
    lines.push(`${w.findings}:`);
    const ordered = SEVERITY_ORDER.flatMap((s) => result.findings.filter((f) => f.severity === s));
    ordered.forEach((f, i) => {
      lines.push(`${n(i + 1)}. [${SEVERITY_LABELS[f.severity][lang]}] ${f.message[lang]}`);
    });
  }
  lines.push('', summary.consistent ? w.consistent : w.inconsistent);
  return `${lines.join('\n')}\n`;
}
