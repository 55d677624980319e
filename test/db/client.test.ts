// Opening a database: what cannot be a database is a DatabaseError of one line; writers wait for
// each other's locks; the raw statements a connection keeps stay bounded.
import { mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBusyError, retryWhileBusy } from '../../src/db/busy.js';
import { DatabaseError, checkIntegrity, openDb } from '../../src/db/client.js';
import { MAX_CACHED_STATEMENTS, cachedStatementCount, preparedSql } from '../../src/db/prepared.js';
import { countFacts, listFacts } from '../../src/db/repositories/facts.js';
import { FACT_SORTS } from '../../src/http/schemas/facts.js';
import { createSeededDb, makeTempDir } from '../helpers.js';

const scratch = makeTempDir();
afterAll(() => scratch.remove());

function openError(path: string, readonly = false): DatabaseError {
  try {
    openDb(path, { readonly }).close();
  } catch (error) {
    if (error instanceof DatabaseError) return error;
    throw error;
  }
  throw new Error(`${path} opened`);
}

describe('openDb on what cannot be a database', () => {
  const file = join(scratch.dir, 'a-file');
  writeFileSync(file, 'not a folder');
  const folder = join(scratch.dir, 'a-folder');
  mkdirSync(folder);
  const garbage = join(scratch.dir, 'garbage.db');
  writeFileSync(garbage, 'this is no database, '.repeat(500));

  it.each([
    ['a folder under /proc, which cannot be made (Node\'s recursive mkdir spins there forever)', '/proc/tinfacts-x/t.db', false, /^the folder \/proc\/tinfacts-x cannot be made \(no such file or directory\)$/],
    ['a folder under a file', join(file, 'sub', 't.db'), false, /a-file is a file, not a folder/],
    ['a folder', folder, false, /^the path is a folder, not a database file$/],
    ['a folder, read-only', folder, true, /^the path is a folder, not a database file$/],
    ['no file, read-only', join(scratch.dir, 'missing.db'), true, /^no database file is there$/],
    ['a file that is not SQLite', garbage, false, /^the database is not a SQLite database \(SQLite: file is not a database\)$/],
    ['a file that is not SQLite, read-only', garbage, true, /^the database is not a SQLite database/],
  ])('%s', (_label, path, readonly, message) => {
    const error = openError(path, readonly);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.path).toBe(path);
  });

  it('a truncated file', async () => {
    const seeded = await createSeededDb();
    seeded.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    seeded.handle.close();
    truncateSync(seeded.path, Math.floor(statSync(seeded.path).size / 2));
    for (const readonly of [false, true]) {
      const error = openError(seeded.path, readonly);
      expect(error.message).toMatch(/^the database (file is truncated: \d+ bytes where its header counts \d+|is damaged)/);
      expect(error.message).not.toContain('\n');
    }
    seeded.cleanup();
  });

  it('checks integrity: a sound file has no problem, one with overwritten pages lists them on one line each', async () => {
    const seeded = await createSeededDb();
    expect(checkIntegrity(seeded.handle.sqlite)).toEqual([]);
    seeded.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    seeded.handle.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(seeded.path, 'r+');
    const pages = statSync(seeded.path).size / 4096;
    for (let page = 2; page < pages; page += 3) writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page * 4096);
    closeSync(fd);
    let problems: string[];
    try {
      const handle = openDb(seeded.path, { readonly: true });
      problems = checkIntegrity(handle.sqlite);
      handle.close();
    } catch (error) {
      problems = [(error as Error).message];
    }
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).not.toContain('\n');
    seeded.cleanup();
  });
});

describe('writers and locks', () => {
  it('a second writer waits for the first one\'s transaction, retrying past its busy timeout', async () => {
    const path = join(scratch.dir, 'locks.db');
    const first = openDb(path);
    const second = openDb(path, { busyTimeoutMs: 10 });
    first.sqlite.exec('create table t (x)');
    first.sqlite.exec('begin immediate');
    const release = setTimeout(() => first.sqlite.exec('commit'), 300);
    // Without retries the second writer fails at once with SQLITE_BUSY.
    expect(() => second.sqlite.transaction(() => second.sqlite.exec('insert into t values (1)')).immediate()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    await retryWhileBusy(() => second.sqlite.transaction(() => second.sqlite.exec('insert into t values (2)')).immediate(), { retries: 8, firstDelayMs: 20 });
    clearTimeout(release);
    expect(second.sqlite.prepare('select x from t').all()).toEqual([{ x: 2 }]);
    first.close();
    second.close();
  });

  it('gives up after its retries, with the busy error', async () => {
    const path = join(scratch.dir, 'held.db');
    const first = openDb(path);
    const second = openDb(path, { busyTimeoutMs: 5 });
    first.sqlite.exec('begin immediate');
    const error = await retryWhileBusy(() => second.sqlite.exec('begin immediate'), { retries: 2, firstDelayMs: 5 }).catch((e: unknown) => e);
    expect(isBusyError(error)).toBe(true);
    first.sqlite.exec('rollback');
    first.close();
    second.close();
  });
});

describe('the statement cache of a connection', () => {
  it(`keeps at most ${MAX_CACHED_STATEMENTS} raw statements, dropping the least recently used`, async () => {
    const seeded = await createSeededDb();
    const db = seeded.handle.db;
    for (let i = 0; i < MAX_CACHED_STATEMENTS * 3; i++) preparedSql(db, `select ${i} as n`).get();
    expect(cachedStatementCount(db)).toBe(MAX_CACHED_STATEMENTS);
    // The most recent is still the same statement; the oldest was prepared again.
    const recent = preparedSql(db, `select ${MAX_CACHED_STATEMENTS * 3 - 1} as n`);
    expect(preparedSql(db, `select ${MAX_CACHED_STATEMENTS * 3 - 1} as n`)).toBe(recent);
    seeded.cleanup();
  });

  it('prepares a few dozen statements for every combination of fact filters and orders', async () => {
    const seeded = await createSeededDb();
    const db = seeded.handle.db;
    const options = [
      { type: 'figure' as const },
      { unit: 'USD' as const },
      { minValue: 1 },
      { maxValue: 1e12 },
      { year: 2023 },
      { metricFolded: 'xuat khau' },
      { conflicting: true },
      { articleId: 1 },
      { linkedTo: [[1]] },
      { from: '2020-01-01' },
    ];
    const before = cachedStatementCount(db);
    // Every subset of the filters in every order: 1,024 × 7 queries.
    for (let mask = 0; mask < 1 << options.length; mask++) {
      const filter = Object.assign({}, ...options.filter((_, i) => mask & (1 << i)));
      for (const sort of FACT_SORTS) {
        listFacts(db, { ...filter, sort, limit: 1 });
        countFacts(db, filter);
      }
    }
    expect(cachedStatementCount(db) - before).toBeLessThan(100);
    seeded.cleanup();
  });

  it('answers each filter as before: a filter left out passes every fact', async () => {
    const seeded = await createSeededDb();
    const db = seeded.handle.db;
    const all = countFacts(db, {});
    expect(all).toBeGreaterThan(10);
    const conflicting = countFacts(db, { conflicting: true });
    expect(conflicting + countFacts(db, { conflicting: false })).toBe(all);
    expect(countFacts(db, { unit: 'USD' }) + countFacts(db, { unit: 'percent' })).toBeLessThanOrEqual(all);
    expect(countFacts(db, { type: 'figure' }) + countFacts(db, { type: 'role' })).toBe(all);
    seeded.cleanup();
  });
});
