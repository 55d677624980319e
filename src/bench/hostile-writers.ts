// Phases of heavy writing and reading: two writers on one database at once (two command lines, or
// a command line and the server's POST /v1/articles), and four full exports of a large database.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RawArticle } from '../ingest/raw-article.js';
import { prepareInput } from './crash.js';
import { checkStoredIds, ingestOrThrow, takeCorpusArticles, writeJsonl } from './hostile-data.js';
import { send, type Answer } from './hostile-http.js';
import { INGEST_TOKEN, discard, makeDir, runRow, scaled, type Phase, type PhaseContext } from './hostile-phase.js';
import { describeRun, parseIngestSummary, startTinfacts, type ProcessRun } from './hostile-process.js';
import { PhaseRecorder, formatMb, formatMs, formatSeconds } from './hostile-report.js';
import { ServedDb } from './hostile-serve.js';
import { HEALTH_LIMIT_MS } from './hostile-text.js';
import { countRows } from './load.js';

/** Checks that every article sent is stored exactly once, reading the database itself. */
function checkArticles(rec: PhaseRecorder, db: string, ids: readonly string[]): void {
  let stored;
  try {
    stored = checkStoredIds(db, ids);
  } catch (error) {
    rec.fail(`the database cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  rec.figure('stored', { rows: stored.rows, lost: stored.lost.length, duplicated: stored.duplicated.length, unexpected: stored.unexpected });
  rec.note(`database: ${stored.rows} article rows for ${ids.length} sent; ${stored.lost.length} lost, ${stored.duplicated.length} duplicated, ${stored.unexpected} unexpected`);
  if (stored.lost.length) rec.fail(`${stored.lost.length} articles lost (${stored.lost.slice(0, 3).join(', ')}${stored.lost.length > 3 ? ', ...' : ''})`);
  if (stored.duplicated.length) rec.fail(`${stored.duplicated.length} articles stored twice`);
  if (stored.rows !== ids.length) rec.fail(`${stored.rows} article rows, ${ids.length} expected`);
}

/** A command-line writer's outcome: its exit, its summary line, and every article it failed as a failure. */
function checkCliWriter(rec: PhaseRecorder, name: string, run: ProcessRun, sent: number): void {
  rec.cliRun(name, run);
  const summary = parseIngestSummary(run.stdout);
  rec.figure(name, { code: run.code, signal: run.signal, ms: run.ms, summary: summary?.line ?? null, stderr: run.stderr.trim().split('\n').slice(0, 5) });
  rec.note(`${name} summary: ${summary?.line ?? 'none'}`);
  if (run.code !== 0) rec.fail(`${name} ${describeRun(run)}`);
  if (summary && summary.failed > 0) rec.fail(`${name}: ${summary.failed} of ${sent} articles failed`);
}

function runCliPair(ctx: PhaseContext, halves: [RawArticle[], RawArticle[]]): Promise<void> {
  return runRow(ctx, 'concurrent-writers-cli', {}, async (rec, sub) => {
    const db = join(sub, 'tinfacts.db');
    const files = halves.map((h, i) => writeJsonl(join(sub, `half-${i + 1}.jsonl`), h));
    const timeoutMs = Math.max(120_000, 1_800_000 * ctx.scale);
    ctx.log(`concurrent-writers-cli: two tinfacts ingest of ${halves[0].length} articles each, started together...`);
    // Started in the same tick: both create the database and apply the migrations at once.
    const runs = files.map((f) => startTinfacts(ctx.group, ['ingest', '--db', db, f], { timeoutMs }));
    const [a, b] = await Promise.all(runs.map((r) => r.done));
    checkCliWriter(rec, 'ingest 1', a!, halves[0].length);
    checkCliWriter(rec, 'ingest 2', b!, halves[1].length);
    rec.database(db);
    checkArticles(rec, db, [...halves[0], ...halves[1]].map((x) => x.id!));
  });
}

interface PostFigures {
  batches: number;
  requests: number;
  resent: number;
  /** Articles the server failed without saying they may be retried, or that still failed after the retries. */
  permanent: { id: string; why: string }[];
  retryableFailures: number;
  wholeAnswer503: number;
}

interface IngestItem {
  index: number;
  status: string;
  externalId: string | null;
  error?: string;
  retryable?: boolean;
  retryAfter?: number;
}

const MAX_RESENDS = 5;
const DEFAULT_RETRY_DELAY_MS = 1000;
/** A Retry-After longer than this is waited only this long: the phase has a cap. */
const MAX_RETRY_DELAY_MS = 30_000;

function retryDelayMs(a: Answer, item?: IngestItem): number {
  const header = Number(a.headers['retry-after']);
  const seconds = item?.retryAfter ?? (Number.isFinite(header) ? header : null);
  return seconds === null ? DEFAULT_RETRY_DELAY_MS : Math.min(Math.max(seconds * 1000, 0), MAX_RETRY_DELAY_MS);
}

/**
 * POSTs the articles in batches of `batchSize` as a well-behaved client: an item answered `failed`
 * with `retryable: true`, or a whole 503 with Retry-After, is sent again after the delay (at most
 * MAX_RESENDS times); any other failure is permanent.
 */
async function postArticles(rec: PhaseRecorder, base: string, articles: readonly RawArticle[], batchSize: number): Promise<PostFigures> {
  const figures: PostFigures = { batches: 0, requests: 0, resent: 0, permanent: [], retryableFailures: 0, wholeAnswer503: 0 };
  const headers = { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' };
  for (let start = 0; start < articles.length; start += batchSize) {
    figures.batches++;
    let pending = articles.slice(start, start + batchSize);
    for (let attempt = 0; pending.length > 0; attempt++) {
      const a = rec.count(await send(base, '/v1/articles', { method: 'POST', headers, body: JSON.stringify(pending), timeoutMs: 300_000, keepBytes: 1024 * 1024 }));
      figures.requests++;
      let retry: RawArticle[] = [];
      let delay = DEFAULT_RETRY_DELAY_MS;
      if (a.status === 503 && a.headers['retry-after'] !== undefined) {
        figures.wholeAnswer503++;
        retry = pending;
        delay = retryDelayMs(a);
      } else if (a.status === 200 || a.status === 201) {
        let items: IngestItem[] = [];
        try {
          items = (JSON.parse(a.head) as { items: IngestItem[] }).items;
        } catch {
          for (const p of pending) figures.permanent.push({ id: p.id!, why: `unreadable ${a.status} answer` });
          break;
        }
        for (const item of items) {
          if (item.status !== 'failed') continue;
          const article = pending[item.index]!;
          if (item.retryable === true) {
            figures.retryableFailures++;
            retry.push(article);
            delay = Math.max(delay, retryDelayMs(a, item));
          } else figures.permanent.push({ id: article.id!, why: `failed: ${item.error ?? 'no reason given'}` });
        }
      } else {
        const why = a.status === null ? `no answer (${a.error})` : `${a.status} ${a.head.slice(0, 120)}`;
        for (const p of pending) figures.permanent.push({ id: p.id!, why });
        break;
      }
      if (retry.length === 0) break;
      if (attempt >= MAX_RESENDS) {
        for (const p of retry) figures.permanent.push({ id: p.id!, why: `still failing after ${MAX_RESENDS} resends` });
        break;
      }
      figures.resent += retry.length;
      await sleep(delay);
      pending = retry;
    }
  }
  return figures;
}

function runCliAndHttp(ctx: PhaseContext, halves: [RawArticle[], RawArticle[]]): Promise<void> {
  return runRow(ctx, 'concurrent-writers-http', { healthLimitMs: HEALTH_LIMIT_MS }, async (rec, sub) => {
    const empty = join(sub, 'no-seeds');
    mkdirSync(empty, { recursive: true });
    const db = join(sub, 'tinfacts.db');
    const file = writeJsonl(join(sub, 'cli-half.jsonl'), halves[0]);
    // No seeds: the database must end with exactly the articles sent.
    const served = new ServedDb(ctx.group, rec, { dbPath: db, seedsDir: empty, settings: { INGEST_TOKEN }, during: 'the writes' });
    try {
      await served.start();
      ctx.log(`concurrent-writers-http: tinfacts ingest of ${halves[0].length} articles while ${halves[1].length} are POSTed in batches of 50...`);
      const cli = startTinfacts(ctx.group, ['ingest', '--db', db, file], { timeoutMs: Math.max(120_000, 1_800_000 * ctx.scale) });
      const [run, posted] = await Promise.all([cli.done, postArticles(rec, served.base, halves[1], 50)]);
      checkCliWriter(rec, 'ingest', run, halves[0].length);
      rec.figure('post', { ...posted, permanent: posted.permanent.slice(0, 20), permanentCount: posted.permanent.length });
      rec.note(
        `POST: ${posted.batches} batches in ${posted.requests} requests; ${posted.retryableFailures} items failed retryable, ${posted.wholeAnswer503} whole 503s, ${posted.resent} resent; ${posted.permanent.length} permanent failures${posted.permanent[0] ? ` (first: ${posted.permanent[0].why.slice(0, 160)})` : ''}`,
      );
      if (posted.permanent.length) rec.fail(`${posted.permanent.length} of ${halves[1].length} POSTed articles failed for good (${posted.permanent[0]!.why.slice(0, 120)})`);
    } finally {
      await served.end();
    }
    rec.database(db);
    checkArticles(rec, db, [...halves[0], ...halves[1]].map((x) => x.id!));
  });
}

export const concurrentWritersPhase: Phase = {
  name: 'concurrent-writers',
  rows: ['concurrent-writers-cli', 'concurrent-writers-http'],
  needsCorpus: true,
  capMs: (scale) => Math.max(300_000, 3_600_000 * scale),
  async run(ctx) {
    const dir = makeDir(ctx, 'concurrent-writers');
    const total = scaled(ctx, 2000, 4) & ~1;
    ctx.log(`concurrent-writers: taking ${total} corpus articles...`);
    const articles = await takeCorpusArticles(ctx.corpus!, total, dir, 'concurrent/');
    const halves: [RawArticle[], RawArticle[]] = [articles.slice(0, total / 2), articles.slice(total / 2)];
    if (ctx.wants('concurrent-writers-cli')) await runCliPair(ctx, halves);
    if (ctx.wants('concurrent-writers-http')) await runCliAndHttp(ctx, halves);
    discard(ctx, dir);
  },
};

// ---------------------------------------------------------------------------------------------------

const PARALLEL_EXPORTS = 4;
const ORDINARY_EVERY_MS = 200;

export const exportsPhase: Phase = {
  name: 'exports',
  rows: ['exports'],
  needsCorpus: true,
  capMs: (scale) => Math.max(300_000, 5_400_000 * scale),
  run: (ctx) =>
    runRow(ctx, 'exports', { healthLimitMs: HEALTH_LIMIT_MS }, async (rec, dir) => {
      const n = scaled(ctx, 10_000, 20);
      const input = await prepareInput([ctx.corpus!], n, join(dir, 'articles.jsonl'));
      const db = join(dir, 'tinfacts.db');
      ctx.log(`exports: ingesting ${input.articles} articles with --workers 1 (minutes)...`);
      const run = await ingestOrThrow(ctx.group, db, [input.file], { timeoutMs: Math.max(300_000, 3_600_000 * ctx.scale), workers: 1 });
      rec.cliRun('tinfacts ingest --workers 1', run);
      const counts = countRows(db);
      rec.figure('database', { ...counts, ingestMs: run.ms });
      rec.note(`database: ${counts.articles} articles, ${counts.facts} facts, ${counts.entities} entities, ingested in ${formatSeconds(run.ms)}`);
      rec.database(db);

      const served = new ServedDb(ctx.group, rec, { dbPath: db, during: 'the exports' });
      try {
        await served.start();
        const base = served.base;
        let exporting = true;
        // An ordinary reader beside the exports: how long does a small page wait behind them?
        const ordinary: Answer[] = [];
        const reader = (async () => {
          while (exporting) {
            const sent = performance.now();
            ordinary.push(rec.count(await send(base, '/v1/facts?limit=20', { timeoutMs: 60_000, keepBytes: 0 })));
            const wait = ORDINARY_EVERY_MS - (performance.now() - sent);
            if (wait > 0) await sleep(wait);
          }
        })();
        ctx.log(`exports: ${PARALLEL_EXPORTS} parallel NDJSON exports of ${counts.facts} facts...`);
        const exports = await Promise.all(
          Array.from({ length: PARALLEL_EXPORTS }, () =>
            send(base, '/v1/facts?format=ndjson&limit=1000000', { timeoutMs: Math.max(120_000, 1_800_000 * ctx.scale), maxBytes: 8 * 1024 ** 3, keepBytes: 0 }),
          ),
        );
        exporting = false;
        await reader;
        const rssAfter = served.memory();
        rec.figure('serverRssAfterExports', rssAfter);
        exports.forEach((a, i) => {
          rec.count(a);
          rec.note(`export ${i + 1}: ${a.status ?? 'no answer'} in ${formatSeconds(a.ms)}, ${a.lines} lines, ${formatMb(a.bytes)}${a.error ? ` (${a.error})` : ''}`);
          if (a.error) rec.fail(`export ${i + 1}: ${a.error}`);
          else if (a.status === 200 && a.lines !== counts.facts) rec.fail(`export ${i + 1} has ${a.lines} lines for ${counts.facts} facts`);
        });
        const worstOrdinary = Math.max(0, ...ordinary.map((a) => (a.status === null ? 60_000 : a.ms)));
        rec.figure('exports', exports.map((a) => ({ status: a.status, ms: a.ms, lines: a.lines, bytes: a.bytes, error: a.error })));
        rec.figure('ordinary', { requests: ordinary.length, worstMs: worstOrdinary });
        rec.note(`GET /v1/facts?limit=20 every ${ORDINARY_EVERY_MS} ms during the exports: ${ordinary.length} requests, worst ${formatMs(worstOrdinary)}`);
      } finally {
        await served.end();
      }
    }),
};
