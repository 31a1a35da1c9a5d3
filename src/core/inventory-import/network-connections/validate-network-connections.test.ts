import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../plans/plan-input.ts';
import type { ImportContext } from '../dataset-contract.ts';
import { brief, importContext, recordOf, runDataset } from '../dataset-fixtures.test-helper.ts';
import { headerCollisions } from '../field-index.ts';
import { looksLikeCommuneCommittee, NETWORK_CONNECTIONS_DATASET } from './validate-network-connections.ts';

const agency = recordOf('TSLCD', {
  agencyCode: 'H57.19.01840',
  agencyName: 'UBND phường Đức Xuân',
  communeCode: '01840',
  isCommunePeoplesCommittee: 'Có',
  connected: 'Đã kết nối',
  connectedOn: '15/08/2025',
});

const check = (records: RawRecord[], over: Partial<ImportContext> = {}) =>
  runDataset(NETWORK_CONNECTIONS_DATASET, importContext(over), records);

describe('network connections: the definition', () => {
  it('reads the headers of e-government infrastructure reports', () => {
    const of = NETWORK_CONNECTIONS_DATASET.fieldOfHeader;
    expect(headerCollisions(NETWORK_CONNECTIONS_DATASET.fields)).toEqual([]);
    expect(of('Mã định danh')).toBe('agencyCode');
    expect(of('Tên cơ quan, đơn vị')).toBe('agencyName');
    expect(of('UBND cấp xã')).toBe('isCommunePeoplesCommittee');
    expect(of('Kết nối mạng TSLCD')).toBe('connected');
    expect(of('Thời điểm kết nối')).toBe('connectedOn');
    expect(of('Mã ĐVHC')).toBe('communeCode');
    expect(NETWORK_CONNECTIONS_DATASET.requiredKeys).toEqual(['agencyCode', 'agencyName', 'connected']);
  });

  it("recognises a commune People's Committee by its name", () => {
    for (const name of [
      'UBND xã Phong Quang',
      'UBND phường Đức Xuân',
      'UBND P. Đức Xuân',
      'Ủy ban nhân dân xã Tân Thành',
      'Uỷ ban nhân dân phường Bắc Kạn',
      'UBND đặc khu Phú Quốc',
    ]) {
      expect(looksLikeCommuneCommittee(name), name).toBe(true);
    }
    for (const name of ['UBND tỉnh Thái Nguyên', 'UBND TP Thái Nguyên', 'Công an xã Phong Quang', 'UBNDxã']) {
      expect(looksLikeCommuneCommittee(name), name).toBe(false);
    }
  });
});

describe('network connections: accepted rows', () => {
  it('gives a NetworkConnection with the date read', () => {
    const result = check([agency(3)]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toEqual([
      {
        agencyCode: 'H57.19.01840',
        agencyName: 'UBND phường Đức Xuân',
        communeCode: '01840',
        isCommunePeoplesCommittee: true,
        connected: true,
        connectedOn: '2025-08-15',
        synthetic: false,
      },
    ]);
  });

  it('guesses a committee from its name with a warning, and another agency as not one', () => {
    const result = check([
      agency(3, { isCommunePeoplesCommittee: '' }),
      agency(4, {
        agencyCode: 'CA.01840',
        agencyName: 'Công an phường Đức Xuân',
        isCommunePeoplesCommittee: null,
        connected: 'Chưa kết nối',
        connectedOn: '',
      }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.isCommunePeoplesCommittee, r.connected, r.connectedOn])).toEqual([
      [true, true, '2025-08-15'],
      [false, false, null],
    ]);
    expect(result.warnings).toEqual([
      {
        sheet: 'TSLCD',
        row: 3,
        field: 'isCommunePeoplesCommittee',
        column: 'Là UBND cấp xã',
        value: '',
        message: {
          vi: 'để trống; tên cơ quan là UBND cấp xã nên được ghi là Có',
          en: "empty; the agency's name is a commune People's Committee, so it is read as yes",
        },
      },
    ]);
  });

  it('warns of a second committee in one commune, and counts updates', () => {
    const result = check([agency(3), agency(4, { agencyCode: 'H57.19.01840.2' })], {
      existingKeys: new Set(['H57.19.01840']),
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.row, w.message.vi])).toEqual([
      [4, 'Phường Đức Xuân (01840) đã có UBND ở TSLCD, dòng 3; mỗi xã chỉ có một UBND, kiểm tra lại'],
    ]);
    expect(result.summary).toMatchObject({ rows: 2, accepted: 2, updates: 1, additions: 1 });
  });
});

describe('network connections: the error list', () => {
  it('refuses a connection date after the period end', () => {
    const result = check([agency(6, { connectedOn: '2026-01-05' })], {
      columns: { connectedOn: 'Thời điểm kết nối' },
    });
    expect(result.errors).toEqual([
      {
        sheet: 'TSLCD',
        row: 6,
        field: 'connectedOn',
        column: 'Thời điểm kết nối',
        value: '2026-01-05',
        message: {
          vi: 'sau ngày cuối kỳ báo cáo 2025-12-31; chỉ ghi kết nối đã có',
          en: 'is after the period end 2025-12-31; only connections already made are reported',
        },
      },
    ]);
  });

  it('refuses a connection date on an agency that is not connected', () => {
    const result = check([agency(6, { connected: 'Không' })]);
    expect(brief(result.errors)).toEqual([
      [6, 'connectedOn', 'có ngày kết nối nhưng cột "Đã kết nối" ghi Không; sửa một trong hai'],
    ]);
  });

  it('requires code, name, commune and the connection flag; refuses a bad date and a bad flag', () => {
    const result = check([
      agency(3, {
        agencyCode: '',
        agencyName: '',
        communeCode: '',
        isCommunePeoplesCommittee: 'UBND',
        connected: '',
        connectedOn: '31/02/2025',
      }),
    ]);
    expect(brief(result.errors)).toEqual([
      [3, 'agencyCode', 'bắt buộc, đang để trống'],
      [3, 'agencyName', 'bắt buộc, đang để trống'],
      [3, 'communeCode', 'cần mã xã hoặc tên xã, đang để trống cả hai'],
      [3, 'isCommunePeoplesCommittee', 'cần Có hoặc Không (x, 1/0, Đã/Chưa, yes/no)'],
      [3, 'connected', 'bắt buộc, đang để trống'],
      [3, 'connectedOn', 'không phải là ngày (YYYY-MM-DD hoặc DD/MM/YYYY)'],
    ]);
  });

  it('reports a repeated agency code and an unknown commune code', () => {
    const result = check([
      agency(3),
      agency(4, { communeCode: '99999', isCommunePeoplesCommittee: 'Không' }),
    ]);
    expect(brief(result.errors)).toEqual([
      [4, 'agencyCode', 'trùng mã cơ quan ở TSLCD, dòng 3'],
      [4, 'communeCode', 'không có xã mã 99999'],
    ]);
  });
});
