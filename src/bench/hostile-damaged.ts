// Databases that cannot be used as they are: damaged pages, a file cut in half, a read-only file, a
// folder that cannot be written, a path that cannot be made, a full disk. Each must get one clear
// line naming the setting (DATABASE_PATH or --db) and a prompt non-zero exit, never a stack trace,
// a hang, or a server saying "ok" over a database it cannot read.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { checkpointDb, copyDb, ingestOrThrow, makePlainArticle, makeSeededDb, takeCorpusArticles, tryCountArticles, writeJsonl } from './hostile-data.js';
import { send, statusKey } from './hostile-http.js';
import { INGEST_TOKEN, makeDir, runRow, scaled, type Phase, type PhaseContext } from './hostile-phase.js';
import { PROJECT, classifyExit, describeRun, hasStackTrace, nonEmptyLines, runNode, runTinfacts, type ProcessGroup, type ProcessRun } from './hostile-process.js';
import { formatSeconds, type PhaseRecorder } from './hostile-report.js';
import { startServer, type StartedServer } from './hostile-server.js';
import { seededRandom } from './random.js';

/** A refusal must come this fast... */
export const REFUSAL_LIMIT_MS = 10_000;
/** ...and a process still running after this long is killed and reported as hung. */
const HANG_MS = 20_000;
const NOBODY = { uid: 65534, gid: 65534 };
const NAMES_THE_SETTING = /DATABASE_PATH|--db/;

/**
 * The refusal a damaged database must get: a non-zero exit within REFUSAL_LIMIT_MS, and on standard
 * error exactly one line, naming the setting, with no stack trace.
 */
function checkRefusal(rec: PhaseRecorder, name: string, run: ProcessRun): void {
  const lines = nonEmptyLines(run.stderr);
  rec.cliPeak(run.peakRss);
  rec.figure(name, { code: run.code, signal: run.signal, ms: run.ms, timedOut: run.timedOut, stderrLines: lines.length, stderr: lines.slice(0, 8) });
  rec.note(`${name}: ${describeRun(run)}`);
  rec.note(`${name} stderr (${lines.length} lines): ${lines.length ? JSON.stringify(lines.slice(0, 2).join(' / ').slice(0, 300)) : 'nothing'}`);
  const kind = classifyExit(run);
  if (kind === 'hung') {
    rec.fail(`${name} hung (killed after ${formatSeconds(HANG_MS)})`);
    return;
  }
  if (kind === 'out of memory' || kind === 'signal' || kind === 'not started') rec.fail(`${name}: ${kind} (${describeRun(run)})`);
  if (run.code === 0) rec.fail(`${name} exited 0`);
  else if (run.ms > REFUSAL_LIMIT_MS) rec.fail(`${name} took ${formatSeconds(run.ms)} to exit`);
  if (hasStackTrace(run.stderr)) rec.fail(`${name} printed a stack trace (${lines.length} lines)`);
  else if (lines.length !== 1) rec.fail(`${name} wrote ${lines.length} lines to stderr, not one`);
  if (lines.length && !NAMES_THE_SETTING.test(run.stderr)) rec.fail(`${name}'s message does not name DATABASE_PATH or --db`);
}

/** A server that must refuse to start: it exits (checked as a refusal) or is stopped and reported. */
async function expectServerRefusal(rec: PhaseRecorder, group: ProcessGroup, name: string, options: Parameters<typeof startServer>[1]): Promise<void> {
  const start = await startServer(group, { ...options, startTimeoutMs: HANG_MS });
  if (!start.ok) {
    checkRefusal(rec, name, start.run);
    return;
  }
  const health = rec.count(await send(start.server.base, '/healthz', { timeoutMs: 10_000 }));
  rec.fail(`${name} started and answered /healthz ${statusKey(health)} instead of refusing`);
  await stopServer(rec, start.server);
}

async function stopServer(rec: PhaseRecorder, server: StartedServer): Promise<void> {
  rec.serverPeak(server.process.memory().peak);
  const wasAlive = server.alive();
  const run = await server.stop();
  rec.serverRun('the server', wasAlive ? run : { ...run, stopped: false });
}

/** Overwrites `count` random pages (never page 1, which holds the header and the schema's root). */
function damagePages(path: string, count: number, seed: number): number[] {
  const fd = openSync(path, 'r+');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = Math.floor(statSync(path).size / pageSize);
    const random = seededRandom(seed);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, pages - 1)) chosen.add(2 + Math.floor(random() * (pages - 1)));
    const junk = Buffer.alloc(pageSize);
    for (const page of chosen) {
      for (let i = 0; i < pageSize; i++) junk[i] = Math.floor(random() * 256);
      writeSync(fd, junk, 0, pageSize, (page - 1) * pageSize);
    }
    return [...chosen].sort((a, b) => a - b);
  } finally {
    closeSync(fd);
  }
}

/** Makes the folders on the way to `dir` (inside the harness's own folder) enterable by nobody. */
function openToNobody(ctx: PhaseContext, dir: string): void {
  for (let d = dir; d.startsWith(ctx.root) && d.length >= ctx.root.length; d = join(d, '..')) chmodSync(d, 0o755);
}

/** Null when the unprivileged user can read the program and `paths`; else why not. */
async function checkNobodyCanRead(group: ProcessGroup, paths: readonly string[]): Promise<string | null> {
  const script = `const fs = require('node:fs'); for (const p of JSON.parse(process.argv[1])) fs.accessSync(p, fs.constants.R_OK);`;
  const run = await runNode(group, ['-e', script, JSON.stringify([join(PROJECT, 'dist', 'server.js'), join(PROJECT, 'dist', 'cli', 'main.js'), join(PROJECT, 'node_modules', 'better-sqlite3', 'package.json'), ...paths])], {
    timeoutMs: 20_000,
    ...NOBODY,
  });
  return run.code === 0 ? null : `nobody (uid 65534) cannot read what it needs: ${nonEmptyLines(run.stderr).find((l) => l.includes('Error')) ?? `exit ${run.code}`}`;
}

interface Bases {
  seeds: string;
  /** Seeds and ~300 corpus articles, and 100 more articles to try to add. */
  corpus: { db: string; articles: number; more: string } | null;
  /** New articles for the command line to try to store. */
  extra: string;
}

async function makeBases(ctx: PhaseContext, dir: string): Promise<Bases> {
  const seeds = join(dir, 'seeds.db');
  await makeSeededDb(ctx.group, seeds);
  checkpointDb(seeds);
  const extra = writeJsonl(join(dir, 'extra.jsonl'), [1, 2, 3].map((n) => makePlainArticle(`damaged/new-${n}`, n)));
  let corpus: Bases['corpus'] = null;
  if (ctx.corpus && ctx.wants('damaged-db/corrupt')) {
    const n = scaled(ctx, 300, 10);
    const more = scaled(ctx, 100, 5);
    ctx.log(`damaged-db: a database of ${n} corpus articles...`);
    const articles = await takeCorpusArticles(ctx.corpus, n + more, dir, 'damaged/');
    const first = writeJsonl(join(dir, 'corpus-first.jsonl'), articles.slice(0, n));
    const db = join(dir, 'corpus.db');
    await ingestOrThrow(ctx.group, db, [first], { timeoutMs: Math.max(120_000, 600_000 * ctx.scale) });
    checkpointDb(db);
    corpus = { db, articles: n, more: writeJsonl(join(dir, 'corpus-more.jsonl'), articles.slice(n)) };
  }
  return { seeds, corpus, extra };
}

const PROBES = ['/v1/facts?limit=100', '/v1/articles?limit=100', '/v1/entities?limit=100', '/v1/facts?include=total,facets', '/v1/articles?q=kinh%20te', '/v1/entities?q=ha%20noi', '/v1/facts?format=ndjson'];

function runCorrupt(ctx: PhaseContext, bases: Bases): Promise<void> {
  return runRow(ctx, 'damaged-db/corrupt', { readsMustNotFail: false }, async (rec, dir) => {
    if (!bases.corpus) {
      rec.skip('needs --corpus');
      return;
    }
    const db = join(dir, 'tinfacts.db');
    copyDb(bases.corpus.db, db);
    const pages = damagePages(db, 20, ctx.seed);
    rec.figure('damagedPages', pages);
    rec.note(`overwrote pages ${pages.join(', ')} of ${Math.floor(statSync(db).size / 4096)} (${bases.corpus.articles} articles)`);
    rec.database(db);

    const start = await startServer(ctx.group, { dbPath: db, startTimeoutMs: HANG_MS });
    if (!start.ok) {
      rec.note('the server refused the damaged database at start');
      checkRefusal(rec, 'the server', start.run);
    } else {
      const { server } = start;
      let failedQueries = 0;
      const paths = [...PROBES, ...Array.from({ length: bases.corpus.articles }, (_, i) => `/v1/articles/${i + 1}`), ...Array.from({ length: 50 }, (_, i) => `/v1/entities/${i + 1}`)];
      for (const path of paths) {
        const a = rec.count(await send(server.base, path, { timeoutMs: 30_000, keepBytes: 0 }));
        if (a.status === null || a.status >= 500 || a.error) failedQueries++;
      }
      const health = rec.count(await send(server.base, '/healthz', { timeoutMs: 10_000, keepBytes: 1024 }));
      rec.figure('failedQueries', failedQueries);
      rec.note(`${paths.length} reads, ${failedQueries} failed (5xx or cut short); then /healthz: ${statusKey(health)} ${health.head.slice(0, 120)}`);
      if (failedQueries === 0) rec.note('no read met a damaged page: /healthz may rightly say ok');
      else rec.expect(health.status === 503, `/healthz answered ${statusKey(health)} ${health.head.slice(0, 60)} after ${failedQueries} reads failed (503 expected)`);
      if (!server.alive()) rec.fail('the server died on the damaged database');
      await stopServer(rec, server);
    }

    const before = tryCountArticles(db);
    const run = await runTinfacts(ctx.group, ['ingest', '--db', db, bases.corpus.more], { timeoutMs: HANG_MS });
    checkRefusal(rec, 'tinfacts ingest', run);
    const after = tryCountArticles(db);
    rec.figure('articles', { before, after });
    rec.note(`articles before the ingestion: ${before}; after: ${after}`);
    if (typeof before === 'number' && typeof after === 'number') rec.expect(after === before, `the article count changed from ${before} to ${after}`);
  });
}

function runTruncated(ctx: PhaseContext, bases: Bases): Promise<void> {
  return runRow(ctx, 'damaged-db/truncated', { readsMustNotFail: false }, async (rec, dir) => {
    // One copy each: whatever the first does to the file must not decide what the second meets.
    const cut = (name: string) => {
      const path = join(dir, name);
      copyDb(bases.seeds, path);
      truncateSync(path, Math.floor(statSync(path).size / 2));
      return path;
    };
    const forCli = cut('cli.db');
    rec.note(`database cut from ${statSync(bases.seeds).size} to ${statSync(forCli).size} bytes`);
    checkRefusal(rec, 'tinfacts ingest', await runTinfacts(ctx.group, ['ingest', '--db', forCli, bases.extra], { timeoutMs: HANG_MS }));
    await expectServerRefusal(rec, ctx.group, 'the server', { dbPath: cut('server.db') });
    rec.database(forCli);
  });
}

function runReadOnlyFile(ctx: PhaseContext, bases: Bases): Promise<void> {
  return runRow(ctx, 'damaged-db/read-only-file', {}, async (rec, dir) => {
    const folder = join(dir, 'read-only');
    mkdirSync(folder);
    const db = join(folder, 'tinfacts.db');
    copyDb(bases.seeds, db);
    const extra = join(dir, 'extra.jsonl');
    copyDb(bases.extra, extra);
    openToNobody(ctx, dir);
    chmodSync(db, 0o444);
    chmodSync(folder, 0o555);
    try {
      const unreadable = await checkNobodyCanRead(ctx.group, [db, extra]);
      if (unreadable) {
        rec.skip(unreadable);
        return;
      }
      const before = tryCountArticles(db);
      const start = await startServer(ctx.group, { dbPath: db, startTimeoutMs: HANG_MS, ...NOBODY });
      if (!start.ok) {
        checkRefusal(rec, 'the server', start.run);
        rec.fail(`the server did not start on a read-only database: ${nonEmptyLines(start.run.stderr)[0]?.slice(0, 160) ?? `exit ${start.run.code}`}`);
      } else {
        const health = rec.count(await send(start.server.base, '/healthz', { timeoutMs: 10_000 }));
        const facts = rec.count(await send(start.server.base, '/v1/facts', { timeoutMs: 10_000, keepBytes: 0 }));
        rec.note(`server as nobody: /healthz ${statusKey(health)}, /v1/facts ${statusKey(facts)}`);
        rec.expect(health.status === 200, `/healthz answered ${statusKey(health)} on a read-only database`);
        rec.expect(facts.status === 200, `/v1/facts answered ${statusKey(facts)} on a read-only database`);
        await stopServer(rec, start.server);
      }
      checkRefusal(rec, 'tinfacts ingest', await runTinfacts(ctx.group, ['ingest', '--db', db, extra], { timeoutMs: HANG_MS, ...NOBODY }));
      const after = tryCountArticles(db);
      rec.note(`articles before: ${before}; after: ${after}`);
      if (typeof before === 'number' && typeof after === 'number') rec.expect(after === before, `the article count changed from ${before} to ${after}`);
      rec.database(db);
    } finally {
      // Root could remove them anyway; --keep leaves something a user can look into.
      chmodSync(folder, 0o755);
      chmodSync(db, 0o644);
    }
  });
}

function runUnwritableFolder(ctx: PhaseContext, bases: Bases): Promise<void> {
  return runRow(ctx, 'damaged-db/unwritable-folder', {}, async (rec, dir) => {
    const folder = join(dir, 'not-writable');
    mkdirSync(folder);
    const extra = join(dir, 'extra.jsonl');
    copyDb(bases.extra, extra);
    openToNobody(ctx, dir);
    chmodSync(folder, 0o555);
    try {
      const unreadable = await checkNobodyCanRead(ctx.group, [folder, extra]);
      if (unreadable) {
        rec.skip(unreadable);
        return;
      }
      const db = join(folder, 'tinfacts.db');
      checkRefusal(rec, 'tinfacts ingest', await runTinfacts(ctx.group, ['ingest', '--db', db, extra], { timeoutMs: HANG_MS, ...NOBODY }));
      await expectServerRefusal(rec, ctx.group, 'the server', { dbPath: db, ...NOBODY });
    } finally {
      chmodSync(folder, 0o755);
    }
  });
}

function runBadPath(ctx: PhaseContext): Promise<void> {
  return runRow(ctx, 'damaged-db/bad-path', {}, async (rec) => {
    const db = '/proc/x/tinfacts.db';
    checkRefusal(rec, 'tinfacts ingest', await runTinfacts(ctx.group, ['ingest', '--db', db, join(PROJECT, 'seeds')], { timeoutMs: HANG_MS }));
    await expectServerRefusal(rec, ctx.group, 'the server', { dbPath: db });
  });
}

/** Writes zeros into `file` until the file system is full; returns the bytes written. */
function fillDisk(file: string): number {
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for (const size of [1 << 20, 64 << 10, 4 << 10, 512, 1]) {
      const chunk = Buffer.alloc(size);
      for (;;) {
        try {
          written += writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

function unmount(dir: string): string | null {
  for (const args of [[dir], ['-l', dir]]) {
    try {
      execFileSync('umount', args, { stdio: 'pipe' });
      return null;
    } catch (error) {
      if (args.length === 2) return (error as Error).message;
    }
  }
  return null;
}

function runFullDisk(ctx: PhaseContext, bases: Bases): Promise<void> {
  return runRow(ctx, 'damaged-db/full-disk', { readsMustNotFail: false }, async (rec, dir) => {
    const mnt = join(dir, 'tmpfs');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt], { stdio: 'pipe' });
    } catch (error) {
      const why = `mount -t tmpfs failed (${((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).trim().slice(0, 160)})`;
      ctx.log(`damaged-db/full-disk: SKIPPED: ${why}`);
      rec.skip(why);
      return;
    }
    let server: StartedServer | null = null;
    try {
      const db = join(mnt, 'tinfacts.db');
      copyDb(bases.seeds, db);
      const start = await startServer(ctx.group, { dbPath: db, settings: { INGEST_TOKEN }, startTimeoutMs: HANG_MS });
      if (!start.ok) throw new Error(`the server did not start on the tmpfs: ${nonEmptyLines(start.run.stderr)[0] ?? start.run.code}`);
      server = start.server;
      const filled = fillDisk(join(mnt, 'filler'));
      rec.note(`a 3 MB tmpfs: database ${statSync(db).size} bytes, filler ${filled} bytes up to ENOSPC`);
      const post = rec.count(
        await send(server.base, '/v1/articles', {
          method: 'POST',
          headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify(makePlainArticle('damaged/full-disk', 7)),
          timeoutMs: 60_000,
        }),
      );
      let item: { status?: string; error?: string } | undefined;
      try {
        item = (JSON.parse(post.head) as { items?: { status?: string; error?: string }[] }).items?.[0];
      } catch {
        item = undefined;
      }
      rec.note(`POST on the full disk: ${statusKey(post)} ${post.head.slice(0, 200)}`);
      rec.figure('post', { status: post.status, answer: post.head.slice(0, 400) });
      const stored = (post.status === 200 || post.status === 201) && (item?.status === 'added' || item?.status === 'updated');
      rec.expect(!stored, `the POST answered ${post.status} "${item?.status}" as if stored on a full disk`);
      const refusedWell = post.status !== null && (post.status < 500 || post.status === 503 || post.status === 507);
      rec.expect(refusedWell, `the POST answered ${statusKey(post)} (503, 507 or an item "failed" expected)`);
      rec.expect(server.alive(), 'the server died on the full disk');
      if (server.alive()) {
        const health = rec.count(await send(server.base, '/healthz', { timeoutMs: 10_000, keepBytes: 512 }));
        rec.note(`then /healthz: ${statusKey(health)} ${health.head.slice(0, 100)}`);
        rec.expect(health.status === 503, `/healthz answered ${statusKey(health)} ${health.head.slice(0, 40)} on a full disk (503 expected)`);
      }
      rec.database(db);
    } finally {
      if (server) await stopServer(rec, server);
      const problem = unmount(mnt);
      if (problem) rec.fail(`could not unmount ${mnt}: ${problem}`);
    }
  });
}

export const damagedDbPhase: Phase = {
  name: 'damaged-db',
  rows: ['damaged-db/corrupt', 'damaged-db/truncated', 'damaged-db/read-only-file', 'damaged-db/unwritable-folder', 'damaged-db/bad-path', 'damaged-db/full-disk'],
  needsCorpus: false,
  capMs: (scale) => Math.max(300_000, 1_200_000 * scale),
  async run(ctx) {
    const dir = makeDir(ctx, 'bases');
    const bases = await makeBases(ctx, dir);
    if (ctx.wants('damaged-db/corrupt')) await runCorrupt(ctx, bases);
    if (ctx.wants('damaged-db/truncated')) await runTruncated(ctx, bases);
    if (ctx.wants('damaged-db/read-only-file')) await runReadOnlyFile(ctx, bases);
    if (ctx.wants('damaged-db/unwritable-folder')) await runUnwritableFolder(ctx, bases);
    if (ctx.wants('damaged-db/bad-path')) await runBadPath(ctx);
    if (ctx.wants('damaged-db/full-disk')) await runFullDisk(ctx, bases);
  },
};
