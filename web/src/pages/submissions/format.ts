import type { Lang } from '../../i18n/i18n.tsx';

// Timestamps and periods of submissions as users write them.

/**
 * The server's timestamps ("2026-11-23 12:21:28.282+00", or ISO with T/Z) as a Date, or null. The
 * PostgreSQL form is not one Date.parse must accept, so it is rewritten to ISO 8601 first.
 */
export function parseTimestamp(text: string): Date | null {
  const iso = text
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Date and time in Vietnam's time (where the data and its reviewers are): 23/11/2026 19:21. */
export function formatDateTime(text: string, lang: Lang): string {
  const date = parseTimestamp(text);
  if (!date) return text;
  const parts = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: lang === 'vi' ? 'numeric' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return lang === 'vi'
    ? `${Number(part('day'))}/${Number(part('month'))}/${part('year')} ${part('hour')}:${part('minute')}`
    : `${Number(part('day'))} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** The quarter a day falls in, as the server writes periods: 2026-Q4. */
export function quarterOf(date: Date): string {
  // In Vietnam's time: late on 31 December UTC is already the next year there.
  const local = new Date(date.getTime() + 7 * 3600_000);
  return `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}

/** The period forms the server accepts (src/core/periods/period.ts): 2026, 2026-Q4, 2026-11. */
export function isPeriodText(text: string): boolean {
  return /^\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/.test(text.trim());
}

/** Bytes as people read file sizes: 812 B, 45,3 kB, 2,1 MB (decimal comma in Vietnamese). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
  return `${number} ${units[unit]}`;
}
