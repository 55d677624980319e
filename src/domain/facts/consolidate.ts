// Consolidation: deciding when statements in different articles are one fact, and when two facts
// disagree. Pure: storage gives the candidates and applies the decisions.
//
// A figure statement is read as the interval of values it allows (its qualifier's tolerance, below).
// Statements state the same fact only like for like: the same indicator (or, without one, the same
// specific metric), unit (km is not m), change and status, the same subject and the same absolute
// period, all known; and overlapping intervals. That is the figure's group: a statement missing any
// of it stays with its article. A fact keeps the intersection of its sources' intervals: a new
// statement joins only if it agrees with every source so far. Facts of one group whose intervals do
// not overlap conflict: the same measure of the same holder for the same time, two values.
import { metricKey } from './metric.js';
import { periodYears } from '../extract/periods.js';
import { toneKey } from '../text/keys.js';
import type { FigureChange, FigureStatus, FigureUnit, Qualifier } from '../types.js';

/** A figure's period as consolidation compares it: its normal form and the calendar years it covers. */
export interface PeriodKey {
  key: string;
  yearFrom: number | null;
  yearTo: number | null;
}

/** Relative tolerance each qualifier allows around the stated value. */
export const TOLERANCE = {
  /** A written number is rounded: "683 tỷ" covers 679.6 to 686.4 billion. */
  exact: 0.005,
  /** "gần", "khoảng", "xấp xỉ": within 5 % either side. */
  approx: 0.05,
  /** "hơn", "trên": at most a tenth more ("hơn 300" is not 500). */
  more_than: 0.1,
  /** "dưới", "chưa đến": at most a tenth less. */
  less_than: 0.1,
} as const;

export interface Interval {
  low: number;
  high: number;
}

/** The values a statement allows. Negative values (a fall written as -3 %) mirror the tolerance. */
export function statedInterval(value: number, valueMax: number | null, qualifier: Qualifier): Interval {
  const sorted = (a: number, b: number): Interval => (a <= b ? { low: a, high: b } : { low: b, high: a });
  const abs = Math.abs(value);
  switch (qualifier) {
    case 'range':
      return sorted(value, valueMax ?? value);
    case 'exact':
    case 'approx':
      return sorted(value - abs * TOLERANCE[qualifier], value + abs * TOLERANCE[qualifier]);
    case 'more_than':
      return sorted(value, value + abs * TOLERANCE.more_than);
    case 'less_than':
      return sorted(value - abs * TOLERANCE.less_than, value);
  }
}

export function overlap(a: Interval, b: Interval): Interval | null {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return low <= high ? { low, high } : null;
}

/** What a figure is about, in comparable form: the part of a statement consolidation looks at. */
export interface FigureIdentity {
  /**
   * The like-for-like group (measure|unit|change|status|subject|period): statements can only be one
   * fact within a group. Null: the figure lacks part of it, or measures nothing specific enough
   * (see isShareable), and stays with its article.
   */
  group: string | null;
  metric: string | null;
  subject: string | null;
  subjectKey: string | null;
  period: PeriodKey | null;
  interval: Interval;
}

export interface FigureInput {
  value: number;
  valueMax: number | null;
  unit: FigureUnit;
  unitText: string | null;
  qualifier: Qualifier;
  change: FigureChange;
  noun: string | null;
  metric: string | null;
  indicator: string | null;
  status: FigureStatus;
  subject: string | null;
  /** The subject is the article's country by default, not stated: no like-for-like group. */
  subjectInferred?: boolean;
  /** Normal form (see extract/periods.ts), resolved against the publication date at extraction. */
  period: string | null;
}

/**
 * Bare nouns that count people, events or things without saying which ("2 người", "147 vụ",
 * "giá 360 triệu"): two articles using them are rarely about the same thing, so such figures are
 * not consolidated across articles. Whole metric keys, compared whole.
 */
export const GENERIC_METRICS: ReadonlySet<string> = new Set([
  'người', 'người chết', 'người bị thương', 'đối tượng', 'nạn nhân', 'bị can', 'bị cáo', 'trẻ', 'em', 'học sinh', 'hộ', 'gia đình',
  'vụ', 'vụ án', 'vụ việc', 'trường hợp', 'lần', 'lượt', 'con', 'chiếc', 'cái', 'căn', 'xe', 'ngôi nhà', 'nhà', 'điện thoại di động', 'vợ chồng',
  'giá', 'tiền', 'số tiền', 'khoản tiền', 'tiền mặt', 'phạt tiền', 'đồng', 'triệu đồng', 'tỷ đồng', 'usd', 'lương', 'cao', 'tỷ lệ', 'chiếm tỷ lệ', 'ngày', 'tháng', 'năm', 'giờ', 'phút', 'tuổi', 'km', 'm', 'ha', 'tấn', 'kg',
  'quốc gia', 'nước', 'địa phương', 'tỉnh', 'thành phố', 'doanh nghiệp', 'dự án', 'vốn', 'vốn đầu tư', 'đầu tư', 'tổng vốn', 'mặt hàng', 'sản phẩm',
]);

/** Counts below this are details of one story ("3 đối tượng"), not statistics several articles report. */
export const MIN_SHARED_COUNT = 10;

/** Whether a figure measures something specific enough for other articles to state the same fact. */
export function isShareable(metric: string, figure: Pick<FigureInput, 'unit' | 'value'>): boolean {
  if (GENERIC_METRICS.has(metric)) return false;
  return !((figure.unit === 'count' || figure.unit === 'people') && Math.abs(figure.value) < MIN_SHARED_COUNT);
}

/** "km" is not "m": for physical units the unit as written is part of the measure. */
const unitOf = (f: Pick<FigureInput, 'unit' | 'unitText'>) => (f.unit === 'other' ? `other:${toneKey(f.unitText ?? '')}` : f.unit);

/**
 * The like-for-like group of a figure, or null when it cannot meet another article's: its measure
 * (the indicator, else a specific metric of at least two words), unit, change, status, subject and
 * an absolute period. A relative period ("rel:Y" in an undated article) names no common time.
 */
export function likeForLike(figure: FigureInput, metric: string | null, subjectKey: string | null): string | null {
  const specific = metric !== null && isShareable(metric, figure) && metric.split(' ').length >= 2;
  const measure = figure.indicator !== null ? `indicator:${figure.indicator}` : specific ? `metric:${metric}` : null;
  if (measure === null || subjectKey === null || figure.period === null || figure.period.startsWith('rel:')) return null;
  if ((figure.unit === 'count' || figure.unit === 'people') && Math.abs(figure.value) < MIN_SHARED_COUNT) return null;
  return [measure, unitOf(figure), figure.change, figure.status, subjectKey, figure.period].join('|');
}

/** The comparable identity of a figure. */
export function figureIdentity(figure: FigureInput): FigureIdentity {
  const metric = metricKey(figure.metric ?? figure.noun);
  // An inferred subject ("Việt Nam" by default) is no stated holder: two articles' defaults may be
  // a province's and a bilateral partner's figures.
  const subjectKey = figure.subject === null || figure.subjectInferred ? null : toneKey(figure.subject);
  return {
    group: likeForLike(figure, metric, subjectKey),
    metric,
    subject: figure.subject,
    subjectKey,
    period: figure.period === null ? null : { key: figure.period, ...periodYears(figure.period) },
    interval: statedInterval(figure.value, figure.valueMax, figure.qualifier),
  };
}

/** A stored figure fact as consolidation sees it. */
export interface FactCandidate extends Interval {
  id: number;
  subjectKey: string | null;
  periodKey: string | null;
  supportCount: number;
  /** The fact's metric key and the articles stating it, where conflicts are computed. */
  metric?: string | null;
  articles?: readonly number[];
}

const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b;

/**
 * The fact a statement states again, among facts of its group: contexts compatible, values in
 * agreement with every source. A fact whose subject and period are known and equal beats one that
 * only does not contradict; then more support; then the older fact.
 */
export function chooseFact(statement: FigureIdentity, candidates: readonly FactCandidate[]): FactCandidate | null {
  const periodKeyOf = statement.period?.key ?? null;
  let best: FactCandidate | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    if (!compatible(c.subjectKey, statement.subjectKey) || !compatible(c.periodKey, periodKeyOf)) continue;
    if (!overlap(c, statement.interval)) continue;
    const score = (c.subjectKey !== null && c.subjectKey === statement.subjectKey ? 2 : 0) + (c.periodKey !== null && c.periodKey === periodKeyOf ? 2 : 0);
    if (score > bestScore || (score === bestScore && best && (c.supportCount > best.supportCount || (c.supportCount === best.supportCount && c.id < best.id)))) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** A figure as one source states it, or as a fact shows it. */
export interface StatedFigure {
  value: number;
  valueMax: number | null;
  qualifier: Qualifier;
  unitText: string | null;
  noun: string | null;
  subject: string | null;
  subjectKey: string | null;
  period: string | null;
  periodKey: string | null;
  yearFrom: number | null;
  yearTo: number | null;
}

/** A figure as one source states it, with the context only that source gives (never shown on another's). */
export interface StatedContext {
  metric: string | null;
  indicator: string | null;
  status: FigureStatus | null;
  periodText: string | null;
  comparedTo: string | null;
}

/** One source of a figure fact, as stored. */
export interface FigureSource extends StatedFigure {
  articleId: number;
  publishedAt: string | null;
}

/**
 * A figure fact's own fields, derived from its sources: the most precise source's figure (narrowest
 * interval; the earliest source on a tie), the interval all allow, support and dates.
 */
export interface FigureAggregate extends Interval, StatedFigure, Reporting {}

/** How widely a fact is reported: how many articles state it, and when they were published. */
export interface Reporting {
  supportCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export function reporting(sources: readonly { articleId: number; publishedAt: string | null }[]): Reporting {
  const dates = sources.map((s) => s.publishedAt).filter((d): d is string => d !== null).sort();
  return { supportCount: new Set(sources.map((s) => s.articleId)).size, firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null };
}

/** A role fact's own fields: its reporting, and the calendar years it is attested. */
export type RoleAggregate = Reporting & { yearFrom: number | null; yearTo: number | null };

function withYears(spread: Reporting): RoleAggregate {
  const yearOf = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)) || null);
  return { ...spread, yearFrom: yearOf(spread.firstSeen), yearTo: yearOf(spread.lastSeen) };
}

export function aggregateRole(sources: readonly { articleId: number; publishedAt: string | null }[]): RoleAggregate {
  return withYears(reporting(sources));
}

/**
 * aggregateRole of a role's sources and one more article that was not among them, from the role's
 * reporting so far: a role in thousands of articles (a head of state) is not read again whole each
 * time one more article names it.
 */
export function joinRoleSource(current: Reporting, publishedAt: string | null): RoleAggregate {
  const earlier = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
  const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);
  return withYears({ supportCount: current.supportCount + 1, firstSeen: earlier(current.firstSeen, publishedAt), lastSeen: later(current.lastSeen, publishedAt) });
}

/**
 * The fact as its sources state it together: the interval all of them allow, the most precise
 * figure, the most specific subject and period any of them gives, and when it was reported.
 */
export function aggregateFigure(sources: readonly FigureSource[]): FigureAggregate {
  if (sources.length === 0) throw new Error('a fact needs at least one source');
  let low = -Infinity;
  let high = Infinity;
  let precise = sources[0]!;
  let preciseWidth = Infinity;
  for (const s of sources) {
    const interval = statedInterval(s.value, s.valueMax, s.qualifier);
    low = Math.max(low, interval.low);
    high = Math.min(high, interval.high);
    const width = interval.high - interval.low;
    if (width < preciseWidth) {
      precise = s;
      preciseWidth = width;
    }
  }
  // Sources that joined one by one always overlap; if a removal ever leaves them apart, keep the
  // precise source's interval rather than an empty one.
  if (low > high) ({ low, high } = statedInterval(precise.value, precise.valueMax, precise.qualifier));
  const first = <K extends keyof FigureSource>(key: K) => (sources.find((s) => s[key] !== null) ?? precise)[key];
  const withPeriod = sources.find((s) => s.periodKey !== null);
  const withSubject = sources.find((s) => s.subjectKey !== null);
  return {
    low,
    high,
    value: precise.value,
    valueMax: precise.valueMax,
    qualifier: precise.qualifier,
    unitText: precise.unitText ?? first('unitText'),
    noun: precise.noun ?? first('noun'),
    subject: withSubject?.subject ?? null,
    subjectKey: withSubject?.subjectKey ?? null,
    period: withPeriod?.period ?? null,
    periodKey: withPeriod?.periodKey ?? null,
    yearFrom: withPeriod?.yearFrom ?? null,
    yearTo: withPeriod?.yearTo ?? null,
    ...reporting(sources),
  };
}

/**
 * Pairs of facts that disagree: same group, the same known subject, the same known period, and no
 * value both allow. Facts with an unknown subject or period never conflict: a different figure for
 * an unstated holder or time is not a contradiction. Storage passes only facts whose period is
 * placed in calendar years ("2023", "quý I/2023"), not durations such as "6 tháng".
 */
/** The fewest syllables a metric needs for two of its values to conflict (see conflictPairs). */
export const MIN_CONFLICT_SYLLABLES = 3;

export function conflictPairs(facts: readonly FactCandidate[]): [number, number][] {
  const cells = new Map<string, FactCandidate[]>();
  for (const f of facts) {
    if (f.periodKey === null || f.subjectKey === null) continue;
    // A bare head ("doanh nghiệp", "dự án", "đầu tư") names a kind, not a measure: two articles'
    // counts of firms in 2017 are two sets of firms. Only a measure of three syllables or more
    // ("xuất nhập khẩu", "thỏa thuận hợp tác", "vốn đăng ký") can be contradicted.
    if (f.metric !== undefined && (f.metric === null || f.metric.split(' ').length < MIN_CONFLICT_SYLLABLES)) continue;
    // One indicator covers its parts ("dự án" and "dự án chậm tiến độ" are both projects): two
    // values disagree only when they also measure it in the same words.
    const cell = `${f.subjectKey}\u0000${f.periodKey}\u0000${f.metric ?? ''}`;
    let list = cells.get(cell);
    if (!list) cells.set(cell, (list = []));
    list.push(f);
  }
  const pairs: [number, number][] = [];
  for (const list of cells.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        // Two figures of one article are two things the article tells apart, never a disagreement.
        const sameArticle = (a.articles ?? []).some((x) => (b.articles ?? []).includes(x));
        if (!overlap(a, b) && !sameArticle) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
      }
    }
  }
  return pairs;
}

/** What confidence is computed from. */
export interface ConfidenceInput {
  /** Articles stating the fact. */
  supportCount: number;
  /** A role fact (a person holding a title): its statements are judged as a whole, not field by field. */
  isRole?: boolean;
  /** A figure names what it measures (its metric). */
  hasMetric: boolean;
  /** A figure is a value of a catalogue indicator. */
  hasIndicator: boolean;
  /** A figure's subject is known. */
  hasSubject: boolean;
  /** A figure's period is known. */
  hasPeriod: boolean;
  /** Articles stating facts that conflict with this one. */
  conflictingSupport: number;
}

/**
 * What one article's figure statement is worth on its own, before agreement and disagreement:
 * fitted on the annotated corpus articles (test/fixtures/devset/tune, `tinfacts eval
 * --calibrate`), where a figure whose metric is wrong or missing is never right whatever else is
 * known, and a known subject is what most raises the chance that it is right. Without a metric
 * a statement is worth the base alone.
 */
export const SOURCE_WEIGHT = { base: 0.02, metric: 0.1, indicator: 0.05, subject: 0.25, period: 0.03 } as const;

/** What one article's role statement is worth: set by hand, no annotated set of role facts measures it yet. */
export const ROLE_SOURCE_RELIABILITY = 0.7;

/** The reliability of one source of the fact (see SOURCE_WEIGHT). */
export function sourceReliability(input: Omit<ConfidenceInput, 'supportCount' | 'conflictingSupport'>): number {
  if (input.isRole) return ROLE_SOURCE_RELIABILITY;
  const w = SOURCE_WEIGHT;
  if (!input.hasMetric) return w.base;
  return w.base + w.metric + (input.hasIndicator ? w.indicator : 0) + (input.hasSubject ? w.subject : 0) + (input.hasPeriod ? w.period : 0);
}

/**
 * Confidence in [0, 1]. Each supporting article is an independent witness of reliability r (see
 * sourceReliability); n agreeing witnesses give 1 - (1 - r)^n. A conflict scales that by this
 * fact's share of the articles on either side: support / (support + conflicting support).
 */
export function confidence(input: ConfidenceInput): number {
  const r = sourceReliability(input);
  const n = Math.max(input.supportCount, 1);
  const agreed = 1 - (1 - r) ** n;
  const share = input.conflictingSupport > 0 ? n / (n + input.conflictingSupport) : 1;
  return Math.round(agreed * share * 1000) / 1000;
}

/** Role facts: a person holding a title, one fact per person and title however it is spelled. */
export function roleGroup(personKey: string, title: string): string {
  return ['role', personKey, toneKey(title)].join('|');
}

/**
 * Whether two person names may be one person misspelled: same number of syllables, all equal but
 * one (accents included, so "Lợi" and "Lời" differ in one syllable; case and tone placement do not count).
 */
export function namesDifferInOneSyllable(a: string, b: string): boolean {
  const x = toneKey(a).split(' ');
  const y = toneKey(b).split(' ');
  if (x.length !== y.length || x.length < 2) return false;
  let differences = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differences++;
  return differences === 1;
}

/** A person's attestation of one title. */
export interface TitleHolding {
  name: string;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** How far apart two attestations of a title may be and still count as the same period. */
export const SAME_PERIOD_DAYS = 366;

/**
 * Whether two holders of the same title may be one person whose name an article misspelt: names
 * that differ in one syllable, attested in the same period (within SAME_PERIOD_DAYS of each other,
 * or undated). They are linked as possibly the same, never merged: two real people can hold one
 * title at once (deputies) or in turn.
 */
export function possiblySamePerson(a: TitleHolding, b: TitleHolding): boolean {
  if (!namesDifferInOneSyllable(a.name, b.name)) return false;
  const day = (date: string | null) => (date === null ? NaN : Date.parse(date.slice(0, 10)) / 86_400_000);
  const [aFirst, aLast, bFirst, bLast] = [day(a.firstSeen), day(a.lastSeen), day(b.firstSeen), day(b.lastSeen)];
  if ([aFirst, aLast, bFirst, bLast].some(Number.isNaN)) return true;
  const gap = Math.max(bFirst - aLast, aFirst - bLast, 0);
  return gap <= SAME_PERIOD_DAYS;
}
