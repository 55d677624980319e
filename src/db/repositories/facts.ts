// Reading consolidated facts: filtered, sorted keyset pages, totals and facets, exports in batches,
// and one fact with its conflicting and related facts. Statements are raw SQL prepared once per
// connection and shape of filters; every list is one query plus three for its sources, entities and
// conflicts, however many facts the page holds.
import { confidence } from '../../domain/facts/consolidate.js';
import { indicatorById } from '../../domain/extract/lexicon/indicators.js';
import type { Evidence } from '../../http/schemas/common.js';
import type { Fact, FactBrief, FactDetail, FactSort, Source } from '../../http/schemas/facts.js';
import type { FigureChange, FigureUnit, Qualifier } from '../../domain/types.js';
import type { Db } from '../client.js';
import { preparedSql as prepared } from '../prepared.js';
import { ANSWER_BOUNDS } from '../../http/schemas/bounds.js';
import { finite, groupBy, hasWords, keysetPage, wordsPattern, type KeysetPosition } from './helpers.js';

export interface FactFilter {
  type?: Fact['type'];
  /** Accent-folded words the metric must contain... */
  metricFolded?: string;
  /** ...or one of these indicators the figure may be a value of (the words named them). */
  metricIndicators?: string[];
  /** Indicator ids the figure must be a value of. */
  indicators?: string[];
  /** Accent-folded words the subject must contain. */
  subjectFolded?: string;
  status?: 'actual' | 'target' | 'forecast';
  /** Accent-folded words a role's title must contain. */
  titleFolded?: string;
  /** Facts linked to at least one entity of every group (an entity, a person's ids, a province's units). */
  linkedTo?: number[][];
  unit?: FigureUnit;
  minValue?: number;
  maxValue?: number;
  year?: number;
  /** Publication dates (YYYY-MM-DD) of the stating articles. */
  from?: string;
  to?: string;
  articleId?: number;
  conflicting?: boolean;
}

export interface FactQuery extends FactFilter {
  sort: FactSort;
  /** The last row of the previous page. */
  after?: KeysetPosition;
  limit: number;
}

interface FactRow {
  id: number;
  type: 'figure' | 'role';
  group_key: string;
  support_count: number;
  first_seen: string | null;
  last_seen: string | null;
  year_from: number | null;
  year_to: number | null;
  metric: string | null;
  value: number | null;
  value_max: number | null;
  low: number | null;
  high: number | null;
  unit: FigureUnit | null;
  unit_text: string | null;
  qualifier: Qualifier | null;
  change: FigureChange | null;
  noun: string | null;
  indicator: string | null;
  status: 'actual' | 'target' | 'forecast' | null;
  subject: string | null;
  period: string | null;
  period_key: string | null;
  person_id: number | null;
  person_name: string | null;
  title: string | null;
  organization: string | null;
  province: string | null;
}

interface EvidenceRow {
  fact_id: number;
  article_id: number;
  article_title: string | null;
  published_at: string | null;
  sentence_index: number;
  sentence_text: string;
  sentence_start: number;
  start: number;
  end: number;
  original_start: number;
  original_end: number;
  text: string;
  original_text: string;
  value: number | null;
  value_max: number | null;
  qualifier: Qualifier | null;
  unit_text: string | null;
  noun: string | null;
  period: string | null;
  /** The id of the first occurrence of this fact in this article: sources are in that order. */
  first_id: number;
}

/** Placeholders for a missing sort value, so that facts without one come last in either direction. */
const NO_VALUE = -1.7976931348623157e308;

/**
 * Each order: its SQL expression, its direction, and the same key computed from a served fact (for
 * the next page's cursor). Missing values take a placeholder that sorts last either way.
 */
const SORTS: Record<FactSort, { expr: string; desc: boolean; keyOf: (fact: Fact) => number | string | null }> = {
  id: { expr: 'f.id', desc: false, keyOf: () => null },
  value: { expr: `coalesce(f.value, ${-NO_VALUE})`, desc: false, keyOf: (f) => f.figure?.value ?? -NO_VALUE },
  '-value': { expr: `coalesce(f.value, ${NO_VALUE})`, desc: true, keyOf: (f) => f.figure?.value ?? NO_VALUE },
  support: { expr: 'f.support_count', desc: false, keyOf: (f) => f.supportCount },
  '-support': { expr: 'f.support_count', desc: true, keyOf: (f) => f.supportCount },
  date: { expr: `coalesce(f.last_seen, '~')`, desc: false, keyOf: (f) => f.lastSeen ?? '~' },
  '-date': { expr: `coalesce(f.last_seen, '')`, desc: true, keyOf: (f) => f.lastSeen ?? '' },
};

/** The sort key of a fact as the list's SQL computes it (for the next page's cursor). */
export function sortKeyOf(fact: Fact, sort: FactSort): number | string | null {
  return SORTS[sort].keyOf(fact);
}

/**
 * The WHERE clause of a filter and its parameters.
 *
 * The filters that can drive the query through an index (type, linked entities, article) are in the
 * text only when given; every other filter is always in it, and passes when its parameter is null.
 * So the filters make a few dozen texts, not one per combination of a dozen filters: each text is a
 * statement prepared and kept per connection, and thousands of them (each of tens of kilobytes of
 * SQLite's memory, given back only when the garbage collector gets round to them) made a server's
 * memory grow with every new combination.
 */
function whereOf(filter: FactFilter): { where: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (condition: string, name?: string, value?: unknown) => {
    conditions.push(condition);
    if (name !== undefined) params[name] = value ?? null;
  };
  if (filter.type) add('f.type = @type', 'type', filter.type);
  (filter.linkedTo ?? []).forEach((group, i) =>
    add(`f.id in (select fact_id from fact_entities where entity_id in (select value from json_each(@group${i})))`, `group${i}`, JSON.stringify(group)),
  );
  if (filter.articleId !== undefined) add('f.id in (select fact_id from fact_evidence where article_id = @article)', 'article', filter.articleId);
  const optional = (name: string, condition: string, value: unknown) => add(`(@${name} is null or ${condition})`, name, value);
  optional(
    'metric',
    `(${hasWords('f.metric_search', 'metric')} or f.indicator in (select value from json_each(@metricIndicators)))`,
    filter.metricFolded ? wordsPattern(filter.metricFolded) : null,
  );
  params['metricIndicators'] = JSON.stringify(filter.metricIndicators ?? []);
  optional('indicators', 'f.indicator in (select value from json_each(@indicators))', filter.indicators ? JSON.stringify(filter.indicators) : null);
  optional('subject', hasWords('f.subject_search', 'subject'), filter.subjectFolded ? wordsPattern(filter.subjectFolded) : null);
  optional('status', 'f.status = @status', filter.status);
  optional('title', hasWords('f.title_search', 'title'), filter.titleFolded ? wordsPattern(filter.titleFolded) : null);
  optional('unit', 'f.unit = @unit', filter.unit);
  optional('minValue', 'f.value >= @minValue', filter.minValue);
  optional('maxValue', 'f.value <= @maxValue', filter.maxValue);
  optional('year', 'f.year_from <= @year and f.year_to >= @year', filter.year);
  optional('from', 'substr(f.last_seen, 1, 10) >= @from', filter.from);
  optional('to', 'substr(f.first_seen, 1, 10) <= @to', filter.to);
  optional('conflicting', 'exists (select 1 from fact_conflicts c where c.fact_id = f.id) = @conflicting', filter.conflicting === undefined ? null : Number(filter.conflicting));
  return { where: conditions.join(' and '), params };
}

const FACT_COLUMNS = `f.id, f.type, f.group_key, f.support_count, f.first_seen, f.last_seen, f.year_from, f.year_to, f.metric, f.value, f.value_max,
  f.low, f.high, f.unit, f.unit_text, f.qualifier, f.change, f.noun, f.indicator, f.status, f.subject, f.period, f.period_key, f.person_id, p.name as person_name,
  f.title, f.organization, f.province`;
const FROM_FACTS = 'from facts f left join entities p on p.id = f.person_id';

export function listFacts(db: Db, query: FactQuery): Fact[] {
  if ((query.linkedTo ?? []).some((g) => g.length === 0)) return [];
  const { where, params } = whereOf(query);
  const { expr, desc } = SORTS[query.sort];
  const { order, condition } = keysetPage('f.id', query.sort === 'id' ? null : { expr, descending: desc }, query.after, params);
  const sql = `select ${FACT_COLUMNS} ${FROM_FACTS} where ${where} ${condition ? `and ${condition}` : ''} order by ${order} limit @limit`;
  const rows = prepared(db, sql).all({ ...params, limit: query.limit }) as FactRow[];
  return hydrate(db, rows, ANSWER_BOUNDS.listSources);
}

/** Every matching fact, in batches of `batch` (for streamed exports): never more than one batch in memory. */
export function* iterateFacts(db: Db, query: Omit<FactQuery, 'limit'>, max: number, batch = 200): Generator<Fact[]> {
  let after = query.after;
  let left = max;
  while (left > 0) {
    const page = listFacts(db, { ...query, after, limit: Math.min(batch, left) });
    if (page.length === 0) return;
    yield page;
    left -= page.length;
    const last = page[page.length - 1]!;
    after = { id: last.id, key: sortKeyOf(last, query.sort) };
  }
}

export function countFacts(db: Db, filter: FactFilter): number {
  if ((filter.linkedTo ?? []).some((g) => g.length === 0)) return 0;
  const { where, params } = whereOf(filter);
  return (prepared(db, `select count(*) as n from facts f where ${where}`).get(params) as { n: number }).n;
}

export interface Facets {
  type: { value: string; count: number }[];
  unit: { value: string; count: number }[];
  province: { value: string; count: number }[];
  metric: { value: string; count: number }[];
}

export function factFacets(db: Db, filter: FactFilter): Facets {
  if ((filter.linkedTo ?? []).some((g) => g.length === 0)) return { type: [], unit: [], province: [], metric: [] };
  const { where, params } = whereOf(filter);
  const facet = (sql: string) => prepared(db, sql).all(params) as { value: string; count: number }[];
  return {
    type: facet(`select f.type as value, count(*) as count from facts f where ${where} group by f.type order by count desc, value`),
    unit: facet(`select f.unit as value, count(*) as count from facts f where ${where} and f.unit is not null group by f.unit order by count desc, value`),
    province: facet(
      `select e.name as value, count(distinct l.fact_id) as count from fact_entities l join entities e on e.id = l.entity_id and e.kind = 'province'
       where l.fact_id in (select f.id from facts f where ${where}) group by e.id order by count desc, value limit 20`,
    ),
    metric: facet(`select f.metric as value, count(*) as count from facts f where ${where} and f.metric is not null group by f.metric order by count desc, value limit 20`),
  };
}

/** An indicator id with its labels. */
function indicatorRef(id: string | null): { id: string; en: string; vi: string } | null {
  const found = id === null ? undefined : indicatorById(id);
  return found ? { id: found.id, en: found.en, vi: found.vi } : null;
}

/** What every fact shows, sources aside. */
function brief(row: FactRow, conflictsWith: number[], conflictingSupport: number): FactBrief {
  const isFigure = row.type === 'figure';
  return {
    id: row.id,
    type: row.type,
    metric: row.metric,
    figure: isFigure
      ? {
          value: finite(row.value) ?? 0,
          valueMax: finite(row.value_max),
          unit: row.unit ?? 'other',
          unitText: row.unit_text,
          qualifier: row.qualifier ?? 'exact',
          change: row.change ?? 'level',
          noun: row.noun,
          indicator: indicatorRef(row.indicator),
          status: row.status ?? 'actual',
          subject: row.subject,
          period: row.period,
          range: { low: finite(row.low) ?? finite(row.value) ?? 0, high: finite(row.high) ?? finite(row.value) ?? 0 },
        }
      : null,
    role: isFigure ? null : { person: { id: row.person_id ?? 0, name: row.person_name ?? '' }, title: row.title ?? '', organization: row.organization, province: row.province },
    supportCount: row.support_count,
    confidence: confidence({
      supportCount: row.support_count,
      isRole: !isFigure,
      hasMetric: row.metric !== null,
      hasIndicator: row.indicator !== null,
      hasSubject: row.subject !== null,
      hasPeriod: row.period_key !== null,
      conflictingSupport,
    }),
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    years: row.year_from !== null && row.year_to !== null ? { from: row.year_from, to: row.year_to } : null,
    conflictsWith,
  };
}

/**
 * Each fact's conflicts: the first ANSWER_BOUNDS.conflicts by id, and the support of all of them
 * (which its confidence weighs).
 */
function conflictsOf(db: Db, ids: string) {
  const rows = prepared(
    db,
    `select factId, otherId, total from (
       select c.fact_id as factId, c.other_id as otherId, sum(o.support_count) over (partition by c.fact_id) as total,
         row_number() over (partition by c.fact_id order by c.other_id) as n
       from fact_conflicts c join facts o on o.id = c.other_id where c.fact_id in (select value from json_each(@ids)))
     where n <= @max order by factId, otherId`,
  ).all({ ids, max: ANSWER_BOUNDS.conflicts }) as { factId: number; otherId: number; total: number }[];
  return groupBy(rows, (r) => r.factId);
}

function briefs(db: Db, rows: FactRow[]): FactBrief[] {
  const conflicts = conflictsOf(db, JSON.stringify(rows.map((r) => r.id)));
  return rows.map((r) => {
    const own = conflicts.get(r.id) ?? [];
    return brief(
      r,
      own.map((c) => c.otherId),
      own[0]?.total ?? 0,
    );
  });
}

function toEvidence(row: EvidenceRow): Evidence {
  return {
    articleId: row.article_id,
    sentence: { index: row.sentence_index, text: row.sentence_text, highlight: { start: row.start - row.sentence_start, end: row.end - row.sentence_start } },
    span: { start: row.start, end: row.end },
    text: row.text,
    original: { span: { start: row.original_start, end: row.original_end }, text: row.original_text },
  };
}

/** A source as served, with the id of its first occurrence (its place in the order of sources). */
export interface PlacedSource {
  source: Source;
  firstId: number;
}

/** Evidence rows (ordered by source, then occurrence) grouped into sources, one per article. */
function toSources(rows: EvidenceRow[]): PlacedSource[] {
  const byArticle = new Map<number, PlacedSource>();
  for (const row of rows) {
    let placed = byArticle.get(row.article_id);
    if (!placed) {
      const stated =
        row.value === null
          ? null
          : { value: finite(row.value) ?? 0, valueMax: finite(row.value_max), qualifier: row.qualifier ?? 'exact', unitText: row.unit_text, noun: row.noun, period: row.period };
      placed = { source: { article: { id: row.article_id, title: row.article_title, publishedAt: row.published_at }, stated, evidence: [] }, firstId: row.first_id };
      byArticle.set(row.article_id, placed);
    }
    placed.source.evidence.push(toEvidence(row));
  }
  return [...byArticle.values()];
}

const EVIDENCE_COLUMNS = `e.fact_id, e.article_id, a.title as article_title, e.published_at, e.sentence_index, coalesce(s.text, '') as sentence_text,
  e.sentence_start, e.start, e."end", e.original_start, e.original_end, e.text, e.original_text, e.value, e.value_max, e.qualifier, e.unit_text, e.noun, e.period`;

/**
 * The sources of each fact: its first `perFact` articles after the source placed at `afterFirstId`,
 * in the order they first stated it, each with at most ANSWER_BOUNDS.sourceEvidence occurrences.
 * However many articles state a fact, the answer holds `perFact` of them.
 */
export function sourcesOfFacts(db: Db, factIds: number[], perFact: number, afterFirstId = 0): Map<number, PlacedSource[]> {
  if (factIds.length === 0) return new Map();
  const rows = prepared(
    db,
    `with firsts as (
       select fact_id, article_id, min(id) as first_id from fact_evidence
       where fact_id in (select value from json_each(@ids)) group by fact_id, article_id having min(id) > @after),
     placed as (
       select fact_id, article_id, first_id from (
         select fact_id, article_id, first_id, row_number() over (partition by fact_id order by first_id) as n from firsts)
       where n <= @perFact)
     select * from (
       select ${EVIDENCE_COLUMNS}, p.first_id, row_number() over (partition by e.fact_id, e.article_id order by e.id) as occurrence, e.id as evidence_id
       from placed p
       join fact_evidence e on e.article_id = p.article_id and e.fact_id = p.fact_id
       join articles a on a.id = e.article_id
       left join article_sentences s on s.article_id = e.article_id and s.sentence_index = e.sentence_index)
     where occurrence <= @perSource
     order by fact_id, first_id, evidence_id`,
  ).all({ ids: JSON.stringify(factIds), after: afterFirstId, perFact, perSource: ANSWER_BOUNDS.sourceEvidence }) as EvidenceRow[];
  const byFact = groupBy(rows, (r) => r.fact_id);
  return new Map([...byFact].map(([id, evidence]) => [id, toSources(evidence)]));
}

/** The entities of each fact: at most ANSWER_BOUNDS.factEntities, by id. */
function entitiesOfFacts(db: Db, ids: string): Map<number, Fact['entities']> {
  const rows = prepared(
    db,
    `select factId, id, kind, name, role from (
       select l.fact_id as factId, e.id, e.kind, e.name, l.role, row_number() over (partition by l.fact_id order by e.id, l.role) as n
       from (select distinct fact_id, entity_id, role from fact_entities where fact_id in (select value from json_each(@ids))) l
       join entities e on e.id = l.entity_id)
     where n <= @max order by factId, id, role`,
  ).all({ ids, max: ANSWER_BOUNDS.factEntities }) as ({ factId: number } & Fact['entities'][number])[];
  const byFact = groupBy(rows, (r) => r.factId);
  return new Map([...byFact].map(([id, list]) => [id, list.map(({ factId: _factId, ...entity }) => entity)]));
}

const sourcesUrl = (id: number) => `/v1/facts/${id}/sources`;

/** Adds sources (at most `perFact` each) and entities to the rows, in a few queries however many rows there are. */
function hydrate(db: Db, rows: FactRow[], perFact: number): Fact[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const sources = sourcesOfFacts(db, ids, perFact);
  const linked = entitiesOfFacts(db, JSON.stringify(ids));
  return briefs(db, rows).map((b) => ({
    ...b,
    entities: linked.get(b.id) ?? [],
    sources: (sources.get(b.id) ?? []).map((p) => p.source),
    sourcesUrl: sourcesUrl(b.id),
  }));
}

/** Facts by id, without their sources, in the order given. */
export function briefsOfFacts(db: Db, ids: number[]): FactBrief[] {
  if (ids.length === 0) return [];
  const rows = prepared(db, `select ${FACT_COLUMNS} ${FROM_FACTS} where f.id in (select value from json_each(?))`).all(JSON.stringify(ids)) as FactRow[];
  const byId = new Map(briefs(db, rows).map((b) => [b.id, b]));
  return ids.map((id) => byId.get(id)).filter((b): b is FactBrief => b !== undefined);
}

export function getFact(db: Db, id: number): FactDetail | null {
  const row = prepared(db, `select ${FACT_COLUMNS} ${FROM_FACTS} where f.id = ?`).get(id) as FactRow | undefined;
  if (!row) return null;
  const fact = hydrate(db, [row], ANSWER_BOUNDS.detailSources)[0]!;
  return { ...fact, conflicting: briefsOfFacts(db, fact.conflictsWith), related: briefs(db, relatedRows(db, row)) };
}

/** Whether a fact exists (for a page of its sources). */
export function factExists(db: Db, id: number): boolean {
  return prepared(db, `select 1 from facts where id = ?`).get(id) !== undefined;
}

/**
 * Facts a reader of this one would look at next. For a figure: the same metric, unit and change in
 * another period, subject or value, the same period first, then the nearest years. For a role: others
 * who held the same title, in the order they were seen.
 */
function relatedRows(db: Db, row: FactRow): FactRow[] {
  if (row.type === 'role') {
    return prepared(
      db,
      `select ${FACT_COLUMNS} ${FROM_FACTS} where f.type = 'role' and f.title_search = (select title_search from facts where id = @id)
         and f.id <> @id order by coalesce(f.first_seen, '~'), f.id limit 20`,
    ).all({ id: row.id }) as FactRow[];
  }
  if (row.group_key.startsWith('article:')) return [];
  const conflicts = `select other_id from fact_conflicts where fact_id = @id`;
  return prepared(
    db,
    `select ${FACT_COLUMNS} ${FROM_FACTS} where f.group_key = @group and f.id <> @id and f.id not in (${conflicts})
     order by (f.period_key is @period) desc, abs(coalesce(f.year_from, 0) - coalesce(@year, 0)), f.support_count desc, f.id limit 20`,
  ).all({ id: row.id, group: row.group_key, period: row.period_key, year: row.year_from }) as FactRow[];
}

/**
 * The facts an article states (at most ANSWER_BOUNDS.articleFacts), each with this article's
 * statement of it as its one source: an article's page never carries other articles' evidence.
 */
export function listArticleFacts(db: Db, articleId: number): Fact[] {
  const rows = prepared(
    db,
    `select ${FACT_COLUMNS} ${FROM_FACTS} where f.id in (select fact_id from fact_evidence where article_id = @article) order by f.id limit @max`,
  ).all({ article: articleId, max: ANSWER_BOUNDS.articleFacts }) as FactRow[];
  if (rows.length === 0) return [];
  const evidence = prepared(
    db,
    `select * from (
       select ${EVIDENCE_COLUMNS}, min(e.id) over (partition by e.fact_id) as first_id, row_number() over (partition by e.fact_id order by e.id) as occurrence
       from fact_evidence e
       join articles a on a.id = e.article_id
       left join article_sentences s on s.article_id = e.article_id and s.sentence_index = e.sentence_index
       where e.article_id = @article)
     where occurrence <= @perSource order by fact_id, occurrence`,
  ).all({ article: articleId, perSource: ANSWER_BOUNDS.sourceEvidence }) as EvidenceRow[];
  const own = groupBy(evidence, (e) => e.fact_id);
  const linked = entitiesOfFacts(db, JSON.stringify(rows.map((r) => r.id)));
  return briefs(db, rows).map((b) => ({
    ...b,
    entities: linked.get(b.id) ?? [],
    sources: toSources(own.get(b.id) ?? []).map((p) => p.source),
    sourcesUrl: sourcesUrl(b.id),
  }));
}

/** Figure facts per indicator: one pass over the indicator index. */
export function countFactsByIndicator(db: Db): Map<string, number> {
  const rows = prepared(db, `select indicator, count(*) as n from facts where indicator is not null group by indicator`).all() as { indicator: string; n: number }[];
  return new Map(rows.map((r) => [r.indicator, r.n]));
}
