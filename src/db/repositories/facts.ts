import { and, asc, eq, getTableColumns, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Evidence } from '../../http/schemas/common.js';
import type { Fact } from '../../http/schemas/facts.js';
import type { Db } from '../client.js';
import { articles, entities, factEntities, factEvidence, facts } from '../schema.js';

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

function selectFacts(db: Db, where: SQL | undefined, limit?: number): FactRow[] {
  const query = db
    .select({ ...getTableColumns(facts), articleTitle: articles.title, personName: entities.name })
    .from(facts)
    .innerJoin(articles, eq(articles.id, facts.articleId))
    .leftJoin(entities, eq(entities.id, facts.personId))
    .where(where)
    .orderBy(asc(facts.id));
  return limit === undefined ? query.all() : query.limit(limit).all();
}

/** Loads evidence and linked entities for the rows, in two queries however many rows there are. */
function hydrate(db: Db, rows: FactRow[]): Fact[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const evidence = new Map<number, Evidence[]>();
  for (const row of db.select().from(factEvidence).where(inArray(factEvidence.factId, ids)).orderBy(asc(factEvidence.id)).all()) {
    let list = evidence.get(row.factId);
    if (!list) evidence.set(row.factId, (list = []));
    list.push(toEvidence(row));
  }
  const linked = new Map<number, Fact['entities']>();
  const links = db
    .select({ factId: factEntities.factId, id: entities.id, kind: entities.kind, name: entities.name, role: factEntities.role })
    .from(factEntities)
    .innerJoin(entities, eq(entities.id, factEntities.entityId))
    .where(inArray(factEntities.factId, ids))
    .orderBy(asc(factEntities.factId), asc(entities.id))
    .all();
  for (const { factId, ...entity } of links) {
    let list = linked.get(factId);
    if (!list) linked.set(factId, (list = []));
    list.push(entity);
  }
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
        entities: linked.get(r.id) ?? [],
        evidence: evidence.get(r.id) ?? [],
      }) satisfies Fact,
  );
}

export function listFacts(db: Db, filter: FactFilter): Fact[] {
  const conditions: (SQL | undefined)[] = [
    filter.type ? eq(facts.type, filter.type) : undefined,
    filter.articleId !== undefined ? eq(facts.articleId, filter.articleId) : undefined,
    filter.afterId !== undefined ? gt(facts.id, filter.afterId) : undefined,
  ];
  for (const group of filter.linkedTo ?? []) {
    if (group.length === 0) return [];
    conditions.push(inArray(facts.id, db.select({ id: factEntities.factId }).from(factEntities).where(inArray(factEntities.entityId, group))));
  }
  return hydrate(db, selectFacts(db, and(...conditions), filter.limit));
}

export function getFact(db: Db, id: number): Fact | null {
  return hydrate(db, selectFacts(db, eq(facts.id, id)))[0] ?? null;
}

export function listArticleFacts(db: Db, articleId: number): Fact[] {
  return hydrate(db, selectFacts(db, eq(facts.articleId, articleId)));
}

export function countFacts(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(facts).get()?.n ?? 0;
}
