import { describe, expect, it } from 'vitest';
import { common } from '../../i18n/messages/common.ts';
import { explorer } from '../../i18n/messages/explorer.ts';
import {
  type FeatureDetail,
  facilityDetail,
  siteDetail,
  type UnitLookup,
  villageDetail,
} from './feature-rows.ts';

const units: UnitLookup = {
  commune: (code) =>
    code === '01840' ? { fullName: 'Phường Đức Xuân', nameEn: 'Duc Xuan Ward' } : undefined,
  province: (code) =>
    code === '19' ? { fullName: 'Tỉnh Thái Nguyên', nameEn: 'Thai Nguyen Province' } : undefined,
};

/** The rows as "label = value" in Vietnamese, the way a reader sees them. */
function words(detail: FeatureDetail): string[] {
  return detail.rows.map(({ label, value }) => {
    const text =
      value.kind === 'text' || value.kind === 'vi'
        ? value.text
        : value.kind === 'unit'
          ? value.unit.fullName
          : value.kind === 'number'
            ? (value.unit?.vi.replace('{n}', String(value.value)) ?? String(value.value))
            : value.msg.vi;
    return `${label.vi} = ${text}`;
  });
}

describe('siteDetail', () => {
  it('says a site in words, with its commune by name and the synthetic source', () => {
    const detail = siteDetail(
      {
        code: 'VIETTEL-19-00001',
        operator: 'VIETTEL',
        technologies: ['2G', '4G'],
        communeCode: '01840',
        synthetic: true,
        shared: false,
        status: 'operating',
      },
      units,
    );
    expect(detail.kindLabel).toBe(explorer.kindSite);
    expect(detail.title).toEqual({ kind: 'text', text: 'VIETTEL-19-00001' });
    expect(detail.synthetic).toBe(true);
    expect(words(detail)).toEqual([
      'Mã = VIETTEL-19-00001',
      'Nhà mạng = VIETTEL',
      'Công nghệ = 2G, 4G',
      'Trạng thái = Đang hoạt động',
      'Dùng chung hạ tầng = Không',
      'Xã, phường = Phường Đức Xuân',
      `Nguồn dữ liệu = ${common.synthetic.vi}`,
    ]);
  });

  it('keeps unknown values visible: a commune not in the list by code, "OTHER" translated, no technology', () => {
    const detail = siteDetail(
      { code: 'X-1', operator: 'OTHER', technologies: [], communeCode: '99999', synthetic: false },
      units,
    );
    expect(words(detail)).toEqual([
      'Mã = X-1',
      'Nhà mạng = Khác',
      'Công nghệ = Không có',
      'Xã, phường = 99999',
      'Nguồn dữ liệu = Dữ liệu đã nộp',
    ]);
  });
});

describe('villageDetail', () => {
  it('lists the technologies that reach the village and those that do not', () => {
    const detail = villageDetail(
      {
        code: 'V-1',
        name: 'Bản Nà Pồng',
        communeCode: '01840',
        synthetic: true,
        coverage: { '2G': true, '3G': true, '4G': false, '5G': false },
        population: 412,
        households: 98,
        fixedBroadband: true,
      },
      units,
    );
    expect(detail.title).toEqual({ kind: 'vi', text: 'Bản Nà Pồng' });
    expect(words(detail)).toEqual([
      'Mã = V-1',
      'Xã, phường = Phường Đức Xuân',
      'Có sóng = 2G, 3G',
      'Chưa có sóng = 4G, 5G',
      'Dân số = 412',
      'Số hộ = 98',
      'Có cáp quang (FTTH) = Có',
      `Nguồn dữ liệu = ${common.synthetic.vi}`,
    ]);
  });

  it('says when coverage has not been computed rather than "no signal"', () => {
    const detail = villageDetail(
      { code: 'V-2', name: 'Thôn 2', communeCode: '01840', synthetic: false, coverage: null },
      units,
    );
    expect(words(detail)).toContain('Có sóng = Chưa tính');
    expect(words(detail).some((w) => w.startsWith('Chưa có sóng'))).toBe(false);
  });
});

describe('facilityDetail', () => {
  it('describes a data centre with its capacity in MW and its province by name', () => {
    const detail = facilityDetail(
      {
        code: 'DC-01',
        name: 'Trung tâm dữ liệu Thái Nguyên',
        kind: 'data_centre',
        capacityMw: 2.5,
        operator: 'VNPT',
        tier: 3,
        racks: 120,
        pue: 1.62,
        provinceCode: '19',
        communeCode: '01840',
        synthetic: true,
      },
      units,
    );
    expect(detail.kind).toBe('datacentre');
    expect(words(detail)).toEqual([
      'Loại = Trung tâm dữ liệu',
      'Mã = DC-01',
      'Đơn vị vận hành = VNPT',
      'Công suất = 2.5 MW',
      'Cấp (Tier) = 3',
      'Số tủ rack = 120',
      'Hiệu suất điện năng (PUE) = 1.62',
      'Xã, phường = Phường Đức Xuân',
      'Tỉnh, thành phố = Tỉnh Thái Nguyên',
      `Nguồn dữ liệu = ${common.synthetic.vi}`,
    ]);
  });

  it('describes an IT park without a commune or capacity', () => {
    const detail = facilityDetail(
      {
        name: 'Khu CNTT tập trung Hà Nội',
        kind: 'it_park',
        provinceCode: '01',
        communeCode: null,
        synthetic: false,
        areaHa: 12,
        bandwidthGbps: 10,
        approximate: true,
        status: 'building',
      },
      units,
    );
    expect(detail.kind).toBe('itpark');
    expect(detail.kindLabel).toBe(explorer.kindItPark);
    expect(words(detail)).toEqual([
      'Loại = Khu công nghệ thông tin tập trung',
      'Băng thông = 10 Gbps',
      'Diện tích = 12 ha',
      'Trạng thái = Đang xây dựng',
      'Vị trí = Gần đúng: điểm đại diện cho tỉnh, không phải vị trí thật của khu',
      'Tỉnh, thành phố = 01',
      'Nguồn dữ liệu = Dữ liệu đã nộp',
    ]);
  });
});
