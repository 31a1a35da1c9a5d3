/**
 * Progress statuses shared by every evaluation method, and their mapping from the labels of
 * sdg-build's ProgressMeasure.py (Open SDG / Statistics Canada), which we keep in each result so a
 * reader can check our status against the method it comes from.
 */

export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'acceleration_needed'
  | 'limited_progress'
  | 'deterioration'
  | 'insufficient_data';

/** Labels returned by `get_progress_status` in sdg-build `sdg/ProgressMeasure.py`. */
export type SdgBuildStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available';

/** Bilingual text; every result explains itself in both languages of the system. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * sdg-build label → our status. The Open SDG documentation (docs/progress-methodology.md) names the
 * categories "Target achieved", "On track" (R ≥ 95 %), "Progress made but acceleration needed"
 * (60 % ≤ R < 95 %), "Limited progress" (0 ≤ R < 60 %) and "Deterioration" (R < 0); sdg-build's
 * internal labels for the same categories are the left-hand side here.
 */
const FROM_SDG_BUILD: Record<SdgBuildStatus, ProgressStatus> = {
  target_achieved: 'achieved',
  substantial_progress: 'on_track',
  moderate_progress: 'acceleration_needed',
  limited_progress: 'limited_progress',
  deterioration: 'deterioration',
  not_available: 'insufficient_data',
};

export function statusFromSdgBuild(label: SdgBuildStatus): ProgressStatus {
  return FROM_SDG_BUILD[label];
}

export const STATUS_LABELS: Record<ProgressStatus, Bilingual> = {
  achieved: { vi: 'Đã đạt mục tiêu', en: 'Target achieved' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  acceleration_needed: { vi: 'Có tiến bộ nhưng cần đẩy nhanh', en: 'Progress made but acceleration needed' },
  limited_progress: { vi: 'Tiến bộ hạn chế', en: 'Limited progress' },
  deterioration: { vi: 'Đi xuống', en: 'Deterioration' },
  insufficient_data: { vi: 'Không đủ dữ liệu', en: 'Insufficient data' },
};

/** Cut-offs on the progress value: ≥ high, [med, high), [low, med), < low. */
export interface ProgressThresholds {
  high: number;
  med: number;
  low: number;
}

/**
 * `get_progress_status` of sdg-build: an achieved target overrides everything; otherwise the value
 * is compared with the cut-offs, lower bound inclusive. A null or NaN value (NaN fails every
 * comparison in Python as in JavaScript) is `not_available`.
 */
export function classifyProgress(
  value: number | null,
  thresholds: ProgressThresholds,
  targetAchieved: boolean,
): SdgBuildStatus {
  if (targetAchieved) return 'target_achieved';
  if (value !== null) {
    if (value >= thresholds.high) return 'substantial_progress';
    if (thresholds.med <= value && value < thresholds.high) return 'moderate_progress';
    if (thresholds.low <= value && value < thresholds.med) return 'limited_progress';
    if (value < thresholds.low) return 'deterioration';
  }
  return 'not_available';
}
