// `npm run bench`: how fast the service ingests, how many requests it serves next to a bare Fastify
// server sending the same bytes, and how both hold up on an archive ten times larger.
//
//   1. Ingestion: the corpus into a fresh database, in a process of its own (src/bench/ingest-run.ts):
//      articles/s, MB/s of text, facts/s, peak RSS, database bytes per article.
//   2. API: the real server (src/bench/load-server.ts, the configuration of `npm start`) and a bare
//      Fastify server (src/bench/bare-server.ts) answering each endpoint's path with the real
//      server's bytes, loaded alternately with autocannon (src/bench/ab.ts). The real server runs
//      as deployed (response cache on) and once more without its response cache, to show what a
//      first request costs.
//   3. Scale: the database grown to `scale` times the corpus with derived copies of every article
//      (src/bench/derive.ts: new ids, other numbers and names), the API runs again, and start-up on
//      it is timed.
// Results: BENCHMARKS.md and a JSON summary. Benchmarks are not tests: CI does not run this.
import { execFileSync, fork, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, availableParallelism, cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client.js';
import { foldKey } from '../domain/text/keys.js';
import { alternate, fetchResponse, median, startBareServer, type AlternateResult, type BareServer } from './ab.js';
import type { IngestRunMessage, IngestRunRequest, IngestRunResult } from './ingest-run.js';
import { countRows, startLoadServer, type LoadServer } from './load.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
// The compiled programs, also when this module runs from its TypeScript source (the smoke test).
const INGEST_RUN = join(PROJECT, 'dist', 'bench', 'ingest-run.js');
const SERVER = join(PROJECT, 'dist', 'server.js');
/** Where a corpus is looked for when none is given: a `shared/corpus` folder beside the project. */
export const DEFAULT_CORPUS = resolve(PROJECT, '..', 'shared', 'corpus');

export interface BenchOptions {
  corpus: string[];
  /** Articles read from the corpus at most (null: all). */
  articles: number | null;
  /** The large database holds this many times the corpus (1: no scale run). */
  scale: number;
  /** Seconds of each measured load run. */
  duration: number;
  rounds: number;
  connections: number;
  warmup: number;
  /** Preparation threads of the ingestion. */
  workers: number;
  /** The kinds of endpoint measured (default: all). */
  kinds: EndpointKind[];
  /** When set, the ingestion and the real servers write CPU profiles (node --cpu-prof) here. */
  profile: string | null;
  /** Where databases go (large: several GB for the whole corpus). */
  work: string;
  /** BENCHMARKS.md and the JSON summary are written here. */
  report: string;
  json: string;
  /** The command as typed, for the report. */
  command: string;
  seed: number;
  log: (line: string) => void;
}

// ---------------------------------------------------------------------------------------------------
// Bars (the service's targets)

export const BARS = {
  ingestArticlesPerSecond: 1000,
  ingestPeakRssMb: 300,
  ratio: { 'by-id': 0.8, list: 0.6, search: 0.4, facets: 0.4 } as Record<EndpointKind, number>,
  p99Ms: 10,
  scaleP50Ratio: 1.5,
  serverRssMb: 200,
  startupMs: 1000,
};

// ---------------------------------------------------------------------------------------------------
// Ingestion

export interface IngestFigures {
  articles: number;
  added: number;
  failed: number;
  problems: string[];
  seconds: number;
  articlesPerSecond: number;
  textMegabytesPerSecond: number;
  facts: number;
  factsPerSecond: number;
  peakRssMb: number;
  databaseBytes: number;
  databaseBytesPerArticle: number;
}

const profileArgs = (dir: string | null) => (dir === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`]);

function runIngestChild(request: IngestRunRequest, profile: string | null): Promise<IngestRunResult> {
  const child = fork(INGEST_RUN, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: profileArgs(profile) });
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    child.once('message', (message: IngestRunMessage) => {
      settled = true;
      if (message.type === 'done') resolvePromise(message);
      else reject(new Error(`ingestion failed: ${message.message}`));
    });
    child.once('exit', (code, signal) => {
      if (!settled) reject(new Error(`the ingestion process exited with ${code ?? signal}`));
    });
    child.send(request);
  });
}

function databaseBytes(path: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0), 0);
}

export async function benchIngest(db: string, options: BenchOptions, copies: number): Promise<IngestFigures> {
  const factsBefore = existsSync(db) ? countRows(db).facts : 0;
  const result = await runIngestChild({ type: 'run', db, inputs: options.corpus, limit: options.articles, copies, seed: options.seed, workers: options.workers }, options.profile);
  const after = countRows(db);
  const facts = after.facts - factsBefore;
  const bytes = databaseBytes(db);
  const stored = after.articles;
  return {
    articles: result.articles,
    added: result.added,
    failed: result.failed,
    problems: result.problems,
    seconds: result.seconds,
    articlesPerSecond: result.articles / result.seconds,
    textMegabytesPerSecond: result.textBytes / 1e6 / result.seconds,
    facts,
    factsPerSecond: facts / result.seconds,
    peakRssMb: result.peakRssBytes / 1e6,
    databaseBytes: bytes,
    databaseBytesPerArticle: stored > 0 ? bytes / stored : 0,
  };
}

// ---------------------------------------------------------------------------------------------------
// Endpoints

export type EndpointKind = 'by-id' | 'list' | 'search' | 'facets';

export interface Endpoint {
  name: string;
  kind: EndpointKind;
  path: string;
}

/** The first `n` words of a name, accent-folded: what a user types without a Vietnamese keyboard. */
const foldedWords = (name: string, n: number) => foldKey(name).split(/\s+/).slice(0, n).join(' ');

/**
 * The endpoints measured, with ids and words drawn from the database itself: a middle fact and
 * entity, the most mentioned person or organisation, the most mentioned province.
 */
export function chooseEndpoints(dbPath: string): Endpoint[] {
  const handle = openDb(dbPath, { readonly: true });
  try {
    const one = <T>(sql: string) => handle.sqlite.prepare(sql).pluck().get() as T | undefined;
    const middle = (table: string) => one<number>(`select id from ${table} order by id limit 1 offset (select count(*) / 2 from ${table})`);
    const mostMentioned = (kinds: string) =>
      one<string>(`select e.name from mentions m join entities e on e.id = m.entity_id where e.kind in (${kinds}) group by e.id order by count(*) desc, e.id limit 1`);
    const factId = middle('facts');
    const entityId = middle('entities');
    const someone = mostMentioned("'person', 'organization'");
    const province = mostMentioned("'province'");
    if (factId === undefined || entityId === undefined || someone === undefined || province === undefined) {
      throw new Error(`${dbPath} holds too little to benchmark (it needs facts, and people or organisations and provinces mentioned)`);
    }
    const q = (text: string) => encodeURIComponent(text);
    return [
      { name: 'fact by id', kind: 'by-id', path: `/v1/facts/${factId}` },
      { name: 'entity by id', kind: 'by-id', path: `/v1/entities/${entityId}` },
      { name: 'fact list (figures in %, 50)', kind: 'list', path: '/v1/facts?type=figure&unit=percent&limit=50' },
      { name: 'article list (50)', kind: 'list', path: '/v1/articles?limit=50' },
      { name: 'entity search (folded)', kind: 'search', path: `/v1/entities?q=${q(foldedWords(someone, 2))}` },
      { name: 'article full-text search', kind: 'search', path: `/v1/articles?q=${q(foldedWords(province, 2))}` },
      { name: 'facets of all facts', kind: 'facets', path: '/v1/facts?include=facets,total&limit=50' },
    ];
  } finally {
    handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// API

export interface EndpointFigures extends Endpoint {
  bytes: number;
  /** The real server as deployed, next to the bare one. */
  cached: AlternateResult;
  /**
   * The real server without its response cache, next to the bare one; null when one request took
   * longer than MAX_LOADED_MS (ten connections of such requests would outlast the run by minutes).
   */
  uncached: AlternateResult | null;
  /** One request to the real server without its cache, alone, in ms. */
  uncachedSingleMs: number;
}

/** An uncached answer slower than this alone is reported as such, not loaded. */
export const MAX_LOADED_MS = 2000;
/** The first answers (computed from the database) may take long on a large one. */
const FIRST_ANSWER_TIMEOUT_S = 600;

export interface ApiFigures {
  articles: number;
  endpoints: EndpointFigures[];
  /** Peak RSS of the real server (as deployed) sampled while it was loaded. */
  serverPeakRssMb: number;
}

async function withServers<T>(dbPath: string, profile: string | null, use: (cached: LoadServer, uncached: LoadServer) => Promise<T>): Promise<T> {
  const nodeArgs = profileArgs(profile);
  const cached = await startLoadServer(dbPath, { nodeArgs });
  try {
    const uncached = await startLoadServer(dbPath, { env: { RESPONSE_CACHE_MB: '0' }, nodeArgs });
    try {
      return await use(cached, uncached);
    } finally {
      await uncached.stop();
    }
  } finally {
    await cached.stop();
  }
}

export async function benchApi(dbPath: string, endpoints: readonly Endpoint[], options: BenchOptions): Promise<ApiFigures> {
  return withServers(dbPath, options.profile, async (cached, uncached) => {
    const responses = [];
    const singleMs: number[] = [];
    for (const endpoint of endpoints) {
      const response = await fetchResponse(cached.base, endpoint.path, FIRST_ANSWER_TIMEOUT_S);
      if (response.status !== 200) throw new Error(`${endpoint.path} answered ${response.status}: ${response.body.toString().slice(0, 300)}`);
      const started = performance.now();
      const again = await fetchResponse(uncached.base, endpoint.path, FIRST_ANSWER_TIMEOUT_S);
      singleMs.push(performance.now() - started);
      if (!again.body.equals(response.body)) throw new Error(`${endpoint.path}: the answers with and without the response cache differ`);
      responses.push({ path: endpoint.path, ...response });
    }
    const bare: BareServer = await startBareServer(responses);
    let peakRss = 0;
    const sampleRss = async () => (peakRss = Math.max(peakRss, (await cached.sample()).rss));
    const sampler = setInterval(() => void sampleRss().catch(() => {}), 500);
    try {
      const figures: EndpointFigures[] = [];
      for (const [i, endpoint] of endpoints.entries()) {
        const run = (b: LoadServer, label: string) =>
          alternate({
            a: { name: 'bare', url: bare.url },
            b: { name: label, url: b.base },
            path: endpoint.path,
            rounds: options.rounds,
            durationSeconds: options.duration,
            connections: options.connections,
            warmupSeconds: options.warmup,
          });
        const withCache = await run(cached, 'real');
        const single = singleMs[i]!;
        const withoutCache = single <= MAX_LOADED_MS ? await run(uncached, 'real, no cache') : null;
        figures.push({ ...endpoint, bytes: responses[i]!.body.length, cached: withCache, uncached: withoutCache, uncachedSingleMs: single });
        options.log(
          `  ${endpoint.name.padEnd(30)} bare ${fmt(withCache.a.median.rps)} req/s | real ${fmt(withCache.b.median.rps)} req/s ` +
            `(x${withCache.ratio.rps.toFixed(2)}, p50 ${withCache.b.median.p50Ms.toFixed(2)} ms, p99 ${withCache.b.median.p99Ms.toFixed(2)} ms) | ` +
            (withoutCache
              ? `no cache ${fmt(withoutCache.b.median.rps)} req/s (x${withoutCache.ratio.rps.toFixed(2)}, p50 ${ms(withoutCache.b.median.p50Ms)} ms)`
              : `no cache: one request alone took ${(single / 1000).toFixed(1)} s, not loaded`),
        );
      }
      await sampleRss();
      return { articles: countRows(dbPath).articles, endpoints: figures, serverPeakRssMb: peakRss / 1e6 };
    } finally {
      clearInterval(sampler);
      await bare.close();
    }
  });
}

const fmt = (n: number) => n.toFixed(0).padStart(6);

// ---------------------------------------------------------------------------------------------------
// Start-up

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Milliseconds from starting `npm start`'s server on the database to its first answered request. */
export async function measureStartup(dbPath: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER], {
    cwd: PROJECT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: dbPath, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${output}`);
      if (performance.now() - started > 60_000) throw new Error(`the server did not answer within 60 s: ${output}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function medianStartup(dbPath: string, samples = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await measureStartup(dbPath));
  return median(times);
}

// ---------------------------------------------------------------------------------------------------
// The whole run

export interface BenchResult {
  date: string;
  command: string;
  /** The commit measured (with "+changes" when the working tree differs from it). */
  commit: string;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string };
  options: { corpus: string[]; articles: number | null; scale: number; duration: number; rounds: number; connections: number; workers: number };
  ingest: IngestFigures;
  api: ApiFigures;
  scale: null | { ingest: IngestFigures; api: ApiFigures; startupMs: number; smallStartupMs: number };
  bars: BarCheck[];
}

export interface BarCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  mkdirSync(options.work, { recursive: true });
  const scratch = mkdtempSync(join(options.work, 'tinfacts-bench-'));
  try {
    const small = join(scratch, 'small.db');
    options.log(`ingesting ${options.corpus.join(', ')}${options.articles !== null ? ` (first ${options.articles} articles)` : ''} with ${options.workers} preparation workers...`);
    const ingest = await benchIngest(small, options, 0);
    options.log(
      `  ${ingest.articles} articles in ${ingest.seconds.toFixed(1)} s: ${ingest.articlesPerSecond.toFixed(0)} articles/s, ${ingest.textMegabytesPerSecond.toFixed(2)} MB/s, ` +
        `${ingest.factsPerSecond.toFixed(0)} facts/s, peak RSS ${ingest.peakRssMb.toFixed(0)} MB, ${(ingest.databaseBytesPerArticle / 1024).toFixed(1)} KB per article`,
    );
    const endpoints = chooseEndpoints(small).filter((e) => options.kinds.includes(e.kind));
    options.log(`API on ${ingest.added} articles (${options.rounds} rounds of ${options.duration} s, ${options.connections} connections):`);
    const api = await benchApi(small, endpoints, options);

    let scale: BenchResult['scale'] = null;
    if (options.scale > 1) {
      const smallStartupMs = await medianStartup(small);
      const large = join(scratch, 'large.db');
      copyFileSync(small, large);
      options.log(`growing the database to ${options.scale} times the corpus with derived copies...`);
      const grown = await benchIngest(large, options, options.scale - 1);
      options.log(`  ${grown.articles} copies in ${grown.seconds.toFixed(1)} s: ${grown.articlesPerSecond.toFixed(0)} articles/s, peak RSS ${grown.peakRssMb.toFixed(0)} MB`);
      const startupMs = await medianStartup(large);
      options.log(`  start-up to the first answer: ${startupMs.toFixed(0)} ms (small database: ${smallStartupMs.toFixed(0)} ms)`);
      options.log(`API on ${countRows(large).articles} articles:`);
      const largeApi = await benchApi(large, endpoints, options);
      scale = { ingest: grown, api: largeApi, startupMs, smallStartupMs };
    }

    const result: BenchResult = {
      date: new Date().toISOString(),
      command: options.command,
      commit: currentCommit(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: availableParallelism(),
        memoryGb: Math.round(totalmem() / 2 ** 30),
        os: `${platform()} ${release()} ${arch()}`,
        node: process.version,
      },
      options: {
        corpus: options.corpus,
        articles: options.articles,
        scale: options.scale,
        duration: options.duration,
        rounds: options.rounds,
        connections: options.connections,
        workers: options.workers,
      },
      ingest,
      api,
      scale,
      bars: [],
    };
    result.bars = checkBars(result);
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function currentCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' +changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function checkBars(r: BenchResult): BarCheck[] {
  const bars: BarCheck[] = [
    { name: 'ingestion throughput', target: `>= ${BARS.ingestArticlesPerSecond} articles/s`, measured: `${r.ingest.articlesPerSecond.toFixed(0)} articles/s`, met: r.ingest.articlesPerSecond >= BARS.ingestArticlesPerSecond },
    { name: 'ingestion peak RSS', target: `<= ${BARS.ingestPeakRssMb} MB`, measured: `${r.ingest.peakRssMb.toFixed(0)} MB`, met: r.ingest.peakRssMb <= BARS.ingestPeakRssMb },
  ];
  for (const e of r.api.endpoints) {
    const ratio = e.cached.ratio.rps;
    bars.push({ name: `${e.name}: real/bare req/s`, target: `>= ${BARS.ratio[e.kind]}`, measured: ratio.toFixed(2), met: ratio >= BARS.ratio[e.kind] });
    if (e.kind === 'by-id' || e.kind === 'list') {
      const p99 = e.cached.b.median.p99Ms;
      bars.push({ name: `${e.name}: p99`, target: `<= ${BARS.p99Ms} ms`, measured: `${p99.toFixed(2)} ms`, met: p99 <= BARS.p99Ms });
    }
  }
  if (r.scale) {
    for (const [i, e] of r.scale.api.endpoints.entries()) {
      const ratio = e.cached.b.median.p50Ms / r.api.endpoints[i]!.cached.b.median.p50Ms;
      bars.push({ name: `${e.name}: p50 large/small`, target: `<= ${BARS.scaleP50Ratio}`, measured: ratio.toFixed(2), met: ratio <= BARS.scaleP50Ratio });
    }
    bars.push({ name: 'server RSS under load, large database', target: `<= ${BARS.serverRssMb} MB`, measured: `${r.scale.api.serverPeakRssMb.toFixed(0)} MB`, met: r.scale.api.serverPeakRssMb <= BARS.serverRssMb });
    bars.push({ name: 'start-up to first answer, large database', target: `<= ${BARS.startupMs} ms`, measured: `${r.scale.startupMs.toFixed(0)} ms`, met: r.scale.startupMs <= BARS.startupMs });
  }
  return bars;
}

// ---------------------------------------------------------------------------------------------------
// Report

/** Milliseconds; a dash when no request was answered (no latency to tell). */
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const ratio = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function apiTable(api: ApiFigures): string[] {
  const lines = [
    '| endpoint | path | bytes | bare req/s | real req/s | real/bare | real p50 ms | real p99 ms | no cache, one request alone ms | no cache req/s | no cache/bare | no cache p50 ms | no cache p99 ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const e of api.endpoints) {
    const c = e.cached;
    const u = e.uncached;
    const loaded = u ? `${u.b.median.rps.toFixed(0)} | ${u.ratio.rps.toFixed(2)} | ${ms(u.b.median.p50Ms)} | ${ms(u.b.median.p99Ms)}` : 'not loaded | | |';
    lines.push(
      `| ${e.name} | \`${e.path}\` | ${e.bytes} | ${c.a.median.rps.toFixed(0)} | ${c.b.median.rps.toFixed(0)} | ${c.ratio.rps.toFixed(2)} | ${ms(c.b.median.p50Ms)} | ${ms(c.b.median.p99Ms)} | ` +
        `${e.uncachedSingleMs.toFixed(0)} | ${loaded} |`,
    );
  }
  return lines;
}

function ingestLine(label: string, i: IngestFigures): string {
  return (
    `| ${label} | ${i.articles} | ${i.seconds.toFixed(1)} | ${i.articlesPerSecond.toFixed(0)} | ${i.textMegabytesPerSecond.toFixed(2)} | ${i.factsPerSecond.toFixed(0)} | ` +
    `${i.peakRssMb.toFixed(0)} | ${mb(i.databaseBytes)} | ${(i.databaseBytesPerArticle / 1024).toFixed(1)} | ${i.failed} |`
  );
}

export function renderMarkdown(r: BenchResult): string {
  const out = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (src/bench/bench.ts); run it again to refresh these figures. Benchmarks are',
    'not tests: CI does not run them, and a smoke test (test/bench/bench.test.ts) keeps the code working.',
    '',
    `- **Date**: ${r.date}`,
    `- **Command**: \`${r.command}\` at commit ${r.commit}`,
    `- **Machine**: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, ${r.machine.os}, Node ${r.machine.node}`,
    `- **Load**: autocannon, ${r.options.connections} connections on loopback, ${r.options.rounds} rounds of ${r.options.duration} s per side, alternating bare and real (A B A B), medians of the rounds`,
    '',
    '## Bars',
    '',
    '| bar | target | measured | met |',
    '| --- | --- | --- | --- |',
    ...r.bars.map((b) => `| ${b.name} | ${b.target} | ${b.measured} | ${b.met ? 'yes' : '**no**'} |`),
    '',
    '## Ingestion',
    '',
    `One process: the reading thread stores, ${r.options.workers} worker threads normalise and extract. Peak RSS is the whole process's.`,
    '',
    '| run | articles | seconds | articles/s | MB/s of text | facts/s | peak RSS MB | database MB | KB per article | failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ingestLine('corpus, fresh database', r.ingest),
    ...(r.scale ? [ingestLine(`derived copies, onto the corpus's database`, r.scale.ingest)] : []),
    '',
    `## API on ${r.api.articles} articles`,
    '',
    '"real" is the server as `npm start` runs it (its response cache on, `LOG_LEVEL=warn`: no line per request);',
    '"no cache" is the same server with `RESPONSE_CACHE_MB=0`, which answers every request from the database.',
    '"bare" is a Fastify server that sends the real server\'s bytes for the same path and does nothing else.',
    `A dash: no request of the run was answered within its duration. "No cache" is not loaded where one request alone took over ${MAX_LOADED_MS / 1000} s.`,
    '',
    ...apiTable(r.api),
    '',
    `Server peak RSS under this load: ${r.api.serverPeakRssMb.toFixed(0)} MB.`,
  ];
  if (r.scale) {
    const s = r.scale;
    out.push(
      '',
      `## Scale: ${s.api.articles} articles`,
      '',
      `Start-up to the first answered request: ${s.startupMs.toFixed(0)} ms (${s.smallStartupMs.toFixed(0)} ms on ${r.api.articles} articles). Server peak RSS under load: ${s.api.serverPeakRssMb.toFixed(0)} MB.`,
      '',
      ...apiTable(s.api),
      '',
      '| endpoint | p50 large/small (real) | one request alone, no cache, large/small |',
      '| --- | ---: | ---: |',
      ...s.api.endpoints.map((e, i) => {
        const small = r.api.endpoints[i]!;
        return `| ${e.name} | ${ratio(e.cached.b.median.p50Ms / small.cached.b.median.p50Ms)} | ${ratio(e.uncachedSingleMs / small.uncachedSingleMs)} |`;
      }),
    );
  }
  return `${out.join('\n')}\n`;
}

/** The summary for tools: the bars and the headline figures. */
export function summarize(r: BenchResult) {
  const endpoint = (e: EndpointFigures) => ({
    name: e.name,
    kind: e.kind,
    path: e.path,
    bareRps: e.cached.a.median.rps,
    rps: e.cached.b.median.rps,
    ratio: e.cached.ratio.rps,
    p50Ms: e.cached.b.median.p50Ms,
    p99Ms: e.cached.b.median.p99Ms,
    uncachedSingleMs: e.uncachedSingleMs,
    uncachedRps: e.uncached?.b.median.rps ?? null,
    uncachedRatio: e.uncached?.ratio.rps ?? null,
    uncachedP50Ms: e.uncached?.b.median.p50Ms ?? null,
    uncachedP99Ms: e.uncached?.b.median.p99Ms ?? null,
  });
  return {
    date: r.date,
    command: r.command,
    commit: r.commit,
    machine: r.machine,
    options: r.options,
    allBarsMet: r.bars.every((b) => b.met),
    bars: r.bars,
    ingest: r.ingest,
    api: { articles: r.api.articles, serverPeakRssMb: r.api.serverPeakRssMb, endpoints: r.api.endpoints.map(endpoint) },
    scale: r.scale && {
      articles: r.scale.api.articles,
      ingest: r.scale.ingest,
      startupMs: r.scale.startupMs,
      serverPeakRssMb: r.scale.api.serverPeakRssMb,
      endpoints: r.scale.api.endpoints.map(endpoint),
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Command line

const USAGE = `usage: npm run bench -- [CORPUS...] [options]
  CORPUS               .jsonl / .jsonl.gz / .txt files or folders (default: ${DEFAULT_CORPUS}, when present)
  --articles N         read at most N articles of the corpus (default: all)
  --scale N            grow the database to N times the corpus for the scale run (default 10; 1 skips it)
  --duration S         seconds of each measured load run (default 5)
  --rounds N           A B rounds per endpoint, at least 2 (default 2)
  --connections N      autocannon connections (default 10)
  --warmup S           warm-up seconds of each side (default 1)
  --workers N          preparation threads of the ingestion (default: one less than the cores, at least 1)
  --endpoints KINDS    the kinds measured, comma-separated: by-id,list,search,facets (default: all)
  --profile DIR        write CPU profiles of the ingestion and the servers there (node --cpu-prof)
  --work DIR           where the databases go (default: the system's temporary folder)
  --report FILE        the Markdown report (default: BENCHMARKS.md in the project)
  --json FILE          the JSON summary (default: benchmarks.json in the project)
  --seed N             seed of the derived copies (default 1)`;

function positiveNumber(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name}: expected a number of at least ${min}, got "${value}"`);
  return n;
}

export function parseBenchArgs(argv: readonly string[], log: (line: string) => void): BenchOptions {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      articles: { type: 'string' },
      scale: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      workers: { type: 'string' },
      endpoints: { type: 'string' },
      profile: { type: 'string' },
      work: { type: 'string' },
      report: { type: 'string' },
      json: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new Error(USAGE);
  const corpus = positionals.length > 0 ? positionals.map((p) => resolve(p)) : existsSync(DEFAULT_CORPUS) ? corpusFiles(DEFAULT_CORPUS) : [];
  if (corpus.length === 0) throw new Error(`no corpus given, and none at ${DEFAULT_CORPUS}\n${USAGE}`);
  return {
    corpus,
    articles: values.articles === undefined ? null : positiveNumber('articles', values.articles, 0, 1),
    scale: Math.round(positiveNumber('scale', values.scale, 10, 1)),
    duration: positiveNumber('duration', values.duration, 5, 0.1),
    rounds: Math.round(positiveNumber('rounds', values.rounds, 2, 2)),
    connections: Math.round(positiveNumber('connections', values.connections, 10, 1)),
    warmup: positiveNumber('warmup', values.warmup, 1),
    workers: Math.round(positiveNumber('workers', values.workers, Math.max(1, availableParallelism() - 1))),
    kinds: parseKinds(values.endpoints),
    profile: values.profile === undefined ? null : resolve(values.profile),
    work: resolve(values.work ?? tmpdir()),
    report: resolve(values.report ?? join(PROJECT, 'BENCHMARKS.md')),
    json: resolve(values.json ?? join(PROJECT, 'benchmarks.json')),
    command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
    seed: Math.round(positiveNumber('seed', values.seed, 1)),
    log,
  };
}

const KINDS: readonly EndpointKind[] = ['by-id', 'list', 'search', 'facets'];

function parseKinds(value: string | undefined): EndpointKind[] {
  if (value === undefined) return [...KINDS];
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !KINDS.includes(k as EndpointKind));
  if (unknown.length > 0 || kinds.length === 0) throw new Error(`--endpoints: expected some of ${KINDS.join(', ')}, got "${value}"`);
  return kinds as EndpointKind[];
}

/** The .jsonl.gz files of a corpus folder, in name order. */
function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl.gz'))
    .sort()
    .map((name) => join(dir, name));
}

export function writeResults(result: BenchResult, options: Pick<BenchOptions, 'report' | 'json'>): void {
  mkdirSync(dirname(options.report), { recursive: true });
  writeFileSync(options.report, renderMarkdown(result));
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(summarize(result), null, 2)}\n`);
}

async function main(): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2), log);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const result = await runBench(options);
  writeResults(result, options);
  log('');
  for (const bar of result.bars) log(`${bar.met ? 'met   ' : 'MISSED'} ${bar.name}: ${bar.measured} (target ${bar.target})`);
  log(`\nwritten: ${options.report}, ${options.json}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
