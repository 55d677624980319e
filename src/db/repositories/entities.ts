// Reading entities: search that ranks exact-accent matches first, a province's entities, and one
// entity with its aliases, roles over time, possible misspelt twins and facts.
import { possiblySamePerson } from '../../domain/facts/consolidate.js';
import { provinceByCode, type ProvinceRef } from '../../domain/places/provinces.js';
import { foldKey, toneWords } from '../../domain/text/keys.js';
import type { EntityKind } from '../../domain/types.js';
import type { Entity, EntityDetail } from '../../http/schemas/entities.js';
import type { Db } from '../client.js';
import { preparedSql as prepared } from '../prepared.js';
import { briefsOfFacts } from './facts.js';
import { ANSWER_BOUNDS } from '../../http/schemas/bounds.js';
import { groupBy, hasWords, keysetPage, wordsPattern, type KeysetPosition } from './helpers.js';

export interface EntityFilter {
  kind?: EntityKind;
  /** What the user typed; matched by words, accent-insensitively, exact-accent matches first. */
  query?: string;
  /** Only entities linked to facts about these province entities (and those provinces themselves). */
  provinceIds?: number[];
  /** The last row of the previous page: its id and, with a query, its rank (0 exact, 1 folded). */
  after?: KeysetPosition;
  limit: number;
}

interface EntityRow {
  id: number;
  kind: EntityKind;
  key: string;
  name: string;
  attributes: string;
  mention_count: number;
  article_count: number;
  rank: number | null;
}

const ENTITY_COLUMNS = `e.id, e.kind, e.key, e.name, e.attributes,
  (select count(*) from mentions m where m.entity_id = e.id) as mention_count,
  (select count(distinct m.article_id) from mentions m where m.entity_id = e.id) as article_count`;

const unit = (ref: ProvinceRef) => ({ key: ref.key, code: ref.code, name: ref.name });

function toEntity(row: EntityRow, aliases: string[], aliasCount: number): Entity {
  const province = row.kind === 'province' ? provinceByCode(row.key) : null;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    aliases,
    aliasCount,
    attributes: JSON.parse(row.attributes) as Record<string, unknown>,
    province: province
      ? { key: province.key, scheme: province.scheme, successors: province.successors.map(unit), predecessors: province.predecessors.map(unit) }
      : null,
    mentionCount: row.mention_count,
    articleCount: row.article_count,
    ...(row.rank !== null ? { match: row.rank === 0 ? ('exact' as const) : ('folded' as const) } : {}),
  };
}

/** Adds every entity's first `perEntity` aliases, in one query however many entities there are. */
function withAliases(db: Db, rows: EntityRow[], perEntity: number): Entity[] {
  if (rows.length === 0) return [];
  const aliases = groupBy(
    prepared(
      db,
      `select entityId, alias, total from (
         select entity_id as entityId, alias, id, count(*) over (partition by entity_id) as total, row_number() over (partition by entity_id order by id) as n
         from entity_aliases where entity_id in (select value from json_each(@ids)))
       where n <= @max order by entityId, id`,
    ).all({ ids: JSON.stringify(rows.map((r) => r.id)), max: perEntity }) as { entityId: number; alias: string; total: number }[],
    (a) => a.entityId,
  );
  return rows.map((r) => {
    const own = aliases.get(r.id) ?? [];
    return toEntity(r, own.map((a) => a.alias), own[0]?.total ?? 0);
  });
}

/** Entities page by page: by id, or with a query by rank (exact-accent matches first) then id. */
export function listEntities(db: Db, filter: EntityFilter): Entity[] {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit };
  if (filter.kind) {
    conditions.push('e.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.provinceIds) {
    conditions.push(`(e.id in (select value from json_each(@provinces)) or e.id in (
      select l2.entity_id from fact_entities l1 join fact_entities l2 on l2.fact_id = l1.fact_id where l1.entity_id in (select value from json_each(@provinces))))`);
    params.provinces = JSON.stringify(filter.provinceIds);
  }
  let rank = 'null';
  if (filter.query !== undefined) {
    const aliasHas = (column: string, param: string) => `exists (select 1 from entity_aliases a where a.entity_id = e.id and ${hasWords(column, param)})`;
    conditions.push(`(${hasWords('e.search_name', 'folded')} or ${aliasHas('a.search_alias', 'folded')})`);
    rank = `(case when ${hasWords('e.tone_name', 'toned')} or ${aliasHas('a.tone_alias', 'toned')} then 0 else 1 end)`;
    params.folded = wordsPattern(foldKey(filter.query));
    params.toned = wordsPattern(toneWords(filter.query));
  }
  const { order, condition } = keysetPage('e.id', filter.query !== undefined ? { expr: rank } : null, filter.after, params);
  if (condition) conditions.push(condition);
  const sql = `select ${ENTITY_COLUMNS}, ${rank} as rank from entities e where ${conditions.join(' and ') || '1'} order by ${order} limit @limit`;
  return withAliases(db, prepared(db, sql).all(params) as EntityRow[], ANSWER_BOUNDS.listAliases);
}

/** A page of the articles that name an entity (by id, after `afterId`), with how often each does. */
export function listEntityArticles(db: Db, entityId: number, afterId: number, limit: number): EntityDetail['articles'] {
  return prepared(
    db,
    `select a.id, a.title, a.published_at as publishedAt, count(*) as mentionCount from mentions m join articles a on a.id = m.article_id
     where m.entity_id = @entity and m.article_id > @after group by m.article_id order by m.article_id limit @limit`,
  ).all({ entity: entityId, after: afterId, limit }) as EntityDetail['articles'];
}

export function entityExists(db: Db, id: number): boolean {
  return prepared(db, `select 1 from entities where id = ?`).get(id) !== undefined;
}

export function getEntity(db: Db, id: number): EntityDetail | null {
  const row = prepared(db, `select ${ENTITY_COLUMNS}, null as rank from entities e where e.id = ?`).get(id) as EntityRow | undefined;
  if (!row) return null;
  const entity = withAliases(db, [row], ANSWER_BOUNDS.detailAliases)[0]!;
  const roles = prepared(
    db,
    `select id as factId, title, organization, province, support_count as supportCount, first_seen as firstSeen, last_seen as lastSeen
     from facts where person_id = ? and type = 'role' order by coalesce(first_seen, '~'), id limit ${ANSWER_BOUNDS.entityRoles}`,
  ).all(id) as EntityDetail['roles'];
  const factIds = (
    prepared(
      db,
      `select distinct l.fact_id as id, f.support_count from fact_entities l join facts f on f.id = l.fact_id
       where l.entity_id = ? order by f.support_count desc, l.fact_id limit 50`,
    ).all(id) as { id: number }[]
  ).map((r) => r.id);
  return {
    ...entity,
    articles: listEntityArticles(db, id, 0, ANSWER_BOUNDS.entityArticles),
    articlesUrl: `/v1/entities/${id}/articles`,
    roles,
    possibleSameAs: row.kind === 'person' ? possibleSameAs(db, row) : [],
    facts: briefsOfFacts(db, factIds),
  };
}

/**
 * Other holders of a person's titles read to find namesakes: a title many have held ("Thủ tướng",
 * "tổng thống") would otherwise bring every one of them.
 */
const POSSIBLE_SAME_AS_ROWS = 2000;

/** Holders of this person's titles whose names differ from theirs in one syllable, in the same period. */
function possibleSameAs(db: Db, person: EntityRow): EntityDetail['possibleSameAs'] {
  const rows = prepared(
    db,
    `select mine.title, mine.first_seen as myFirst, mine.last_seen as myLast, p.id, p.name, other.first_seen as otherFirst, other.last_seen as otherLast
     from facts mine
     join facts other on other.type = 'role' and other.title_search = mine.title_search and other.person_id <> mine.person_id
     join entities p on p.id = other.person_id
     where mine.person_id = ? and mine.type = 'role'
     order by p.id limit ${POSSIBLE_SAME_AS_ROWS}`,
  ).all(person.id) as { title: string; myFirst: string | null; myLast: string | null; id: number; name: string; otherFirst: string | null; otherLast: string | null }[];
  const found = new Map<number, EntityDetail['possibleSameAs'][number]>();
  for (const r of rows) {
    if (found.has(r.id)) continue;
    const same = possiblySamePerson({ name: person.name, firstSeen: r.myFirst, lastSeen: r.myLast }, { name: r.name, firstSeen: r.otherFirst, lastSeen: r.otherLast });
    if (same) found.set(r.id, { id: r.id, name: r.name, title: r.title, reason: `also ${r.title} in the same period; the names differ in one syllable` });
    if (found.size >= ANSWER_BOUNDS.possibleSameAs) break;
  }
  return [...found.values()];
}

/** Ids of the entities of one kind with any of these keys. */
export function findEntityIdsByKeys(db: Db, kind: EntityKind, keys: string[]): number[] {
  if (keys.length === 0) return [];
  return (
    prepared(db, `select id from entities where kind = ? and key in (select value from json_each(?))`).all(kind, JSON.stringify(keys)) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * The persons a parameter names: an id, or a name in any spelling. A name written with accents
 * finds the persons with exactly that name when there are any, else those who match without accents.
 */
export function findPersonIds(db: Db, nameOrId: string): number[] {
  if (/^\d{1,15}$/.test(nameOrId)) return [Number(nameOrId)];
  const ids = (column: string, value: string) =>
    (prepared(db, `select id from entities where kind = 'person' and ${column} = ?`).all(value) as { id: number }[]).map((r) => r.id);
  const exact = ids('tone_name', toneWords(nameOrId));
  return exact.length > 0 ? exact : ids('search_name', foldKey(nameOrId));
}
