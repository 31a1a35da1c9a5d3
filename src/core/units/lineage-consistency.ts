/**
 * Sanity rule for the old → new commune lineage of the 1 July 2025 reorganisation.
 *
 * Communes were rearranged by each old province before provinces merged (Resolution 76/2025/UBTVQH15
 * and the per-province resolutions 1654–1687/NQ-UBTVQH15), so the old communes that formed one new
 * commune all lie in a single old province. The public mapping was extracted with machine help and
 * holds a few links to a same-named commune of a neighbouring old province (e.g. new 11995 Xã Đại
 * Đồng ← old 13219 Xã Việt Hùng of Thái Bình, where the official text says Xã Việt Hưng of Hưng Yên).
 * Such a link is dropped: it is the odd one out of the dominant old province.
 */
export interface CommuneLink<T> {
  link: T;
  oldProvinceCode: string;
}

export function splitCrossProvinceLinks<T>(links: readonly CommuneLink<T>[]): { kept: T[]; dropped: T[] } {
  const counts = new Map<string, number>();
  for (const { oldProvinceCode } of links)
    counts.set(oldProvinceCode, (counts.get(oldProvinceCode) ?? 0) + 1);
  if (counts.size <= 1) return { kept: links.map((l) => l.link), dropped: [] };
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // A tie leaves no dominant province: keep everything rather than guess.
  if (!first || (second && second[1] === first[1])) return { kept: links.map((l) => l.link), dropped: [] };
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const l of links) (l.oldProvinceCode === first[0] ? kept : dropped).push(l.link);
  return { kept, dropped };
}
