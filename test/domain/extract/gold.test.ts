// The quality gate: extraction of the seed articles scored against their gold annotations
// (test/fixtures/gold, a copy of the seeds' gold) must stay above the product's bars, in the form
// the seeds come in and with every seed also written plain.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGold, type GoldDoc } from '../../../src/domain/extract/to-gold.js';
import { ROOT, SEEDS_DIR } from '../../helpers.js';
import { scoreGold, type GoldAnnotation, type GoldScore } from '../../support/gold-score.js';
import { extract, unsegment } from './helpers.js';

const GOLD_DIR = join(ROOT, 'test', 'fixtures', 'gold');

const BARS = { macroF1: 0.97, figuresF1: 0.95, qualifier: 0.95, title: 0.9 };
/** What a reader can use: every context field, and the share of figures with all of them right. */
const CONTEXT_BARS = { factsRight: 0.9, metric: 0.9, indicator: 0.9, subject: 0.9, period: 0.9 };

const seeds = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const id = basename(f, '.txt');
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${id}.json`), 'utf8')) as GoldAnnotation;
    return { id, text: readFileSync(join(SEEDS_DIR, f), 'utf8'), gold };
  });

function scoreSeeds(form: (text: string) => string): GoldScore {
  return scoreGold(seeds.map(({ id, text, gold }) => ({ gold, pred: toGold(id, extract(form(text))) })));
}

function summary(s: GoldScore): string {
  const pct = (x: number | null) => (x === null ? 'n/a' : (100 * x).toFixed(1));
  const types = Object.entries(s.byType).map(([t, x]) => `${t} ${pct(x.f1)}`);
  return [`macroF1 ${pct(s.macroF1)} ${types.join(' ')} qualifier ${pct(s.accuracy.qualifier)} title ${pct(s.accuracy.title)}`, ...s.errors].join('\n');
}

describe('extraction of the seed articles against their gold annotations', () => {
  it('has gold for every seed', () => {
    expect(seeds).toHaveLength(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).length);
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  for (const [form, transform] of [
    ['as delivered', (t: string) => t],
    ['written plain', unsegment],
  ] as const) {
    it(`meets the quality bars ${form}`, () => {
      const score = scoreSeeds(transform);
      const report = summary(score);
      expect(score.macroF1, report).toBeGreaterThanOrEqual(BARS.macroF1);
      expect(score.byType.figures.f1, report).toBeGreaterThanOrEqual(BARS.figuresF1);
      expect(score.accuracy.qualifier, report).toBeGreaterThanOrEqual(BARS.qualifier);
      expect(score.accuracy.title, report).toBeGreaterThanOrEqual(BARS.title);
      const context = `factsRight ${score.factsRight} metric ${score.attributes.metric} indicator ${score.indicator?.f1} subject ${score.attributes.subject} period ${score.attributes.period}\n${score.contextMisses.join('\n')}`;
      expect(score.factsRight, context).toBeGreaterThanOrEqual(CONTEXT_BARS.factsRight);
      expect(score.attributes.metric, context).toBeGreaterThanOrEqual(CONTEXT_BARS.metric);
      expect(score.indicator?.f1, context).toBeGreaterThanOrEqual(CONTEXT_BARS.indicator);
      expect(score.attributes.subject, context).toBeGreaterThanOrEqual(CONTEXT_BARS.subject);
      expect(score.attributes.period, context).toBeGreaterThanOrEqual(CONTEXT_BARS.period);
    });
  }
});

describe('the gold scorer', () => {
  const gold: GoldAnnotation = {
    id: 'a',
    persons: [{ name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao' }],
    provinces: ['TP. HCM', 'Thừa Thiên Huế'],
    conferences: [{ name: 'Hội nghị Ngoại vụ toàn quốc lần thứ 21', edition: 21 }],
    figures: [
      { value: 7e11, unit: 'USD', qualifier: 'approx', text: 'gần 700 tỷ USD' },
      { value: 6, value_max: 7, unit: 'percent', qualifier: 'range', text: '6-7%' },
    ],
    lenient: { persons: ['Thanh Tâm'] },
  };
  const perfect: GoldDoc = {
    id: 'a',
    persons: [{ name: 'Bùi_Thanh_Sơn', title: 'Bộ trưởng Bộ Ngoại giao' }, { name: 'Thanh Tâm', title: null }],
    provinces: ['Hồ Chí Minh', 'Thừa Thiên - Huế'],
    conferences: [{ name: 'Hội nghị Ngoại vụ toàn quốc lần thứ 21', edition: 21 }],
    figures: [
      { value: 7.02e11, unit: 'USD', qualifier: 'approx', text: 'gần 700 tỷ USD' },
      { value: 6, value_max: 7, unit: 'percent', qualifier: 'range', text: '6-7%' },
    ],
  };

  it('gives full marks to a prediction equal up to spelling, tolerance and lenient items', () => {
    const s = scoreGold([{ gold, pred: perfect }]);
    expect(s.errors).toEqual([]);
    expect(s.macroF1).toBe(1);
    expect(s.accuracy).toEqual({ title: 1, edition: 1, qualifier: 1, unit: 1 });
  });

  it('counts misses, extras and wrong attributes', () => {
    const pred: GoldDoc = {
      ...perfect,
      persons: [{ name: 'Bùi Thanh Sơn', title: 'Thủ tướng' }],
      provinces: ['Hồ Chí Minh', 'Bình Dương'],
      figures: [{ value: 7.1e11, unit: 'USD', qualifier: 'exact', text: '710 tỷ USD' }, perfect.figures[1]!],
    };
    const s = scoreGold([{ gold, pred }]);
    expect(s.byType.provinces).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.byType.figures).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.accuracy.title).toBe(0);
    expect(s.macroF1).toBeLessThan(0.9);
  });

  it('scores an empty prediction zero', () => {
    const s = scoreGold([{ gold, pred: { id: 'a', persons: [], provinces: [], conferences: [], figures: [] } }]);
    expect(s.macroF1).toBe(0);
  });
});
