import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { retryWhileBusySync, sqliteCode } from './busy.js';
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

/**
 * A database that cannot be used as asked: a path that cannot be a database, a folder that cannot be
 * made or written, a file that is not SQLite or is damaged. The message is one line that says what is
 * wrong with the file at `path`, for the caller to put after the setting that named it.
 */
export class DatabaseError extends Error {
  constructor(
    readonly path: string,
    message: string,
    /** The SQLite result code, when SQLite said so. */
    readonly sqliteCode?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** The page cache of a writing connection, in KiB. */
const WRITER_CACHE_KIB = 32 * 1024;

/** WAL pages (4 KiB) after which a commit checkpoints. */
const WAL_CHECKPOINT_PAGES = 8192;

/** Where drizzle keeps the migrations a database has applied (the table its migrator uses). */
const MIGRATIONS_TABLE = '__drizzle_migrations';

/** The migrations shipped with the code (same place relative to src/ and dist/). */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** SQLite's result codes, as a reader of the message would put them (extended codes first). */
const SQLITE_PROBLEMS: Record<string, string> = {
  SQLITE_READONLY_DIRECTORY:
    'is in WAL mode in a folder that cannot be written, which SQLite needs even to read it: make the folder writable, or convert the file once with `tinfacts migrate --journal delete`',
  SQLITE_NOTADB: 'is not a SQLite database',
  SQLITE_CORRUPT: 'is damaged',
  SQLITE_CANTOPEN: 'cannot be opened',
  SQLITE_READONLY: 'cannot be written (read-only)',
  SQLITE_PERM: 'cannot be written (permission denied)',
  SQLITE_FULL: 'cannot grow: the disk is full',
  SQLITE_IOERR: 'cannot be read or written (input/output error)',
  SQLITE_BUSY: 'is locked by another writer',
  SQLITE_LOCKED: 'is locked by another writer',
};

/** What a SQLite error says about the database file, in words; null for an error that is not about it. */
export function describeSqliteError(error: unknown): string | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  const base = code in SQLITE_PROBLEMS ? code : Object.keys(SQLITE_PROBLEMS).find((known) => code.startsWith(`${known}_`));
  return base ? `${SQLITE_PROBLEMS[base]} (SQLite: ${(error as Error).message})` : null;
}

/** The error as a DatabaseError about `path` when it is about the file, else the error itself. */
export function asDatabaseError(error: unknown, path: string): unknown {
  if (error instanceof DatabaseError) return error;
  const problem = describeSqliteError(error);
  return problem === null ? error : new DatabaseError(path, `the database ${problem}`, sqliteCode(error) ?? undefined);
}

/** What a file system error says, without its code and path: "ENOENT: no such file or directory, mkdir 'x'" is "no such file or directory". */
const reason = (error: unknown) => {
  const message = (error as Error).message ?? String(error);
  return /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
};

/**
 * Makes the folder `dir` and the missing folders above it, one by one. Node's recursive mkdir never
 * returns for a folder under /proc (it retries ENOENT forever), and its errors name the deepest
 * folder only; here each step fails with what stopped it.
 */
export function ensureFolder(path: string, dir: string): void {
  const missing: string[] = [];
  let existing = resolve(dir);
  while (!existsSync(existing)) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (existsSync(existing) && !statSync(existing).isDirectory()) {
    throw new DatabaseError(path, `${existing} is a file, not a folder, so the database's folder cannot be made`);
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder).isDirectory()) continue;
      throw new DatabaseError(path, `the folder ${folder} cannot be made (${reason(error)})`);
    }
  }
}

/** Why a writer could not use `path`, found before SQLite tries: the file or its folder is not writable. */
function checkWritable(path: string): void {
  const dir = dirname(resolve(path));
  ensureFolder(path, dir);
  try {
    // SQLite writes its journal files (-wal, -shm) next to the database.
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new DatabaseError(path, `the folder ${dir} cannot be written (${reason(error)})`);
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new DatabaseError(path, 'the path is a folder, not a database file');
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new DatabaseError(path, `the database file cannot be written (${reason(error)})`);
    }
  }
}

/** Why a reader could not use `path`, found before SQLite tries. */
function checkReadable(path: string): void {
  if (!existsSync(path)) throw new DatabaseError(path, 'no database file is there');
  if (statSync(path).isDirectory()) throw new DatabaseError(path, 'the path is a folder, not a database file');
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    throw new DatabaseError(path, `the database file cannot be read (${reason(error)})`);
  }
}

/**
 * A file shorter than the pages its header counts was cut (a copy interrupted, a full disk): SQLite
 * would answer from it until a query reaches a missing page.
 */
function checkLength(sqlite: Database.Database, path: string): void {
  if (path === ':memory:' || sqlite.memory) return;
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  // The header's count; pages still in the WAL may not be in the file yet, so the WAL counts too.
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  const wal = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
  const size = statSync(path).size;
  if (size > 0 && size + wal < pageSize * pages) {
    throw new DatabaseError(path, `the database file is truncated: ${size} bytes where its header counts ${pageSize * pages}`, 'SQLITE_CORRUPT');
  }
}

/**
 * Opens (and for writers creates) the SQLite database at `path`. The caller owns the handle and
 * closes it. WAL lets the API read while an ingestion writes; foreign keys keep children with parents.
 * A path that cannot be a database, or a file that is not one, is a DatabaseError.
 */
export function openDb(path: string, options: OpenDbOptions = {}): DbHandle {
  const readonly = options.readonly ?? false;
  if (path !== ':memory:') {
    if (readonly) checkReadable(path);
    else checkWritable(path);
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    const known = asDatabaseError(error, path);
    throw known instanceof DatabaseError ? known : new DatabaseError(path, `the database cannot be opened (${(error as Error).message})`);
  }
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Reading the schema reads the header: a file that is not a database says so here.
    sqlite.pragma('schema_version');
    if (!readonly) {
      // Another process may be creating the same database: the journal mode waits for it.
      retryWhileBusySync(() => sqlite.pragma('journal_mode = WAL'));
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
    checkLength(sqlite, path);
  } catch (error) {
    sqlite.close();
    throw asDatabaseError(error, path);
  }
  const db = drizzle({ client: sqlite, schema, casing: 'snake_case' });
  return { db, sqlite, path, close: () => sqlite.close() };
}

/** Migrations shipped with the code that the database has not applied yet. */
export function pendingMigrations(handle: DbHandle): number {
  const shipped = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).length;
  const hasTable = handle.sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(MIGRATIONS_TABLE) !== undefined;
  if (!hasTable) return shipped;
  const applied = (handle.sqlite.prepare(`select count(*) as n from ${MIGRATIONS_TABLE}`).get() as { n: number }).n;
  return Math.max(0, shipped - applied);
}

/**
 * Applies pending migrations; safe to call on every start, and from several processes at once.
 *
 * This is drizzle's migrator (same files, same bookkeeping table) in one `BEGIN IMMEDIATE`
 * transaction: drizzle's reads what was applied before its transaction begins, so two processes
 * starting on a new file both found nothing applied and the second failed creating what the first
 * had just created. Here the second waits for the first's lock, then finds nothing left to do.
 */
export function migrateDb(handle: DbHandle): void {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR });
  const { sqlite } = handle;
  const apply = sqlite.transaction(() => {
    sqlite.exec(`create table if not exists ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    const last = sqlite.prepare(`select created_at from ${MIGRATIONS_TABLE} order by created_at desc limit 1`).pluck().get() as number | string | undefined;
    const record = sqlite.prepare(`insert into ${MIGRATIONS_TABLE} (hash, created_at) values (?, ?)`);
    for (const migration of migrations) {
      if (last !== undefined && Number(last) >= migration.folderMillis) continue;
      for (const statement of migration.sql) if (statement.trim() !== '') sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
  });
  try {
    retryWhileBusySync(() => apply.immediate());
  } catch (error) {
    throw asDatabaseError(error, handle.path);
  }
}

/**
 * The first problems SQLite's quick_check finds (https://www.sqlite.org/pragma.html#pragma_quick_check),
 * or none: it reads every page, so it takes about as long as reading the file.
 */
export function checkIntegrity(sqlite: Database.Database, maxProblems = 3): string[] {
  const rows = sqlite.pragma(`quick_check(${maxProblems})`, { simple: false }) as { quick_check: string }[];
  // A row may hold several lines, under a heading naming the schema ("*** in database main ***").
  return rows
    .flatMap((r) => r.quick_check.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== 'ok' && !line.startsWith('***'))
    .slice(0, maxProblems);
}
