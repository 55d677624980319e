import { and, asc, eq, gt, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Entity, EntityDetail } from '../../http/schemas/entities.js';
import type { EntityKind } from '../../domain/types.js';
import type { Db } from '../client.js';
import { articles, entities, entityAliases, facts, mentions } from '../schema.js';

export interface EntityFilter {
  kind?: EntityKind;
  /** Accent-folded search text (see foldKey). */
  foldedQuery?: string;
  afterId?: number;
  limit: number;
}

// Correlated subqueries are written out: drizzle leaves columns unqualified in a select list, and an
// unqualified "id" inside the subquery would name the mention's own id.
const mentionCount = sql<number>`(select count(*) from mentions m where m.entity_id = "entities"."id")`.mapWith(Number);
const articleCount = sql<number>`(select count(distinct m.article_id) from mentions m where m.entity_id = "entities"."id")`.mapWith(Number);

function selectEntities(db: Db, where: SQL | undefined, limit: number): Entity[] {
  const rows = db
    .select({ id: entities.id, kind: entities.kind, name: entities.name, attributes: entities.attributes, mentionCount, articleCount })
    .from(entities)
    .where(where)
    .orderBy(asc(entities.id))
    .limit(limit)
    .all();
  if (rows.length === 0) return [];
  const aliases = new Map<number, string[]>();
  const aliasRows = db
    .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .where(inArray(entityAliases.entityId, rows.map((r) => r.id)))
    .orderBy(asc(entityAliases.id))
    .all();
  for (const { entityId, alias } of aliasRows) {
    let list = aliases.get(entityId);
    if (!list) aliases.set(entityId, (list = []));
    list.push(alias);
  }
  return rows.map((r) => ({ ...r, aliases: aliases.get(r.id) ?? [] }) satisfies Entity);
}

export function listEntities(db: Db, filter: EntityFilter): Entity[] {
  const conditions: (SQL | undefined)[] = [
    filter.kind ? eq(entities.kind, filter.kind) : undefined,
    filter.afterId !== undefined ? gt(entities.id, filter.afterId) : undefined,
  ];
  if (filter.foldedQuery) {
    // foldKey leaves only letters, digits and spaces, so nothing in the pattern needs escaping.
    const pattern = `%${filter.foldedQuery}%`;
    conditions.push(
      or(
        like(entities.searchName, pattern),
        sql`exists (select 1 from entity_aliases a where a.entity_id = "entities"."id" and a.search_alias like ${pattern})`,
      ),
    );
  }
  return selectEntities(db, and(...conditions), filter.limit);
}

export function getEntity(db: Db, id: number): EntityDetail | null {
  const entity = selectEntities(db, eq(entities.id, id), 1)[0];
  if (!entity) return null;
  const byArticle = db
    .select({ id: articles.id, title: articles.title, mentionCount: sql<number>`count(*)`.mapWith(Number) })
    .from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId))
    .where(eq(mentions.entityId, id))
    .groupBy(articles.id)
    .orderBy(asc(articles.id))
    .all();
  const roles = db
    .select({ factId: facts.id, articleId: facts.articleId, title: facts.title, organization: facts.organization, province: facts.province })
    .from(facts)
    .where(and(eq(facts.personId, id), eq(facts.type, 'role')))
    .orderBy(asc(facts.id))
    .all()
    .map((r) => ({ ...r, title: r.title ?? '' }));
  return { ...entity, articles: byArticle, roles } satisfies EntityDetail;
}

/** Ids of the entities of one kind with any of these keys. */
export function findEntityIdsByKeys(db: Db, kind: EntityKind, keys: string[]): number[] {
  if (keys.length === 0) return [];
  return db
    .select({ id: entities.id })
    .from(entities)
    .where(and(eq(entities.kind, kind), inArray(entities.key, keys)))
    .all()
    .map((r) => r.id);
}
