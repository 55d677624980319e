// Stores one prepared article with everything extracted from it, all or nothing.
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { toneKey, foldKey, collapseSpaces } from '../../domain/text/keys.js';
import { toOriginalSpan } from '../../domain/text/normalize.js';
import type { EntityKind, FigureMention, RoleMention, Span } from '../../domain/types.js';
import type { ArticleDelivery, PreparedArticle } from '../../ingest/prepare-article.js';
import type { Db } from '../client.js';
import { articles, entities, entityAliases, factEntities, factEvidence, facts, mentions } from '../schema.js';

export type StoreOutcome =
  | { status: 'added' | 'updated' | 'unchanged'; articleId: number }
  | { status: 'failed'; message: string };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
    searchText: article.searchText,
    extractorVersion: article.extractorVersion,
    datesMentioned: article.extraction.dates,
  };
}

/** Span columns for a plain-text span: its sentence, both offsets and the original wording. */
function spanRow(article: PreparedArticle, span: Span, sentence: number, text: string) {
  const original = toOriginalSpan(article.text, span.start, span.end);
  const originalText = article.originalText.slice(original.start, original.end);
  return { sentenceIndex: sentence, start: span.start, end: span.end, originalStart: original.start, originalEnd: original.end, text, originalText };
}

function upsertEntity(tx: Tx, kind: EntityKind, key: string, name: string, attributes: Record<string, unknown>): number {
  const row = tx
    .insert(entities)
    .values({ kind, key, name, searchName: foldKey(name), attributes })
    .onConflictDoUpdate({ target: [entities.kind, entities.key], set: { key: sql`excluded.key` } })
    .returning({ id: entities.id })
    .get();
  return row.id;
}

function figureKey(f: FigureMention): string {
  return ['figure', f.unit, f.value, f.valueMax ?? '', f.qualifier, f.change, toneKey(f.noun ?? '')].join('|');
}

function roleKey(r: RoleMention): string {
  return ['role', r.personKey, toneKey(r.title)].join('|');
}

function insertChildren(tx: Tx, articleId: number, article: PreparedArticle): { entityCount: number; factCount: number } {
  const { extraction } = article;
  const sentenceText = (index: number) => {
    const s = extraction.sentences[index];
    return s ? article.text.plain.slice(s.start, s.end) : '';
  };

  // Entities and their mentions. `bySentence` remembers which entities each sentence names.
  const entityIds = new Map<string, number>();
  const bySentence = new Map<number, Set<number>>();
  for (const mention of extraction.entities) {
    const identity = `${mention.kind}\u0000${mention.key}`;
    let entityId = entityIds.get(identity);
    if (entityId === undefined) {
      entityId = upsertEntity(tx, mention.kind, mention.key, mention.name, mention.attributes ?? {});
      entityIds.set(identity, entityId);
    }
    const alias = collapseSpaces(mention.text);
    tx.insert(entityAliases).values({ entityId, alias, searchAlias: foldKey(alias) }).onConflictDoNothing().run();
    tx.insert(mentions).values({ entityId, articleId, ...spanRow(article, mention.span, mention.sentence, mention.text) }).run();
    let set = bySentence.get(mention.sentence);
    if (!set) bySentence.set(mention.sentence, (set = new Set()));
    set.add(entityId);
  }

  // Facts: a figure or role stated several times in one article is one fact with several pieces of evidence.
  const factIds = new Map<string, number>();
  const linkContext = (factId: number, sentence: number, except?: number) => {
    for (const entityId of bySentence.get(sentence) ?? []) {
      if (entityId === except) continue;
      tx.insert(factEntities).values({ factId, entityId, role: 'context' }).onConflictDoNothing().run();
    }
  };
  const addEvidence = (factId: number, span: Span, sentence: number, text: string) => {
    tx.insert(factEvidence).values({ factId, articleId, ...spanRow(article, span, sentence, text), sentenceText: sentenceText(sentence) }).run();
  };

  for (const figure of extraction.figures) {
    const key = figureKey(figure);
    let factId = factIds.get(key);
    if (factId === undefined) {
      factId = tx
        .insert(facts)
        .values({
          articleId,
          type: 'figure',
          value: figure.value,
          valueMax: figure.valueMax,
          unit: figure.unit,
          unitText: figure.unitText,
          qualifier: figure.qualifier,
          change: figure.change,
          noun: figure.noun,
          subject: figure.subject,
          period: figure.period,
        })
        .returning({ id: facts.id })
        .get().id;
      factIds.set(key, factId);
    }
    addEvidence(factId, figure.span, figure.sentence, figure.text);
    linkContext(factId, figure.sentence);
  }

  for (const role of extraction.roles) {
    const key = roleKey(role);
    let factId = factIds.get(key);
    if (factId === undefined) {
      const personId = entityIds.get(`person\u0000${role.personKey}`) ?? upsertEntity(tx, 'person', role.personKey, role.person, {});
      factId = tx
        .insert(facts)
        .values({ articleId, type: 'role', personId, title: role.title, organization: role.organization, province: role.province })
        .returning({ id: facts.id })
        .get().id;
      factIds.set(key, factId);
      tx.insert(factEntities).values({ factId, entityId: personId, role: 'holder' }).run();
    }
    addEvidence(factId, role.span, role.sentence, role.text);
    linkContext(factId, role.sentence, entityIds.get(`person\u0000${role.personKey}`));
  }

  return { entityCount: entityIds.size, factCount: factIds.size };
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
    if (existing) {
      articleId = existing.id;
      formerEntityIds = linkedEntityIds(tx, articleId);
      // Children go with the old text; cascades remove evidence and links.
      tx.delete(mentions).where(eq(mentions.articleId, articleId)).run();
      tx.delete(facts).where(eq(facts.articleId, articleId)).run();
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
    const counts = insertChildren(tx, articleId, article);
    tx.update(articles).set(counts).where(eq(articles.id, articleId)).run();
    deleteOrphanEntities(tx, formerEntityIds);
    return { status: existing ? 'updated' : 'added', articleId };
  });
}

/** Entities the article's mentions and roles point to. */
function linkedEntityIds(tx: Tx, articleId: number): number[] {
  const mentioned = tx.selectDistinct({ id: mentions.entityId }).from(mentions).where(eq(mentions.articleId, articleId)).all();
  const holders = tx.selectDistinct({ id: facts.personId }).from(facts).where(and(eq(facts.articleId, articleId), isNotNull(facts.personId))).all();
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
