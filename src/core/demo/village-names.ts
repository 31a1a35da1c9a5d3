import type { CommuneKind } from './normalization.ts';
import type { Rng } from './prng.ts';

/**
 * Plausible synthetic village names, unique within a commune: `Tổ dân phố 7` in wards, `Thôn Tân Phú`
 * in lowland communes, `Bản Nà Ngòa` (Tày/Thái-style syllables) in mountain communes. Invented: they
 * are not the names of real villages.
 */
const LOWLAND = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thượng',
  'Hạ',
  'Trung',
  'Đoài',
  'An',
  'Phú',
  'Hòa',
  'Tân',
  'Xuân',
  'Thành',
  'Lộc',
  'Phúc',
  'Yên',
  'Bình',
  'Hưng',
  'Thịnh',
  'Quang',
  'Minh',
  'Hợp',
  'Đồng',
  'Cầu',
  'Chợ',
  'Đình',
  'Mới',
];
const MOUNTAIN_FIRST = [
  'Nà',
  'Khuổi',
  'Pác',
  'Phiêng',
  'Nặm',
  'Cốc',
  'Lủng',
  'Bó',
  'Khau',
  'Tổng',
  'Pò',
  'Hua',
  'Huổi',
  'Co',
  'Nậm',
  'Pá',
];
const MOUNTAIN_SECOND = [
  'Ngòa',
  'Mò',
  'Lẹng',
  'Cạn',
  'Tác',
  'Đeng',
  'Vài',
  'Quang',
  'Lùng',
  'Luông',
  'Thẳm',
  'Mu',
  'Pài',
  'Hin',
  'Coóc',
  'Sla',
  'Đon',
  'Ma',
  'Nưa',
  'Lạn',
];

export class VillageNamer {
  private readonly used = new Set<string>();
  private counter = 0;

  constructor(
    private readonly kind: CommuneKind,
    private readonly mountain: boolean,
  ) {}

  next(rng: Rng): string {
    this.counter++;
    if (this.kind === 'urban') return `Tổ dân phố ${this.counter}`;
    for (let attempt = 0; attempt < 8; attempt++) {
      const name = this.mountain
        ? `Bản ${rng.pick(MOUNTAIN_FIRST)} ${rng.pick(MOUNTAIN_SECOND)}`
        : rng.chance(0.35)
          ? `Thôn ${rng.pick(LOWLAND)}`
          : `Thôn ${rng.pick(LOWLAND)} ${rng.pick(LOWLAND)}`;
      if (!this.used.has(name) && !/ (\S+) \1$/.test(name)) {
        this.used.add(name);
        return name;
      }
    }
    return `${this.mountain ? 'Bản' : 'Thôn'} ${this.counter}`;
  }
}
