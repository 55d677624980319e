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
  namesDifferInOneSyllable,
  overlap,
  possiblySamePerson,
  statedInterval,
  type FactCandidate,
  type FigureInput,
  type FigureSource,
} from '../../../src/domain/facts/consolidate.js';

const figure = (over: Partial<FigureInput>): FigureInput => ({
  value: 700e9,
  valueMax: null,
  unit: 'USD',
  qualifier: 'approx',
  change: 'level',
  noun: 'xuất nhập khẩu',
  subject: null,
  period: 'năm 2023',
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
  period: 'năm 2023',
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
    const a = figureIdentity(figure({ noun: 'tổng kim ngạch xuất nhập khẩu' }), null);
    const b = figureIdentity(figure({ noun: 'Xuất_nhập_khẩu' }), null);
    expect(a.group).not.toBeNull();
    expect(a.group).toBe(b.group);
  });

  it('keeps units, changes and measures apart', () => {
    const base = figureIdentity(figure({}), null).group;
    expect(figureIdentity(figure({ unit: 'VND' }), null).group).not.toBe(base);
    expect(figureIdentity(figure({ change: 'increase' }), null).group).not.toBe(base);
    expect(figureIdentity(figure({ noun: 'xuất khẩu' }), null).group).not.toBe(base);
  });

  it('has no group when the figure does not say what it measures, or nothing specific enough to share', () => {
    expect(figureIdentity(figure({ noun: null }), null).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'người', unit: 'people', value: 120, qualifier: 'exact' }), null).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'vụ', unit: 'count', value: 147, qualifier: 'exact' }), null).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'đại biểu', unit: 'people', value: 3, qualifier: 'exact' }), null).group).toBeNull();
    expect(figureIdentity(figure({ noun: 'đại biểu', unit: 'people', value: 300, qualifier: 'more_than' }), null).group).not.toBeNull();
  });

  it('takes the one province of the sentence for a missing subject', () => {
    expect(figureIdentity(figure({}), null, 'Bình Dương').subjectKey).toBe('bình dương');
    expect(figureIdentity(figure({ subject: 'Việt Nam' }), null, 'Bình Dương').subjectKey).toBe('việt nam');
  });

  it('reads number words in periods as digits', () => {
    expect(figureIdentity(figure({ period: 'ba năm qua' }), null).period?.key).toBe(figureIdentity(figure({ period: '3 năm qua' }), null).period?.key);
  });
});

describe('chooseFact', () => {
  const statement = figureIdentity(figure({ value: 683e9, qualifier: 'exact' }), null);

  it('joins a precise figure to the rounded one it agrees with ("683" is "gần 700")', () => {
    expect(chooseFact(statement, [candidate({ id: 1 })])?.id).toBe(1);
  });

  it('does not join a figure the fact does not allow', () => {
    expect(chooseFact(statement, [candidate({ id: 1, low: 696.5e9, high: 703.5e9 })])).toBeNull();
  });

  it('does not join across known, different periods or subjects', () => {
    expect(chooseFact(statement, [candidate({ id: 1, periodKey: '2022' })])).toBeNull();
    const withSubject = figureIdentity(figure({ value: 683e9, qualifier: 'exact', subject: 'Việt Nam' }), null);
    expect(chooseFact(withSubject, [candidate({ id: 1, subjectKey: 'trung quốc' })])).toBeNull();
  });

  it('joins where one side leaves the subject or period unsaid', () => {
    const noPeriod = figureIdentity(figure({ value: 683e9, qualifier: 'exact', period: null }), null);
    expect(chooseFact(noPeriod, [candidate({ id: 1 })])?.id).toBe(1);
    expect(chooseFact(statement, [candidate({ id: 1, subjectKey: 'việt nam' })])?.id).toBe(1);
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
    const facts = [
      candidate({ id: 1 }),
      candidate({ id: 2, low: 500e9, high: 510e9 }),
      candidate({ id: 3, low: 690e9, high: 700e9 }),
      candidate({ id: 4, periodKey: '2022', low: 1, high: 2 }),
      candidate({ id: 5, periodKey: null, low: 1, high: 2 }),
      candidate({ id: 6, subjectKey: 'hà nội', low: 1, high: 2 }),
    ];
    expect(conflictPairs(facts)).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('confidence', () => {
  it('grows with support and completeness, stays in [0, 1], and falls with conflicts', () => {
    const one = confidence({ supportCount: 1, hasMetric: true, hasPeriod: true, conflictingSupport: 0 });
    const three = confidence({ supportCount: 3, hasMetric: true, hasPeriod: true, conflictingSupport: 0 });
    const vague = confidence({ supportCount: 1, hasMetric: false, hasPeriod: false, conflictingSupport: 0 });
    const disputed = confidence({ supportCount: 1, hasMetric: true, hasPeriod: true, conflictingSupport: 3 });
    expect(one).toBe(0.75);
    expect(three).toBeCloseTo(1 - 0.25 ** 3, 3);
    expect(vague).toBe(0.5);
    expect(disputed).toBeCloseTo(0.75 / 4, 2);
    for (const c of [one, three, vague, disputed]) expect(c).toBeGreaterThanOrEqual(0), expect(c).toBeLessThanOrEqual(1);
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
