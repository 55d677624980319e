import { describe, expect, it } from 'vitest';
import { canonicalTones, foldKey, toneKey } from '../../../src/domain/text/keys.js';

describe('toneKey: one key for old and new tone placement', () => {
  it.each([
    ['thỏa thuận', 'thoả thuận'],
    ['Hòa Bình', 'Hoà Bình'],
    ['ủy ban', 'uỷ ban'],
    ['Thanh Hóa', 'Thanh Hoá'],
    ['khỏe mạnh', 'khoẻ mạnh'],
    ['Tỉnh_ủy', 'Tỉnh uỷ'],
    ['THỦY LỢI', 'thuỷ lợi'],
  ])('%s = %s', (a, b) => {
    expect(toneKey(a)).toBe(toneKey(b));
  });

  it.each([
    ['của', 'của'],
    ['hoàn thành', 'hoàn thành'],
    ['thuyết phục', 'thuyết phục'],
    ['quý', 'quý'],
  ])('leaves %s alone', (text, expected) => {
    expect(canonicalTones(text)).toBe(expected);
  });

  it('keeps words with different accents apart', () => {
    expect(toneKey('Hà Nội')).not.toBe(toneKey('Hạ Nội'));
  });
});

describe('foldKey: accent-free search key', () => {
  it.each([
    ['Đà Nẵng', 'da nang'],
    ['Hà_Nội', 'ha noi'],
    ['TP.HCM', 'tp hcm'],
    ['ĐĂK LĂK', 'dak lak'],
    ['Thừa Thiên - Huế', 'thua thien hue'],
    ['Bình Dương'.normalize('NFD'), 'binh duong'],
  ])('%s -> %s', (text, expected) => {
    expect(foldKey(text)).toBe(expected);
  });
});
