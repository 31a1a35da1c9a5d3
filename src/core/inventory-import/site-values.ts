import {
  type OperatorCode,
  type SiteCarrier,
  type SiteStatus,
  TECHNOLOGIES,
  type Technology,
} from '../assets/asset-model.ts';
import { isEmpty, type Problem, readNumber, show } from '../plans/cell-values.ts';
import type { RawValue } from '../plans/plan-input.ts';
import { foldForSearch } from '../text/vietnamese.ts';

/**
 * Readers for the cells of the `sites` dataset, in the style of plans/cell-values.ts: each answers
 * a value, `null` for an empty cell, or a `Problem` in both languages.
 */
const problem = (vi: string, en: string): Problem => ({ problem: { vi, en } });
/** Folded and without spaces: `VNPT - Vinaphone` → `vnptvinaphone`, `Đang hoạt động` → `danghoatdong`. */
const squash = (s: string) => foldForSearch(s).replace(/ /g, '');

const OPERATOR_WORDS: Record<string, OperatorCode> = {
  viettel: 'VIETTEL',
  viettelmobile: 'VIETTEL',
  viettelnetwork: 'VIETTEL',
  vnpt: 'VNPT',
  vinaphone: 'VNPT',
  vnptvinaphone: 'VNPT',
  vina: 'VNPT',
  mobifone: 'MOBIFONE',
  mobiphone: 'MOBIFONE',
  mobi: 'MOBIFONE',
  mbf: 'MOBIFONE',
  vietnamobile: 'VIETNAMOBILE',
  vnmobile: 'VIETNAMOBILE',
  vnmb: 'VIETNAMOBILE',
  gmobile: 'GMOBILE',
  gtel: 'GMOBILE',
  beeline: 'GMOBILE',
  itel: 'ITEL',
  itelecom: 'ITEL',
  indochinatelecom: 'ITEL',
  reddi: 'REDDI',
  other: 'OTHER',
  khac: 'OTHER',
};

/** An operator as written (`Viettel`, `VNPT-Vinaphone`, `MobiFone`, `iTel`, …). */
export function readOperator(raw: RawValue): OperatorCode | null | Problem {
  if (isEmpty(raw)) return null;
  return (
    OPERATOR_WORDS[squash(show(raw))] ??
    problem(
      'không phải là nhà mạng đã biết (Viettel, VNPT, MobiFone, Vietnamobile, Gmobile, iTel, Reddi)',
      'is not a known operator (Viettel, VNPT, MobiFone, Vietnamobile, Gmobile, iTel, Reddi)',
    )
  );
}

/** Other operators on a shared structure: `VNPT, MOBIFONE`, `Vinaphone và Mobifone`; duplicates dropped. */
export function readTenants(raw: RawValue): OperatorCode[] | null | Problem {
  if (isEmpty(raw)) return null;
  const words = show(raw)
    .split(/[,;/+&|\n]+|\s+(?:và|va|and)\s+/iu)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const tenants: OperatorCode[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const code = OPERATOR_WORDS[squash(word)];
    if (code === undefined) unknown.push(word);
    else if (!tenants.includes(code)) tenants.push(code);
  }
  if (unknown.length > 0) {
    return problem(
      `không phải là nhà mạng đã biết: ${unknown.join(', ')}`,
      `not a known operator: ${unknown.join(', ')}`,
    );
  }
  return tenants.length > 0 ? tenants : null;
}

const TECHNOLOGY_WORDS: Record<string, Technology> = {
  '2g': '2G',
  gsm: '2G',
  '3g': '3G',
  umts: '3G',
  wcdma: '3G',
  '4g': '4G',
  lte: '4G',
  '5g': '5G',
  nr: '5G',
};

/** A technology token (`4G`, `LTE`, `NR`), or `undefined`. */
export const technologyOf = (token: string): Technology | undefined => TECHNOLOGY_WORDS[token.toLowerCase()];

/** Technologies in the order written (`2G,4G,5G`, `4G/5G`, `2G; 3G và 4G`, `4G LTE`); repeats kept for band alignment. */
export function readTechnologies(raw: RawValue): Technology[] | null | Problem {
  if (isEmpty(raw)) return null;
  const text = show(raw)
    .replace(/4G[\s-]*LTE/giu, '4G')
    .replace(/5G[\s-]*NR/giu, '5G');
  const tokens = text.split(/[\s,;/+&|]+/).filter((t) => t !== '' && !/^(và|va|and)$/iu.test(t));
  const techs: Technology[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const tech = technologyOf(token);
    if (tech === undefined) unknown.push(token);
    else techs.push(tech);
  }
  if (unknown.length > 0) {
    return problem(
      `công nghệ không hợp lệ: ${unknown.join(', ')} (cần ${TECHNOLOGIES.join(', ')})`,
      `unknown technology: ${unknown.join(', ')} (expected ${TECHNOLOGIES.join(', ')})`,
    );
  }
  return techs.length > 0 ? techs : problem('không ghi công nghệ nào', 'names no technology');
}

export const BAND_MIN_MHZ = 450;
export const BAND_MAX_MHZ = 6000;

/** `1800`, `1800MHz`, `3.5GHz` → MHz, or `null` when the token is not a band. */
function bandOf(token: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(mhz|ghz)?$/i.exec(token);
  if (!m) return null;
  const value = Number(m[1]);
  return m[2]?.toLowerCase() === 'ghz' ? Math.round(value * 1000) : value;
}

function checkBands(bands: number[]): Problem | null {
  const out = bands.filter((b) => b < BAND_MIN_MHZ || b > BAND_MAX_MHZ);
  if (out.length === 0) return null;
  return problem(
    `băng tần ${out.join(', ')} MHz nằm ngoài khoảng ${BAND_MIN_MHZ}–${BAND_MAX_MHZ} MHz`,
    `band ${out.join(', ')} MHz is outside ${BAND_MIN_MHZ}–${BAND_MAX_MHZ} MHz`,
  );
}

const notBand = (tokens: string[]) =>
  problem(`không phải là băng tần (MHz): ${tokens.join(', ')}`, `not a band in MHz: ${tokens.join(', ')}`);

/** `4G:1800,2100;5G:3500` — bands after a technology belong to it. */
function prefixedCarriers(text: string, techs: readonly Technology[]): SiteCarrier[] | Problem {
  const carriers: SiteCarrier[] = [];
  const bad: string[] = [];
  let current: Technology | null = null;
  const seen = new Set<Technology>();
  for (const token of text.replace(/\s*[:=]\s*/g, ':').split(/[\s,;/+&|]+/)) {
    if (token === '') continue;
    const [head = '', band = ''] = token.includes(':') ? token.split(':') : ['', token];
    if (token.includes(':')) {
      const tech = technologyOf(head);
      if (tech === undefined)
        return problem(`công nghệ không hợp lệ: ${head}`, `unknown technology: ${head}`);
      current = tech;
      seen.add(tech);
    }
    if (band === '') continue;
    const mhz = bandOf(band);
    if (mhz === null) bad.push(band);
    else if (current === null)
      return problem(
        'băng tần đầu tiên chưa ghi công nghệ (ví dụ 4G:1800)',
        'the first band names no technology (e.g. 4G:1800)',
      );
    else carriers.push({ technology: current, bandMhz: mhz });
  }
  if (bad.length > 0) return notBand(bad);
  const listed = new Set(techs);
  const noBand = [...listed].filter((t) => !carriers.some((c) => c.technology === t));
  const extra = [...seen].filter((t) => !listed.has(t));
  if (noBand.length > 0 || extra.length > 0) {
    const parts = [
      noBand.length > 0
        ? { vi: `chưa có băng tần cho ${noBand.join(', ')}`, en: `no band for ${noBand.join(', ')}` }
        : null,
      extra.length > 0
        ? {
            vi: `${extra.join(', ')} không có trong cột công nghệ`,
            en: `${extra.join(', ')} not in the technologies column`,
          }
        : null,
    ].filter((p) => p !== null);
    return problem(parts.map((p) => p.vi).join('; '), parts.map((p) => p.en).join('; '));
  }
  return checkBands(carriers.map((c) => c.bandMhz)) ?? carriers;
}

/**
 * The carriers of a site from its technologies and its bands cell. Either aligned (`900,1800,3500`
 * with `2G,4G,5G`: the same count, in order; a single technology takes every band, `900/1800` for
 * `2G`), or prefixed (`4G:1800;5G:3500`, several bands per technology allowed, every technology of
 * the list needing one). Bands are MHz (`1800MHz`, `3.5GHz` also read) within 450–6000.
 */
export function readCarriers(techs: readonly Technology[], raw: RawValue): SiteCarrier[] | null | Problem {
  if (isEmpty(raw)) return null;
  if (typeof raw === 'number') {
    if (techs.length !== 1) return countMismatch(1, techs);
    return checkBands([raw]) ?? [{ technology: techs[0] ?? '4G', bandMhz: raw }];
  }
  const text = show(raw).replace(/\s*([mg]hz)\b/giu, '$1');
  if (/[a-z0-9]\s*[:=]/iu.test(text)) return prefixedCarriers(text, techs);
  const tokens = text.split(/[\s,;/+&|]+/).filter((t) => t !== '');
  const bands = tokens.map(bandOf);
  const bad = tokens.filter((_, i) => bands[i] === null);
  if (bad.length > 0) return notBand(bad);
  const mhz = bands as number[];
  const outOfRange = checkBands(mhz);
  if (outOfRange) return outOfRange;
  const [only] = techs;
  if (techs.length === 1 && only !== undefined) return mhz.map((bandMhz) => ({ technology: only, bandMhz }));
  if (mhz.length !== techs.length) return countMismatch(mhz.length, techs);
  return mhz.map((bandMhz, i) => ({ technology: techs[i] ?? '4G', bandMhz }));
}

function countMismatch(bands: number, techs: readonly Technology[]): Problem {
  return problem(
    `có ${bands} băng tần cho ${techs.length} công nghệ (${techs.join(', ')}); ghi cùng số lượng theo thứ tự, hoặc dạng 4G:1800;5G:3500`,
    `${bands} band(s) for ${techs.length} technologies (${techs.join(', ')}); list one per technology in order, or write 4G:1800;5G:3500`,
  );
}

const YES = new Set(['co', 'x', '1', 'yes', 'y', 'true', 'dung', 'c', 'dungchung', 'cochung']);
const NO = new Set(['khong', 'k', '0', 'no', 'n', 'false', 'sai', 'ko', 'kdungchung', 'khongdungchung']);

/** `Có`/`Không`, `x`, `1`/`0`, `yes`/`no`, `TRUE`/`FALSE`, a checkbox cell. */
export function readShared(raw: RawValue): boolean | null | Problem {
  if (isEmpty(raw)) return null;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number' && (raw === 0 || raw === 1)) return raw === 1;
  const word = squash(show(raw));
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return problem('cần Có hoặc Không (x, 1/0, yes/no)', 'expected yes or no (Có/Không, x, 1/0)');
}

const STATUS_WORDS: Record<string, SiteStatus> = {
  operating: 'operating',
  danghoatdong: 'operating',
  hoatdong: 'operating',
  daphatsong: 'operating',
  dangphatsong: 'operating',
  onair: 'operating',
  building: 'building',
  dangxaydung: 'building',
  xaydung: 'building',
  dangtrienkhai: 'building',
  underconstruction: 'building',
  planned: 'planned',
  quyhoach: 'planned',
  kehoach: 'planned',
  dukien: 'planned',
  decommissioned: 'decommissioned',
  dadung: 'decommissioned',
  dunghoatdong: 'decommissioned',
  ngunghoatdong: 'decommissioned',
  dangunghoatdong: 'decommissioned',
  dadunghoatdong: 'decommissioned',
  dathaodo: 'decommissioned',
  offair: 'decommissioned',
};

/** Status in Vietnamese or English words (`Đang hoạt động`, `operating`, `Đã dừng`, …). */
export function readStatus(raw: RawValue): SiteStatus | null | Problem {
  if (isEmpty(raw)) return null;
  return (
    STATUS_WORDS[squash(show(raw))] ??
    problem(
      'cần Đang hoạt động, Đang xây dựng, Quy hoạch hoặc Đã dừng',
      'expected operating, building, planned or decommissioned',
    )
  );
}

export const HEIGHT_MIN_M = 3;
export const HEIGHT_MAX_M = 200;

/** A unit of metres after the number, and the blanks around it (` 35 m `, `35m`, `35 mét`). */
const METRES = /\s*(?:m|mét)\s*$/iu;

/** Antenna height in metres (`30`, `30,5`, `30 m`, ` 35 m `), 3–200. */
export function readHeight(raw: RawValue): number | null | Problem {
  const value = readNumber(typeof raw === 'string' ? raw.replace(METRES, '') : raw);
  if (value === null || typeof value !== 'number') return value;
  if (value < HEIGHT_MIN_M || value > HEIGHT_MAX_M) {
    return problem(
      `độ cao phải từ ${HEIGHT_MIN_M} đến ${HEIGHT_MAX_M} m`,
      `height must be between ${HEIGHT_MIN_M} and ${HEIGHT_MAX_M} m`,
    );
  }
  return value;
}
