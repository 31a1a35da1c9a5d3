import { describe, expect, it } from 'vitest';
import { parseUnitName, typeHintFits, type UnitTypeHint, unitTypeHint } from './unit-name.ts';

describe('parseUnitName', () => {
  it.each<[string, string, UnitTypeHint | null]>([
    // Full prefixes, with and without diacritics, any case.
    ['Xã Tân Lập', 'Tân Lập', 'commune'],
    ['xa Tan Lap', 'Tan Lap', 'commune'],
    ['Phường Bến Thành', 'Bến Thành', 'ward'],
    ['PHƯỜNG BẾN THÀNH', 'BẾN THÀNH', 'ward'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'city'],
    ['Thanh pho Ho Chi Minh', 'Ho Chi Minh', 'city'],
    ['Thành phố trực thuộc trung ương Hà Nội', 'Hà Nội', 'city'],
    ['Tỉnh Bắc Kạn', 'Bắc Kạn', 'province'],
    ['Thị trấn Sóc Sơn', 'Sóc Sơn', 'township'],
    ['Thị xã Sơn Tây', 'Sơn Tây', 'town'],
    ['Quận Hoàn Kiếm', 'Hoàn Kiếm', 'district'],
    ['Huyện Chợ Đồn', 'Chợ Đồn', 'district'],
    ['Đặc khu Phú Quốc', 'Phú Quốc', 'special_zone'],
    ['Đặc khu tại hải đảo Vân Đồn', 'Vân Đồn', 'special_zone'],
    // Abbreviations, with or without the dot, glued or spaced.
    ['X. Tân Lập', 'Tân Lập', 'commune'],
    ['P. Bến Thành', 'Bến Thành', 'ward'],
    ['P Bến Thành', 'Bến Thành', 'ward'],
    ['P.Bến Thành', 'Bến Thành', 'ward'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh', 'city'],
    ['TP.HCM', 'HCM', 'city'],
    ['Tp Huế', 'Huế', 'city'],
    ['TP HCM', 'HCM', 'city'],
    ['T.P. Đà Nẵng', 'Đà Nẵng', 'city'],
    ['T. Bắc Kạn', 'Bắc Kạn', 'province'],
    ['TT Sóc Sơn', 'Sóc Sơn', 'township'],
    ['TT. Sóc Sơn', 'Sóc Sơn', 'township'],
    ['TX Sơn Tây', 'Sơn Tây', 'town'],
    ['TX.Sơn Tây', 'Sơn Tây', 'town'],
    ['Q. Bình Thạnh', 'Bình Thạnh', 'district'],
    ['H. Chợ Đồn', 'Chợ Đồn', 'district'],
    // Numbered units keep the number as the core.
    ['Phường 1', '1', 'ward'],
    ['Quận 1', '1', 'district'],
    ['P.1', '1', 'ward'],
    ['P1', '1', 'ward'],
    ['p 1', '1', 'ward'],
    ['Q1', '1', 'district'],
    ['Q.10', '10', 'district'],
    ['Phường 01', '1', 'ward'],
    ['Phường 2 Bảo Lộc', '2 Bảo Lộc', 'ward'],
    // English official names.
    ['Bac Kan Province', 'Bac Kan', 'province'],
    ['Ho Chi Minh City', 'Ho Chi Minh', 'city'],
    ['Soc Son Township', 'Soc Son', 'township'],
    ['Son Tay Town', 'Son Tay', 'town'],
    ['Van Don Special administrative region', 'Van Don', 'special_zone'],
    // Nothing to strip.
    ['Bắc Kạn', 'Bắc Kạn', null],
    ['HCM', 'HCM', null],
    ['TPHCM', 'TPHCM', null],
    ['A Lưới 2', 'A Lưới 2', null],
    ['Quan Hóa', 'Quan Hóa', null],
    // A prefix alone is not stripped to nothing.
    ['Phường', 'Phường', null],
    ['Quận', 'Quận', null],
  ])('%s → core %s, hint %s', (input, core, typeHint) => {
    expect(parseUnitName(input)).toEqual({ core, typeHint });
  });

  it('survives NFD input, odd spaces and punctuation', () => {
    expect(parseUnitName('  Phường\u00a0\u00a0Bến   Thành , '.normalize('NFD'))).toEqual({
      core: 'Bến Thành',
      typeHint: 'ward',
    });
    expect(parseUnitName('Xã: Tân Lập')).toEqual({ core: 'Tân Lập', typeHint: 'commune' });
    expect(parseUnitName('Tỉnh Bà Rịa - Vũng Tàu')).toEqual({
      core: 'Bà Rịa - Vũng Tàu',
      typeHint: 'province',
    });
  });

  it('matches a prefix with old or new tone placement', () => {
    // `Huyện` has no alternative placement, but `Hoà`-style words do: the comparison is on tone keys.
    expect(parseUnitName('Quận Tân Bình'.normalize('NFD')).typeHint).toBe('district');
  });

  it('does not take the syllable Quan (with its own diacritics) for Quận', () => {
    expect(parseUnitName('Quan Hóa')).toEqual({ core: 'Quan Hóa', typeHint: null });
  });
});

describe('unitTypeHint', () => {
  it.each<[string, UnitTypeHint | null]>([
    ['Tỉnh', 'province'],
    ['Thành phố trực thuộc trung ương', 'city'],
    ['Thành phố', 'city'],
    ['Huyện', 'district'],
    ['Quận', 'district'],
    ['Thị xã', 'town'],
    ['Xã', 'commune'],
    ['Phường', 'ward'],
    ['Thị trấn', 'township'],
    ['Đặc khu tại hải đảo', 'special_zone'],
    ['Đặc khu tại hải đảo'.normalize('NFD'), 'special_zone'],
    ['Quốc gia', null],
  ])('%s → %s', (unitType, hint) => {
    expect(unitTypeHint(unitType)).toBe(hint);
  });
});

describe('typeHintFits', () => {
  it('accepts the matching type, rejects another', () => {
    expect(typeHintFits('ward', 'Phường', 'commune')).toBe(true);
    expect(typeHintFits('commune', 'Phường', 'commune')).toBe(false);
    expect(typeHintFits('district', 'Quận', 'district')).toBe(true);
    expect(typeHintFits('district', 'Huyện', 'district')).toBe(true);
    expect(typeHintFits('town', 'Huyện', 'district')).toBe(false);
  });
  it('lets Tỉnh designate a centrally-run city (both are province-level)', () => {
    expect(typeHintFits('province', 'Thành phố trực thuộc trung ương', 'province')).toBe(true);
    expect(typeHintFits('city', 'Thành phố trực thuộc trung ương', 'province')).toBe(true);
    expect(typeHintFits('city', 'Tỉnh', 'province')).toBe(false);
  });
  it('never contradicts a type it does not know', () => {
    expect(typeHintFits('ward', 'Quốc gia', 'country')).toBe(true);
  });
});
