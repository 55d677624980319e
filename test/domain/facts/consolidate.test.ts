import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateFigure,
  aggregateRole,
  joinRoleSource,
  chooseFact,
  confidence,
  conflictPairs,
  figureIdentity,
  MIN_SHARED_COUNT,
  namesDifferInOneSyllable,
  overlap,
  possiblySamePerson,
  ROLE_SOURCE_RELIABILITY,
  SOURCE_WEIGHT,
  statedInterval,
  type ConfidenceInput,
  type FactCandidate,
  type FigureInput,
  type FigureSource,
} from '../../../src/domain/facts/consolidate.js';

const figure = (over: Partial<FigureInput>): FigureInput => ({
  value: 700e9,
  valueMax: null,
  unit: 'USD',
  unitText: 'USD',
  qualifier: 'approx',
  change: 'level',
  noun: 'xuất nhập khẩu',
  metric: null,
  indicator: null,
  status: 'actual',
  subject: 'Việt Nam',
  period: '2023',
  ...over,
});

const candidate = (over: Partial<FactCandidate> & { id: number }): FactCandidate => ({
  subjectKey: null,
  periodKey: '2023',
  low: 665e9,
  high: 735e9,
  supportCount: 1,
  ...over,
});

const source = (over: Partial<FigureSource>): FigureSource => ({
  articleId: 1,
  value: 700e9,
  valueMax: null,
  qualifier: 'approx',
  unitText: 'USD',
  noun: 'xuất nhập khẩu',
  subject: null,
  subjectKey: null,
  period: '2023',
  periodKey: '2023',
  yearFrom: 2023,
  yearTo: 2023,
  publishedAt: null,
  ...over,
});

describe('statedInterval', () => {
  it.each([
    ['exact', 683, null, 679.585, 686.415],
    ['approx', 700, null, 665, 735],
    ['more_than', 300, null, 300, 330],
    ['less_than', 100, null, 90, 100],
    ['range', 6, 7, 6, 7],
    ['approx', -10, null, -10.5, -9.5],
  ] as const)('%s %d reads as an interval', (qualifier, value, valueMax, low, high) => {
    const interval = statedInterval(value, valueMax, qualifier);
    expect(interval.low).toBeCloseTo(low, 6);
    expect(interval.high).toBeCloseTo(high, 6);
  });

  it('finds where two intervals overlap, or that they do not', () => {
    expect(overlap({ low: 1, high: 3 }, { low: 2, high: 5 })).toEqual({ low: 2, high: 3 });
    expect(overlap({ low: 1, high: 2 }, { low: 3, high: 5 })).toBeNull();
  });
});

describe('figureIdentity', () => {
  it('puts wordings of one measure in one group, whatever the spelling', () => {
    const a = figureIdentity(figure({ noun: 'tổng kim ngạch xuất nhập khẩu' }));
    const b = figureIdentity(figure({ noun: 'Xuất_nhập_khẩu' }));
    expect(a.group).not.toBeNull();
    expect(a.group).toBe(b.group);
  });

  it('gives an inferred subject (the article\'s country by default) no group: a stated one groups', () => {
    expect(figureIdentity(figure({ subject: 'Việt Nam' })).group).not.toBeNull();
    const inferred = figureIdentity(figure({ subject: 'Việt Nam', subjectInferred: true }));
    expect(inferred.group).toBeNull();
    expect(inferred.subject).toBe('Việt Nam');
  });

  it('keeps units, changes and measures apart', () => {
    const base = figureIdentity(figure({})).group;
    expect(base).not.toBeNull();
    expect(figureIdentity(figure({ unit: 'VND', unitText: 'đồng' })).group).not.toBe(base);
    expect(figureIdentity(figure({ change: 'increase' })).group).not.toBe(base);
    expect(figureIdentity(figure({ noun: 'xuất khẩu' })).group).not.toBe(base);
  });

  it('has no group when the figure does not say what it measures, or nothing specific enough to share', () => {
    expect(figureIdentity(figure({ noun: null })).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'người', unit: 'people', unitText: 'người', value: 120, qualifier: 'exact' })).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'vụ', unit: 'count', unitText: 'vụ', value: 147, qualifier: 'exact' })).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'đại biểu', unit: 'people', unitText: 'đại biểu', value: 3, qualifier: 'exact' })).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'đại biểu', unit: 'people', unitText: 'đại biểu', value: 300, qualifier: 'more_than' })).group).not.toBeNull();
  });

  it('measures by the metric before the noun', () => {
    const identity = figureIdentity(figure({ noun: 'con số', metric: 'lợi nhuận trước thuế', unit: 'VND', unitText: 'đồng' }));
    expect(identity.metric).toBe('lợi nhuận trước thuế');
    expect(identity.group).toMatch(/^metric:lợi nhuận trước thuế\|/);
  });

  it('keys the subject without case, and takes no stand-in for a missing one', () => {
    expect(figureIdentity(figure({ subject: 'VIỆT NAM' })).subjectKey).toBe('việt nam');
    expect(figureIdentity(figure({ subject: 'VIỆT NAM' })).group).toBe(figureIdentity(figure({ subject: 'Việt Nam' })).group);
    const none = figureIdentity(figure({ subject: null }));
    expect(none).toMatchObject({ subject: null, subjectKey: null, group: null });
  });

  it.each([
    ['2017', 2017, 2017],
    ['2018-01..2018-10', 2018, 2018],
    ['2016..2020', 2016, 2020],
    ['2023-Q1', 2023, 2023],
    ['rel:Y', null, null],
  ] as const)('keeps the period %s as its key, with the calendar years it covers', (period, yearFrom, yearTo) => {
    expect(figureIdentity(figure({ period })).period).toEqual({ key: period, yearFrom, yearTo });
  });

  it('has no period when the figure states none', () => {
    expect(figureIdentity(figure({ period: null })).period).toBeNull();
  });
});

describe('like-for-like groups', () => {
  // An indicator value: Vietnam's total trade in 2023, as reported.
  const trade = (over: Partial<FigureInput> = {}) => figure({ indicator: 'trade', ...over });
  // A distance in a unit as written ("km", "m"), without an indicator.
  const length = (unitText: string) => figure({ noun: 'chiều dài đường cao tốc', unit: 'other', unitText, value: 1200, qualifier: 'exact' });

  it('names the measure, unit, change, status, subject and period', () => {
    expect(figureIdentity(trade()).group).toBe('indicator:trade|USD|level|actual|việt nam|2023');
  });

  it.each<[string, FigureInput, FigureInput, boolean]>([
    ['same indicator, subject, period and status, other wording and value', trade(), trade({ noun: 'thương mại hai chiều', metric: 'kim ngạch', value: 683e9, qualifier: 'exact' }), true],
    ['same indicator, whatever metric each source reads', trade({ metric: 'xuất nhập khẩu' }), trade({ metric: 'trao đổi thương mại' }), true],
    ['different subject', trade(), trade({ subject: 'Trung Quốc' }), false],
    ['different period', trade(), trade({ period: '2022' }), false],
    ['a year and a part of it', trade(), trade({ period: '2023-01..2023-06' }), false],
    ['target and actual', trade(), trade({ status: 'target' }), false],
    ['forecast and actual', trade(), trade({ status: 'forecast' }), false],
    ['different indicator', trade(), trade({ indicator: 'exports' }), false],
    ['increase and level', trade(), trade({ change: 'increase' }), false],
    ['km and m', length('km'), length('m'), false],
    ['km and km', length('km'), length('km'), true],
  ])('%s: same group %s', (_, a, b, same) => {
    const ga = figureIdentity(a).group;
    const gb = figureIdentity(b).group;
    expect(ga).not.toBeNull();
    expect(gb).not.toBeNull();
    expect(ga === gb).toBe(same);
  });

  it.each<[string, FigureInput]>([
    ['generic metric "người", no indicator', figure({ noun: 'người', unit: 'people', unitText: 'người', value: 120, qualifier: 'exact' })],
    ['generic metric "quốc gia", no indicator', figure({ metric: 'quốc gia', unit: 'count', unitText: 'quốc gia', value: 50, qualifier: 'exact' })],
    ['generic metric "dự án", no indicator', figure({ metric: 'dự án', unit: 'count', unitText: 'dự án', value: 120, qualifier: 'exact' })],
    ['one-word metric, no indicator', figure({ noun: 'GDP' })],
    ['no measure at all', figure({ noun: null, metric: null })],
    ['relative period "rel:Y"', trade({ period: 'rel:Y' })],
    ['relative period "rel:P3Y"', trade({ period: 'rel:P3Y' })],
    ['no period', trade({ period: null })],
    ['no subject', trade({ subject: null })],
    ['small count with an indicator', figure({ indicator: 'projects', metric: 'dự án', unit: 'count', unitText: 'dự án', value: MIN_SHARED_COUNT - 1, qualifier: 'exact' })],
    ['small number of people', figure({ noun: 'đại biểu', unit: 'people', unitText: 'đại biểu', value: 3, qualifier: 'exact' })],
  ])('%s: no group', (_, f) => {
    expect(figureIdentity(f).group).toBeNull();
  });

  it.each<[string, FigureInput, RegExp]>([
    ['specific two-word metric without indicator, with subject and period', figure({ metric: 'lợi nhuận trước thuế', unit: 'VND', unitText: 'đồng', value: 5e12, subject: 'Vietcombank', period: '2017' }), /^metric:lợi nhuận trước thuế\|VND\|level\|actual\|vietcombank\|2017$/],
    ['generic metric "dự án" read as an indicator', figure({ indicator: 'projects', metric: 'dự án', unit: 'count', unitText: 'dự án', value: 120, qualifier: 'exact' }), /^indicator:projects\|count\|/],
    ['count of exactly MIN_SHARED_COUNT', figure({ indicator: 'projects', unit: 'count', unitText: 'dự án', value: MIN_SHARED_COUNT, qualifier: 'exact' }), /^indicator:projects\|/],
    ['absolute month range', trade({ period: '2018-01..2018-10' }), /\|2018-01\.\.2018-10$/],
  ])('%s: a group', (_, f, pattern) => {
    expect(figureIdentity(f).group).toMatch(pattern);
  });
});

describe('chooseFact', () => {
  const statement = figureIdentity(figure({ value: 683e9, qualifier: 'exact', subject: null }));

  it('joins a precise figure to the rounded one it agrees with ("683" is "gần 700")', () => {
    expect(chooseFact(statement, [candidate({ id: 1 })])?.id).toBe(1);
  });

  it('does not join a figure the fact does not allow', () => {
    expect(chooseFact(statement, [candidate({ id: 1, low: 696.5e9, high: 703.5e9 })])).toBeNull();
  });

  it('does not join across known, different periods or subjects', () => {
    expect(chooseFact(statement, [candidate({ id: 1, periodKey: '2022' })])).toBeNull();
    const withSubject = figureIdentity(figure({ value: 683e9, qualifier: 'exact', subject: 'Việt Nam' }));
    expect(chooseFact(withSubject, [candidate({ id: 1, subjectKey: 'trung quốc' })])).toBeNull();
  });

  it('joins where one side leaves the subject or period unsaid', () => {
    const noPeriod = figureIdentity(figure({ value: 683e9, qualifier: 'exact', subject: null, period: null }));
    expect(chooseFact(noPeriod, [candidate({ id: 1 })])?.id).toBe(1);
    expect(chooseFact(statement, [candidate({ id: 1, subjectKey: 'việt nam' })])?.id).toBe(1);
    const withSubject = figureIdentity(figure({ value: 683e9, qualifier: 'exact', subject: 'Việt Nam' }));
    expect(chooseFact(withSubject, [candidate({ id: 1 })])?.id).toBe(1);
  });

  it('prefers a fact with the same known context, then more support, then the older', () => {
    const sameContext = candidate({ id: 3 });
    const unknownPeriod = candidate({ id: 2, periodKey: null, supportCount: 9 });
    expect(chooseFact(statement, [unknownPeriod, sameContext])?.id).toBe(3);
    expect(chooseFact(statement, [candidate({ id: 5, supportCount: 2 }), candidate({ id: 4, supportCount: 2 }), candidate({ id: 6 })])?.id).toBe(4);
  });
});

describe('aggregateFigure', () => {
  it('keeps the most precise figure, the interval all sources allow, and counts articles', () => {
    const sources = [source({ articleId: 1 }), source({ articleId: 2 }), source({ articleId: 2 }), source({ articleId: 3, value: 683e9, qualifier: 'exact', noun: 'tổng kim ngạch xuất nhập khẩu' })];
    const fact = aggregateFigure(sources);
    expect(fact).toMatchObject({ value: 683e9, qualifier: 'exact', noun: 'tổng kim ngạch xuất nhập khẩu', supportCount: 3, periodKey: '2023' });
    expect(fact.low).toBeCloseTo(683e9 * 0.995, 0);
    expect(fact.high).toBeCloseTo(683e9 * 1.005, 0);
  });

  it('takes the subject and period any source gives, and the publication dates', () => {
    const fact = aggregateFigure([
      source({ periodKey: null, period: null, yearFrom: null, yearTo: null, publishedAt: '2024-03-02' }),
      source({ articleId: 2, subject: 'Việt Nam', subjectKey: 'việt nam', publishedAt: '2024-01-05' }),
    ]);
    expect(fact).toMatchObject({ subject: 'Việt Nam', periodKey: '2023', firstSeen: '2024-01-05', lastSeen: '2024-03-02' });
  });

  it('refuses a fact without sources', () => {
    expect(() => aggregateFigure([])).toThrow(/at least one source/);
  });
});

describe('aggregateRole', () => {
  it('counts articles once and spans the years the role is attested', () => {
    const role = aggregateRole([
      { articleId: 2, publishedAt: '2024-02-20' },
      { articleId: 1, publishedAt: '2023-11-05T08:00:00+07:00' },
      { articleId: 2, publishedAt: '2024-02-20' },
      { articleId: 3, publishedAt: null },
    ]);
    expect(role).toEqual({ supportCount: 3, firstSeen: '2023-11-05T08:00:00+07:00', lastSeen: '2024-02-20', yearFrom: 2023, yearTo: 2024 });
    expect(aggregateRole([{ articleId: 1, publishedAt: null }])).toEqual({ supportCount: 1, firstSeen: null, lastSeen: null, yearFrom: null, yearTo: null });
  });
});

describe('joinRoleSource', () => {
  it('gives what aggregateRole gives, one new article at a time', () => {
    // Dates as sources give them: a day, or a time with or without its zone.
    const date = fc.option(
      fc
        .tuple(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.constantFrom(10, 19, 24))
        .map(([d, length]) => d.toISOString().slice(0, length)),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 30 }), (dates) => {
        const sources = dates.map((publishedAt, i) => ({ articleId: i + 1, publishedAt }));
        let joined = aggregateRole(sources.slice(0, 1));
        for (const source of sources.slice(1)) joined = joinRoleSource(joined, source.publishedAt);
        expect(joined).toEqual(aggregateRole(sources));
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });
});

describe('conflictPairs', () => {
  it('pairs facts of one subject and period whose values cannot both hold', () => {
    const vn = 'việt nam';
    const facts = [
      candidate({ id: 1, subjectKey: vn }),
      candidate({ id: 2, subjectKey: vn, low: 500e9, high: 510e9 }),
      candidate({ id: 3, subjectKey: vn, low: 690e9, high: 700e9 }),
      candidate({ id: 4, subjectKey: vn, periodKey: '2022', low: 1, high: 2 }),
      candidate({ id: 5, subjectKey: vn, periodKey: null, low: 1, high: 2 }),
      candidate({ id: 6, subjectKey: 'hà nội', low: 1, high: 2 }),
      // Whose they are is not known: two such values are not a contradiction.
      candidate({ id: 7, low: 1, high: 2 }),
      candidate({ id: 8, low: 3, high: 4 }),
    ];
    expect(conflictPairs(facts)).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

});

describe('confidence', () => {
  const known: ConfidenceInput = { supportCount: 1, hasMetric: true, hasIndicator: true, hasSubject: true, hasPeriod: true, conflictingSupport: 0 };
  const unknown: ConfidenceInput = { supportCount: 1, hasMetric: false, hasIndicator: false, hasSubject: false, hasPeriod: false, conflictingSupport: 0 };
  const w = SOURCE_WEIGHT;
  const full = w.base + w.metric + w.indicator + w.subject + w.period;

  it('grows with support and completeness, stays in [0, 1], and falls with conflicts', () => {
    const one = confidence(known);
    const three = confidence({ ...known, supportCount: 3 });
    const vague = confidence(unknown);
    const disputed = confidence({ ...known, conflictingSupport: 3 });
    expect(one).toBeCloseTo(full, 3);
    expect(three).toBeCloseTo(1 - (1 - full) ** 3, 3);
    expect(vague).toBeCloseTo(w.base, 3);
    expect(disputed).toBeCloseTo(full / 4, 3);
    for (const c of [one, three, vague, disputed]) expect(c).toBeGreaterThanOrEqual(0), expect(c).toBeLessThanOrEqual(1);
  });

  it.each<[string, Partial<ConfidenceInput>, Partial<ConfidenceInput>]>([
    ['nothing -> metric', {}, { hasMetric: true }],
    ['metric -> metric and period', { hasMetric: true }, { hasMetric: true, hasPeriod: true }],
    ['metric and period -> and subject', { hasMetric: true, hasPeriod: true }, { hasMetric: true, hasPeriod: true, hasSubject: true }],
    ['metric, period, subject -> and indicator', { hasMetric: true, hasPeriod: true, hasSubject: true }, { hasMetric: true, hasPeriod: true, hasSubject: true, hasIndicator: true }],
    ['metric -> metric and indicator', { hasMetric: true }, { hasMetric: true, hasIndicator: true }],
    ['metric -> metric and subject', { hasMetric: true }, { hasMetric: true, hasSubject: true }],
    ['three sources: metric -> metric and indicator', { supportCount: 3, hasMetric: true }, { supportCount: 3, hasMetric: true, hasIndicator: true }],
  ])('more fields known, higher: %s', (_, fewer, more) => {
    expect(confidence({ ...unknown, ...more })).toBeGreaterThan(confidence({ ...unknown, ...fewer }));
  });

  it.each<[string, Partial<ConfidenceInput>]>([
    ['an indicator', { hasIndicator: true }],
    ['a subject', { hasSubject: true }],
    ['a period', { hasPeriod: true }],
    ['all but the metric', { hasIndicator: true, hasSubject: true, hasPeriod: true }],
  ])('without a metric, %s adds nothing: the statement is worth the base', (_, more) => {
    expect(confidence({ ...unknown, ...more })).toBe(confidence(unknown));
    expect(confidence({ ...unknown, ...more })).toBeCloseTo(w.base, 3);
  });

  it('a subject raises a figure most, as measured on the annotated articles', () => {
    const metric = { ...unknown, hasMetric: true };
    const gain = (more: Partial<ConfidenceInput>) => confidence({ ...metric, ...more }) - confidence(metric);
    expect(gain({ hasSubject: true })).toBeGreaterThan(gain({ hasIndicator: true }));
    expect(gain({ hasSubject: true })).toBeGreaterThan(gain({ hasPeriod: true }));
  });

  it('a role statement has its own reliability, whatever the figure fields say', () => {
    const role = { ...unknown, isRole: true };
    expect(confidence(role)).toBeCloseTo(ROLE_SOURCE_RELIABILITY, 3);
    expect(confidence({ ...role, supportCount: 2 })).toBeCloseTo(1 - (1 - ROLE_SOURCE_RELIABILITY) ** 2, 3);
  });

  it.each([
    [1, 0, 1],
    [1, 1, 1 / 2],
    [1, 3, 1 / 4],
    [2, 2, 2 / 4],
    [3, 1, 3 / 4],
  ] as const)('%d sources against %d conflicting: scaled by %s', (supportCount, conflictingSupport, share) => {
    const agreed = confidence({ ...known, supportCount });
    const disputed = confidence({ ...known, supportCount, conflictingSupport });
    expect(disputed).toBeCloseTo(agreed * share, 2);
    if (conflictingSupport > 0) expect(disputed).toBeLessThan(agreed);
  });

  it('falls further with more conflicting support', () => {
    const values = [0, 1, 2, 5, 20].map((conflictingSupport) => confidence({ ...known, conflictingSupport }));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
  });

  it.each([1, 2, 3, 4, 5])('%d agreeing sources give 1 - (1 - r)^n', (n) => {
    for (const base of [known, unknown, { ...unknown, hasMetric: true, hasPeriod: true }]) {
      const r = confidence(base);
      const c = confidence({ ...base, supportCount: n });
      expect(c).toBeCloseTo(1 - (1 - r) ** n, 3);
      if (n > 1) expect(c).toBeGreaterThan(confidence({ ...base, supportCount: n - 1 }));
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('reads no support as one source', () => {
    expect(confidence({ ...known, supportCount: 0 })).toBe(confidence(known));
  });
});

describe('possibly the same person', () => {
  it.each([
    ['Nguyễn Văn Lợi', 'Nguyễn Văn Lời', true],
    ['Nguyễn Văn Lợi', 'Nguyễn Văn Lợi', false],
    ['Nguyễn Văn Lợi', 'Trần Văn Lời', false],
    ['Nguyễn Văn Lợi', 'Nguyễn Lợi', false],
    ['Thuỷ', 'Thủy', false],
  ])('%s / %s differ in one syllable: %s', (a, b, expected) => {
    expect(namesDifferInOneSyllable(a, b)).toBe(expected);
  });

  it('needs the same period when both are dated', () => {
    const a = { name: 'Nguyễn Văn Lợi', firstSeen: '2023-01-10', lastSeen: '2023-06-01' };
    expect(possiblySamePerson(a, { name: 'Nguyễn Văn Lời', firstSeen: '2023-09-01', lastSeen: '2023-09-01' })).toBe(true);
    expect(possiblySamePerson(a, { name: 'Nguyễn Văn Lời', firstSeen: '2019-01-01', lastSeen: '2019-02-01' })).toBe(false);
    expect(possiblySamePerson(a, { name: 'Nguyễn Văn Lời', firstSeen: null, lastSeen: null })).toBe(true);
  });
});

describe('conflictPairs: what can disagree', () => {
  const fact = (id: number, low: number, metric: string | null, articles: number[]) => ({
    id, low, high: low, subjectKey: 'việt nam', periodKey: '2017', supportCount: articles.length, metric, articles,
  });
  it.each([
    ['a measure of three syllables, two articles', 'xuất nhập khẩu', [1], [2], 1],
    ['a bare head: two sets of firms', 'doanh nghiệp', [1], [2], 0],
    ['no metric', null, [1], [2], 0],
    ['two figures of one article', 'xuất nhập khẩu', [1], [1, 3], 0],
  ] as const)('%s', (_, metric, a, b, pairs) => {
    expect(conflictPairs([fact(1, 425e9, metric, [...a]), fact(2, 900e6, metric, [...b])])).toHaveLength(pairs);
  });
});
