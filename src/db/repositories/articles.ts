import { and, asc, eq, getTableColumns, gt, like, sql, type SQL } from 'drizzle-orm';
import type { Article, ArticleSummary } from '../../http/schemas/articles.js';
import type { Db } from '../client.js';
import { articles, entities, mentions } from '../schema.js';
import { listArticleFacts } from './facts.js';

export interface ArticleFilter {
  /** Accent-folded phrase (see foldKey) that must occur as whole words. */
  foldedPhrase?: string;
  afterId?: number;
  limit: number;
}

const { originalText: _o, plainText: _p, searchText: _s, contentHash: _h, ...summaryColumns } = getTableColumns(articles);

export function listArticles(db: Db, filter: ArticleFilter): ArticleSummary[] {
  const conditions: (SQL | undefined)[] = [filter.afterId !== undefined ? gt(articles.id, filter.afterId) : undefined];
  // foldKey leaves only letters, digits and spaces, so nothing in the pattern needs escaping.
  if (filter.foldedPhrase) conditions.push(like(articles.searchText, `% ${filter.foldedPhrase} %`));
  return db
    .select(summaryColumns)
    .from(articles)
    .where(and(...conditions))
    .orderBy(asc(articles.id))
    .limit(filter.limit)
    .all() satisfies ArticleSummary[];
}

export function getArticle(db: Db, id: number): Article | null {
  const row = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!row) return null;
  const { originalText, plainText, searchText: _search, contentHash: _hash, ...summary } = row;
  const rows = db
    .select({ id: entities.id, kind: entities.kind, name: entities.name, mention: mentions })
    .from(mentions)
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    .where(eq(mentions.articleId, id))
    .orderBy(asc(entities.id), asc(mentions.start))
    .all();
  const byEntity = new Map<number, Article['entities'][number]>();
  for (const { id: entityId, kind, name, mention } of rows) {
    let entity = byEntity.get(entityId);
    if (!entity) byEntity.set(entityId, (entity = { id: entityId, kind, name, mentions: [] }));
    entity.mentions.push({
      sentence: mention.sentenceIndex,
      span: { start: mention.start, end: mention.end },
      text: mention.text,
      original: { span: { start: mention.originalStart, end: mention.originalEnd }, text: mention.originalText },
    });
  }
  return {
    ...summary,
    text: { original: originalText, plain: plainText },
    entities: [...byEntity.values()],
    facts: listArticleFacts(db, id),
  } satisfies Article;
}

export function countArticles(db: Db): number {
  return db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(articles).get()?.n ?? 0;
}
