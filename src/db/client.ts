import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  path: string;
  close(): void;
}

export interface OpenDbOptions {
  readonly?: boolean;
  /** How long a writer waits for a lock held by another connection, in ms. */
  busyTimeoutMs?: number;
}

/** The page cache of a writing connection, in KiB. */
const WRITER_CACHE_KIB = 32 * 1024;

/** WAL pages (4 KiB) after which a commit checkpoints. */
const WAL_CHECKPOINT_PAGES = 8192;

/** The migrations shipped with the code (same place relative to src/ and dist/). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Opens (and for writers creates) the SQLite database at `path`. The caller owns the handle and
 * closes it. WAL lets the API read while an ingestion writes; foreign keys keep children with parents.
 */
export function openDb(path: string, options: OpenDbOptions = {}): DbHandle {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Index pages of a large archive outgrow SQLite's 2 MB default cache; each miss is a read.
    sqlite.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    // Each article is a savepoint within its batch's transaction; its undo pages stay in memory.
    sqlite.pragma('temp_store = MEMORY');
    // Checkpoints (copying the WAL back into the database, and an fsync) every 32 MB rather than
    // every 4 MB: a bulk ingestion otherwise pays one at nearly every commit.
    sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
  return { db, sqlite, path, close: () => sqlite.close() };
}

/** Applies pending migrations; safe to call on every start. */
export function migrateDb(handle: DbHandle): void {
  migrate(handle.db, { migrationsFolder: MIGRATIONS_DIR });
}
