import { migrateDb, openDb } from '../db/client.js';

export function runMigrateCommand(options: { db: string }): number {
  const handle = openDb(options.db);
  try {
    migrateDb(handle);
    process.stdout.write(`migrated ${options.db}\n`);
    return 0;
  } finally {
    handle.close();
  }
}
