import type { NetworkConnection } from '../../assets/asset-model.ts';
import { isEmpty, readDate, readText } from '../../plans/cell-values.ts';
import type { RawRecord } from '../../plans/plan-input.ts';
import { foldForSearch } from '../../text/vietnamese.ts';
import { readCode, readYesNo, yesNoReader } from '../common-values.ts';
import type { DatasetDefinition, ImportContext } from '../dataset-contract.ts';
import { type DatasetRun, defineDataset, rowValidator, rowWords } from '../dataset-validator.ts';
import { CommuneLookup, describeUnit } from '../place.ts';
import { COMMUNE_ONE_OF } from '../place-fields.ts';
import { memo, type RowReader } from '../row-reader.ts';
import { NETWORK_CONNECTION_FIELDS, type NetworkConnectionFieldKey } from './network-connections-fields.ts';

/**
 * The `network_connections` dataset: which agencies, above all the commune People's Committees, are
 * connected to the specialized data network (TSLCD). The national target counts committees, so a
 * row that leaves the flag empty is read from its name and told so.
 */

type Key = NetworkConnectionFieldKey;

const keyOf = (row: NetworkConnection) => row.agencyCode;

/** `Đã kết nối`/`Chưa kết nối` as the reports write the connection column. */
const readConnected = yesNoReader({
  yes: ['daketnoi', 'coketnoi', 'ketnoi', 'connected', 'dadaunoi'],
  no: ['chuaketnoi', 'khongketnoi', 'notconnected', 'chuadaunoi'],
});

/**
 * A commune-level committee by its name: `UBND xã …`, `UBND phường …`, `UBND P. …`, `UBND thị trấn
 * …` (before 2025), `UBND đặc khu …` (island special zones, commune level since 2025), `Ủy ban nhân
 * dân xã …` in either tone placement.
 */
const COMMITTEE_NAME = /^(ubnd|uy ban nhan dan) (xa|phuong|p|thi tran|tt|dac khu) /;
export const looksLikeCommuneCommittee = (name: string): boolean =>
  COMMITTEE_NAME.test(`${foldForSearch(name)} `);

class ConnectionRun {
  readonly flag = memo(readYesNo);
  readonly connected = memo(readConnected);
  readonly date = memo(readDate);
  /** The row that first named each commune's committee: a commune has one. */
  readonly committees = new Map<string, RawRecord['location']>();
  constructor(
    readonly ctx: ImportContext,
    readonly communes: CommuneLookup,
  ) {}
}

function readCommittee(r: RowReader<Key>, state: ConnectionRun, name: string | null): boolean | null {
  const flag = r.read('isCommunePeoplesCommittee', state.flag);
  if (flag !== null || !isEmpty(r.raw('isCommunePeoplesCommittee'))) return flag;
  if (name !== null && looksLikeCommuneCommittee(name)) {
    r.warn('isCommunePeoplesCommittee', {
      vi: 'để trống; tên cơ quan là UBND cấp xã nên được ghi là Có',
      en: "empty; the agency's name is a commune People's Committee, so it is read as yes",
    });
    return true;
  }
  return false;
}

function checkOneCommittee(r: RowReader<Key>, state: ConnectionRun, communeCode: string): void {
  const first = state.committees.get(communeCode);
  if (first === undefined) {
    state.committees.set(communeCode, r.location);
    return;
  }
  const at = rowWords(first);
  const commune = describeUnit(state.ctx, communeCode);
  r.warn('isCommunePeoplesCommittee', {
    vi: `${commune} đã có UBND ở ${at.vi}; mỗi xã chỉ có một UBND, kiểm tra lại`,
    en: `${commune} already has its People's Committee at ${at.en}; a commune has one, please check`,
  });
}

function readConnection(
  r: RowReader<Key>,
  state: ConnectionRun,
): {
  connected: boolean | null;
  connectedOn: string | null;
} {
  const connected = r.read('connected', state.connected);
  const connectedOn = r.read('connectedOn', state.date);
  if (connectedOn === null) return { connected, connectedOn };
  const end = state.ctx.date;
  if (connectedOn > end) {
    r.fail('connectedOn', {
      vi: `sau ngày cuối kỳ báo cáo ${end}; chỉ ghi kết nối đã có`,
      en: `is after the period end ${end}; only connections already made are reported`,
    });
  }
  if (connected === false) {
    r.fail('connectedOn', {
      vi: `có ngày kết nối nhưng cột "${r.label('connected')}" ghi Không; sửa một trong hai`,
      en: `a connection date is given but "${r.label('connected')}" says no; correct one of them`,
    });
  }
  return { connected, connectedOn };
}

function readRow(r: RowReader<Key>, run: DatasetRun, state: ConnectionRun): NetworkConnection | null {
  const agencyCode = r.read('agencyCode', readCode);
  if (agencyCode !== null)
    run.keys.claim(r, 'agencyCode', agencyCode, { vi: 'mã cơ quan', en: 'agency code' });
  const agencyName = r.read('agencyName', readText);
  const communeCode = state.communes.resolve(r);
  const isCommunePeoplesCommittee = readCommittee(r, state, agencyName);
  if (isCommunePeoplesCommittee === true && communeCode !== null) checkOneCommittee(r, state, communeCode);
  const { connected, connectedOn } = readConnection(r, state);
  if (agencyCode === null || agencyName === null || communeCode === null) return null;
  if (isCommunePeoplesCommittee === null || connected === null) return null;
  return {
    agencyCode,
    agencyName,
    communeCode,
    isCommunePeoplesCommittee,
    connected,
    connectedOn,
    synthetic: false,
  };
}

export const NETWORK_CONNECTIONS_DATASET: DatasetDefinition<NetworkConnection, Key> = defineDataset({
  type: 'network_connections',
  titleVi: 'Kết nối mạng truyền số liệu chuyên dùng',
  titleEn: 'Specialized data network connections',
  organisationIsOperator: false,
  fields: NETWORK_CONNECTION_FIELDS,
  requiredOneOf: COMMUNE_ONE_OF,
  keyOf,
  validator(ctx, sink) {
    const state = new ConnectionRun(ctx, new CommuneLookup(ctx));
    return rowValidator(
      { fields: NETWORK_CONNECTION_FIELDS, keyOf, readRow: (r, run) => readRow(r, run, state) },
      ctx,
      sink,
    );
  },
});
