// A database the command line or the server cannot use is one line naming the setting and what is
// wrong, and a non-zero exit within seconds: never a stack trace, a hang, or a write into a damaged
// file. The cases with file permissions run as an unprivileged user (nobody), since root may write
// anywhere; without root to switch users they are skipped with a notice.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, openSync, closeSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/client.js';
import { ROOT, SEEDS_DIR, makeTempDir, startServer } from '../helpers.js';

const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.warn('database-errors: not running as root, so the cases of an unprivileged user (read-only files and folders) are skipped');

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node args` (the CLI or the server) until it exits, killing it after 20 s (a hang). */
function run(args: string[], env: Record<string, string> = {}, user?: typeof NOBODY): Promise<Exit> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: scratch.dir,
      env: { ...process.env, DATABASE_PATH: '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', SEEDS_DIR, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(user ?? {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const cli = (args: string[], user?: typeof NOBODY) => run([join(ROOT, 'bin', 'tinfacts.js'), ...args], {}, user);
const server = (path: string, user?: typeof NOBODY, env: Record<string, string> = {}) => run([join(ROOT, 'dist', 'server.js')], { DATABASE_PATH: path, ...env }, user);

/** One line on stderr that starts with `prefix`, no stack trace, a non-zero exit within 10 s. */
function expectOneLine(exit: Exit, prefix: string, message: RegExp): void {
  const lines = exit.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(prefix), lines[0]).toBe(true);
  expect(lines[0]).toMatch(message);
  expect(exit.stderr).not.toMatch(/^\s+at /m);
  expect(exit.code).not.toBe(0);
  expect(exit.code).not.toBeNull();
  expect(exit.ms).toBeLessThan(10_000);
}

const scratch = makeTempDir();
let seeded: string;

function articleCount(path: string): number {
  const handle = openDb(path, { readonly: true });
  try {
    return (handle.sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n;
  } finally {
    handle.close();
  }
}

/** A copy of the seeded database with every write in its file (no WAL beside it). */
function copyOfSeeded(name: string): string {
  const path = join(scratch.dir, name);
  copyFileSync(seeded, path);
  chmodSync(path, 0o644);
  return path;
}

beforeAll(async () => {
  // The unprivileged user must reach the files.
  chmodSync(scratch.dir, 0o755);
  seeded = join(scratch.dir, 'seeded.db');
  const made = await cli(['ingest', '--quiet', '--db', seeded, SEEDS_DIR]);
  expect(made.code).toBe(0);
  const handle = openDb(seeded);
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  handle.close();
});
afterAll(() => scratch.remove());

describe('a path that cannot be a database', () => {
  it.each([
    ['a folder that cannot be made', '/proc/tinfacts-x/tinfacts.db', /the folder \/proc\/tinfacts-x cannot be made/],
    ['a folder', '.', /the path is a folder, not a database file/],
  ])('%s: the command line and the server say so in one line', async (_label, path, message) => {
    expectOneLine(await cli(['ingest', '--db', path, SEEDS_DIR]), `error: --db ${path}: `, message);
    expectOneLine(await server(path), `DATABASE_PATH=${path}: `, message);
  });

  it('names DATABASE_PATH when the command line took the path from it', async () => {
    const exit = await run([join(ROOT, 'bin', 'tinfacts.js'), 'ingest', SEEDS_DIR], { DATABASE_PATH: '/proc/tinfacts-x/t.db' });
    expectOneLine(exit, 'error: DATABASE_PATH /proc/tinfacts-x/t.db: ', /cannot be made/);
  });
});

describe('a file that is not a sound database', () => {
  it('not SQLite at all', async () => {
    const path = join(scratch.dir, 'garbage.db');
    writeFileSync(path, 'no database here\n'.repeat(300));
    expectOneLine(await cli(['ingest', '--db', path, SEEDS_DIR]), `error: --db ${path}: `, /is not a SQLite database/);
    expectOneLine(await server(path), `DATABASE_PATH=${path}: `, /is not a SQLite database/);
  });

  it('truncated to half its size', async () => {
    const path = copyOfSeeded('truncated.db');
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expectOneLine(await cli(['ingest', '--db', path, SEEDS_DIR]), `error: --db ${path}: `, /truncated|damaged/);
    expectOneLine(await server(path), `DATABASE_PATH=${path}: `, /truncated|damaged/);
  });

  it('with pages overwritten: the command line refuses to write into it, and nothing is added', async () => {
    const path = copyOfSeeded('corrupt.db');
    const pages = statSync(path).size / 4096;
    const fd = openSync(path, 'r+');
    for (let page = 3; page < pages; page += 7) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, page * 4096);
    closeSync(fd);
    const exit = await cli(['ingest', '--db', path, join(ROOT, 'test', 'fixtures', 'articles', 'an-giang.jsonl')]);
    expectOneLine(exit, `error: --db ${path}: `, /fails SQLite's integrity check .*: nothing was written; restore it from a backup$|is damaged/);
    // The articles table may itself be unreadable now; where it reads, it holds the seeds alone.
    let count: number | null = null;
    try {
      count = articleCount(path);
    } catch {
      // too damaged to count
    }
    if (count !== null) expect(count).toBe(5);
  });
});

describe.skipIf(!asRoot)('files and folders an unprivileged user cannot write', () => {
  it('a read-only file: a server without INGEST_TOKEN serves it; the command line cannot write into it', async () => {
    const dir = join(scratch.dir, 'read-only-file');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const path = join(dir, 't.db');
    copyFileSync(seeded, path);
    chmodSync(path, 0o444);
    const running = await startServer({ DATABASE_PATH: path, LOG_LEVEL: 'warn', SEEDS_DIR }, NOBODY);
    try {
      const health = (await (await fetch(`${running.base}/healthz`)).json()) as { status: string; articles: number };
      expect(health).toMatchObject({ status: 'ok', articles: 5 });
      expect((await fetch(`${running.base}/v1/facts?limit=1`)).status).toBe(200);
    } finally {
      await running.stop();
    }
    expectOneLine(await cli(['ingest', '--db', path, SEEDS_DIR], NOBODY), `error: --db ${path}: `, /the database file cannot be written \(permission denied\)/);
    // Taking articles over HTTP needs a writer.
    expectOneLine(await server(path, NOBODY, { INGEST_TOKEN: 'x'.repeat(40) }), `DATABASE_PATH=${path}: `, /is to take articles over HTTP \(INGEST_TOKEN\), but .*cannot be written/);
    expect(articleCount(path)).toBe(5);
  });

  it('a folder that cannot be written: no new database there', async () => {
    const dir = join(scratch.dir, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const path = join(dir, 'new.db');
    expectOneLine(await cli(['ingest', '--db', path, SEEDS_DIR], NOBODY), `error: --db ${path}: `, /the folder .*locked cannot be written \(permission denied\)/);
    expectOneLine(await server(path, NOBODY), `DATABASE_PATH=${path}: `, /the folder .*locked cannot be written \(permission denied\)/);
  });

  it('a read-only folder: a WAL database says how to convert it, and once converted it is served', async () => {
    const dir = join(scratch.dir, 'read-only-folder');
    mkdirSync(dir);
    const path = join(dir, 't.db');
    copyFileSync(seeded, path);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    expectOneLine(await server(path, NOBODY), `DATABASE_PATH=${path}: `, /in WAL mode in a folder that cannot be written.*tinfacts migrate --journal delete/);
    chmodSync(dir, 0o755);
    chmodSync(path, 0o644);
    expect((await cli(['migrate', '--db', path, '--journal', 'delete'])).code).toBe(0);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    const running = await startServer({ DATABASE_PATH: path, LOG_LEVEL: 'warn', SEEDS_DIR }, NOBODY);
    try {
      expect((await fetch(`${running.base}/v1/articles`)).status).toBe(200);
    } finally {
      await running.stop();
    }
  });
});

describe('an address the server cannot listen on', () => {
  it('a port another process holds: one line naming HOST and PORT', async () => {
    const { createServer } = await import('node:net');
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      const exit = await server(seeded, undefined, { PORT: String(port) });
      expectOneLine(exit, `HOST=127.0.0.1 PORT=${port}: `, /another process already listens on that address and port/);
    } finally {
      holder.close();
    }
  });
});
