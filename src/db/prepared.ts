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

const sqlCaches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A raw SQL statement, prepared once per connection: for queries whose shape Drizzle cannot express. */
export function preparedSql(db: Db, sql: string): Database.Statement {
  const client = db.$client;
  let cache = sqlCaches.get(client);
  if (!cache) sqlCaches.set(client, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = client.prepare(sql)));
  return statement;
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
