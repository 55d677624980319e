// Several writers on one database file: two `tinfacts ingest` at once, and one beside a server that
// takes articles by POST /v1/articles. Each writer takes the lock as its transaction begins and
// waits for the other's, so every article is stored, and none twice.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, pendingMigrations } from '../../src/db/client.js';
import { ROOT, makeTempDir, startServer } from '../helpers.js';
import { syntheticArticles, toJsonl } from '../support/synthetic-articles.js';

const scratch = makeTempDir();
afterAll(() => scratch.remove());

const TOKEN = 'concurrent-writers-token-0123456789abcdef';
const PER_WRITER = 600;

function tinfacts(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tinfacts.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const ingest = (db: string, file: string) => tinfacts(['ingest', '--quiet', '--db', db, file]);

function storedIds(db: string): { rows: number; ids: Set<string> } {
  const handle = openDb(db, { readonly: true });
  try {
    const rows = handle.sqlite.prepare('select external_id as id from articles').all() as { id: string }[];
    return { rows: rows.length, ids: new Set(rows.map((r) => r.id)) };
  } finally {
    handle.close();
  }
}

function inputs(name: string) {
  const a = syntheticArticles(`${name}-a`, PER_WRITER, 1);
  const b = syntheticArticles(`${name}-b`, PER_WRITER, 2);
  const fileA = join(scratch.dir, `${name}-a.jsonl`);
  const fileB = join(scratch.dir, `${name}-b.jsonl`);
  writeFileSync(fileA, toJsonl(a));
  writeFileSync(fileB, toJsonl(b));
  return { a, b, fileA, fileB };
}

describe('concurrent writers on one file', () => {
  it('four processes creating and migrating one new file at once: each succeeds, every migration applied once', async () => {
    for (let round = 0; round < 3; round++) {
      const db = join(scratch.dir, `migrate-${round}.db`);
      const runs = await Promise.all([0, 1, 2, 3].map(() => tinfacts(['migrate', '--db', db])));
      for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      const handle = openDb(db, { readonly: true });
      try {
        expect(pendingMigrations(handle)).toBe(0);
        const hashes = handle.sqlite.prepare('select hash from __drizzle_migrations').pluck().all() as string[];
        expect(new Set(hashes).size).toBe(hashes.length);
      } finally {
        handle.close();
      }
    }
  });

  it('two `tinfacts ingest` at once: every article stored, none twice, neither fails', async () => {
    const db = join(scratch.dir, 'two-cli.db');
    const { a, b, fileA, fileB } = inputs('cli');
    const [first, second] = await Promise.all([ingest(db, fileA), ingest(db, fileB)]);
    expect(first).toMatchObject({ code: 0, stdout: `${PER_WRITER} added, 0 updated, 0 unchanged, 0 failed (1 files)\n` });
    expect(second).toMatchObject({ code: 0, stdout: `${PER_WRITER} added, 0 updated, 0 unchanged, 0 failed (1 files)\n` });
    const { rows, ids } = storedIds(db);
    expect(rows).toBe(2 * PER_WRITER);
    for (const article of [...a, ...b]) expect(ids.has(article.id)).toBe(true);
  });

  it('`tinfacts ingest` beside POST /v1/articles: every article stored, none twice, no item failed', async () => {
    const db = join(scratch.dir, 'cli-and-http.db');
    const { a, b, fileA } = inputs('mixed');
    const server = await startServer({ DATABASE_PATH: db, INGEST_TOKEN: TOKEN, LOG_LEVEL: 'warn', SEEDS_DIR: join(scratch.dir, 'no-seeds') });
    try {
      const posting = (async () => {
        const statuses: number[] = [];
        for (let i = 0; i < b.length; i += 25) {
          const response = await fetch(`${server.base}/v1/articles`, {
            method: 'POST',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
            body: JSON.stringify(b.slice(i, i + 25)),
          });
          statuses.push(response.status);
          const body = (await response.json()) as { failed: number; items: { status: string; retryable?: boolean }[] };
          expect(body.failed, JSON.stringify(body.items.find((item) => item.status === 'failed'))).toBe(0);
        }
        return statuses;
      })();
      const [cli, statuses] = await Promise.all([ingest(db, fileA), posting]);
      expect(cli).toMatchObject({ code: 0, stdout: `${PER_WRITER} added, 0 updated, 0 unchanged, 0 failed (1 files)\n` });
      expect(new Set(statuses)).toEqual(new Set([201]));
    } finally {
      await server.stop();
    }
    const { rows, ids } = storedIds(db);
    expect(rows).toBe(2 * PER_WRITER);
    for (const article of [...a, ...b]) expect(ids.has(article.id)).toBe(true);
  });
});
