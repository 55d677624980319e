// What one article may yield: figures within the range of their unit, and at most so many of each kind.
import { describe, expect, it } from 'vitest';
import { EXTRACTION_LIMITS } from '../../../src/domain/extract/index.js';
import { refuseValue } from '../../../src/domain/extract/figures.js';
import { bothForms, extract } from './helpers.js';

describe('figures beyond the range of their unit', () => {
  const huge = `1${'0'.repeat(400)}`;
  const cases: [string, string][] = [
    [`Kim_ngạch xuất_khẩu năm 2023 đạt ${huge} tỷ USD .`, 'too large to represent'],
    ['Kim_ngạch xuất_khẩu năm 2023 đạt 5.000.000 tỷ USD .', 'beyond the largest figure in USD'],
    ['Dân_số đạt 20 tỷ người .', 'beyond the largest figure in people'],
    ['Lạm_phát tăng 5.000.000 % .', 'beyond the largest figure in percent'],
  ];
  for (const [segmented, reason] of cases) {
    for (const [form, text] of bothForms(segmented)) {
      it(`refuses ${text.slice(0, 60)}… (${form}) with a reason, and keeps no figure`, () => {
        const x = extract(text);
        expect(x.figures).toEqual([]);
        expect(x.refused).toHaveLength(1);
        expect(x.refused[0]!.reason).toContain(reason);
        expect(x.plain.slice(x.refused[0]!.span.start, x.refused[0]!.span.end)).toBe(x.refused[0]!.text);
      });
    }
  }

  it('keeps the largest figures real news states', () => {
    const x = extract('GDP năm 2023 đạt 10,2 triệu tỷ đồng, tương đương 430 tỷ USD; dân số thế giới là 8 tỷ người.');
    expect(x.refused).toEqual([]);
    expect(x.figures.map((f) => f.value)).toEqual([10.2e15, 430e9, 8e9]);
  });

  it('refuses the upper end of a range as it refuses a value', () => {
    expect(refuseValue(5, 'USD')).toBeNull();
    expect(refuseValue(Number.POSITIVE_INFINITY, 'count')).toMatch(/too large/);
    expect(refuseValue(Number.NaN, 'count')).toMatch(/too large/);
    expect(extract('Vốn đạt 5 - 9.000.000 tỷ USD.').figures).toEqual([]);
  });
});

describe('what one article may yield', () => {
  it.each([
    ['figures', 'xuất khẩu năm 2023 đạt 5 tỷ USD, '],
    ['dates', 'sáng 18/12 '],
    ['entities', 'tỉnh Bình Dương, '],
  ] as const)('keeps the first %s of a text that states too many, and says how many it found', (kind, unit) => {
    const repeats = EXTRACTION_LIMITS[kind] + 500;
    const x = extract(`${unit.repeat(repeats)}.`);
    expect(x[kind]).toHaveLength(EXTRACTION_LIMITS[kind]);
    expect(x.capped).toEqual([{ kind, found: repeats, kept: EXTRACTION_LIMITS[kind] }]);
    // The first ones, in text order.
    const starts = x[kind].map((item) => item.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBeLessThan(unit.length);
  });

  it('lists at most the first refused quantities', () => {
    const x = extract(`${'đạt 9.000.000 tỷ USD, '.repeat(50)}.`);
    expect(x.refused).toHaveLength(EXTRACTION_LIMITS.refused);
    expect(x.capped).toEqual([{ kind: 'refused', found: 50, kept: EXTRACTION_LIMITS.refused }]);
  });

  it('caps nothing in a real article', () => {
    const x = extract('Năm 2023, kim ngạch thương mại hai chiều đạt gần 700 tỷ USD, FDI tăng 14,8%.');
    expect(x.capped).toEqual([]);
  });
});
