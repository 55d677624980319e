// All tables. Columns are camelCase here and snake_case in SQLite (`casing: 'snake_case'`).
// Migrations are generated from this file by `npm run db:generate`; never edit them by hand.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DateMention } from '../domain/types.js';

const createdAt = () => text().notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const articles = sqliteTable(
  'articles',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The source's own identifier (a JSONL `id`, or a .txt file's name without extension). */
    externalId: text(),
    url: text(),
    /** SHA-256 of the normalised plain text: the same article delivered twice is stored once. */
    contentHash: text().notNull(),
    title: text(),
    byline: text(),
    source: text(),
    publishedAt: text(),
    originalText: text().notNull(),
    plainText: text().notNull(),
    segmented: integer({ mode: 'boolean' }).notNull(),
    extractorVersion: integer().notNull(),
    /** JSON array of the dates the text mentions, resolved against publishedAt (see DateMention). */
    datesMentioned: text({ mode: 'json' }).$type<DateMention[]>().notNull().default([]),
    entityCount: integer().notNull().default(0),
    factCount: integer().notNull().default(0),
    ingestedAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('articles_content_hash_unique').on(t.contentHash),
    uniqueIndex('articles_external_id_unique').on(t.externalId),
    uniqueIndex('articles_url_unique').on(t.url),
    // Start-up counts the articles an older extractor stored: without it, a scan of every article.
    index('articles_extractor_version_idx').on(t.extractorVersion),
  ],
);

export const entities = sqliteTable(
  'entities',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: ['person', 'province', 'conference', 'organization', 'country'] }).notNull(),
    /** Identity within a kind: a province's scheme-qualified code, a person's folded name... */
    key: text().notNull(),
    name: text().notNull(),
    /** Accent-folded name, for search. */
    searchName: text().notNull(),
    /** Lowercase name with accents (see toneKey): a search that matches it ranks first. */
    toneName: text().notNull().default(''),
    /** JSON object of kind-specific attributes (province codes and successors, conference edition...). */
    attributes: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('entities_kind_key_unique').on(t.kind, t.key), index('entities_search_name_idx').on(t.searchName)],
);

export const entityAliases = sqliteTable(
  'entity_aliases',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    entityId: integer()
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    alias: text().notNull(),
    searchAlias: text().notNull(),
    toneAlias: text().notNull().default(''),
  },
  (t) => [uniqueIndex('entity_aliases_entity_alias_unique').on(t.entityId, t.alias), index('entity_aliases_search_idx').on(t.searchAlias)],
);

/** Character spans: `start`/`end` in the article's plain text, `originalStart`/`originalEnd` in its original text. */
const spanColumns = () => ({
  sentenceIndex: integer().notNull(),
  start: integer().notNull(),
  end: integer().notNull(),
  originalStart: integer().notNull(),
  originalEnd: integer().notNull(),
  text: text().notNull(),
  /** The same words as written in the original (segmented, NFD...). */
  originalText: text().notNull(),
});

export const mentions = sqliteTable(
  'mentions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    entityId: integer()
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    ...spanColumns(),
  },
  (t) => [index('mentions_article_idx').on(t.articleId), index('mentions_entity_idx').on(t.entityId, t.articleId)],
);

export const facts = sqliteTable(
  'facts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    type: text({ enum: ['figure', 'role'] }).notNull(),
    /**
     * Statements are one fact only within a group: `metric|unit|change` for a figure (an article
     * scope when the figure says not what it measures), `role|person key|title` for a role.
     */
    groupKey: text().notNull().default(''),
    supportCount: integer().notNull().default(0),
    /** Earliest and latest publication date of the articles stating the fact. */
    firstSeen: text(),
    lastSeen: text(),
    /** Calendar years the fact covers: a figure's period, a role's first and last attestation. */
    yearFrom: integer(),
    yearTo: integer(),
    // figure facts: the most precise source's figure, and the interval of values every source allows
    metric: text(),
    /** Accent-folded metric, for filtering. */
    metricSearch: text(),
    value: real(),
    valueMax: real(),
    low: real(),
    high: real(),
    unit: text({ enum: ['USD', 'VND', 'percent', 'people', 'count', 'other'] }),
    unitText: text(),
    qualifier: text({ enum: ['exact', 'approx', 'more_than', 'less_than', 'range'] }),
    change: text({ enum: ['level', 'increase', 'decrease', 'multiplier'] }),
    noun: text(),
    /** The catalogue indicator the figure is a value of (see domain/extract/lexicon/indicators.ts). */
    indicator: text(),
    status: text({ enum: ['actual', 'target', 'forecast'] }),
    subject: text(),
    subjectKey: text(),
    /** Accent-folded subject, for filtering. */
    subjectSearch: text(),
    /** The period in normal form ("2017", "2018-01..2018-10"); periodKey is the same, kept for its index. */
    period: text(),
    periodKey: text(),
    // role facts
    personId: integer().references(() => entities.id, { onDelete: 'cascade' }),
    title: text(),
    /** Accent-folded title, for filtering. */
    titleSearch: text(),
    organization: text(),
    province: text(),
  },
  (t) => [
    index('facts_group_idx').on(t.groupKey, t.periodKey),
    index('facts_type_idx').on(t.type, t.id),
    index('facts_person_idx').on(t.personId),
    index('facts_value_idx').on(t.value, t.id),
    index('facts_support_idx').on(t.supportCount, t.id),
    index('facts_last_seen_idx').on(t.lastSeen, t.id),
    index('facts_indicator_idx').on(t.indicator, t.id),
  ],
);

/**
 * The sentences of an article that state a fact, each stored once however many facts or occurrences
 * it holds (evidence points into it by index), so that what one article stores stays bounded.
 */
export const articleSentences = sqliteTable(
  'article_sentences',
  {
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    sentenceIndex: integer().notNull(),
    /** Where the sentence starts in the plain text: `start - sentenceStart` places a span in it. */
    start: integer().notNull(),
    text: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.sentenceIndex] })],
);

/** Where an article states a fact: one row per occurrence, with the figure as that article gives it. */
export const factEvidence = sqliteTable(
  'fact_evidence',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    factId: integer()
      .notNull()
      .references(() => facts.id, { onDelete: 'cascade' }),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    ...spanColumns(),
    /** Where the sentence (in article_sentences) starts in the plain text: `start - sentenceStart` places the span in it. */
    sentenceStart: integer().notNull().default(0),
    /** The article's publication date, for the fact's first and last seen. */
    publishedAt: text(),
    // the figure as stated here (null for roles)
    value: real(),
    valueMax: real(),
    qualifier: text({ enum: ['exact', 'approx', 'more_than', 'less_than', 'range'] }),
    unitText: text(),
    noun: text(),
    /** The figure's context as this article states it (see FigureMention). */
    metric: text(),
    indicator: text(),
    status: text({ enum: ['actual', 'target', 'forecast'] }),
    subject: text(),
    subjectKey: text(),
    period: text(),
    periodKey: text(),
    /** The period as this article writes it ("10 tháng đầu năm 2018"). */
    periodText: text(),
    comparedTo: text(),
    yearFrom: integer(),
    yearTo: integer(),
  },
  (t) => [index('fact_evidence_fact_idx').on(t.factId), index('fact_evidence_article_idx').on(t.articleId, t.factId)],
);

/** Entities a fact is about, per stating article: the holder of a role, the places named with a figure... */
export const factEntities = sqliteTable(
  'fact_entities',
  {
    factId: integer()
      .notNull()
      .references(() => facts.id, { onDelete: 'cascade' }),
    entityId: integer()
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    role: text({ enum: ['holder', 'subject', 'context'] }).notNull(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('fact_entities_unique').on(t.factId, t.entityId, t.role, t.articleId),
    index('fact_entities_entity_idx').on(t.entityId, t.factId),
    index('fact_entities_article_idx').on(t.articleId),
  ],
);

/** Facts that disagree: both directions are stored, so either side finds the other by index. */
export const factConflicts = sqliteTable(
  'fact_conflicts',
  {
    factId: integer()
      .notNull()
      .references(() => facts.id, { onDelete: 'cascade' }),
    otherId: integer()
      .notNull()
      .references(() => facts.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('fact_conflicts_unique').on(t.factId, t.otherId), index('fact_conflicts_other_idx').on(t.otherId)],
);
