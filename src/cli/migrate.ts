import { openForWriting } from './open-database.js';

export const JOURNAL_MODES = ['wal', 'delete'] as const;
export type JournalMode = (typeof JOURNAL_MODES)[number];

export function runMigrateCommand(options: { db: string; check?: boolean; journal?: JournalMode }): number {
  const handle = openForWriting(options.db, { check: options.check });
  try {
    // A WAL database needs its folder writable even to be read (SQLite makes the -shm file there);
    // with a rollback journal a reader needs only the file.
    if (options.journal) handle.sqlite.pragma(`journal_mode = ${options.journal}`);
    process.stdout.write(`migrated ${options.db}${options.journal ? ` (journal: ${options.journal})` : ''}\n`);
    return 0;
  } finally {
    handle.close();
  }
}
