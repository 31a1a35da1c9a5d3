import type { UnitResolution } from '../../core/inventory-import/dataset-contract.ts';
import { type IsoDate, isValidOn } from '../../core/units/admin-unit.ts';
import type { UnitCatalogue } from '../units/units-service.ts';

const problem = (vi: string, en: string): UnitResolution => ({ problem: { vi, en } });

/**
 * Turns what a row says of its province into a current province code: a code in force on the day
 * (`6` as Excel leaves `06`), a pre-2025 code mapped forward to the province it merged into (a
 * warning says so), or a name resolved without diacritics or prefixes. Never guesses between several,
 * nor for a pre-2025 code the lineage gives no successor for.
 */
export function provinceResolver(
  catalogue: UnitCatalogue,
): (query: { code?: string; name?: string }, on: IsoDate) => UnitResolution {
  const provinceOn = (code: string, on: IsoDate) =>
    (catalogue.byCode.get(code) ?? []).find((u) => u.level === 'province' && isValidOn(u, on)) ?? null;
  return (query, on) => {
    if (query.code) {
      const text = query.code.trim();
      const code = /^\d$/.test(text) ? text.padStart(2, '0') : text;
      if (provinceOn(code, on)) return { code };
      const old = (catalogue.byCode.get(code) ?? []).find(
        (u) => u.level === 'province' && u.validTo !== null,
      );
      if (old) {
        const successors = catalogue.lineage.filter(
          (l) => l.predecessor.level === 'province' && l.predecessor.code === code,
        );
        const codes = [...new Set(successors.map((s) => s.successor.code))];
        const [only] = codes;
        if (codes.length === 1 && only !== undefined) {
          return {
            code: only,
            note: {
              vi: `mã tỉnh cũ ${code} (${old.fullName}) nay thuộc tỉnh mã ${only}`,
              en: `old province code ${code} (${old.fullName}) is now part of province ${only}`,
            },
          };
        }
        if (codes.length === 0) {
          return problem(
            `mã tỉnh cũ ${code} (${old.fullName}) không còn hiệu lực sau ngày ${old.validTo} và dữ liệu sắp xếp đơn vị hành chính không có tỉnh mới nào kế thừa; hãy ghi mã tỉnh hiện hành`,
            `old province code ${code} (${old.fullName}) is no longer valid after ${old.validTo} and the reorganisation data has no successor for it; give the current province code`,
          );
        }
        const list = codes.join(', ');
        return problem(
          `mã tỉnh cũ ${code} (${old.fullName}) nay thuộc nhiều tỉnh (${list}); hãy ghi mã tỉnh hiện hành`,
          `old province code ${code} (${old.fullName}) is now part of several provinces (${list}); give the current province code`,
        );
      }
      return problem(
        `không có tỉnh, thành phố mã "${text}" vào ngày ${on}`,
        `no province with code "${text}" on ${on}`,
      );
    }
    if (!query.name) return problem('thiếu mã tỉnh hoặc tên tỉnh', 'the province code or name is missing');
    const candidates = catalogue.index
      .resolve({ name: query.name, date: on, level: 'province' })
      .filter((c) => c.validOnDate);
    const [best, second] = candidates;
    if (best && best.score >= 0.9 && (!second || second.score < best.score)) return { code: best.code };
    if (!best)
      return problem(`không tìm thấy tỉnh, thành phố "${query.name}"`, `no province named "${query.name}"`);
    const list = candidates
      .slice(0, 5)
      .map((c) => `${c.fullName} (${c.code})`)
      .join('; ');
    return problem(
      `tên "${query.name}" khớp nhiều tỉnh: ${list}; hãy ghi mã tỉnh`,
      `"${query.name}" matches several provinces: ${list}; give the province code`,
    );
  };
}
