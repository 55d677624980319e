// Table-driven cases for the context of figures (context-phrasings.cases.ts), each run
// word-segmented and plain: the fields a case gives (metric, subject, period, comparedTo, status,
// indicator, change) must come out as a careful annotator following shared/gold/README.md writes them.
import { describe, expect, it } from 'vitest';
import { goldIndicator } from '../../../src/domain/extract/figure-context.js';
import { fold, looselyEqual } from '../../support/gold-score.js';
import { CONTEXT_PHRASINGS } from './context-phrasings.cases.js';
import { bothForms, extract } from './helpers.js';

const closeTo = (actual: number, expected: number) => Math.abs(actual - expected) <= 0.005 * Math.abs(expected);

/** Token F1 of two phrases over their folded words (the scorer's metric rule). */
function tokenF1(a: string, b: string): number {
  const A = new Set(fold(a).split(' ').filter(Boolean));
  const B = new Set(fold(b).split(' ').filter(Boolean));
  if (A.size === 0 || B.size === 0) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return (2 * common) / (A.size + B.size);
}

/** The subject loosely, as the scorer reads it; a pair "A - B" needs both parts (README, Scoring). */
function subjectMatches(got: string, want: string): boolean {
  if (!looselyEqual(got, want)) return false;
  return want.split(' - ').every((part) => fold(got).includes(fold(part)));
}

describe('figure context in phrasings from political and economic news', () => {
  it('has at least 60 cases, of which at least 48 have no known gap', () => {
    expect(CONTEXT_PHRASINGS.length).toBeGreaterThanOrEqual(60);
    expect(CONTEXT_PHRASINGS.filter((c) => !c.gap).length).toBeGreaterThanOrEqual(48);
  });

  for (const c of CONTEXT_PHRASINGS) {
    for (const [form, text] of bothForms(c.segmented)) {
      (c.gap ? it.fails : it)(`${c.construction} (${form})${c.gap ? ` [known gap: ${c.gap}]` : ''}`, () => {
        const want = c.figure;
        const x = extract(text);
        const described = x.figures.map(
          (f) => `${f.text} = ${f.value} ${f.unit} metric=${f.metric} subject=${f.subject} period=${f.period} comparedTo=${f.comparedTo} status=${f.status}`,
        );
        const got = x.figures.find((f) => f.unit === want.unit && closeTo(f.value, want.value));
        expect(got, `${want.value} ${want.unit} among: ${described.join('; ')}`).toBeDefined();
        const f = got!;
        const seen = described[x.figures.indexOf(f)];

        if (want.metric !== undefined) {
          if (want.metric === null) expect(f.metric, seen).toBeNull();
          else expect(f.metric !== null && tokenF1(f.metric, want.metric) >= 0.5, `metric "${f.metric}" for "${want.metric}"`).toBe(true);
        }
        if (want.subject !== undefined) {
          if (want.subject === null) expect(f.subject, seen).toBeNull();
          else expect(f.subject !== null && subjectMatches(f.subject, want.subject), `subject "${f.subject}" for "${want.subject}"`).toBe(true);
        }
        if (want.period !== undefined) expect(f.period, seen).toBe(want.period);
        if (want.comparedTo !== undefined) expect(f.comparedTo, seen).toBe(want.comparedTo);
        if (want.status !== undefined) expect(f.status, seen).toBe(want.status);
        if (want.indicator !== undefined) expect(goldIndicator(f), seen).toBe(want.indicator);
        if (want.change !== undefined) expect(f.change, seen).toBe(want.change);
      });
    }
  }
});

describe('holders in a word-segmented source', () => {
  // Only a segmenter says "Hiệp_hội" is one word: unsegmented, "Hiệp" may still start a name.
  it('takes no capitalised syllable joined to a lowercase one ("Hiệp_hội", "Bảo_tàng") for a holder', () => {
    const x = extract('Tại Indonesia , Hiệp_hội ngư_dân cho_hay có 1.200 tàu_cá phải nằm bờ .');
    const f = x.figures.find((g) => g.value === 1200);
    expect(f?.subject).toBe('Indonesia');
  });

  it('cuts a firm\'s short name before a capitalised syllable joined to a lowercase one ("công ty TNHH Đầu_tư")', () => {
    const x = extract('Năm nay , công_ty TNHH Đầu_tư Hoàng_Long đã nâng công_trình lên 18 tầng .');
    expect(x.figures.find((g) => g.value === 18)?.subject ?? '').not.toMatch(/Đầu$/u);
  });
});
