// The database a command writes to, opened with every check a writer needs first: a path that can
// be a database, a file that is one and is sound, the schema up to date. What stands in the way is a
// DatabaseError, which the command line prints as one line.
import { DatabaseError, checkIntegrity, migrateDb, openDb, type DbHandle } from '../db/client.js';

/**
 * Opens `path` for writing and migrates it. A database that fails SQLite's quick_check is refused
 * before anything is written: adding to a damaged file spreads the damage. The check reads the whole
 * file (about a second for 150 MB); `check: false` skips it, for an archive checked otherwise.
 */
export function openForWriting(path: string, options: { check?: boolean } = {}): DbHandle {
  const handle = openDb(path);
  try {
    if (options.check === false) {
      migrateDb(handle);
      return handle;
    }
    let problems: string[];
    try {
      problems = checkIntegrity(handle.sqlite);
    } catch (error) {
      // A file too damaged to check is damaged.
      problems = [(error as Error).message];
    }
    if (problems.length > 0) {
      throw new DatabaseError(path, `the database fails SQLite's integrity check (${problems[0]}): nothing was written; restore it from a backup`);
    }
    migrateDb(handle);
    return handle;
  } catch (error) {
    handle.close();
    throw error;
  }
}
