// Extraction stays linear in the text on the inputs that made it quadratic: runs of dates, one long
// sentence chaining figures, names and places repeated thousands of times. Each input is extracted
// at one size and at four times that size; four times the text may take at most about four times as
// long (the bound allows eight, where quadratic work takes sixteen). The best of three runs counts,
// and a test may run again twice, so that a busy machine does not decide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/domain/extract/index.js';
import { normalizeText } from '../../../src/domain/text/normalize.js';

/** Texts that each extractor once handled in quadratic time, repeated to the size wanted. */
const PATHOLOGICAL = {
  'part-of-day dates': 'sáng 18/12 ',
  'full dates': 'ngày 2/4/2024 ',
  'one sentence of figures': 'xuất khẩu năm 2023 đạt 5 tỷ USD, ',
  percentages: 'tăng 5%, ',
  'lists read respectively': 'xuất khẩu và nhập khẩu lần lượt tăng 5% và 6%, ',
  'titled names': 'Bộ trưởng Ngoại giao Bùi Thanh Sơn, ',
  provinces: 'tỉnh Bình Dương, ',
  'everything in one sentence':
    'Bộ trưởng Bùi Thanh Sơn cho biết xuất khẩu của tỉnh Bình Dương năm 2023 đạt 5 tỷ USD tại Hội nghị APEC, Công ty ABC ký 3 thỏa thuận hợp tác với Nhật Bản ngày 2/4/2024, ',
  'one figure a line': 'Xuất khẩu đạt 5 tỷ USD\n',
  'segmented words in one sentence': 'kim_ngạch xuất_khẩu đạt 5 tỷ USD , tạo 4 triệu việc_làm trực_tiếp , ',
};

const BASE_BYTES = 100_000;
const GROWTH = 4;
/** Four times the text in at most this many times the time. */
const MAX_RATIO = 8;

function textOf(unit: string, bytes: number): string {
  return `${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}.`;
}

function bestTime(text: string): number {
  const { plain, joins } = normalizeText(text);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    extractArticle(plain, null, joins);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function growthRatio(unit: string): { small: number; large: number; ratio: number } {
  const small = bestTime(textOf(unit, BASE_BYTES));
  const large = bestTime(textOf(unit, BASE_BYTES * GROWTH));
  // A few milliseconds are noise, not work: the small run counts for at least 2 ms.
  return { small, large, ratio: large / Math.max(small, 2) };
}

describe('extraction time grows with the text, not with its square', { retry: 2 }, () => {
  it.each(Object.entries(PATHOLOGICAL))('%s', (_kind, unit) => {
    const { small, large, ratio } = growthRatio(unit);
    expect(ratio, `${BASE_BYTES} bytes: ${small.toFixed(1)} ms, ${BASE_BYTES * GROWTH} bytes: ${large.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
  });

  // Six mixtures, each extracted three times at two sizes: more work than the default timeout allows on a busy machine.
  it('on any mixture of them', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.values(PATHOLOGICAL)), { minLength: 2, maxLength: 4 }), (units) => {
        const { small, large, ratio } = growthRatio(units.join(''));
        expect(ratio, `${units.join('|')}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
      }),
      { numRuns: 6 },
    );
  });
});
