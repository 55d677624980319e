import { and, asc, eq, gt, like, or, sql, type SQL } from 'drizzle-orm';
import type { EntityKind } from '../../domain/types.js';
import type { Entity, EntityDetail } from '../../http/schemas/entities.js';
import type { Db } from '../client.js';
import { preparedOnce } from '../prepared.js';
import { articles, entities, entityAliases, facts, mentions } from '../schema.js';
import { groupBy, inJsonArray } from './helpers.js';

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

function selectEntities(db: Db) {
  return db
    .select({ id: entities.id, kind: entities.kind, name: entities.name, attributes: entities.attributes, mentionCount, articleCount })
    .from(entities)
    .orderBy(asc(entities.id))
    .$dynamic();
}

/** Adds every entity's aliases, in one query however many entities there are. */
function withAliases(db: Db, rows: Omit<Entity, 'aliases'>[]): Entity[] {
  if (rows.length === 0) return [];
  const aliasesOf = preparedOnce(db, 'entities:aliases', () =>
    db
      .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
      .from(entityAliases)
      .where(inJsonArray(entityAliases.entityId, 'ids'))
      .orderBy(asc(entityAliases.id))
      .prepare(),
  );
  const aliases = groupBy(aliasesOf.all({ ids: JSON.stringify(rows.map((r) => r.id)) }), (a) => a.entityId);
  return rows.map((r) => ({ ...r, aliases: (aliases.get(r.id) ?? []).map((a) => a.alias) }) satisfies Entity);
}

export function listEntities(db: Db, filter: EntityFilter): Entity[] {
  // One prepared statement per combination of filters in use.
  const shape = [filter.kind && 'kind', filter.foldedQuery && 'q', filter.afterId !== undefined && 'after'].filter(Boolean).join(',');
  const statement = preparedOnce(db, `entities:list:${shape}`, () => {
    const conditions: SQL[] = [];
    if (filter.kind) conditions.push(eq(entities.kind, sql.placeholder('kind')));
    if (filter.afterId !== undefined) conditions.push(gt(entities.id, sql.placeholder('afterId')));
    if (filter.foldedQuery) {
      const pattern = sql.placeholder('pattern');
      conditions.push(
        or(
          like(entities.searchName, pattern),
          sql`exists (select 1 from entity_aliases a where a.entity_id = "entities"."id" and a.search_alias like ${pattern})`,
        )!,
      );
    }
    return selectEntities(db).where(and(...conditions)).limit(sql.placeholder('limit')).prepare();
  });
  // foldKey leaves only letters, digits and spaces, so nothing in the pattern needs escaping.
  const pattern = filter.foldedQuery ? `%${filter.foldedQuery}%` : undefined;
  return withAliases(db, statement.all({ kind: filter.kind, afterId: filter.afterId, pattern, limit: filter.limit }));
}

export function getEntity(db: Db, id: number): EntityDetail | null {
  const byId = preparedOnce(db, 'entities:byId', () => selectEntities(db).where(eq(entities.id, sql.placeholder('id'))).prepare());
  const entity = withAliases(db, byId.all({ id }))[0];
  if (!entity) return null;
  const articlesOf = preparedOnce(db, 'entities:articles', () =>
    db
      .select({ id: articles.id, title: articles.title, mentionCount: sql<number>`count(*)`.mapWith(Number) })
      .from(mentions)
      .innerJoin(articles, eq(articles.id, mentions.articleId))
      .where(eq(mentions.entityId, sql.placeholder('id')))
      .groupBy(articles.id)
      .orderBy(asc(articles.id))
      .prepare(),
  );
  const rolesOf = preparedOnce(db, 'entities:roles', () =>
    db
      .select({ factId: facts.id, articleId: facts.articleId, title: facts.title, organization: facts.organization, province: facts.province })
      .from(facts)
      .where(and(eq(facts.personId, sql.placeholder('id')), eq(facts.type, 'role')))
      .orderBy(asc(facts.id))
      .prepare(),
  );
  const roles = rolesOf.all({ id }).map((r) => ({ ...r, title: r.title ?? '' }));
  return { ...entity, articles: articlesOf.all({ id }), roles } satisfies EntityDetail;
}

/** Ids of the entities of one kind with any of these keys. */
export function findEntityIdsByKeys(db: Db, kind: EntityKind, keys: string[]): number[] {
  if (keys.length === 0) return [];
  const byKeys = preparedOnce(db, 'entities:byKeys', () =>
    db
      .select({ id: entities.id })
      .from(entities)
      .where(and(eq(entities.kind, sql.placeholder('kind')), inJsonArray(entities.key, 'keys')))
      .prepare(),
  );
  return byKeys.all({ kind, keys: JSON.stringify(keys) }).map((r) => r.id);
}
