// Stores one prepared article with everything extracted from it, all or nothing.
import type Database from 'better-sqlite3';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { collapseSpaces, foldKey, toneWords } from '../../domain/text/keys.js';
import type { ArticleDelivery, PreparedArticle } from '../../ingest/prepare-article.js';
import type { Db } from '../client.js';
import { insertedId, perConnection } from '../prepared.js';
import { articles, entities, factEvidence, facts, mentions } from '../schema.js';
import { spanRow, storeStatements, withdrawStatements, type SentenceEntity } from './fact-writer.js';

export type StoreOutcome =
  | { status: 'added' | 'updated' | 'unchanged'; articleId: number }
  /** The same text is stored already as another article (`articleId`): it is not stored twice. */
  | { status: 'duplicate'; articleId: number; message: string }
  /** Not stored; `retryable` when the same request may succeed later (a lock, a full disk); `code`: SQLite's, if it said. */
  | { status: 'failed'; message: string; retryable: boolean; code?: string };

// The statements run for every article and every mention, prepared once per connection: building
// them through the query builder cost more than running them. Inserts take the new id from the
// connection (see insertedId), not with RETURNING.
const statementsFor = perConnection((client) => {
  const storedColumns = 'id, external_id as externalId, content_hash as contentHash, extractor_version as extractorVersion, title, url, source, published_at as publishedAt';
  return {
    byExternalId: client.prepare<[string], StoredArticle>(`select ${storedColumns} from articles where external_id = ?`),
    byUrl: client.prepare<[string], StoredArticle>(`select ${storedColumns} from articles where url = ?`),
    byContentHash: client.prepare<[string], StoredArticle>(`select ${storedColumns} from articles where content_hash = ?`),
    twin: client.prepare<[string], { id: number; externalId: string | null }>(`select id, external_id as externalId from articles where content_hash = ?`),
    insertArticle: client.prepare<[ArticleRow]>(
      `insert into articles (external_id, url, content_hash, title, byline, source, published_at, original_text, plain_text, segmented, extractor_version, dates_mentioned)
       values (@externalId, @url, @contentHash, @title, @byline, @source, @publishedAt, @originalText, @plainText, @segmented, @extractorVersion, @datesMentioned)`,
    ),
    updateArticle: client.prepare<[ArticleRow & { id: number }]>(
      `update articles set external_id = @externalId, url = @url, content_hash = @contentHash, title = @title, byline = @byline, source = @source,
         published_at = @publishedAt, original_text = @originalText, plain_text = @plainText, segmented = @segmented,
         extractor_version = @extractorVersion, dates_mentioned = @datesMentioned, updated_at = (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
       where id = @id`,
    ),
    setCounts: client.prepare<[number, number, number]>(`update articles set entity_count = ?, fact_count = ? where id = ?`),
    unindex: client.prepare<[number]>(`delete from article_search where rowid = ?`),
    index: client.prepare<[number, string, string]>(`insert into article_search (rowid, folded, toned) values (?, ?, ?)`),
    // Most mentions name an entity stored before: looking it up is cheaper than an upsert that rewrites it.
    entityId: client.prepare<[string, string], { id: number }>(`select id from entities where kind = ? and key = ?`),
    insertEntity: client.prepare<[string, string, string, string, string, string]>(
      `insert into entities (kind, key, name, search_name, tone_name, attributes) values (?, ?, ?, ?, ?, ?)`,
    ),
    insertAlias: client.prepare<[number, string, string, string]>(
      `insert into entity_aliases (entity_id, alias, search_alias, tone_alias) values (?, ?, ?, ?) on conflict do nothing`,
    ),
    insertMention: client.prepare(
      `insert into mentions (entity_id, article_id, sentence_index, start, "end", original_start, original_end, text, original_text)
       values (@entityId, @articleId, @sentenceIndex, @start, @end, @originalStart, @originalEnd, @text, @originalText)`,
    ),
    deleteMentions: client.prepare<[number]>(`delete from mentions where article_id = ?`),
  };
});

interface StoredArticle {
  id: number;
  externalId: string | null;
  contentHash: string;
  extractorVersion: number;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

/** The stored article this delivery is about: by source id, else by url, else by identical text. */
function findExisting(client: Database.Database, delivery: ArticleDelivery): { row: StoredArticle | null; byText: boolean } {
  const s = statementsFor(client);
  if (delivery.externalId !== null) return { row: s.byExternalId.get(delivery.externalId) ?? null, byText: false };
  if (delivery.url !== null) return { row: s.byUrl.get(delivery.url) ?? null, byText: false };
  return { row: s.byContentHash.get(delivery.contentHash) ?? null, byText: true };
}

/**
 * Whether storing the delivery would change nothing: same text, same extractor, same metadata. A
 * delivery found by its text alone, or one without a title of its own, says nothing new about those.
 */
function isUnchanged(stored: StoredArticle, delivery: ArticleDelivery, byText: boolean): boolean {
  return (
    stored.contentHash === delivery.contentHash &&
    stored.extractorVersion === delivery.extractorVersion &&
    (byText ||
      ((delivery.givenTitle === null || stored.title === delivery.givenTitle) &&
        stored.url === delivery.url &&
        stored.source === delivery.source &&
        stored.publishedAt === delivery.publishedAt))
  );
}

/** The id of the stored article when storing this delivery would change nothing, else null. */
export function findUnchangedArticle(db: Db, delivery: ArticleDelivery): number | null {
  const { row, byText } = findExisting(db.$client, delivery);
  return row && isUnchanged(row, delivery, byText) ? row.id : null;
}

type ArticleRow = ReturnType<typeof articleRow>;

function articleRow(article: PreparedArticle) {
  return {
    externalId: article.externalId,
    url: article.url,
    contentHash: article.contentHash,
    title: article.title,
    byline: article.byline,
    source: article.source,
    publishedAt: article.publishedAt,
    originalText: article.originalText,
    plainText: article.text.plain,
    segmented: article.text.segmented ? 1 : 0,
    extractorVersion: article.extractorVersion,
    datesMentioned: JSON.stringify(article.extraction.dates),
  };
}

/** Entities and their mentions; returns the entities each sentence names. */
function insertEntities(client: Database.Database, articleId: number, article: PreparedArticle): { entityIds: Map<string, number>; bySentence: Map<number, SentenceEntity[]> } {
  const s = statementsFor(client);
  const entityIds = new Map<string, number>();
  const bySentence = new Map<number, SentenceEntity[]>();
  const aliases = new Set<string>();
  for (const mention of article.extraction.entities) {
    const identity = `${mention.kind}\u0000${mention.key}`;
    let entityId = entityIds.get(identity);
    if (entityId === undefined) {
      const { kind, key, name } = mention;
      entityId = s.entityId.get(kind, key)?.id ?? insertedId(s.insertEntity.run(kind, key, name, foldKey(name), toneWords(name), JSON.stringify(mention.attributes ?? {})));
      entityIds.set(identity, entityId);
    }
    const alias = collapseSpaces(mention.text);
    if (!aliases.has(`${entityId}\u0000${alias}`)) {
      aliases.add(`${entityId}\u0000${alias}`);
      s.insertAlias.run(entityId, alias, foldKey(alias), toneWords(alias));
    }
    s.insertMention.run({ entityId, articleId, ...spanRow(article, mention.span, mention.sentence, mention.text) });
    let list = bySentence.get(mention.sentence);
    if (!list) bySentence.set(mention.sentence, (list = []));
    if (!list.some((e) => e.id === entityId)) list.push({ id: entityId, kind: mention.kind, name: mention.name });
  }
  return { entityIds, bySentence };
}

/**
 * Adds the article, or updates the stored one with the same source id (or url, or text), or leaves it
 * alone when nothing changed. Runs in one transaction (a savepoint when the caller has one open): a
 * failure leaves the database as it was. The transaction takes the write lock as it begins
 * (`BEGIN IMMEDIATE`), so that another writer holding it is waited for (the busy timeout) rather
 * than met halfway, when SQLite can only give up.
 */
export function storeArticle(db: Db, article: PreparedArticle): StoreOutcome {
  return db.$client.transaction(() => writeArticle(db, article)).immediate();
}

/**
 * storeArticle without a transaction of its own, for a caller that stores many articles in one
 * transaction and rolls it all back when one throws (see run-ingest.ts): a savepoint per article
 * costs more than a commit shared by a hundred of them.
 */
export function writeArticle(db: Db, article: PreparedArticle): StoreOutcome {
  const client = db.$client;
  const s = statementsFor(client);
  const { row: existing, byText } = findExisting(client, article);
  if (existing && isUnchanged(existing, article, byText)) return { status: 'unchanged', articleId: existing.id };
  const twin = s.twin.get(article.contentHash);
  if (twin && twin.id !== existing?.id) {
    // The same text is already stored under another identity: keep one copy.
    const message = `its text is identical to stored article ${twin.id}${twin.externalId ? ` (${twin.externalId})` : ''}`;
    if (!existing) return { status: 'duplicate', articleId: twin.id, message: `${message}, which is kept` };
    return { status: 'failed', message, retryable: false };
  }

  let articleId: number;
  let formerEntityIds: number[] = [];
  let formerFacts: number[] = [];
  const row = articleRow(article);
  if (existing) {
    articleId = existing.id;
    formerEntityIds = linkedEntityIds(db, articleId);
    // The old text's mentions and statements go; facts other articles state stay, re-derived below.
    formerFacts = withdrawStatements(client, articleId);
    s.deleteMentions.run(articleId);
    // A delivery recognised by its text alone keeps the source id, url, source and date stored
    // before; its title follows the newer extraction when that finds one.
    const kept = byText
      ? { externalId: existing.externalId, url: existing.url, title: row.title ?? existing.title, source: existing.source, publishedAt: existing.publishedAt }
      : {};
    s.updateArticle.run({ ...row, ...kept, id: articleId });
  } else {
    articleId = insertedId(s.insertArticle.run(row));
  }
  const publishedAt = byText && existing ? existing.publishedAt : article.publishedAt;
  s.unindex.run(articleId);
  s.index.run(articleId, article.search.folded, article.search.toned);
  const { entityIds, bySentence } = insertEntities(client, articleId, article);
  const factIds = storeStatements(client, { articleId, publishedAt, article, entityIds, bySentence }, formerFacts);
  s.setCounts.run(entityIds.size, factIds.size, articleId);
  deleteOrphanEntities(db, formerEntityIds);
  return { status: existing ? 'updated' : 'added', articleId };
}

/** Entities the article's mentions and roles point to. */
function linkedEntityIds(tx: Db, articleId: number): number[] {
  const mentioned = tx.selectDistinct({ id: mentions.entityId }).from(mentions).where(eq(mentions.articleId, articleId)).all();
  const holders = tx
    .selectDistinct({ id: facts.personId })
    .from(facts)
    .innerJoin(factEvidence, eq(factEvidence.factId, facts.id))
    .where(and(eq(factEvidence.articleId, articleId), isNotNull(facts.personId)))
    .all();
  return [...new Set([...mentioned, ...holders].map((r) => r.id!))];
}

/** Of the given entities, removes those that no article mentions any more (after an update). */
function deleteOrphanEntities(tx: Db, candidateIds: number[]): void {
  if (candidateIds.length === 0) return;
  tx.delete(entities)
    .where(
      and(
        inArray(entities.id, candidateIds),
        sql`not exists (select 1 from mentions m where m.entity_id = "entities"."id")`,
        sql`not exists (select 1 from facts f where f.person_id = "entities"."id")`,
      ),
    )
    .run();
}

/** A stored article as delivered: what re-extraction starts from. */
export interface StoredDelivery {
  id: number;
  externalId: string | null;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  originalText: string;
}

/** Up to `limit` articles extracted by another extractor version than `version`, after id `afterId`. */
export function findStaleArticles(db: Db, version: number, afterId: number, limit: number): StoredDelivery[] {
  return db
    .select({
      id: articles.id,
      externalId: articles.externalId,
      url: articles.url,
      title: articles.title,
      source: articles.source,
      publishedAt: articles.publishedAt,
      originalText: articles.originalText,
    })
    .from(articles)
    .where(and(sql`${articles.extractorVersion} <> ${version}`, sql`${articles.id} > ${afterId}`))
    .orderBy(articles.id)
    .limit(limit)
    .all();
}

export function countStaleArticles(db: Db, version: number): number {
  return db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(articles).where(sql`${articles.extractorVersion} <> ${version}`).get()?.n ?? 0;
}

/** Marks every article for re-extraction (extractor version 0). */
export function markArticlesStale(db: Db): void {
  db.update(articles).set({ extractorVersion: 0 }).run();
}

/**
 * Deletes everything extraction derived from the articles (entities, mentions, facts and their
 * evidence), in one transaction, for a rebuild that stores every article again in id order.
 */
export function clearDerivedData(db: Db): void {
  db.$client
    .transaction(() => {
      for (const table of ['fact_conflicts', 'fact_entities', 'fact_evidence', 'article_sentences', 'facts', 'mentions', 'entity_aliases', 'entities']) {
        db.$client.prepare(`delete from ${table}`).run();
      }
      db.update(articles).set({ entityCount: 0, factCount: 0 }).run();
    })
    .immediate();
}
