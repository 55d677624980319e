import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../src/domain/extract/index.js';
import { toGold } from '../../../src/domain/extract/to-gold.js';
import { extract } from './helpers.js';

const ARTICLE = [
  'Đồng Nai thu hút vốn đầu tư',
  'Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức cho biết năm 2023 tỉnh thu hút gần 1,8 tỷ USD vốn FDI, tăng 12%.',
  'Phát biểu tại Diễn đàn Đầu tư Đồng Nai lần thứ 5, ông Đức nhấn mạnh tỉnh có hơn 1.500 dự án FDI.',
  'Trong năm, vốn FDI gần 1,8 tỷ USD chủ yếu vào công nghiệp.',
].join('\n');

describe('toGold', () => {
  it('maps an extraction to the gold shape, one entry per entity and distinct figure', () => {
    const x = extract(ARTICLE);
    expect(x.extractorVersion).toBe(EXTRACTOR_VERSION);
    const gold = toGold('doc-1', x);
    expect(gold.id).toBe('doc-1');
    expect(gold.persons).toEqual([{ name: 'Võ Tấn Đức', title: 'Chủ tịch UBND tỉnh Đồng Nai' }]);
    expect(gold.provinces).toEqual(['Đồng Nai']);
    expect(gold.conferences).toEqual([{ name: 'Diễn đàn Đầu tư Đồng Nai lần thứ 5', edition: 5 }]);
    expect(gold.figures).toMatchObject([
      { value: 1.8e9, unit: 'USD', qualifier: 'approx', text: 'gần 1,8 tỷ USD', noun: 'vốn FDI' },
      { value: 12, unit: 'percent', qualifier: 'exact', text: '12%' },
      { value: 1500, unit: 'count', noun: 'dự án FDI', qualifier: 'more_than', text: 'hơn 1.500 dự án FDI' },
    ]);
    expect(gold.figures[0]).not.toHaveProperty('value_max');
    expect(x.figures).toHaveLength(4);
  });
});
