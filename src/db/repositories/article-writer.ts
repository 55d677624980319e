// Stores one prepared article with everything extracted from it, all or nothing.
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { collapseSpaces, foldKey, toneWords } from '../../domain/text/keys.js';
import type { EntityKind } from '../../domain/types.js';
import type { ArticleDelivery, PreparedArticle } from '../../ingest/prepare-article.js';
import type { Db } from '../client.js';
import { articles, entities, entityAliases, factEvidence, facts, mentions } from '../schema.js';
import { spanRow, storeStatements, withdrawStatements, type SentenceEntity, type Tx } from './fact-writer.js';

export type StoreOutcome =
  | { status: 'added' | 'updated' | 'unchanged'; articleId: number }
  | { status: 'failed'; message: string };

/** The stored article this delivery is about: by source id, else by url, else by identical text. */
function findExisting(db: Db | Tx, delivery: ArticleDelivery) {
  const columns = { id: articles.id, contentHash: articles.contentHash, extractorVersion: articles.extractorVersion, title: articles.title, url: articles.url, source: articles.source, publishedAt: articles.publishedAt };
  const by = (condition: SQL) => db.select(columns).from(articles).where(condition).get() ?? null;
  if (delivery.externalId !== null) return { row: by(eq(articles.externalId, delivery.externalId)), byText: false };
  if (delivery.url !== null) return { row: by(eq(articles.url, delivery.url)), byText: false };
  return { row: by(eq(articles.contentHash, delivery.contentHash)), byText: true };
}

type StoredArticle = NonNullable<ReturnType<typeof findExisting>['row']>;

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
  const { row, byText } = findExisting(db, delivery);
  return row && isUnchanged(row, delivery, byText) ? row.id : null;
}

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
    segmented: article.text.segmented,
    extractorVersion: article.extractorVersion,
    datesMentioned: article.extraction.dates,
  };
}

function upsertEntity(tx: Tx, kind: EntityKind, key: string, name: string, attributes: Record<string, unknown>): number {
  const row = tx
    .insert(entities)
    .values({ kind, key, name, searchName: foldKey(name), toneName: toneWords(name), attributes })
    .onConflictDoUpdate({ target: [entities.kind, entities.key], set: { key: sql`excluded.key` } })
    .returning({ id: entities.id })
    .get();
  return row.id;
}

/** The article's title and text in the full-text index (rowid = article id). */
function indexForSearch(tx: Tx, articleId: number, article: PreparedArticle): void {
  tx.run(sql`delete from article_search where rowid = ${articleId}`);
  tx.run(sql`insert into article_search (rowid, folded, toned) values (${articleId}, ${article.search.folded}, ${article.search.toned})`);
}

/** Entities and their mentions; returns the entities each sentence names. */
function insertEntities(tx: Tx, articleId: number, article: PreparedArticle): { entityIds: Map<string, number>; bySentence: Map<number, SentenceEntity[]> } {
  const entityIds = new Map<string, number>();
  const bySentence = new Map<number, SentenceEntity[]>();
  for (const mention of article.extraction.entities) {
    const identity = `${mention.kind}\u0000${mention.key}`;
    let entityId = entityIds.get(identity);
    if (entityId === undefined) {
      entityId = upsertEntity(tx, mention.kind, mention.key, mention.name, mention.attributes ?? {});
      entityIds.set(identity, entityId);
    }
    const alias = collapseSpaces(mention.text);
    tx.insert(entityAliases).values({ entityId, alias, searchAlias: foldKey(alias), toneAlias: toneWords(alias) }).onConflictDoNothing().run();
    tx.insert(mentions).values({ entityId, articleId, ...spanRow(article, mention.span, mention.sentence, mention.text) }).run();
    let list = bySentence.get(mention.sentence);
    if (!list) bySentence.set(mention.sentence, (list = []));
    if (!list.some((e) => e.id === entityId)) list.push({ id: entityId, kind: mention.kind, name: mention.name });
  }
  return { entityIds, bySentence };
}

/**
 * Adds the article, or updates the stored one with the same source id (or url, or text), or leaves it
 * alone when nothing changed. Runs in one transaction: a failure leaves the database as it was.
 */
export function storeArticle(db: Db, article: PreparedArticle): StoreOutcome {
  return db.transaction((tx) => {
    const { row: existing, byText } = findExisting(tx, article);
    if (existing && isUnchanged(existing, article, byText)) return { status: 'unchanged', articleId: existing.id };
    const twin = tx.select({ id: articles.id, externalId: articles.externalId }).from(articles).where(eq(articles.contentHash, article.contentHash)).get();
    if (twin && twin.id !== existing?.id) {
      // The same text is already stored under another identity: keep one copy.
      if (!existing) return { status: 'unchanged', articleId: twin.id };
      return { status: 'failed', message: `its text is identical to stored article ${twin.id}${twin.externalId ? ` (${twin.externalId})` : ''}` };
    }

    let articleId: number;
    let formerEntityIds: number[] = [];
    let formerFacts: number[] = [];
    if (existing) {
      articleId = existing.id;
      formerEntityIds = linkedEntityIds(tx, articleId);
      // The old text's mentions and statements go; facts other articles state stay, re-derived below.
      formerFacts = withdrawStatements(db.$client, articleId);
      tx.delete(mentions).where(eq(mentions.articleId, articleId)).run();
      const row = articleRow(article);
      // A delivery recognised by its text alone keeps the source id, url, source and date stored
      // before; its title follows the newer extraction when that finds one.
      const keep = byText ? { externalId: undefined, url: undefined, title: row.title ?? undefined, source: undefined, publishedAt: undefined } : {};
      tx.update(articles)
        .set({ ...row, ...keep, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
        .where(eq(articles.id, articleId))
        .run();
    } else {
      articleId = tx.insert(articles).values(articleRow(article)).returning({ id: articles.id }).get().id;
    }
    const publishedAt = byText && existing ? existing.publishedAt : article.publishedAt;
    indexForSearch(tx, articleId, article);
    const { entityIds, bySentence } = insertEntities(tx, articleId, article);
    const factIds = storeStatements(db.$client, { articleId, publishedAt, article, entityIds, bySentence }, formerFacts);
    tx.update(articles).set({ entityCount: entityIds.size, factCount: factIds.size }).where(eq(articles.id, articleId)).run();
    deleteOrphanEntities(tx, formerEntityIds);
    return { status: existing ? 'updated' : 'added', articleId };
  });
}

/** Entities the article's mentions and roles point to. */
function linkedEntityIds(tx: Tx, articleId: number): number[] {
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
function deleteOrphanEntities(tx: Tx, candidateIds: number[]): void {
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
