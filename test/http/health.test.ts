// /healthz says what the database is, as the server uses it: 503 with the reason when it is damaged,
// unreadable or, on a server that ingests, cannot be written.
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openDb } from '../../src/db/client.js';
import { DatabaseHealth } from '../../src/http/database-health.js';
import type { Health } from '../../src/http/schemas/common.js';
import { createSeededDb, makeTempDir, startServer } from '../helpers.js';

const scratch = makeTempDir();
afterAll(() => scratch.remove());

/**
 * A copy of a seeded database with the pages of `table` overwritten (found through SQLite's dbstat):
 * the schema stays readable, so that the file opens and the queries on that table fail.
 */
async function damagedCopy(name: string, table: string): Promise<string> {
  const seeded = await createSeededDb();
  seeded.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const pages = (seeded.handle.sqlite.prepare('select pageno from dbstat where name = ?').all(table) as { pageno: number }[]).map((r) => r.pageno);
  seeded.handle.close();
  const path = join(scratch.dir, name);
  copyFileSync(seeded.path, path);
  seeded.cleanup();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(path, 'r+');
  for (const page of pages) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (page - 1) * 4096);
  closeSync(fd);
  return path;
}

describe('GET /healthz', () => {
  it('is 503 once the integrity check finds damaged pages, and says so', async () => {
    const path = await damagedCopy('damaged.db', 'mentions');
    const handle = openDb(path, { readonly: true });
    const app = await buildApp({ db: handle.db, integrityCheckMs: 0 });
    try {
      await app.ready();
      await app.health.check();
      const response = await app.inject({ method: 'GET', url: '/healthz' });
      expect(response.statusCode).toBe(503);
      const body = response.json() as Health;
      expect(body).toMatchObject({ status: 'unavailable', database: { integrity: 'failed' } });
      expect(body.problems.join(' ')).toMatch(/fails SQLite's integrity check/);
    } finally {
      await app.close();
      handle.close();
    }
  });

  it('is 503 after a query met a damaged page, before any scheduled check', async () => {
    const path = await damagedCopy('damaged-read.db', 'facts');
    const handle = openDb(path, { readonly: true });
    // No scheduled checks: only what requests meet.
    const app = await buildApp({ db: handle.db });
    try {
      const statuses = [];
      for (const url of ['/v1/facts?limit=100', '/v1/articles?limit=100', '/v1/entities?limit=100', '/v1/facts?include=total,facets', '/v1/articles/3']) {
        statuses.push((await app.inject({ method: 'GET', url })).statusCode);
      }
      expect(statuses).toContain(500);
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect((health.json() as Health).problems.join(' ')).toMatch(/damaged|not a SQLite database|integrity/);
    } finally {
      await app.close();
      handle.close();
    }
  });

  it('on a server that ingests: unwritable after a write failed for want of room, or when the disk is nearly full', async () => {
    const seeded = await createSeededDb();
    try {
      const health = new DatabaseHealth({ db: seeded.handle.db, writes: true, integrityCheckMs: 0 });
      expect(health.report()).toMatchObject({ healthy: true, body: { database: { writable: true } } });
      health.noteWrite({ code: 'SQLITE_FULL', message: 'database or disk is full' });
      expect(health.report()).toMatchObject({ healthy: false, body: { status: 'unavailable', database: { writable: false } } });
      health.noteWrite(null);
      expect(health.report().healthy).toBe(true);
      const crowded = new DatabaseHealth({ db: seeded.handle.db, writes: true, integrityCheckMs: 0, minFreeBytes: Number.MAX_SAFE_INTEGER });
      const report = crowded.report();
      expect(report.healthy).toBe(false);
      expect(report.body.problems.join(' ')).toMatch(/bytes free, below the \d+ a writer needs/);
      // A server that does not write does not mind the disk.
      expect(new DatabaseHealth({ db: seeded.handle.db, writes: false, integrityCheckMs: 0, minFreeBytes: Number.MAX_SAFE_INTEGER }).report().healthy).toBe(true);
    } finally {
      seeded.cleanup();
    }
  });
});

/** A small tmpfs (a real full disk), or null when this process may not mount one. */
function mountSmallDisk(dir: string): (() => void) | null {
  mkdirSync(dir, { recursive: true });
  try {
    // Room for the database and a little more than a writer needs (MIN_FREE_BYTES): healthy until filled.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=80m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
}

describe('a full disk', () => {
  const disk = join(scratch.dir, 'small-disk');
  const unmount = process.getuid?.() === 0 ? mountSmallDisk(disk) : null;
  if (!unmount) console.warn('health: cannot mount a small tmpfs here (needs root), so the full-disk case is skipped');
  afterAll(() => unmount?.());

  it.skipIf(!unmount)('makes POST answer failed or 503 as retryable, and /healthz 503, while reads go on', async () => {
    const seeded = await createSeededDb();
    seeded.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    seeded.handle.close();
    const path = join(disk, 't.db');
    copyFileSync(seeded.path, path);
    seeded.cleanup();
    const token = 'full-disk-test-token-0123456789abcdef';
    const server = await startServer({ DATABASE_PATH: path, INGEST_TOKEN: token, LOG_LEVEL: 'warn' });
    try {
      // Fill what is left of the disk.
      const free = Number(execFileSync('df', ['--output=avail', '-B1', disk]).toString().split('\n')[1]);
      try {
        writeFileSync(join(disk, 'filler'), Buffer.alloc(free));
      } catch {
        // the disk is full: what was wanted
      }
      const text = 'Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 12,5 tỷ USD. '.repeat(2000);
      const response = await fetch(`${server.base}/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'too-much', text }),
      });
      expect([200, 503]).toContain(response.status);
      if (response.status === 503) expect(response.headers.get('retry-after')).not.toBeNull();
      else expect(((await response.json()) as { items: { status: string; retryable: boolean }[] }).items[0]).toMatchObject({ status: 'failed', retryable: true });
      const health = await fetch(`${server.base}/healthz`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as Health).database.writable).toBe(false);
      expect((await fetch(`${server.base}/v1/facts?limit=1`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
