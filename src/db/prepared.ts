import type Database from 'better-sqlite3';
import type { Db } from './client.js';

// Building a Drizzle query and preparing it in SQLite costs several times more than running it, so
// the read paths prepare each statement once per connection and run it with placeholders.
const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * The statement `prepare` makes, prepared once per connection. `key` names the statement's shape:
 * two calls with the same key must build the same SQL (only placeholder values may differ).
 */
export function preparedOnce<T>(db: Db, key: string, prepare: () => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(key) as T | undefined;
  if (statement === undefined) {
    statement = prepare();
    cache.set(key, statement);
  }
  return statement;
}

/**
 * Raw statements kept per connection, the least recently used dropped beyond this many. The
 * repositories write a few hundred texts at most (filters that only narrow a query are in every text,
 * null when not asked); the bound holds whatever they write. A statement dropped keeps its memory
 * until the garbage collector finalizes it, so texts that vary without bound must not be written.
 */
export const MAX_CACHED_STATEMENTS = 512;

const sqlCaches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A raw SQL statement, prepared once per connection while it is among the MAX_CACHED_STATEMENTS most
 * recently used: for queries whose shape Drizzle cannot express.
 */
export function preparedSql(db: Db, sql: string): Database.Statement {
  const client = db.$client;
  let cache = sqlCaches.get(client);
  if (!cache) sqlCaches.set(client, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) {
    // Most recently used last: a Map keeps insertion order.
    cache.delete(sql);
  } else {
    statement = client.prepare(sql);
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
  }
  cache.set(sql, statement);
  return statement;
}

/** How many raw statements a connection keeps prepared (for tests). */
export function cachedStatementCount(db: Db): number {
  return sqlCaches.get(db.$client)?.size ?? 0;
}

/**
 * `prepare` run once per connection: for a writer's set of raw statements, which run for every row
 * of every article.
 */
export function perConnection<T>(prepare: (client: Database.Database) => T): (client: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (client) => {
    let statements = cache.get(client);
    if (statements === undefined) cache.set(client, (statements = prepare(client)));
    return statements;
  };
}

/**
 * The rowid an INSERT just gave its row. An `insert ... returning id` read with `get()` cost about ten
 * times as much as the insert itself within a transaction's savepoints (SQLite opens a statement
 * journal for it); the connection knows the id anyway.
 */
export function insertedId(result: Database.RunResult): number {
  return Number(result.lastInsertRowid);
}
