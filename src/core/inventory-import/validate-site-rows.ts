import type { MobileSite, OperatorCode, SiteCarrier, Technology } from '../assets/asset-model.ts';
import { isEmpty, type Problem, readDate, readText } from '../plans/cell-values.ts';
import type { RawRecord, RawValue, RowError } from '../plans/plan-input.ts';
import type { IsoDate } from '../units/admin-unit.ts';
import {
  type CommunePolygons,
  type CommuneQuery,
  emptySummary,
  type ProblemSink,
  type UnitResolution,
  type ValidationSummary,
} from './dataset-contract.ts';
import { isBlankRecord, memo, RowReader } from './row-reader.ts';
import { SITE_FIELDS, type SiteFieldKey } from './site-fields.ts';
import { CommuneLookup, checkPlace, readPosition } from './site-place.ts';
import {
  readCarriers,
  readHeight,
  readOperator,
  readShared,
  readStatus,
  readTechnologies,
  readTenants,
} from './site-values.ts';

/**
 * Validation of the `sites` dataset: the rows of one operator's site list (already keyed by field,
 * see `keySiteRecord`), each checked against every rule, every problem reported with the row's
 * location, the column the user saw, the value and a vi/en message. Pure and synchronous: the caller
 * supplies what needs data (commune names and lineage, boundaries, the sites already stored).
 */

export type { CommuneQuery } from './dataset-contract.ts';

/**
 * The current commune code, with an optional note shown as a warning (e.g. "pre-2025 code 01846 is
 * now 01840"), or what is wrong (unknown code, name matching several communes: list them).
 */
export type CommuneResolution = UnitResolution;

/** Commune boundaries; `PolygonIndex` fits. */
export type SitePolygons = CommunePolygons;

export interface SiteValidationContext {
  /** The submitting operator: a row's operator cell, if filled in, must name it. */
  operator: OperatorCode;
  /** The submission period's end date: commune codes and names are read on it. */
  date: IsoDate;
  /**
   * Resolves a row's commune on `on`. Codes arrive as text as typed; a number cell arrives without
   * its leading zeros (`1840`), so the resolver should also try the zero-padded reading.
   */
  resolveCommune(query: CommuneQuery, on: IsoDate): CommuneResolution;
  polygons: SitePolygons;
  /** Site codes of this operator already stored: rows with them are updates, not errors. */
  existingSiteCodes: ReadonlySet<string>;
  /** The header each field had in the file (`resolveSiteHeaders(...).columns`); default: the template's label. */
  columns?: Partial<Record<SiteFieldKey, string>>;
  /** A commune's display name for messages (`Phường Đức Xuân`); default: its code only. */
  communeName?(code: string): string | null;
}

/** Updates are accepted rows whose site code is already stored for this operator. */
export type SiteValidationSummary = ValidationSummary;

export interface SiteValidationResult {
  /** The rows without any error, in file order. */
  sites: MobileSite[];
  errors: RowError[];
  warnings: RowError[];
  summary: SiteValidationSummary;
}

const SITE_CODE_MAX = 64;

/** Per-call state: memoised cell readers, first row of each site code, the commune cache. */
class SiteRun {
  readonly reader: RowReader<SiteFieldKey>;
  readonly communes: CommuneLookup;
  /** Row of each site code's first occurrence (a file's rows are all on one sheet): a million numbers, not objects. */
  readonly firstRow = new Map<string, number>();
  swapped = 0;
  readonly operator = memo(readOperator);
  readonly technologies = memo(readTechnologies);
  readonly status = memo(readStatus);
  readonly shared = memo(readShared);
  readonly tenants = memo((raw: RawValue) => frozen(readTenants(raw)));
  readonly date = memo(readDate);
  /** Technologies cell → bands cell → carriers: two lookups, no key string built per row. */
  private readonly carrierCache = new Map<string, Map<string, ReturnType<typeof readCarriers>>>();
  private carrierEntries = 0;

  constructor(
    readonly ctx: SiteValidationContext,
    errors: RowError[],
    warnings: RowError[],
  ) {
    this.reader = new RowReader(SITE_FIELDS, { errors, warnings }, ctx.columns);
    this.communes = new CommuneLookup(ctx);
  }

  carriers(techRaw: RawValue, techs: Technology[], raw: RawValue): SiteCarrier[] | null | Problem {
    if (typeof techRaw !== 'string' || typeof raw !== 'string' || this.carrierEntries > 50_000) {
      return frozen(readCarriers(techs, raw));
    }
    let byBands = this.carrierCache.get(techRaw);
    if (byBands === undefined) {
      byBands = new Map();
      this.carrierCache.set(techRaw, byBands);
    }
    let found = byBands.get(raw);
    if (found === undefined) {
      found = frozen(readCarriers(techs, raw));
      byBands.set(raw, found);
      this.carrierEntries++;
    }
    return found;
  }
}

const where = (l: RawRecord['location']) =>
  l.sheet !== undefined ? `${l.sheet}, dòng ${l.row}` : `dòng ${l.row}`;
const whereEn = (l: RawRecord['location']) =>
  l.sheet !== undefined ? `${l.sheet}, row ${l.row}` : `row ${l.row}`;

/** Printable ASCII without spaces: already what `readText` would make of it. */
const PLAIN = /^[\x21-\x7e]+$/;
const siteCodeText = (raw: RawValue) => (typeof raw === 'string' && PLAIN.test(raw) ? raw : readText(raw));

/** Whether an ASCII lowercase letter or any non-ASCII character occurs (most codes: neither). */
function hasLowercase(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

function readSiteCode(r: RowReader<SiteFieldKey>, run: SiteRun): string | null {
  const code = r.read('siteCode', siteCodeText);
  if (code === null) return null;
  if (code.length > SITE_CODE_MAX) {
    r.fail('siteCode', {
      vi: `dài quá ${SITE_CODE_MAX} ký tự`,
      en: `is longer than ${SITE_CODE_MAX} characters`,
    });
  }
  const key = hasLowercase(code) ? code.toUpperCase() : code;
  const firstRow = run.firstRow.get(key);
  if (firstRow === undefined) run.firstRow.set(key, r.location.row);
  else {
    const first = { ...r.location, row: firstRow };
    r.fail('siteCode', {
      vi: `trùng mã trạm ở ${where(first)}`,
      en: `duplicates the site code of ${whereEn(first)}`,
    });
  }
  return code;
}

/** A parsed list frozen with its items, so rows can share it safely; problems and null pass through. */
function frozen<T>(value: T[] | null | Problem): T[] | null | Problem {
  if (Array.isArray(value)) {
    for (const item of value) Object.freeze(item);
    Object.freeze(value);
  }
  return value;
}

function readSharing(r: RowReader<SiteFieldKey>, run: SiteRun): { shared: boolean; tenants: OperatorCode[] } {
  const flag = r.read('shared', run.shared);
  const tenants = r.read('tenants', run.tenants) ?? [];
  const own = run.ctx.operator;
  if (tenants.includes(own)) {
    r.fail('tenants', {
      vi: `không được ghi chính doanh nghiệp nộp số liệu (${own})`,
      en: `must not name the submitting operator (${own})`,
    });
  }
  if (flag === false && tenants.length > 0) {
    r.fail('tenants', {
      vi: `chỉ ghi khi trạm dùng chung, nhưng cột "${r.label('shared')}" ghi Không`,
      en: `only for a shared site, but "${r.label('shared')}" says no`,
    });
  }
  if (flag === null && tenants.length > 0) {
    r.warn('shared', {
      vi: 'để trống nhưng có nhà mạng dùng chung: coi là dùng chung',
      en: 'empty but tenants are listed: read as shared',
    });
    return { shared: true, tenants };
  }
  if (flag === true && tenants.length === 0) {
    r.warn('tenants', {
      vi: 'trạm dùng chung nhưng không ghi nhà mạng dùng chung',
      en: 'the site is shared but no tenant is named',
    });
  }
  return { shared: flag ?? false, tenants };
}

function readDates(r: RowReader<SiteFieldKey>, run: SiteRun, status: MobileSite['status'] | null) {
  const onAirDate = r.read('onAirDate', run.date);
  const decommissionedDate = r.read('decommissionedDate', run.date);
  const end = run.ctx.date;
  if (onAirDate !== null && decommissionedDate !== null && decommissionedDate < onAirDate) {
    r.fail('decommissionedDate', {
      vi: `trước ngày phát sóng (${onAirDate})`,
      en: `is before the on-air date (${onAirDate})`,
    });
  }
  if (status === 'decommissioned' && decommissionedDate === null && isEmpty(r.raw('decommissionedDate'))) {
    r.fail('decommissionedDate', {
      vi: 'bắt buộc khi trạng thái là Đã dừng',
      en: 'is required when the status is decommissioned',
    });
  }
  if (
    status !== null &&
    status !== 'decommissioned' &&
    decommissionedDate !== null &&
    decommissionedDate <= end
  ) {
    r.fail('decommissionedDate', {
      vi: `trạm đã dừng hoạt động trước ngày cuối kỳ ${end} nhưng trạng thái không phải Đã dừng`,
      en: `the site stopped before the period end ${end} but its status is not decommissioned`,
    });
  }
  if (status === 'operating' && onAirDate !== null && onAirDate > end) {
    r.warn('onAirDate', {
      vi: `sau ngày cuối kỳ báo cáo ${end} mà trạm đang hoạt động`,
      en: `is after the period end ${end} for an operating site`,
    });
  }
  return { onAirDate, decommissionedDate };
}

function validateRow(record: RawRecord, run: SiteRun): MobileSite | null {
  const r = run.reader;
  r.start(record);
  const { ctx } = run;
  const siteCode = readSiteCode(r, run);
  const operator = r.read('operator', run.operator);
  if (operator !== null && operator !== ctx.operator) {
    r.fail('operator', {
      vi: `khác doanh nghiệp nộp số liệu (${ctx.operator}); để trống hoặc ghi ${ctx.operator}`,
      en: `differs from the submitting operator (${ctx.operator}); leave empty or write ${ctx.operator}`,
    });
  }
  const read = readPosition(r);
  if (read?.swapped) run.swapped++;
  const position = read && { lon: read.lon, lat: read.lat };
  const communeCode = run.communes.resolve(r);
  if (position !== null && communeCode !== null) checkPlace(r, ctx, position, communeCode);
  const techRaw = r.raw('technologies');
  const techs = r.read('technologies', run.technologies);
  const carriers = r.read('bands', (raw) => (techs === null ? null : run.carriers(techRaw, techs, raw)));
  const antennaHeightM = r.read('antennaHeightM', readHeight);
  const { shared, tenants } = readSharing(r, run);
  const status = r.read('status', run.status);
  const { onAirDate, decommissionedDate } = readDates(r, run, status);
  if (r.hasErrors || siteCode === null || position === null || communeCode === null) return null;
  if (carriers === null || status === null) return null;
  // Carriers and tenants parsed from the same spelling are one frozen array shared by every such
  // site (a million-row file makes no million copies); writing to them throws rather than leak.
  return {
    siteCode,
    operator: ctx.operator,
    position,
    communeCode,
    carriers,
    antennaHeightM,
    shared,
    tenants,
    status,
    onAirDate,
    decommissionedDate,
    synthetic: false,
  };
}

/**
 * Validates an operator's site rows one record at a time, so a file of a million rows streams through
 * without being held: every problem of every row goes to the sink, a row with any error gives `null`.
 * Blank rows are skipped (counted). Duplicate site codes are remembered across the whole file.
 */
export class SiteRowValidator {
  readonly summary: SiteValidationSummary = emptySummary();
  private readonly run: SiteRun;

  constructor(
    private readonly ctx: SiteValidationContext,
    sink: ProblemSink,
  ) {
    this.run = new SiteRun(ctx, sink.errors, sink.warnings);
  }

  push(record: RawRecord): MobileSite | null {
    const { summary } = this;
    if (isBlankRecord(record)) {
      summary.blankRows++;
      return null;
    }
    summary.rows++;
    const site = validateRow(record, this.run);
    summary.swappedCoordinates = this.run.swapped;
    if (site === null) {
      summary.rejected++;
      return null;
    }
    summary.accepted++;
    if (this.ctx.existingSiteCodes.has(site.siteCode)) summary.updates++;
    else summary.additions++;
    return site;
  }
}

/** Validates a whole list of site rows (rows may be a stream): the accepted sites in file order. */
export function validateSiteRows(
  rows: Iterable<RawRecord>,
  ctx: SiteValidationContext,
): SiteValidationResult {
  const sink: ProblemSink = { errors: [], warnings: [] };
  const validator = new SiteRowValidator(ctx, sink);
  const sites: MobileSite[] = [];
  for (const record of rows) {
    const site = validator.push(record);
    if (site !== null) sites.push(site);
  }
  return { sites, errors: sink.errors, warnings: sink.warnings, summary: validator.summary };
}
