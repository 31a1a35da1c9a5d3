import { foldForSearch } from '../text/vietnamese.ts';
import type { IsoDate } from '../units/admin-unit.ts';
import { parseUnitName } from '../units/unit-name.ts';
import type { CommuneQuery, Message, UnitResolution } from './dataset-contract.ts';

/** A commune name as compared: without its prefix (`Xã`, `P.`), diacritics, case and punctuation. */
const nameKey = (name: string): string => foldForSearch(parseUnitName(name).core);

export interface CommuneNames {
  date: IsoDate;
  resolveCommune(query: CommuneQuery, on: IsoDate): UnitResolution;
  /** A current commune's display name (`Phường Đức Xuân`); without it nothing is compared. */
  name?: ((code: string) => string | null) | undefined;
}

/**
 * A row that names its commune both by code and by name: the code wins, but a name of another
 * commune is worth a warning on the name column (one of the two is wrong, and only the operator
 * knows which). The name agrees when it is the coded commune's name, prefix and diacritics aside
 * (`Duc Xuan` for `Phường Đức Xuân`), or when the name resolver finds that very commune by it (another
 * spelling it knows). Run once per distinct (code, name, province) of a file: the callers cache it.
 */
export function communeNameMismatch(
  given: { name: string; provinceName: string | null },
  code: string,
  names: CommuneNames,
): Message | null {
  const coded = names.name?.(code);
  if (!coded || nameKey(given.name) === nameKey(coded)) return null;
  const query: CommuneQuery = {
    name: given.name,
    ...(given.provinceName !== null ? { provinceName: given.provinceName } : {}),
  };
  const byName = names.resolveCommune(query, names.date);
  if ('code' in byName && byName.code === code) return null;
  const other = 'code' in byName ? names.name?.(byName.code) : null;
  const which =
    'code' in byName
      ? { vi: ` là ${other ?? 'xã'} (${byName.code})`, en: ` is ${other ?? 'commune'} (${byName.code})` }
      : { vi: '', en: '' };
  return {
    vi: `tên xã "${given.name}"${which.vi}, không phải xã có mã ${code} (${coded}); đã dùng mã xã, hãy kiểm tra lại mã hoặc tên`,
    en: `the commune name "${given.name}"${which.en}, not the commune with code ${code} (${coded}); the code is used, check the code or the name`,
  };
}
