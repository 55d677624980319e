import { and, asc, eq, getTableColumns, gt, like, sql, type SQL } from 'drizzle-orm';
import type { Article, ArticleSummary } from '../../http/schemas/articles.js';
import type { Db } from '../client.js';
import { preparedOnce } from '../prepared.js';
import { articles, entities, mentions } from '../schema.js';
import { listArticleFacts } from './facts.js';

export interface ArticleFilter {
  /** Accent-folded phrase (see foldKey) that must occur as whole words. */
  foldedPhrase?: string;
  afterId?: number;
  limit: number;
}

const { originalText: _o, plainText: _p, searchText: _s, contentHash: _h, datesMentioned: _d, ...summaryColumns } = getTableColumns(articles);

export function listArticles(db: Db, filter: ArticleFilter): ArticleSummary[] {
  // One prepared statement per combination of filters in use.
  const shape = [filter.foldedPhrase && 'q', filter.afterId !== undefined && 'after'].filter(Boolean).join(',');
  const statement = preparedOnce(db, `articles:list:${shape}`, () => {
    const conditions: SQL[] = [];
    if (filter.afterId !== undefined) conditions.push(gt(articles.id, sql.placeholder('afterId')));
    if (filter.foldedPhrase) conditions.push(like(articles.searchText, sql.placeholder('pattern')));
    return db.select(summaryColumns).from(articles).where(and(...conditions)).orderBy(asc(articles.id)).limit(sql.placeholder('limit')).prepare();
  });
  // foldKey leaves only letters, digits and spaces, so nothing in the pattern needs escaping.
  const pattern = filter.foldedPhrase ? `% ${filter.foldedPhrase} %` : undefined;
  return statement.all({ afterId: filter.afterId, pattern, limit: filter.limit }) satisfies ArticleSummary[];
}

export function getArticle(db: Db, id: number): Article | null {
  const byId = preparedOnce(db, 'articles:byId', () => db.select().from(articles).where(eq(articles.id, sql.placeholder('id'))).prepare());
  const row = byId.get({ id });
  if (!row) return null;
  const { originalText, plainText, searchText: _search, contentHash: _hash, datesMentioned, ...summary } = row;
  const mentionsOf = preparedOnce(db, 'articles:mentions', () =>
    db
      .select({ id: entities.id, kind: entities.kind, name: entities.name, mention: mentions })
      .from(mentions)
      .innerJoin(entities, eq(entities.id, mentions.entityId))
      .where(eq(mentions.articleId, sql.placeholder('id')))
      .orderBy(asc(entities.id), asc(mentions.start))
      .prepare(),
  );
  const byEntity = new Map<number, Article['entities'][number]>();
  for (const { id: entityId, kind, name, mention } of mentionsOf.all({ id })) {
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
    dates: datesMentioned,
    entities: [...byEntity.values()],
    facts: listArticleFacts(db, id),
  } satisfies Article;
}

export function countArticles(db: Db): number {
  const count = preparedOnce(db, 'articles:count', () => db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(articles).prepare());
  return count.get()?.n ?? 0;
}
