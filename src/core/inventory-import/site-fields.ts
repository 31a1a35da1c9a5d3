import type { RawRecord } from '../plans/plan-input.ts';
import { foldForSearch } from '../text/vietnamese.ts';

/**
 * The columns of the `sites` dataset (mobile sites an operator submits) as operators write them in
 * the spreadsheets they keep. `vi` is the template's label, `aliases` the other headers seen in the
 * wild, best first: when a file has two columns for one field (`Mã trạm` and `Tên trạm`), the one
 * whose header ranks higher is used and the other is ignored.
 */
export const SITE_FIELD_KEYS = [
  'siteCode',
  'operator',
  'lon',
  'lat',
  'communeCode',
  'communeName',
  'provinceName',
  'technologies',
  'bands',
  'antennaHeightM',
  'shared',
  'tenants',
  'status',
  'onAirDate',
  'decommissionedDate',
] as const;
export type SiteFieldKey = (typeof SITE_FIELD_KEYS)[number];

export interface SiteFieldSpec {
  key: SiteFieldKey;
  vi: string;
  en: string;
  aliases: string[];
  required: boolean;
  hintVi: string;
}

const field = (
  key: SiteFieldKey,
  vi: string,
  en: string,
  required: boolean,
  hintVi: string,
  aliases: string[],
): SiteFieldSpec => ({ key, vi, en, aliases, required, hintVi });

export const SITE_FIELDS: readonly SiteFieldSpec[] = [
  field('siteCode', 'Mã trạm', 'Site code', true, 'Mã trạm của doanh nghiệp, duy nhất trong tệp', [
    'Mã trạm BTS',
    'Mã site',
    'Site code',
    'Site ID',
    'Mã CSHT',
    'Mã cơ sở hạ tầng',
    'Site',
    'Tên trạm',
  ]),
  field('operator', 'Nhà mạng', 'Operator', false, 'Để trống hoặc ghi đúng doanh nghiệp nộp số liệu', [
    'Doanh nghiệp',
    'Doanh nghiệp viễn thông',
    'Nhà mạng sở hữu',
    'Operator',
    'Carrier',
  ]),
  field('lon', 'Kinh độ', 'Longitude', true, 'WGS84, ví dụ 105.8348, 105,8348 hoặc 105°50′05″E', [
    'Long',
    'Lon',
    'Lng',
    'Longitude',
    'Tọa độ X',
    'X',
  ]),
  field('lat', 'Vĩ độ', 'Latitude', true, 'WGS84, ví dụ 22.1470, 22,1470 hoặc 22°08′49″N', [
    'Lat',
    'Latitude',
    'Tọa độ Y',
    'Y',
  ]),
  field(
    'communeCode',
    'Mã xã',
    'Commune code',
    false,
    'Mã xã/phường 5 chữ số; bắt buộc nếu không có tên xã',
    [
      'Mã phường',
      'Mã xã/phường',
      'Mã phường/xã',
      'Mã ĐVHC',
      'Mã đơn vị hành chính',
      'Commune code',
      'Ward code',
    ],
  ),
  field('communeName', 'Tên xã', 'Commune name', false, 'Ví dụ: Phường Đức Xuân; dùng khi không có mã xã', [
    'Xã/Phường',
    'Phường/Xã',
    'Tên xã/phường',
    'Tên phường',
    'Xã',
    'Phường',
    'Tên đơn vị hành chính',
    'Commune',
    'Ward',
  ]),
  field('provinceName', 'Tỉnh', 'Province', false, 'Giúp phân biệt các xã trùng tên, ví dụ Thái Nguyên', [
    'Tỉnh/Thành phố',
    'Tỉnh/TP',
    'Tên tỉnh',
    'Tỉnh/thành',
    'Province',
  ]),
  field('technologies', 'Công nghệ', 'Technologies', true, 'Ví dụ: 2G,4G,5G hoặc 4G/5G', [
    'Công nghệ phát sóng',
    'Công nghệ mạng',
    'Technology',
    'Technologies',
    'Tech',
  ]),
  field(
    'bands',
    'Băng tần',
    'Bands (MHz)',
    true,
    'MHz theo thứ tự công nghệ: 900,1800,3500; hoặc 4G:1800;5G:3500',
    ['Băng tần (MHz)', 'Dải tần', 'Tần số', 'Band', 'Bands', 'Frequency'],
  ),
  field('antennaHeightM', 'Độ cao anten (m)', 'Antenna height (m)', false, 'Từ 3 đến 200 mét', [
    'Độ cao anten',
    'Độ cao ăng ten',
    'Chiều cao anten',
    'Chiều cao ăng ten',
    'Độ cao cột anten',
    'Chiều cao cột anten',
    'Antenna height',
    'Height',
  ]),
  field('shared', 'Dùng chung', 'Shared', false, 'Có/Không (x, 1/0, yes/no cũng được)', [
    'Dùng chung hạ tầng',
    'Dùng chung CSHT',
    'Chia sẻ hạ tầng',
    'Chia sẻ',
    'Shared',
  ]),
  field('tenants', 'Nhà mạng dùng chung', 'Tenants', false, 'Ví dụ: VNPT, MobiFone (chỉ khi dùng chung)', [
    'Doanh nghiệp dùng chung',
    'Đơn vị dùng chung',
    'Dùng chung với',
    'Tenants',
    'Shared with',
  ]),
  field('status', 'Trạng thái', 'Status', true, 'Đang hoạt động, Đang xây dựng, Quy hoạch, Đã dừng', [
    'Trạng thái hoạt động',
    'Tình trạng',
    'Tình trạng hoạt động',
    'Status',
  ]),
  field('onAirDate', 'Ngày phát sóng', 'On-air date', false, 'DD/MM/YYYY hoặc YYYY-MM-DD', [
    'Ngày đưa vào hoạt động',
    'Ngày hoạt động',
    'Ngày on air',
    'On-air date',
    'On air date',
  ]),
  field(
    'decommissionedDate',
    'Ngày dừng hoạt động',
    'Decommissioned date',
    false,
    'Bắt buộc khi trạng thái là Đã dừng',
    ['Ngày ngừng hoạt động', 'Ngày dừng phát sóng', 'Ngày tháo dỡ', 'Decommissioned date', 'Off-air date'],
  ),
];

export const SITE_FIELD_BY_KEY: ReadonlyMap<SiteFieldKey, SiteFieldSpec> = new Map(
  SITE_FIELDS.map((f) => [f.key, f]),
);

/**
 * The comparison key of a header: units in parentheses dropped (`Độ cao anten (m)`, `Kinh độ
 * (WGS84)`), then diacritics, case, spaces and punctuation folded away (`Mã xã` = `MA_XA` = `maxa`).
 */
export function headerKey(header: string): string {
  const bare = header.replace(/\([^()]*\)/gu, ' ');
  return foldForSearch(bare.trim() === '' ? header : bare).replace(/ /g, '');
}

/** Folded header → field and rank (0 = the canonical key, 1 = the vi label, 2… = aliases in order). */
const HEADER_INDEX: ReadonlyMap<string, { key: SiteFieldKey; rank: number }> = (() => {
  const index = new Map<string, { key: SiteFieldKey; rank: number }>();
  for (const spec of SITE_FIELDS) {
    [spec.key, spec.vi, ...spec.aliases].forEach((name, rank) => {
      const k = headerKey(name);
      if (!index.has(k)) index.set(k, { key: spec.key, rank });
    });
  }
  return index;
})();

/** The field a header names, however it is spelled; `null` for a column the dataset does not use. */
export function siteFieldOfHeader(header: string): SiteFieldKey | null {
  return HEADER_INDEX.get(headerKey(header))?.key ?? null;
}

export interface SiteHeaderResolution {
  /** Field → the header as written in the file (the one whose values are read). */
  columns: Partial<Record<SiteFieldKey, string>>;
  /** Header as written → field, for the headers that are read. */
  fieldOf: ReadonlyMap<string, SiteFieldKey>;
  /** Headers that name no field of the dataset (left out, shown to the user). */
  unknown: string[];
  /** Headers naming a field that a better-ranked header already supplies. */
  ignored: { header: string; key: SiteFieldKey; usedHeader: string }[];
  /** Required fields with no column; `communeCode` here means "neither a commune code nor a name". */
  missing: SiteFieldKey[];
}

/** Maps a sheet's header row to the dataset's fields. */
export function resolveSiteHeaders(headers: readonly string[]): SiteHeaderResolution {
  const best = new Map<SiteFieldKey, { header: string; rank: number }>();
  const unknown: string[] = [];
  const losers: { header: string; key: SiteFieldKey }[] = [];
  for (const header of headers) {
    if (header.trim() === '') continue;
    const hit = HEADER_INDEX.get(headerKey(header));
    if (!hit) {
      unknown.push(header);
      continue;
    }
    const current = best.get(hit.key);
    if (current === undefined || hit.rank < current.rank) {
      if (current) losers.push({ header: current.header, key: hit.key });
      best.set(hit.key, { header, rank: hit.rank });
    } else losers.push({ header, key: hit.key });
  }
  const columns: Partial<Record<SiteFieldKey, string>> = {};
  const fieldOf = new Map<string, SiteFieldKey>();
  for (const [key, { header }] of best) {
    columns[key] = header;
    fieldOf.set(header, key);
  }
  const ignored = losers.map((l) => ({ ...l, usedHeader: best.get(l.key)?.header ?? '' }));
  const missing = SITE_FIELDS.filter((f) => f.required && !best.has(f.key)).map((f) => f.key);
  if (!best.has('communeCode') && !best.has('communeName')) missing.push('communeCode');
  return { columns, fieldOf, unknown, ignored, missing };
}

/** A record whose fields are keyed by the file's headers, re-keyed by field (unknown/ignored columns dropped). */
export function keySiteRecord(record: RawRecord, resolution: SiteHeaderResolution): RawRecord {
  const fields: RawRecord['fields'] = {};
  for (const [header, value] of Object.entries(record.fields)) {
    const key = resolution.fieldOf.get(header);
    if (key !== undefined) fields[key] = value;
  }
  return { location: record.location, fields };
}
