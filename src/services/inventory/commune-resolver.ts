import type { CommuneQuery, CommuneResolution } from '../../core/inventory-import/validate-site-rows.ts';
import { type IsoDate, isValidOn } from '../../core/units/admin-unit.ts';
import type { UnitCatalogue } from '../units/units-service.ts';

const problem = (vi: string, en: string) => ({ problem: { vi, en } });

/**
 * Turns what a row says of its commune into a current commune code: a code in force on the day
 * (also as Excel left it, without leading zeros), a pre-2025 code mapped forward when it has a single
 * successor, or a name resolved without diacritics or prefixes. Several candidates are a problem that
 * names them, and so is a pre-2025 code the lineage gives no successor for: the system never guesses.
 * When a row gives a code, the code decides (the validator compares the row's name with it).
 */
export function communeResolver(
  catalogue: UnitCatalogue,
): (query: CommuneQuery, on: IsoDate) => CommuneResolution {
  const communeOn = (code: string, on: IsoDate) =>
    (catalogue.byCode.get(code) ?? []).find((u) => u.level === 'commune' && isValidOn(u, on)) ?? null;
  return (query, on) => {
    if (query.code) {
      const text = query.code.trim();
      const codes = /^\d{1,4}$/.test(text) ? [text, text.padStart(5, '0')] : [text];
      for (const code of codes) {
        if (communeOn(code, on)) return { code };
      }
      for (const code of codes) {
        const old = (catalogue.byCode.get(code) ?? []).find(
          (u) => u.level === 'commune' && u.validTo !== null,
        );
        if (!old) continue;
        const successors = catalogue.lineage.filter(
          (l) =>
            l.predecessor.code === code &&
            l.predecessor.level === 'commune' &&
            l.predecessor.validTo === old.validTo,
        );
        const [only] = successors;
        if (successors.length === 1 && only) {
          return {
            code: only.successor.code,
            note: {
              vi: `mã xã cũ ${code} (${old.fullName}) đã chuyển thành ${only.successor.code} từ ${only.effective}`,
              en: `old commune code ${code} (${old.fullName}) became ${only.successor.code} on ${only.effective}`,
            },
          };
        }
        if (successors.length === 0) {
          // A link dropped as a cross-province name collision (admin-lineage-2025/CORRECTIONS.md),
          // or never published: the new commune cannot be told, so none is guessed.
          return problem(
            `mã xã cũ ${code} (${old.fullName}) không còn hiệu lực sau ngày ${old.validTo} và dữ liệu sắp xếp đơn vị hành chính không có xã mới nào kế thừa; hãy ghi mã xã hiện hành`,
            `old commune code ${code} (${old.fullName}) is no longer valid after ${old.validTo} and the reorganisation data has no successor for it; give the current commune code`,
          );
        }
        const list = successors.map((s) => s.successor.code).join(', ');
        return problem(
          `mã xã cũ ${code} (${old.fullName}) đã chia cho nhiều xã mới (${list}); hãy ghi mã xã mới`,
          `old commune code ${code} (${old.fullName}) was split into several new communes (${list}); give the new code`,
        );
      }
      return problem(
        `không có xã, phường mã "${text}" vào ngày ${on}`,
        `no commune with code "${text}" on ${on}`,
      );
    }
    if (!query.name) return problem('thiếu mã xã hoặc tên xã', 'the commune code or name is missing');
    const candidates = catalogue.index
      .resolve({
        name: query.name,
        date: on,
        level: 'commune',
        ...(query.provinceName ? { province: query.provinceName } : {}),
      })
      .filter((c) => c.validOnDate);
    const [best, second] = candidates;
    if (best && best.score >= 0.9 && (!second || second.score < best.score)) return { code: best.code };
    if (!best)
      return problem(`không tìm thấy xã, phường "${query.name}"`, `no commune named "${query.name}"`);
    const list = candidates
      .slice(0, 5)
      .map((c) => `${c.fullName}, ${c.provinceName ?? ''} (${c.code})`)
      .join('; ');
    return problem(
      `tên "${query.name}" khớp nhiều xã: ${list}; hãy ghi mã xã hoặc thêm tên tỉnh`,
      `"${query.name}" matches several communes: ${list}; give the commune code or the province`,
    );
  };
}
