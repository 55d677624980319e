import { describe, expect, it } from 'vitest';
import { listProvinces, provinceByCode, resolveProvince } from '../../../src/domain/places/provinces.js';

describe('resolveProvince', () => {
  it.each([
    ['Bình Dương', 'vn2008:74'],
    ['tỉnh Bình Dương', 'vn2008:74'],
    ['Tỉnh Bình_Dương', 'vn2008:74'],
    ['TP. HCM', 'vn2008:79'],
    ['TP.HCM', 'vn2008:79'],
    ['TPHCM', 'vn2008:79'],
    ['HCM', 'vn2008:79'],
    ['Tp. Hồ Chí Minh', 'vn2008:79'],
    ['thành phố Hồ Chí Minh', 'vn2008:79'],
    ['Sài Gòn', 'vn2008:79'],
    ['BR-VT', 'vn2008:77'],
    ['Bà Rịa - Vũng Tàu', 'vn2008:77'],
    ['Bà Rịa Vũng Tàu', 'vn2008:77'],
    ['TT-Huế', 'vn2008:46'],
    ['Thừa Thiên - Huế', 'vn2008:46'],
    ['Đắk Lắk', 'vn2008:66'],
    ['Đắc Lắc', 'vn2008:66'],
    ['Hòa Bình', 'vn2008:17'],
    ['Hoà Bình', 'vn2008:17'],
    ['Thanh Hoá', 'vn2008:38'],
    ['Khánh Hòa', 'vn2008:56'],
    ['ha noi', 'vn2008:01'],
    ['HÀ NỘI', 'vn2008:01'],
    ['quang_ninh', 'vn2008:22'],
  ])('%s -> %s', (name, key) => {
    expect(resolveProvince(name)?.key).toBe(key);
  });

  it.each([['Tây Nguyên'], ['Biên Hòa'], [''], ['Quảng Đông']])('%s is no province', (name) => {
    expect(resolveProvince(name)).toBeNull();
  });

  it('prefers the 63-unit scheme for a name in both and links its successor', () => {
    const p = resolveProvince('Tây Ninh')!;
    expect(p).toMatchObject({ key: 'vn2008:72', scheme: 'vn2008', code: '72', name: 'Tây Ninh', fullName: 'Tỉnh Tây Ninh' });
    expect(p.successors).toEqual([{ key: 'vn2025:80', code: '80', name: 'Tây Ninh' }]);
    expect(resolveProvince('Tây Ninh', 'vn2025')?.key).toBe('vn2025:80');
  });

  it('gives no vn2025 unit for a province that merged away', () => {
    expect(resolveProvince('Long An', 'vn2025')).toBeNull();
  });
});

describe('provinceByCode', () => {
  it('qualifies codes by scheme', () => {
    expect(provinceByCode('vn2008:80')?.name).toBe('Long An');
    expect(provinceByCode('vn2025:80')?.name).toBe('Tây Ninh');
    expect(provinceByCode('80')).toBeNull();
  });

  it('names successors and predecessors', () => {
    expect(provinceByCode('vn2008:74')?.successors).toEqual([{ key: 'vn2025:79', code: '79', name: 'Hồ Chí Minh' }]);
    const names = provinceByCode('vn2025:79')!.predecessors.map((p) => p.name);
    expect(names).toEqual(['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh']);
  });

  it('shows the pre-2025 name of Thừa Thiên Huế', () => {
    expect(provinceByCode('vn2008:46')?.name).toBe('Thừa Thiên Huế');
  });
});

describe('listProvinces', () => {
  it('has 63 and 34 units', () => {
    expect(listProvinces('vn2008')).toHaveLength(63);
    expect(listProvinces('vn2025')).toHaveLength(34);
  });
});
