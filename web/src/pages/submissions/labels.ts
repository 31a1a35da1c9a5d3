import { DATASET_TYPES, type DatasetType } from '../../../../src/core/inventory-import/dataset-contract.ts';
import { DATASETS } from '../../../../src/core/inventory-import/datasets.ts';
import { STATUS_NAMES } from '../../../../src/core/submissions/workflow.ts';
import type { Lang, Msg } from '../../i18n/i18n.tsx';
import type { SubmissionStatus } from './submission-types.ts';

// Names of statuses and dataset types, taken from the server's own modules so the page, the report and
// the server's messages call them the same.

export const STATUSES: readonly SubmissionStatus[] = [
  'submitted',
  'draft',
  'approved',
  'rejected',
  'invalid',
];

export const isStatus = (value: string | null): value is SubmissionStatus =>
  value !== null && (STATUSES as readonly string[]).includes(value);

export const isDatasetType = (value: string | null): value is DatasetType =>
  value !== null && (DATASET_TYPES as readonly string[]).includes(value);

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** "Bản nháp", "Đã gửi, chờ duyệt"… as a label (the server's names are written mid-sentence). */
export function statusLabel(status: SubmissionStatus, lang: Lang): string {
  return capitalise(STATUS_NAMES[status][lang]);
}

/** The badge's class: colour follows status; the badge always carries the name too. */
export function statusClass(status: SubmissionStatus): string {
  return `badge sub-status sub-status-${status}`;
}

/** The synthetic inventory the system loads itself has no dataset definition. */
const DEMO: Msg = { vi: 'Dữ liệu mẫu (tổng hợp)', en: 'Sample inventory (synthetic)' };

export function datasetTitle(type: string, lang: Lang): string {
  if (isDatasetType(type)) {
    const d = DATASETS[type];
    return lang === 'en' ? d.titleEn : d.titleVi;
  }
  if (type === 'demo') return DEMO[lang];
  return type;
}

/** Whether a dataset type is sent by an operator (organisation = operator code) rather than a province. */
export function isOperatorDataset(type: DatasetType): boolean {
  return DATASETS[type].organisationIsOperator;
}
