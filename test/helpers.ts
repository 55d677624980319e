import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../src/app.js';
import { findFreePort } from '../src/bench/hostile-server.js';
import { migrateDb, openDb, type DbHandle } from '../src/db/client.js';
import { runIngest, type IngestReport } from '../src/ingest/run-ingest.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'seeds');
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures');

/** The seed articles in name order, as a JSONL line would carry them: the file name is the id. */
export function readSeedArticles(): { id: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: basename(name, '.txt'), text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

/** A scratch folder removed by the returned function. */
/** Runs the `tinfacts` command line in `cwd` to its end, with no DATABASE_PATH from the environment. */
export function runCli(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'tinfacts.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, DATABASE_PATH: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
  const tables = ['articles', 'entities', 'entity_aliases', 'mentions', 'facts', 'article_sentences', 'fact_evidence', 'fact_entities', 'fact_conflicts'];
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

export interface ServerProcess {
  /** http://127.0.0.1:port */
  base: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, and SIGKILL if it has not exited 10 s later. */
  stop(): Promise<void>;
}

/**
 * The compiled server (dist/server.js, as `npm start` runs it) in its own process on 127.0.0.1 and a
 * free port, with `env` on top of this one's (as `user`, when given); resolves once /healthz answers 200.
 */
export async function startServer(env: Record<string, string>, user?: { uid: number; gid: number }): Promise<ServerProcess> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ?? {}),
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, child, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server did not become healthy:\n${log}`);
}
