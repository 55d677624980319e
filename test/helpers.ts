import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../src/app.js';
import { migrateDb, openDb, type DbHandle } from '../src/db/client.js';
import { runIngest, type IngestReport } from '../src/ingest/run-ingest.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'seeds');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures');

/** A scratch folder removed by the returned function. */
export function makeTempDir(prefix = 'tinfacts-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestDb {
  handle: DbHandle;
  dir: string;
  path: string;
  cleanup: () => void;
}

/** A real SQLite file in a scratch folder, migrated. */
export function createTestDb(): TestDb {
  const { dir, remove } = makeTempDir();
  const path = join(dir, 'test.db');
  const handle = openDb(path);
  migrateDb(handle);
  return {
    handle,
    dir,
    path,
    cleanup: () => {
      if (handle.sqlite.open) handle.close();
      remove();
    },
  };
}

/** A migrated database holding the seed articles, ingested through the real pipeline. */
export async function createSeededDb(): Promise<TestDb & { report: IngestReport }> {
  const testDb = createTestDb();
  const report = await runIngest(testDb.handle.db, [SEEDS_DIR]);
  return { ...testDb, report };
}

/** Row counts of every table, to compare database states. */
export function tableCounts(handle: DbHandle): Record<string, number> {
  const tables = ['articles', 'entities', 'entity_aliases', 'mentions', 'facts', 'fact_evidence', 'fact_entities', 'fact_conflicts'];
  return Object.fromEntries(tables.map((t) => [t, (handle.sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]));
}

export interface ListeningApp {
  app: FastifyInstance;
  /** http://127.0.0.1:port */
  base: string;
}

/** The real app on a real socket (127.0.0.1, a free port); close it with `app.close()`. `extend` adds routes first. */
export async function listenApp(deps: AppDeps, extend?: (app: FastifyInstance) => void): Promise<ListeningApp> {
  const app = await buildApp(deps);
  extend?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}
