// Storing what an article states as consolidated facts. Each statement joins the fact other
// articles already state, or starts a new one; every fact it touches is then derived again from
// its sources, and the conflicts around it recomputed. The decisions are domain/facts/consolidate.ts;
// this file only fetches candidates and writes rows, with statements prepared once per connection
// (`client` is the connection of the caller's open transaction).
import type Database from 'better-sqlite3';
import {
  aggregateFigure,
  aggregateRole,
  chooseFact,
  conflictPairs,
  figureIdentity,
  joinRoleSource,
  roleGroup,
  type FactCandidate,
  type FigureIdentity,
  type FigureSource,
  type Reporting,
  type StatedContext,
  type StatedFigure,
} from '../../domain/facts/consolidate.js';
import { foldKey, toneKey } from '../../domain/text/keys.js';
import { toOriginalSpan } from '../../domain/text/normalize.js';
import type { EntityKind, FigureMention, Span } from '../../domain/types.js';
import type { PreparedArticle } from '../../ingest/prepare-article.js';
import type { Db } from '../client.js';
import { insertedId, perConnection } from '../prepared.js';

/** An entity a sentence names. */
export interface SentenceEntity {
  id: number;
  kind: EntityKind;
  name: string;
}

export interface StatementContext {
  articleId: number;
  publishedAt: string | null;
  article: PreparedArticle;
  /** Entity ids by `kind \0 key`. */
  entityIds: Map<string, number>;
  bySentence: Map<number, SentenceEntity[]>;
}

/** Span columns for a plain-text span: its sentence, both offsets and the original wording. */
export function spanRow(article: PreparedArticle, span: Span, sentence: number, text: string) {
  const original = toOriginalSpan(article.text, span.start, span.end);
  const originalText = article.originalText.slice(original.start, original.end);
  return { sentenceIndex: sentence, start: span.start, end: span.end, originalStart: original.start, originalEnd: original.end, text, originalText };
}

// Raw statements, prepared once per connection: these run for every figure of every article. Inserts
// read the new id from the connection rather than with RETURNING (see insertedId).
const statementsFor = perConnection((client) => ({
    figureCandidates: client.prepare<[{ group: string; period: string | null; low: number; high: number }], RawCandidate>(
      `select id, subject_key, period_key, low, high, support_count from facts where group_key = @group and low <= @high and high >= @low`,
    ),
    // `+type`: the group index finds the one row; the type index would scan every role.
    roleFact: client.prepare<[string], { id: number }>(`select id from facts where group_key = ? and +type = 'role'`),
    insertFigure: client.prepare(
      `insert into facts (type, group_key, metric, metric_search, indicator, status, unit, change)
       values ('figure', @groupKey, @metric, @metricSearch, @indicator, @status, @unit, @change)`,
    ),
    insertRole: client.prepare(
      `insert into facts (type, group_key, person_id, title, title_search, organization, province)
       values ('role', @groupKey, @personId, @title, @titleSearch, @organization, @province)`,
    ),
    insertEvidence: client.prepare(
      `insert into fact_evidence (fact_id, article_id, sentence_index, start, "end", original_start, original_end, text, original_text, sentence_start,
         published_at, value, value_max, qualifier, unit_text, noun, metric, indicator, status, subject, subject_key, period, period_key, period_text,
         compared_to, year_from, year_to)
       values (@factId, @articleId, @sentenceIndex, @start, @end, @originalStart, @originalEnd, @text, @originalText, @sentenceStart,
         @publishedAt, @value, @valueMax, @qualifier, @unitText, @noun, @metric, @indicator, @status, @subject, @subjectKey, @period, @periodKey, @periodText,
         @comparedTo, @yearFrom, @yearTo)`,
    ),
    insertSentence: client.prepare<[number, number, number, string]>(
      `insert or ignore into article_sentences (article_id, sentence_index, start, text) values (?, ?, ?, ?)`,
    ),
    deleteSentences: client.prepare<[number]>(`delete from article_sentences where article_id = ?`),
    link: client.prepare(`insert or ignore into fact_entities (fact_id, entity_id, role, article_id) values (?, ?, ?, ?)`),
    factsOfArticle: client.prepare<[number], { factId: number }>(`select distinct fact_id as factId from fact_evidence where article_id = ?`),
    deleteEvidence: client.prepare(`delete from fact_evidence where article_id = ?`),
    deleteLinks: client.prepare(`delete from fact_entities where article_id = ?`),
    roleReporting: client.prepare<[number], Reporting>(
      `select support_count as supportCount, first_seen as firstSeen, last_seen as lastSeen from facts where id = ? and type = 'role'`,
    ),
    factType: client.prepare<[number], { type: 'figure' | 'role'; groupKey: string }>(`select type, group_key as groupKey from facts where id = ?`),
    sourcesOf: client.prepare<[number], RawSource>(
      `select article_id, value, value_max, qualifier, unit_text, noun, subject, subject_key, period, period_key, year_from, year_to, published_at
       from fact_evidence where fact_id = ? order by id`,
    ),
    deleteFact: client.prepare(`delete from facts where id = ?`),
    updateFigure: client.prepare(
      `update facts set value = @value, value_max = @valueMax, low = @low, high = @high, qualifier = @qualifier, unit_text = @unitText, noun = @noun,
         subject = @subject, subject_key = @subjectKey, subject_search = @subjectSearch, period = @period, period_key = @periodKey, year_from = @yearFrom, year_to = @yearTo,
         support_count = @supportCount, first_seen = @firstSeen, last_seen = @lastSeen
       where id = @id`,
    ),
    updateRole: client.prepare(
      `update facts set support_count = @supportCount, first_seen = @firstSeen, last_seen = @lastSeen, year_from = @yearFrom, year_to = @yearTo where id = @id`,
    ),
    cellMembers: client.prepare<[string, string], RawCandidate & { metric: string | null; articles: string }>(
      `select id, subject_key, period_key, low, high, support_count, metric,
         (select json_group_array(distinct article_id) from fact_evidence where fact_id = facts.id) as articles
       from facts where group_key = ? and period_key = ?`,
    ),
    deleteConflictsOf: client.prepare(`delete from fact_conflicts where fact_id = @id or other_id = @id`),
    insertConflict: client.prepare(`insert or ignore into fact_conflicts (fact_id, other_id) values (?, ?)`),
}));

interface RawCandidate {
  id: number;
  subject_key: string | null;
  period_key: string | null;
  low: number;
  high: number;
  support_count: number;
}

interface RawSource {
  article_id: number;
  value: number | null;
  value_max: number | null;
  qualifier: FigureSource['qualifier'] | null;
  unit_text: string | null;
  noun: string | null;
  subject: string | null;
  subject_key: string | null;
  period: string | null;
  period_key: string | null;
  year_from: number | null;
  year_to: number | null;
  published_at: string | null;
}

type Statements = ReturnType<typeof statementsFor>;

const toCandidate = (r: RawCandidate): FactCandidate => ({
  id: r.id,
  subjectKey: r.subject_key,
  periodKey: r.period_key,
  low: r.low,
  high: r.high,
  supportCount: r.support_count,
});

/** The stated-figure columns of a role's evidence. */
const NO_STATED_FIGURE = {
  value: null,
  valueMax: null,
  qualifier: null,
  unitText: null,
  noun: null,
  metric: null,
  indicator: null,
  status: null,
  subject: null,
  subjectKey: null,
  period: null,
  periodKey: null,
  periodText: null,
  comparedTo: null,
  yearFrom: null,
  yearTo: null,
} as const;

/** How one article's statements of one figure are told apart: the same figure said twice is one statement. */
function statementKey(f: FigureMention): string {
  return ['figure', f.unit, f.value, f.valueMax ?? '', f.qualifier, f.change, f.status, f.indicator ?? '', toneKey(f.metric ?? f.noun ?? ''), toneKey(f.subject ?? ''), f.period ?? ''].join('|');
}

/**
 * The most occurrences of one fact one article keeps as evidence: an article that repeats a
 * statement a thousand times is still one source, and its evidence stays bounded.
 */
export const MAX_EVIDENCE_PER_SOURCE = 10;

/**
 * Removes an article's statements and links (before it is stored again) and returns the facts they
 * supported, to be derived again once the new statements are in.
 */
export function withdrawStatements(client: Database.Database, articleId: number): number[] {
  const s = statementsFor(client);
  const factIds = s.factsOfArticle.all(articleId).map((r) => r.factId);
  s.deleteLinks.run(articleId);
  s.deleteEvidence.run(articleId);
  s.deleteSentences.run(articleId);
  return factIds;
}

/**
 * Stores the article's figures and roles as evidence of consolidated facts, then derives every
 * touched fact (and the facts `formerFacts`, which lost this article's statements) from its sources.
 * Returns the ids of the facts this article states.
 */
export function storeStatements(client: Database.Database, ctx: StatementContext, formerFacts: readonly number[]): Set<number> {
  const s = statementsFor(client);
  const { articleId, article, publishedAt, bySentence } = ctx;
  // Each sentence that states something is stored once, however many occurrences point into it.
  const storedSentences = new Set<number>();
  const sentenceStartOf = (index: number): number => {
    const sentence = article.extraction.sentences[index];
    if (!sentence) return 0;
    if (!storedSentences.has(index)) {
      storedSentences.add(index);
      s.insertSentence.run(articleId, index, sentence.start, article.text.plain.slice(sentence.start, sentence.end));
    }
    return sentence.start;
  };
  const linkSentence = (factId: number, sentence: number, except?: number) => {
    for (const entity of bySentence.get(sentence) ?? []) if (entity.id !== except) s.link.run(factId, entity.id, 'context', articleId);
  };
  const occurrences = new Map<number, number>();
  /** One occurrence of a fact in this article, with the figure as stated there (none for a role). */
  const addEvidence = (factId: number, at: { span: Span; sentence: number; text: string }, stated: typeof NO_STATED_FIGURE | (StatedFigure & StatedContext)) => {
    const seen = occurrences.get(factId) ?? 0;
    if (seen >= MAX_EVIDENCE_PER_SOURCE) return;
    occurrences.set(factId, seen + 1);
    const sentenceStart = sentenceStartOf(at.sentence);
    s.insertEvidence.run({ factId, articleId, ...spanRow(article, at.span, at.sentence, at.text), sentenceStart, publishedAt, ...stated });
  };
  const own = new Map<string, number>();

  for (const figure of article.extraction.figures) {
    const identity = figureIdentity(figure);
    const key = statementKey(figure);
    let factId = own.get(key);
    if (factId === undefined) {
      factId = findFigureFact(s, identity) ?? insertFigureFact(s, identity, figure, `article:${articleId}|${key}`);
      own.set(key, factId);
    }
    addEvidence(factId, figure, {
      value: figure.value,
      valueMax: figure.valueMax,
      qualifier: figure.qualifier,
      unitText: figure.unitText,
      noun: figure.noun,
      metric: figure.metric,
      indicator: figure.indicator,
      status: figure.status,
      subject: identity.subject,
      subjectKey: identity.subjectKey,
      period: figure.period,
      periodKey: identity.period?.key ?? null,
      periodText: figure.periodText,
      comparedTo: figure.comparedTo,
      yearFrom: identity.period?.yearFrom ?? null,
      yearTo: identity.period?.yearTo ?? null,
    });
    linkSentence(factId, figure.sentence);
  }

  const roleIds = new Set<number>();
  for (const role of article.extraction.roles) {
    const groupKey = roleGroup(role.personKey, role.title);
    const personId = ctx.entityIds.get(`person\u0000${role.personKey}`);
    if (personId === undefined) continue; // every role's holder is among the article's entities
    let factId = own.get(groupKey) ?? s.roleFact.get(groupKey)?.id;
    if (factId === undefined) {
      factId = insertedId(
        s.insertRole.run({ groupKey, personId, title: role.title, titleSearch: foldKey(role.title), organization: role.organization, province: role.province }),
      );
    }
    own.set(groupKey, factId);
    roleIds.add(factId);
    addEvidence(factId, role, NO_STATED_FIGURE);
    s.link.run(factId, personId, 'holder', articleId);
    linkSentence(factId, role.sentence, personId);
  }

  const ownIds = new Set(own.values());
  // A role this article joins (and did not state before this store) adds one source: its reporting
  // is updated from the stored one. Everything else is derived again from all its sources.
  const former = new Set(formerFacts);
  const joined = new Set([...roleIds].filter((id) => !former.has(id)));
  for (const id of joined) {
    const current = s.roleReporting.get(id);
    if (current) s.updateRole.run({ id, ...joinRoleSource(current, publishedAt) });
  }
  refreshFacts(s, new Set([...formerFacts, ...ownIds].filter((id) => !joined.has(id))));
  return ownIds;
}

function findFigureFact(s: Statements, identity: FigureIdentity): number | undefined {
  if (identity.group === null) return undefined;
  const { low, high } = identity.interval;
  const candidates = s.figureCandidates.all({ group: identity.group, period: identity.period?.key ?? null, low, high }).map(toCandidate);
  return chooseFact(identity, candidates)?.id;
}

/** A new figure fact; its figure, interval and dates are filled in by refreshFacts. */
function insertFigureFact(s: Statements, identity: FigureIdentity, figure: FigureMention, articleScope: string): number {
  return insertedId(
    s.insertFigure.run({
      groupKey: identity.group ?? articleScope,
      metric: identity.metric,
      metricSearch: identity.metric === null ? null : foldKey(identity.metric),
      indicator: figure.indicator,
      status: figure.status,
      unit: figure.unit,
      change: figure.change,
    }),
  );
}

/**
 * Derives each fact again from its sources: a fact left without any is deleted; a figure takes the
 * aggregate of its sources; a role its support and dates. Conflicts are recomputed around every
 * figure fact that changed.
 */
function refreshFacts(s: Statements, factIds: Set<number>): void {
  const changedFigures: ChangedFigure[] = [];
  for (const id of factIds) {
    const fact = s.factType.get(id);
    if (!fact) continue;
    const rows = s.sourcesOf.all(id);
    if (rows.length === 0) {
      s.deleteFact.run(id);
      continue;
    }
    if (fact.type === 'role') {
      s.updateRole.run({ id, ...aggregateRole(rows.map((r) => ({ articleId: r.article_id, publishedAt: r.published_at }))) });
      continue;
    }
    const sources = rows.map(
      (r): FigureSource => ({
        articleId: r.article_id,
        value: r.value ?? 0,
        valueMax: r.value_max,
        qualifier: r.qualifier ?? 'exact',
        unitText: r.unit_text,
        noun: r.noun,
        subject: r.subject,
        subjectKey: r.subject_key,
        period: r.period,
        periodKey: r.period_key,
        yearFrom: r.year_from,
        yearTo: r.year_to,
        publishedAt: r.published_at,
      }),
    );
    const aggregate = aggregateFigure(sources);
    s.updateFigure.run({ id, ...aggregate, subjectSearch: aggregate.subject === null ? null : foldKey(aggregate.subject) });
    changedFigures.push({ id, groupKey: fact.groupKey, periodKey: aggregate.periodKey, yearFrom: aggregate.yearFrom });
  }
  refreshConflicts(s, changedFigures);
}

/** A figure fact as refreshFacts left it: what placing it in its conflict cell needs. */
interface ChangedFigure {
  id: number;
  groupKey: string;
  periodKey: string | null;
  yearFrom: number | null;
}

/**
 * Recomputes the conflicts of the given facts. A fact conflicts only within its cell (group and
 * known period), so its old pairs go and its cell's pairs are computed again.
 */
function refreshConflicts(s: Statements, facts: readonly ChangedFigure[]): void {
  const cells = new Map<string, { groupKey: string; periodKey: string }>();
  for (const { id, groupKey, periodKey, yearFrom } of facts) {
    s.deleteConflictsOf.run({ id });
    // Only a like-for-like group has a period (see likeForLike): an article's own figures never conflict.
    if (periodKey !== null && !groupKey.startsWith('article:')) cells.set(`${groupKey}\u0000${periodKey}`, { groupKey, periodKey });
  }
  for (const { groupKey, periodKey } of cells.values()) {
    const members = s.cellMembers.all(groupKey, periodKey).map((r) => ({ ...toCandidate(r), metric: r.metric, articles: JSON.parse(r.articles) as number[] }));
    for (const [a, b] of conflictPairs(members)) {
      s.insertConflict.run(a, b);
      s.insertConflict.run(b, a);
    }
  }
}
