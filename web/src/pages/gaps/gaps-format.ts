import { fill, formatNumber, type Lang } from '../../i18n/i18n.tsx';
import { gaps } from '../../i18n/messages/gaps.ts';
import { distanceParts } from './gaps-query.ts';

/** A distance as people say it: 850 m, 9,3 km (vi) / 9.3 km (en). */
export function formatDistance(metres: number, lang: Lang): string {
  const { unit, value } = distanceParts(metres);
  return fill((unit === 'm' ? gaps.metres : gaps.kilometres)[lang], { n: formatNumber(value, lang) }, lang);
}

/** Where the click label goes: beside the dot, kept inside the map so it is never cut off. */
export function labelPosition(
  point: { x: number; y: number },
  size: { width: number; height: number },
  label = { width: 240, height: 120 },
): { left: number; top: number } {
  const left = Math.max(4, Math.min(point.x + 12, size.width - label.width - 4));
  const top = Math.max(4, Math.min(point.y + 12, size.height - label.height - 4));
  return { left, top };
}
