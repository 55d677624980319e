import { and, asc, eq, getTableColumns, gt, sql, type SQL } from 'drizzle-orm';
import type { Evidence } from '../../http/schemas/common.js';
import type { Fact } from '../../http/schemas/facts.js';
import type { Db } from '../client.js';
import { preparedOnce } from '../prepared.js';
import { articles, entities, factEntities, factEvidence, facts } from '../schema.js';
import { groupBy, inJsonArray } from './helpers.js';

export interface FactFilter {
  type?: Fact['type'];
  articleId?: number;
  /** Facts linked to at least one entity of every group. */
  linkedTo?: number[][];
  afterId?: number;
  limit: number;
}

type FactRow = typeof facts.$inferSelect & { articleTitle: string | null; personName: string | null };

/** Evidence rows as the API shows them. */
export function toEvidence(row: typeof factEvidence.$inferSelect): Evidence {
  return {
    articleId: row.articleId,
    sentence: { index: row.sentenceIndex, text: row.sentenceText },
    span: { start: row.start, end: row.end },
    text: row.text,
    original: { span: { start: row.originalStart, end: row.originalEnd }, text: row.originalText },
  };
}

function selectFacts(db: Db) {
  return db
    .select({ ...getTableColumns(facts), articleTitle: articles.title, personName: entities.name })
    .from(facts)
    .innerJoin(articles, eq(articles.id, facts.articleId))
    .leftJoin(entities, eq(entities.id, facts.personId))
    .orderBy(asc(facts.id))
    .$dynamic();
}

/** Loads evidence and linked entities for the rows, in two queries however many rows there are. */
function hydrate(db: Db, rows: FactRow[]): Fact[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const evidenceOf = preparedOnce(db, 'facts:evidence', () =>
    db.select().from(factEvidence).where(inJsonArray(factEvidence.factId, 'ids')).orderBy(asc(factEvidence.id)).prepare(),
  );
  const linksOf = preparedOnce(db, 'facts:links', () =>
    db
      .select({ factId: factEntities.factId, id: entities.id, kind: entities.kind, name: entities.name, role: factEntities.role })
      .from(factEntities)
      .innerJoin(entities, eq(entities.id, factEntities.entityId))
      .where(inJsonArray(factEntities.factId, 'ids'))
      .orderBy(asc(factEntities.factId), asc(entities.id))
      .prepare(),
  );
  const evidence = groupBy(evidenceOf.all({ ids }), (e) => e.factId);
  const linked = groupBy(linksOf.all({ ids }), (l) => l.factId);
  return rows.map(
    (r) =>
      ({
        id: r.id,
        type: r.type,
        article: { id: r.articleId, title: r.articleTitle },
        figure:
          r.type === 'figure'
            ? {
                value: r.value ?? 0,
                valueMax: r.valueMax,
                unit: r.unit ?? 'other',
                unitText: r.unitText,
                qualifier: r.qualifier ?? 'exact',
                change: r.change ?? 'level',
                noun: r.noun,
                subject: r.subject,
                period: r.period,
              }
            : null,
        role:
          r.type === 'role'
            ? { person: { id: r.personId ?? 0, name: r.personName ?? '' }, title: r.title ?? '', organization: r.organization, province: r.province }
            : null,
        entities: (linked.get(r.id) ?? []).map(({ factId: _factId, ...entity }) => entity),
        evidence: (evidence.get(r.id) ?? []).map(toEvidence),
      }) satisfies Fact,
  );
}

export function listFacts(db: Db, filter: FactFilter): Fact[] {
  const groups = filter.linkedTo ?? [];
  if (groups.some((g) => g.length === 0)) return [];
  // One prepared statement per combination of filters in use.
  const shape = [filter.type && 'type', filter.articleId !== undefined && 'article', filter.afterId !== undefined && 'after', `linked${groups.length}`];
  const statement = preparedOnce(db, `facts:list:${shape.filter(Boolean).join(',')}`, () => {
    const conditions: SQL[] = [];
    if (filter.type) conditions.push(eq(facts.type, sql.placeholder('type')));
    if (filter.articleId !== undefined) conditions.push(eq(facts.articleId, sql.placeholder('articleId')));
    if (filter.afterId !== undefined) conditions.push(gt(facts.id, sql.placeholder('afterId')));
    groups.forEach((_, i) =>
      conditions.push(sql`${facts.id} in (select ${factEntities.factId} from ${factEntities} where ${inJsonArray(factEntities.entityId, `group${i}`)})`),
    );
    return selectFacts(db).where(and(...conditions)).limit(sql.placeholder('limit')).prepare();
  });
  const params: Record<string, unknown> = { type: filter.type, articleId: filter.articleId, afterId: filter.afterId, limit: filter.limit };
  groups.forEach((group, i) => (params[`group${i}`] = JSON.stringify(group)));
  return hydrate(db, statement.all(params));
}

export function getFact(db: Db, id: number): Fact | null {
  const byId = preparedOnce(db, 'facts:byId', () => selectFacts(db).where(eq(facts.id, sql.placeholder('id'))).prepare());
  return hydrate(db, byId.all({ id }))[0] ?? null;
}

export function listArticleFacts(db: Db, articleId: number): Fact[] {
  const ofArticle = preparedOnce(db, 'facts:ofArticle', () => selectFacts(db).where(eq(facts.articleId, sql.placeholder('articleId'))).prepare());
  return hydrate(db, ofArticle.all({ articleId }));
}
