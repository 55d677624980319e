import { asc, eq, sql } from 'drizzle-orm';
import { foldKey, toneWords } from '../../domain/text/keys.js';
import { findMatches, snippet } from '../../domain/text/search.js';
import type { Article, ArticleListItem, ArticleSummary } from '../../http/schemas/articles.js';
import type { Db } from '../client.js';
import { preparedOnce, preparedSql } from '../prepared.js';
import { articles, entities, mentions } from '../schema.js';
import { ANSWER_BOUNDS } from '../../http/schemas/bounds.js';
import { listArticleFacts } from './facts.js';
import { keysetPage, type KeysetPosition } from './helpers.js';

export interface ArticleFilter {
  /** What the user typed: a phrase matched as whole words, accent-insensitively, exact-accent matches first. */
  query?: string;
  /** The last row of the previous page: its id and, with a query, its rank (0 exact, 1 folded). */
  after?: KeysetPosition;
  limit: number;
}

const SUMMARY_COLUMNS = `a.id, a.external_id as externalId, a.url, a.title, a.byline, a.source, a.published_at as publishedAt, a.segmented,
  a.entity_count as entityCount, a.fact_count as factCount, a.extractor_version as extractorVersion, a.ingested_at as ingestedAt, a.updated_at as updatedAt`;

/** An FTS5 phrase query on one column of article_search. The words hold only letters, digits and marks. */
const phrase = (column: 'folded' | 'toned', words: string) => `${column} : "${words}"`;

/**
 * Articles page by page: in ingestion order, or for a query those whose title or text holds the
 * phrase (full-text index), the ones holding it with the accents as typed first, each with a snippet.
 */
export function listArticles(db: Db, filter: ArticleFilter): ArticleListItem[] {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit };
  let rank = 'null';
  const folded = filter.query === undefined ? '' : foldKey(filter.query);
  if (filter.query !== undefined) {
    conditions.push('a.id in (select rowid from article_search where article_search match @folded)');
    rank = '(case when a.id in (select rowid from article_search where article_search match @toned) then 0 else 1 end)';
    params.folded = phrase('folded', folded);
    params.toned = phrase('toned', toneWords(filter.query) || folded);
  }
  const { order, condition } = keysetPage('a.id', filter.query !== undefined ? { expr: rank } : null, filter.after, params);
  if (condition) conditions.push(condition);
  const sql = `select ${SUMMARY_COLUMNS}, ${rank} as rank from articles a where ${conditions.join(' and ') || '1'} order by ${order} limit @limit`;
  const rows = preparedSql(db, sql).all(params) as (ArticleSummary & { segmented: number | boolean; rank: number | null })[];
  const texts = filter.query === undefined ? new Map<number, string>() : plainTexts(db, rows.map((r) => r.id));
  return rows.map(({ rank: r, ...row }) => {
    const item: ArticleListItem = { ...row, segmented: Boolean(row.segmented) };
    if (filter.query === undefined) return item;
    const text = texts.get(row.id) ?? '';
    const inText = findMatches(text, filter.query);
    const source = inText.length > 0 || !row.title ? text : row.title;
    const matches = inText.length > 0 ? inText : findMatches(source, filter.query);
    return { ...item, match: { exact: r === 0, snippet: snippet(source, matches) } };
  });
}

/** The texts snippets are cut from: the start of each (a page never reads a hundred whole megabyte-long texts). */
function plainTexts(db: Db, ids: number[]): Map<number, string> {
  const rows = preparedSql(db, `select id, substr(plain_text, 1, ${ANSWER_BOUNDS.snippetText}) as text from articles where id in (select value from json_each(?))`).all(
    JSON.stringify(ids),
  ) as {
    id: number;
    text: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.text]));
}

export function getArticle(db: Db, id: number): Article | null {
  const byId = preparedOnce(db, 'articles:byId', () => db.select().from(articles).where(eq(articles.id, sql.placeholder('id'))).prepare());
  const row = byId.get({ id });
  if (!row) return null;
  const { originalText, plainText, contentHash: _hash, datesMentioned, ...summary } = row;
  const mentionsOf = preparedOnce(db, 'articles:mentions', () =>
    db
      .select({ id: entities.id, kind: entities.kind, name: entities.name, mention: mentions })
      .from(mentions)
      .innerJoin(entities, eq(entities.id, mentions.entityId))
      .where(eq(mentions.articleId, sql.placeholder('id')))
      .orderBy(asc(entities.id), asc(mentions.start))
      .limit(ANSWER_BOUNDS.articleMentions)
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
