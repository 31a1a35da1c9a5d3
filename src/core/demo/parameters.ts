import type { OperatorCode } from '../assets/asset-model.ts';

/**
 * Every number the demo generator is calibrated to, with where it comes from. A `source` is a URL of
 * a published figure (most are also in datasets/vn/ict-plans/ict_plan_targets_and_stats.json) or a
 * text starting with `assumption:` when no public figure was found. Vietnam-specific on purpose: the
 * generator takes these as parameters, so another country passes its own.
 */
export interface Sourced<T> {
  value: T;
  source: string;
}

export const GSO_2024 =
  'https://kinhtevadubao.vn/sau-5-nam-ke-tu-nam-2019-den-nay-quy-mo-dan-so-viet-nam-tang-them-49-trieu-nguoi-30755.html';

export interface Anchor {
  /** Stable id, e.g. `bac-kan-06`. */
  id: string;
  label: string;
  /** Current communes that make up the area. */
  communeCodes: readonly string[];
  population: Sourced<number> | null;
  villages: Sourced<number> | null;
  /** Operating sites (BTS) of all operators. */
  sites: Sourced<number> | null;
}

/**
 * Old province Bắc Kạn (06), merged into Thái Nguyên (19) on 1 Jul 2025: the 37 current communes
 * that took over its 108 old communes (datasets/vn/admin-lineage-2025/merges_new_to_old.json: every
 * new unit of province 19 with an old commune code below 05000; none of them mixes in an old Thái
 * Nguyên commune).
 */
export const BAC_KAN_COMMUNES: readonly string[] = [
  '01840',
  '01843',
  '01849',
  '01864',
  '01879',
  '01882',
  '01894',
  '01906',
  '01912',
  '01921',
  '01933',
  '01936',
  '01942',
  '01954',
  '01957',
  '01960',
  '01969',
  '01981',
  '02008',
  '02014',
  '02020',
  '02026',
  '02038',
  '02044',
  '02071',
  '02083',
  '02086',
  '02101',
  '02104',
  '02107',
  '02116',
  '02143',
  '02152',
  '02155',
  '02176',
  '02185',
  '02191',
];

const BAC_KAN_BASELINE = 'https://chuyendoiso.backan.gov.vn/index.php?com=tintuc_ct&id_news=673';

export const BAC_KAN_ANCHOR: Anchor = {
  id: 'bac-kan-06',
  label: 'Bắc Kạn area (old province 06, 37 current communes of Thái Nguyên)',
  communeCodes: BAC_KAN_COMMUNES,
  population: {
    value: 313_905,
    source: 'https://en.wikipedia.org/wiki/2019_Vietnamese_census (Bắc Kạn 313,905)',
  },
  villages: {
    value: 1292,
    source:
      'https://vietnamnet.vn/thuc-day-chuyen-doi-so-trong-xay-dung-nong-thon-moi-o-bac-kan-2143996.html',
  },
  sites: { value: 672, source: BAC_KAN_BASELINE },
};

export interface DemoParameters {
  population: Sourced<number>;
  urbanPopulation: Sourced<number>;
  households: Sourced<number>;
  /** People per province; used as shares only (rescaled to `population`). */
  provincePopulation: Sourced<Readonly<Record<string, number>>>;
  villages: Sourced<number>;
  /** Operating sites with a 4G carrier. */
  sites4g: Sourced<number>;
  /** Operating sites with a 5G carrier. */
  sites5g: Sourced<number>;
  /** Villages with mobile broadband (%): the generator leaves (100 − this) % of villages remote. */
  villageMobileCoveragePct: Sourced<number>;
  householdFibrePct: Sourced<number>;
  dataCentres: Sourced<number>;
  dataCentreMw: Sourced<number>;
  itParks2025: Sourced<{ min: number; max: number }>;
  postalRegionalCentres: Sourced<number>;
  postalZoneCentres: Sourced<number>;
  communePcConnectedPct: Sourced<number>;
  /** Share of operating sites per site-owning operator. */
  operatorShares: Sourced<Partial<Record<OperatorCode, number>>>;
  /** Relative weight of an operator's site being chosen for 5G. */
  fiveGOperatorWeights: Sourced<Partial<Record<OperatorCode, number>>>;
  sharedSitePct: Sourced<number>;
  /** Provinces treated as mountainous (sparser people, larger households, home of remote villages). */
  mountainProvinces: Sourced<readonly string[]>;
  /** Approximate residents of the island special zones (Đặc khu), by commune code. */
  islandPopulation: Sourced<Readonly<Record<string, number>>>;
  anchors: readonly Anchor[];
  /** No site is generated within this distance of a deliberately remote village. */
  remoteGuardKm: number;
  /**
   * Sites within this distance of a remote village get short-range equipment only (no 700 MHz, no
   * 2G, antenna at most `quietMaxHeightM`), so that long rural ranges do not reach the village.
   */
  remoteQuietKm: number;
  quietMaxHeightM: number;
  /** Every other village gets an operating 4G site within this distance (when geometry allows). */
  coverageRadiusKm: number;
  /** Reference date of the inventory (on-air dates never later). */
  asOf: string;
}

export const VIETNAM_2025: DemoParameters = {
  population: { value: 101_112_656, source: `${GSO_2024} (mid-term census 1 Apr 2024)` },
  urbanPopulation: { value: 38_599_637, source: GSO_2024 },
  households: { value: 28_146_939, source: GSO_2024 },
  provincePopulation: {
    value: {
      '79': 14_002_598,
      '01': 8_587_100,
      '91': 4_952_238,
      '31': 4_664_124,
      '75': 4_491_408,
      '37': 4_412_264,
      '82': 4_370_046,
      '86': 4_257_581,
      '92': 4_199_824,
      '25': 4_022_638,
      '68': 3_872_999,
      '38': 3_739_500,
      '24': 3_619_433,
      '52': 3_583_693,
      '33': 3_567_943,
      '40': 3_442_000,
      '66': 3_346_853,
      '80': 3_254_170,
      '48': 3_065_628,
      '96': 2_606_672,
      '56': 2_243_554,
      '51': 2_161_755,
      '44': 1_870_845,
      '08': 1_865_270,
      '19': 1_799_489,
      '15': 1_778_785,
      '22': 1_381_200,
      '42': 1_323_700,
      '14': 1_313_300,
      '46': 1_166_500,
      '20': 807_300,
      '11': 646_200,
      '04': 547_900,
      '12': 489_300,
    },
    source:
      'https://tinbds.com/danh-sach-tinh-thanh/dan-so (third-party list of the 34 provinces, sums to 111.5 M: used as shares only, rescaled to the GSO 2024 total)',
  },
  villages: {
    value: 100_000,
    source: 'assumption: project brief (DESIGN.md) — about 100,000 thôn, bản and tổ dân phố nationally',
  },
  sites4g: {
    value: 150_000,
    source: 'https://60shomnay.vn/?p=29197 (May 2025: 11,591 5G BTS = 7.72 % of 4G BTS, i.e. ≈150,000)',
  },
  sites5g: {
    value: 26_000,
    source:
      'https://vietnamnet.vn/vung-phu-5g-tai-viet-nam-da-tang-tu-duoi-1-den-90-trong-hai-nam-2484217.html (>26,000 5G stations in 2025)',
  },
  villageMobileCoveragePct: {
    value: 99.3,
    source: 'https://vietbao.vn/toc-do-mang-di-dong-cua-viet-nam-dung-top-20-the-gioi-558857.html',
  },
  householdFibrePct: {
    value: 85.1,
    source:
      'https://vneconomy.vn/doanh-thu-nganh-vien-thong-uoc-dat-hon-70-nghin-ty-dong-trong-nua-dau-nam-2025.htm',
  },
  dataCentres: {
    value: 33,
    source: 'https://www.vietnam.vn/en/trung-tam-du-lieu-nen-tang-day-nhanh-qua-trinh-chuyen-doi-so',
  },
  dataCentreMw: {
    value: 182,
    source: 'https://www.vietnam.vn/en/trung-tam-du-lieu-nen-tang-day-nhanh-qua-trinh-chuyen-doi-so',
  },
  itParks2025: {
    value: { min: 12, max: 14 },
    source:
      'https://viettimes.vn/den-nam-2030-viet-nam-se-hinh-thanh-16-20-khu-cntt-tap-trung-va-thanh-vien-chuoi-cong-vien-phan-mem-post173386.html',
  },
  postalRegionalCentres: {
    value: 3,
    source:
      'https://baohanam.com.vn/khoa-hoc-cong-nghe/cong-bo-quy-hoach-ha-tang-thong-tin-va-truyen-thong-giai-doan-2021-2030-115605.html',
  },
  postalZoneCentres: {
    value: 14,
    source:
      'https://baohanam.com.vn/khoa-hoc-cong-nghe/cong-bo-quy-hoach-ha-tang-thong-tin-va-truyen-thong-giai-doan-2021-2030-115605.html',
  },
  communePcConnectedPct: {
    value: 97,
    source: 'assumption: 95–99 % of commune People’s Committees on the TSLCD network (plan target 100 %)',
  },
  operatorShares: {
    value: { VIETTEL: 0.4, VNPT: 0.3, MOBIFONE: 0.25, VIETNAMOBILE: 0.04, GMOBILE: 0.01 },
    source:
      'assumption: site (not subscriber) shares; Viettel holds ~56 % of subscribers (https://doanhnghiephoinhap.vn/viettel-duy-tri-vi-tri-so-mot-voi-562-thi-phan-thue-bao-di-dong-45147.html)',
  },
  fiveGOperatorWeights: {
    value: { VIETTEL: 20, VNPT: 1.2, MOBIFONE: 1 },
    source:
      'https://vnexpress.net/20-000-tram-5g-viettel-duoc-trien-khai-trong-hon-9-thang-4998344.html (Viettel 20,758 of >26,000 5G sites in 2025 → ~80 %); VNPT/MobiFone split is an assumption',
  },
  sharedSitePct: {
    value: 15,
    source:
      'assumption: 10–25 % (Bắc Kạn plan target 25 %, https://backan.gov.vn/Pages/phat-trien-ha-tang-so-3e70.aspx; 1,800 sites in the 2020 sharing agreement)',
  },
  mountainProvinces: {
    value: ['04', '08', '11', '12', '14', '15', '19', '20', '40', '52', '66', '68'],
    source:
      'assumption: northern mountains (Cao Bằng 04, Tuyên Quang 08, Điện Biên 11, Lai Châu 12, Sơn La 14, Lào Cai 15, Thái Nguyên 19, Lạng Sơn 20), Nghệ An 40 and the Central Highlands (Gia Lai 52, Đắk Lắk 66, Lâm Đồng 68)',
  },
  islandPopulation: {
    value: {
      '06994': 50_000,
      '07192': 6_500,
      '11914': 33_000,
      '11948': 1_000,
      '19742': 400,
      '20333': 0,
      '21548': 22_000,
      '22736': 300,
      '23272': 30_000,
      '26732': 11_000,
      '31078': 180_000,
      '31105': 1_800,
      '31108': 20_000,
    },
    source:
      'assumption: rounded orders of magnitude for the 13 special zones; Hoàng Sa (20333) has no resident population',
  },
  anchors: [BAC_KAN_ANCHOR],
  // With COST-231 rural ranges (src/core/coverage defaults) a 4G 1800 MHz site at 25 m reaches
  // ≈8.2 km and a 700 MHz site at 45 m ≈20 km: the guard and the quiet zone keep both away.
  remoteGuardKm: 9,
  remoteQuietKm: 21,
  quietMaxHeightM: 25,
  coverageRadiusKm: 3,
  asOf: '2025-12-31',
};
