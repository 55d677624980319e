// The rules of the gold scorer (src/eval/gold-score.ts, the port of shared/tools/score-gold.mjs), one
// small hand-made case each: a case fails when its rule breaks.
import { describe, expect, it } from 'vitest';
import {
  formatReport,
  normPeriod,
  scoreGold,
  scoreLine,
  subjectEq,
  tokF1,
  type GoldAnnotation,
  type GoldAnnotationFigure,
  type PredDoc,
  type PredFigure,
} from '../../src/eval/gold-score.js';

/** A gold figure with full context; `over` changes some fields. */
const goldFigure = (over: Partial<GoldAnnotationFigure> = {}): GoldAnnotationFigure => ({
  value: 1.5e9,
  unit: 'USD',
  qualifier: 'exact',
  text: '1,5 tỷ USD',
  metric: 'kim ngạch xuất khẩu',
  indicator: 'exports',
  subject: 'Việt Nam',
  period: '2018',
  change: 'level',
  ...over,
});

/** The prediction that gets the gold figure right, with `over` changed. */
const predFigure = (gold: GoldAnnotationFigure, over: Partial<PredFigure> = {}): PredFigure => {
  const { accept: _accept, ...fields } = gold;
  return { ...fields, ...over };
};

const doc = (figures: GoldAnnotationFigure[], rest: Partial<GoldAnnotation> = {}): GoldAnnotation => ({ id: 'a', figures, ...rest });
const scoreOne = (gold: GoldAnnotation, pred: PredDoc | null) => scoreGold([{ id: 'a.json', gold, pred }]);
const scoreFigure = (gold: GoldAnnotationFigure, pred: PredFigure) => scoreOne(doc([gold]), { figures: [pred] });

describe('periods compare in one canonical form', () => {
  const same: [string, string | null, string | null][] = [
    ['a quarter is its months', '2018-Q1', '2018-01..2018-03'],
    ['a quarter with no year', 'rel:Y:Q3', 'rel:Y:07..09'],
    ['a half is its months', '2018-H1', '2018-01..2018-06'],
    ['twelve months are the year', '2018-01..2018-12', '2018'],
    ['twelve months of this year are this year', 'rel:Y:01..12', 'rel:Y'],
    ['spaces do not count', '.. 2017', '..2017'],
    ['none and empty are the same', null, ''],
  ];
  for (const [rule, gold, pred] of same) {
    it(`${rule}: ${gold} = ${pred}`, () => {
      expect(normPeriod(pred)).toBe(normPeriod(gold));
      expect(scoreFigure(goldFigure({ period: gold }), predFigure(goldFigure(), { period: pred })).accuracy.period).toBe(1);
    });
  }

  const different: [string, string | null, string | null][] = [
    ['another quarter', '2018-Q1', '2018-Q2'],
    ['eleven months are not the year', '2018-01..2018-11', '2018'],
    ['a year is not its first quarter', '2018', '2018-Q1'],
    ['a stated period is not none', '2017', null],
    ['up to a year is not that year', '..2017', '2017'],
  ];
  for (const [rule, gold, pred] of different) {
    it(`${rule}: ${gold} ≠ ${pred}`, () => {
      const s = scoreFigure(goldFigure({ period: gold }), predFigure(goldFigure(), { period: pred }));
      expect(s.accuracy.period).toBe(0);
      expect(s.factsRight).toBe(0);
    });
  }
});

describe('subjects match loosely, a pair needing both', () => {
  const cases: [string, string, string, boolean][] = [
    ['Vietnam by another name', 'Việt Nam', 'cả nước', true],
    ['a province by its abbreviation', 'Hồ Chí Minh', 'TP. HCM', true],
    ['a province with its level word', 'Bình Dương', 'tỉnh Bình Dương', true],
    ['accents, case and underscores do not count', 'Bình Dương', 'binh_duong', true],
    ['a pair named in full, either order', 'Việt Nam - Nhật Bản', 'Nhật Bản và Việt Nam', true],
    ['half a pair is not the pair', 'Việt Nam - Nhật Bản', 'Việt Nam', false],
    ['another province', 'Bình Dương', 'Đồng Nai', false],
    ['a part of the name long enough', 'Tập đoàn Dầu khí Việt Nam', 'Dầu khí', true],
    ['two letters are too short a part', 'Tập đoàn Dầu khí Việt Nam', 'Vi', false],
  ];
  for (const [rule, gold, pred, right] of cases) {
    it(`${rule}: "${pred}" for "${gold}" is ${right ? 'right' : 'wrong'}`, () => {
      expect(subjectEq(pred, gold)).toBe(right);
      const s = scoreFigure(goldFigure({ subject: gold }), predFigure(goldFigure(), { subject: pred }));
      expect(s.accuracy.subject).toBe(right ? 1 : 0);
      expect(s.factsRight).toBe(right ? 1 : 0);
    });
  }

  it('is not scored where the gold names no subject', () => {
    const s = scoreFigure(goldFigure({ subject: null }), predFigure(goldFigure(), { subject: 'Hà Nội' }));
    expect(s.accuracy.subject).toBeNull();
    expect(s.factsRight).toBe(1);
  });

  it('is wrong when the prediction names none', () => {
    expect(scoreFigure(goldFigure(), predFigure(goldFigure(), { subject: null })).accuracy.subject).toBe(0);
  });
});

describe('a metric is right at token F1 >= 0.5', () => {
  const cases: [string, string, Partial<PredFigure>, boolean][] = [
    ['the phrase shortened', 'vốn FDI đăng ký', { metric: 'vốn FDI' }, true],
    ['two of four words and one more (F1 4/7)', 'kim ngạch xuất khẩu', { metric: 'xuất khẩu gạo' }, true],
    ['one of three words (F1 exactly 0.5)', 'vốn đầu tư', { metric: 'vốn' }, true],
    ['one of three words and one more (F1 0.4)', 'vốn đầu tư', { metric: 'vốn vay' }, false],
    ['underscores and accents do not count', 'người lao động', { metric: 'nguoi lao_dong' }, true],
    ["the noun when there is no metric", 'dự án', { metric: undefined, noun: 'dự án FDI' }, true],
    ['no metric and no noun', 'dự án', { metric: null }, false],
  ];
  for (const [rule, gold, over, right] of cases) {
    it(`${rule}: ${JSON.stringify(over)} for "${gold}" is ${right ? 'right' : 'wrong'}`, () => {
      const pred = predFigure(goldFigure({ metric: gold }), over);
      if (over.metric === undefined) delete pred.metric;
      const s = scoreFigure(goldFigure({ metric: gold }), pred);
      expect(s.accuracy.metric).toBe(right ? 1 : 0);
      expect(s.factsRight).toBe(right ? 1 : 0);
    });
  }

  it('counts words, not characters', () => {
    expect(tokF1('vốn FDI', 'vốn FDI đăng ký')).toBeCloseTo(2 / 3);
    expect(tokF1('', 'vốn')).toBe(0);
  });
});

describe('accept lists alternatives the gold also takes', () => {
  const cases: [string, Partial<GoldAnnotationFigure>, Partial<PredFigure>, boolean][] = [
    ['an accepted period', { period: '2018', accept: { period: ['2017'] } }, { period: '2017' }, true],
    ['an accepted period compares normalised', { period: '2018', accept: { period: ['2017-Q1'] } }, { period: '2017-01..2017-03' }, true],
    ['an accepted no-period', { period: '2018', accept: { period: [null] } }, { period: null }, true],
    ['a period neither gold nor accepted', { period: '2018', accept: { period: ['2017'] } }, { period: '2016' }, false],
    ['an accepted no-indicator', { indicator: 'exports', accept: { indicator: [null] } }, { indicator: null }, true],
    ['an accepted other indicator', { indicator: 'exports', accept: { indicator: ['trade'] } }, { indicator: 'trade' }, true],
    ['an indicator not accepted', { indicator: 'exports', accept: { indicator: ['trade'] } }, { indicator: 'imports' }, false],
    ['an accepted change', { change: 'level', accept: { change: ['increase'] } }, { change: 'increase' }, true],
    ['an accepted subject', { subject: 'Việt Nam', accept: { subject: ['Hà Nội'] } }, { subject: 'Hà Nội' }, true],
    ['an accepted no-subject', { subject: 'Việt Nam', accept: { subject: [null] } }, { subject: null }, true],
    ['no subject where none is accepted', { subject: 'Việt Nam', accept: { subject: ['Hà Nội'] } }, { subject: null }, false],
  ];
  for (const [rule, goldOver, predOver, right] of cases) {
    it(`${rule}`, () => {
      const gold = goldFigure(goldOver);
      expect(scoreFigure(gold, predFigure(gold, predOver)).factsRight).toBe(right ? 1 : 0);
    });
  }
});

describe('indicators are scored as precision and recall over the ids given', () => {
  const cases: [string, string | null, string | null, { tp: number; fp: number; fn: number } | null][] = [
    ['the right id', 'exports', 'exports', { tp: 1, fp: 0, fn: 0 }],
    ['a wrong id is a false positive and a miss', 'exports', 'imports', { tp: 0, fp: 1, fn: 1 }],
    ['no id for a gold one is a miss', 'exports', null, { tp: 0, fp: 0, fn: 1 }],
    ['an id where the gold has none is a false positive', null, 'exports', { tp: 0, fp: 1, fn: 0 }],
    ['none on either side is not scored', null, null, null],
  ];
  for (const [rule, gold, pred, counts] of cases) {
    it(rule, () => {
      const s = scoreFigure(goldFigure({ indicator: gold }), predFigure(goldFigure(), { indicator: pred }));
      if (counts) expect(s.indicator).toMatchObject(counts);
      else expect(s.indicator).toBeNull();
    });
  }
});

describe('factsRight counts the gold figures found with every field right', () => {
  const right = goldFigure();
  const wrongPeriod = goldFigure({ value: 12, unit: 'percent', text: '12%', change: 'increase' });
  const missed = goldFigure({ value: 300, unit: 'count', text: '300 dự án', metric: 'dự án', indicator: 'projects' });
  const noContext: GoldAnnotationFigure = { value: 7, unit: 'count', qualifier: 'exact', text: '7 chuyến' };

  it('over every gold figure with context, found or not', () => {
    const s = scoreOne(doc([right, wrongPeriod, missed, noContext]), {
      figures: [predFigure(right), predFigure(wrongPeriod, { period: '2017' }), noContext],
    });
    expect(s.factsTotal).toBe(3);
    expect(s.factsRight).toBeCloseTo(1 / 3);
    expect(s.byType.figures).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(s.contextMisses).toHaveLength(1);
    expect(s.contextMisses[0]).toContain('figure "12%"');
  });

  it('a wrong qualifier or unit spoils the fact; a missing qualifier reads as exact', () => {
    expect(scoreFigure(right, predFigure(right, { qualifier: 'approx' })).factsRight).toBe(0);
    const otherClass = scoreFigure(right, predFigure(right, { unit: 'VND' })); // another unit class: no match at all
    expect(otherClass.byType.figures).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(otherClass.factsRight).toBe(0);
    const { qualifier: _q, ...noQualifier } = predFigure(right);
    expect(scoreFigure(right, noQualifier).factsRight).toBe(1);
    const people = goldFigure({ value: 300, unit: 'people', text: '300 lao động', metric: 'lao động', indicator: 'workers' });
    const s = scoreFigure(people, predFigure(people, { unit: 'count' }));
    expect(s.byType.figures.tp).toBe(1); // people and count are one class
    expect(s.accuracy.unit).toBe(0);
    expect(s.factsRight).toBe(0);
  });

  it('is null when no gold figure has context', () => {
    expect(scoreOne(doc([noContext]), { figures: [noContext] }).factsRight).toBeNull();
  });

  it('judges a value stated twice by its best reading', () => {
    const s = scoreOne(doc([right]), { figures: [predFigure(right, { period: '2017', subject: null }), predFigure(right)] });
    expect(s.factsRight).toBe(1);
    expect(s.byType.figures).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    // readings that differ in one field: the subject, the metric's words
    for (const worse of [{ subject: 'Hà Nội' }, { metric: 'giá trị' }]) {
      expect(scoreOne(doc([right]), { figures: [predFigure(right, worse), predFigure(right)] }).factsRight, JSON.stringify(worse)).toBe(1);
    }
  });
});

describe('matching of persons, provinces, conferences and figures', () => {
  const gold: GoldAnnotation = {
    id: 'a',
    persons: [{ name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Ngoại giao' }],
    provinces: ['TP. HCM', 'Thừa Thiên Huế'],
    conferences: [{ name: 'Hội nghị Ngoại vụ toàn quốc lần thứ 21', edition: 21 }],
    figures: [{ value: 7e11, unit: 'USD', qualifier: 'approx', text: 'gần 700 tỷ USD' }],
    lenient: { persons: ['Thanh Tâm'], figures: ['3 năm'] },
  };

  it('takes spelling variants, the 0.5 % tolerance and lenient items', () => {
    const s = scoreOne(gold, {
      persons: [{ name: 'Bùi_Thanh_Sơn', title: 'Bộ trưởng Bộ Ngoại giao' }, { name: 'Thanh Tâm', title: null }, { name: 'Bùi Thanh Sơn' }],
      provinces: ['Hồ Chí Minh', { name: 'tỉnh Thừa Thiên - Huế' }],
      conferences: [{ name: 'Hội nghị Ngoại vụ toàn quốc', edition: 21 }],
      figures: [{ value: 7.03e11, unit: 'USD', qualifier: 'approx', text: 'gần 703 tỷ USD' }, { value: 3, unit: 'other', text: '3 năm' }],
    });
    expect(s.errors).toEqual([]);
    expect(s.macroF1).toBe(1);
    expect(s.accuracy).toMatchObject({ title: 1, titleStrict: 1, edition: 1, qualifier: 1, unit: 1 });
  });

  it('counts misses and extras, and a title with more than two extra words is not strict', () => {
    const s = scoreOne(gold, {
      persons: [{ name: 'Bùi Thanh Sơn', title: 'Bộ trưởng Bộ Ngoại giao nước Cộng hòa' }],
      provinces: ['Hồ Chí Minh', 'Bình Dương'],
      figures: [{ value: 7.1e11, unit: 'USD', qualifier: 'approx', text: '710 tỷ USD' }],
    });
    expect(s.byType.provinces).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.byType.conferences).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.byType.figures).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.accuracy.title).toBe(1);
    expect(s.accuracy.titleStrict).toBe(0);
    expect(s.errors).toContain('a provinces FP "Bình Dương"');
    expect(s.errors).toContain('a provinces FN "Thừa Thiên Huế"');
  });

  it('scores a missing prediction as empty and names it', () => {
    const s = scoreOne(gold, null);
    expect(s.macroF1).toBe(0);
    expect(s.missingPredictions).toEqual(['a.json']);
  });
});

describe('the report', () => {
  const gold = goldFigure();
  const s = scoreGold([
    { id: 'a.json', gold: doc([gold]), pred: { figures: [predFigure(gold, { period: '2017' })] } },
    { id: 'b.json', gold: { id: 'b', persons: [{ name: 'Võ Văn Minh', title: null }] }, pred: null },
  ]);

  it('ends with the summary line score-gold.mjs prints', () => {
    expect(scoreLine(s)).toBe(
      'SCORE macroF1 25.0 persons 0.0 provinces 0.0 conferences 0.0 figures 100.0 qualifier 100.0 title n/a titleStrict n/a ' +
        'metric 100.0 indicator 100.0 subject 100.0 period 0.0 change 100.0 factsRight 0.0',
    );
    expect(formatReport(s).trimEnd().split('\n').at(-1)).toBe(scoreLine(s));
  });

  it('has the same header and tables, and lists misses when verbose', () => {
    const report = formatReport(s).split('\n');
    expect(report[0]).toBe('gold files: 2; missing predictions: 1 (b.json)');
    expect(report[2]).toBe('persons        0.0    0.0    0.0     0    0    1');
    expect(report[6]).toBe('accuracy on matched: title   n/a (strict   n/a)  edition   n/a  qualifier 100.0  unit 100.0');
    const verbose = formatReport(s, { verbose: true });
    expect(verbose).toContain('  a figure "1,5 tỷ USD": gold {"metric":"kim ngạch xuất khẩu","indicator":"exports","subject":"Việt Nam","period":"2018"');
    expect(verbose).toContain('  b persons FN {"name":"Võ Văn Minh","title":null}');
    expect(formatReport(s)).not.toContain('FN');
  });
});
