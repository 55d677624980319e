// Load harness: `npm run harness:load -- [--db PATH | --corpus FILE_OR_FOLDER --articles N]
//   [--warmup 10] [--duration 60] [--connections 50] [--timeout 10] [--log-level warn] [--seed 1] [--json OUT]`.
//
// Serves a database with the real server code (src/bench/load-server.ts: the app of src/server.ts in a
// child process on 127.0.0.1) and loads it with autocannon over a mix of requests made from the
// database's own ids and words: details, filtered lists, facets, searches, exports, cursor follow-ups,
// revalidations, and 4xx on purpose. A warm-up runs first and is not counted; during the measured run
// the server's RSS is sampled every second, and its event-loop delay is measured inside it.
//
// Without --db the database is made fresh: the first --articles articles of --corpus (default 2000),
// or the seeds without a corpus, ingested by the real command line. Request logs are off by default
// (--log-level warn) so that the figures are those of the API rather than of a log pipe.
//
// Exit status 1 when a bar fails: an error or a timeout, a status the mix did not expect, or RSS
// growing by 10 % or more from the end of the warm-up to the end of the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { openDb } from '../db/client.js';
import { foldKey } from '../domain/text/keys.js';
import { listInputFiles, readArticles } from '../ingest/sources.js';
import type { LoadServerMessage } from './load-server.js';
import { seededRandom } from './random.js';
import { startIpcServer } from './ipc-server.js';

// Two folders down from the project in both src/ and dist/, so the same paths serve the tests and the build.
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(PROJECT, 'bin', 'tinfacts.js');
const SEEDS = join(PROJECT, 'seeds');
/** The server always runs compiled: the harness measures what `npm start` runs. */
const LOAD_SERVER = join(PROJECT, 'dist', 'bench', 'load-server.js');

export const RSS_GROWTH_LIMIT_PERCENT = 10;
/** How long the start and the end of the measured run are, for RSS. */
export const RSS_WINDOW_SECONDS = 5;

// ---------------------------------------------------------------------------------------------------
// The database

export interface PreparedDatabase {
  path: string;
  /** Where its articles came from. */
  source: 'given' | 'corpus' | 'seeds';
  /** Seconds the command-line ingestion took (0 for a given database). */
  ingestSeconds: number;
  counts: { articles: number; facts: number; entities: number };
}

/** Runs `tinfacts ingest` in a child process; rejects on a non-zero exit or after `timeoutMs`. */
export async function runIngestCli(dbPath: string, inputs: readonly string[], timeoutMs: number): Promise<string> {
  const child = spawn(process.execPath, [CLI, 'ingest', '--quiet', '--db', dbPath, ...inputs], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    if (code !== 0) throw new Error(`tinfacts ingest exited with ${code ?? signal}${signal === 'SIGKILL' ? ` (over ${timeoutMs / 1000} s)` : ''}:\n${output}`);
    return output.trim();
  } finally {
    clearTimeout(timer);
  }
}

/** Writes the first `count` readable articles of `corpus` (files or folders) to `out` as JSON Lines; returns how many. */
export async function writeFirstArticles(corpus: string, count: number, out: string): Promise<number> {
  const { files } = await listInputFiles([corpus]);
  const stream = createWriteStream(out);
  let written = 0;
  try {
    for (const file of files) {
      for await (const item of readArticles(file)) {
        if (written >= count) break;
        if (item.kind !== 'article') continue;
        if (!stream.write(`${JSON.stringify(item.article)}\n`)) await once(stream, 'drain');
        written++;
      }
      if (written >= count) break;
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return written;
}

/** How many articles, facts and entities the database at `path` holds. */
export function countRows(path: string): PreparedDatabase['counts'] {
  const handle = openDb(path, { readonly: true });
  try {
    const n = (table: string) => (handle.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { articles: n('articles'), facts: n('facts'), entities: n('entities') };
  } finally {
    handle.close();
  }
}

/** The database to serve: `db` as it is, or a fresh one in `scratch` from the corpus or the seeds. */
export async function prepareDatabase(options: { db?: string; corpus?: string; articles: number; scratch: string; log: (line: string) => void }): Promise<PreparedDatabase> {
  if (options.db) {
    if (!existsSync(options.db)) throw new Error(`no database at ${options.db}`);
    return { path: options.db, source: 'given', ingestSeconds: 0, counts: countRows(options.db) };
  }
  const path = join(options.scratch, 'load.db');
  let inputs = [SEEDS];
  if (options.corpus) {
    const file = join(options.scratch, 'articles.jsonl');
    const n = await writeFirstArticles(options.corpus, options.articles, file);
    if (n === 0) throw new Error(`no readable article in ${options.corpus}`);
    inputs = [file];
    options.log(`ingesting the first ${n} articles of ${options.corpus}...`);
  } else {
    options.log('ingesting the seeds...');
  }
  const started = performance.now();
  // Bounded generously: a busy machine can slow ingestion to tens of articles a second.
  const summary = await runIngestCli(path, inputs, 60_000 + options.articles * 200);
  const ingestSeconds = (performance.now() - started) / 1000;
  options.log(`ingested in ${ingestSeconds.toFixed(1)} s: ${summary}`);
  return { path, source: options.corpus ? 'corpus' : 'seeds', ingestSeconds, counts: countRows(path) };
}

// ---------------------------------------------------------------------------------------------------
// The request mix

export type MixKind =
  | 'fact'
  | 'entity'
  | 'article'
  | 'fact-list'
  | 'facets'
  | 'entity-search'
  | 'article-search'
  | 'article-list'
  | 'entity-list'
  | 'csv'
  | 'ndjson'
  | 'health'
  | 'not-found'
  | 'bad-request'
  | 'cursor'
  | 'revalidate';

export interface MixItem {
  kind: MixKind;
  /** Path and query. */
  path: string;
  /** The statuses this request may answer with; anything else counts as unexpected. */
  expect: readonly number[];
  headers?: Record<string, string>;
}

/** Shares of the mix, in percent. Details and lists dominate, as they would for a reader of the API. */
export const MIX_WEIGHTS: Readonly<Record<MixKind, number>> = {
  fact: 14,
  entity: 12,
  article: 8,
  'fact-list': 16,
  facets: 4,
  'entity-search': 10,
  'article-search': 8,
  'article-list': 2,
  'entity-list': 2,
  csv: 3,
  ndjson: 1,
  health: 2,
  'not-found': 4,
  'bad-request': 4,
  cursor: 6,
  revalidate: 4,
};

/** What the mix is made of: ids and words read from the database. */
export interface DatabaseSample {
  factIds: number[];
  entityIds: number[];
  articleIds: number[];
  personIds: number[];
  articlesWithFacts: number[];
  metrics: string[];
  titles: string[];
  provinces: { key: string; name: string }[];
  years: number[];
  /** Accented titles of articles, to make full-text queries from. */
  articleTitles: string[];
  /** Accented names of entities, to make name searches from. */
  entityNames: string[];
  maxIds: { fact: number; entity: number; article: number };
}

export function sampleDatabase(path: string): DatabaseSample {
  const handle = openDb(path, { readonly: true });
  try {
    const column = <T>(sql: string) => handle.sqlite.prepare(sql).pluck().all() as T[];
    const max = (table: string) => (handle.sqlite.prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n;
    return {
      factIds: column<number>('select id from facts'),
      entityIds: column<number>('select id from entities'),
      articleIds: column<number>('select id from articles'),
      personIds: column<number>("select distinct person_id from facts where type = 'role' and person_id is not null"),
      articlesWithFacts: column<number>('select distinct article_id from fact_evidence'),
      metrics: column<string>("select metric_search from facts where metric_search is not null and metric_search != '' group by metric_search order by count(*) desc limit 60"),
      titles: column<string>("select title_search from facts where title_search is not null and title_search != '' group by title_search order by count(*) desc limit 40"),
      provinces: handle.sqlite.prepare("select key, name from entities where kind = 'province'").all() as { key: string; name: string }[],
      years: column<number>('select distinct year_from from facts where year_from is not null'),
      articleTitles: column<string>("select title from articles where title is not null and title != '' order by id limit 2000"),
      entityNames: column<string>("select name from entities where kind in ('person', 'organization', 'province', 'country') order by id limit 5000"),
      maxIds: { fact: max('facts'), entity: max('entities'), article: max('articles') },
    };
  } finally {
    handle.close();
  }
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();

/** One to three consecutive words of `text` (accents kept, segmentation undone). */
function someWords(random: Random, text: string, max = 3): string | undefined {
  const words = text.replace(/_/g, ' ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  if (words.length === 0) return undefined;
  const n = Math.min(words.length, 1 + Math.floor(random() * max));
  const start = Math.floor(random() * (words.length - n + 1));
  return words.slice(start, start + n).join(' ');
}

/** One filter of `GET /v1/facts`, drawn from what the database holds. */
function factFilter(random: Random, s: DatabaseSample): Record<string, string | number> {
  const choices: (() => Record<string, string | number> | null)[] = [
    () => (s.metrics.length ? { type: 'figure', metric: pick(random, s.metrics)! } : null),
    () => (s.titles.length ? { type: 'role', title: pick(random, s.titles)! } : null),
    () => {
      const p = pick(random, s.provinces);
      return p ? { province: random() < 0.5 ? p.name : p.key } : null;
    },
    () => ({ unit: pick(random, ['USD', 'VND', 'percent', 'people', 'count'])!, sort: '-value' }),
    () => (s.personIds.length ? { person: pick(random, s.personIds)! } : null),
    () => (s.entityIds.length ? { entity: pick(random, s.entityIds)! } : null),
    () => (s.articlesWithFacts.length ? { article: pick(random, s.articlesWithFacts)! } : null),
    () => (s.years.length ? { year: pick(random, s.years)! } : null),
    () => ({ conflicting: 'true' }),
    () => ({ type: 'figure', minValue: 1_000_000, sort: 'value' }),
    () => ({ sort: '-support' }),
    () => ({ type: 'role', sort: 'date' }),
  ];
  for (let attempt = 0; attempt < 20; attempt++) {
    const filter = pick(random, choices)!();
    if (filter) return filter;
  }
  return { type: 'figure' };
}

type Generator = (random: Random, s: DatabaseSample) => MixItem | null;

const ok = [200] as const;

/** How each kind of request is made; cursor follow-ups and revalidations need answers first (see `addFollowUps`). */
const GENERATORS: Partial<Record<MixKind, Generator>> = {
  fact: (r, s) => (s.factIds.length ? { kind: 'fact', path: `/v1/facts/${pick(r, s.factIds)}`, expect: ok } : null),
  entity: (r, s) => (s.entityIds.length ? { kind: 'entity', path: `/v1/entities/${pick(r, s.entityIds)}`, expect: ok } : null),
  article: (r, s) => (s.articleIds.length ? { kind: 'article', path: `/v1/articles/${pick(r, s.articleIds)}`, expect: ok } : null),
  'fact-list': (r, s) => ({ kind: 'fact-list', path: `/v1/facts?${query({ ...factFilter(r, s), limit: 50 })}`, expect: ok }),
  facets: (r, s) => {
    const filter = r() < 0.15 ? {} : factFilter(r, s);
    return { kind: 'facets', path: `/v1/facts?${query({ ...filter, include: 'facets,total', limit: 50 })}`, expect: ok };
  },
  'entity-search': (r, s) => {
    const name = pick(r, s.entityNames);
    const words = name && someWords(r, name, 2);
    if (!words) return null;
    // Mostly typed without accents, as people type on a keyboard without a Vietnamese layout.
    const q = r() < 0.7 ? foldKey(words) : words;
    const params: Record<string, string> = r() < 0.2 ? { q, kind: 'person' } : { q };
    return { kind: 'entity-search', path: `/v1/entities?${query(params)}`, expect: ok };
  },
  'article-search': (r, s) => {
    const title = pick(r, s.articleTitles);
    const words = title && someWords(r, title, 3);
    if (!words) return null;
    const q = r() < 0.6 ? foldKey(words) : words;
    return { kind: 'article-search', path: `/v1/articles?${query({ q })}`, expect: ok };
  },
  'article-list': (r) => ({ kind: 'article-list', path: `/v1/articles?${query({ limit: pick(r, [10, 20, 50])! })}`, expect: ok }),
  'entity-list': (r) => ({
    kind: 'entity-list',
    path: `/v1/entities?${query({ kind: pick(r, ['person', 'province', 'organization', 'country'])!, limit: 50 })}`,
    expect: ok,
  }),
  csv: (r, s) => ({ kind: 'csv', path: `/v1/facts?${query({ ...factFilter(r, s), format: 'csv', limit: pick(r, [20, 50, 100])! })}`, expect: ok }),
  ndjson: (r, s) => ({ kind: 'ndjson', path: `/v1/facts?${query({ ...factFilter(r, s), format: 'ndjson', limit: 50 })}`, expect: ok }),
  health: () => ({ kind: 'health', path: '/healthz', expect: ok }),
  'not-found': (r, s) => {
    // Far beyond the last id, so that they stay missing while an ingestion adds rows.
    const missing = [
      `/v1/facts/${s.maxIds.fact + 1_000_000}`,
      `/v1/entities/${s.maxIds.entity + 1_000_000}`,
      `/v1/articles/${s.maxIds.article + 1_000_000}`,
      '/v1/no-such-endpoint',
    ];
    return { kind: 'not-found', path: pick(r, missing)!, expect: [404] };
  },
  'bad-request': (r) => {
    const bad = [
      '/v1/facts?limit=1000',
      '/v1/facts?colour=red',
      '/v1/facts?cursor=not-a-cursor',
      '/v1/facts?type=stone',
      '/v1/facts?province=Atlantis',
      '/v1/facts/abc',
      '/v1/entities?q=',
      '/v1/articles?limit=0',
    ];
    return { kind: 'bad-request', path: pick(r, bad)!, expect: [400] };
  },
};

/** Browsers ask for compressed answers; so do some of the mix's requests. */
const COMPRESSED = { 'accept-encoding': 'br, gzip' };

/** `size` requests in the shares of MIX_WEIGHTS, without the follow-ups; shuffled. */
export function buildBaseMix(sample: DatabaseSample, size: number, seed = 1): MixItem[] {
  const random = seededRandom(seed);
  const kinds = (Object.keys(GENERATORS) as MixKind[]).filter((k) => MIX_WEIGHTS[k] > 0);
  const total = kinds.reduce((sum, k) => sum + MIX_WEIGHTS[k], 0);
  const items: MixItem[] = [];
  let attempts = 0;
  while (items.length < size && attempts++ < size * 20) {
    let roll = random() * total;
    const kind = kinds.find((k) => (roll -= MIX_WEIGHTS[k]) < 0) ?? kinds[0]!;
    const item = GENERATORS[kind]!(random, sample);
    if (!item) continue;
    if (item.expect.includes(200) && random() < 1 / 3) item.headers = { ...COMPRESSED };
    items.push(item);
  }
  return items;
}

async function fetchBounded(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}

/**
 * Cursor follow-ups and revalidations, made from real answers of `base`: the next pages of lists,
 * conditional GETs with the ETags of details, and a cursor sent with other filters (a 400).
 * `changing` tells that the data may change under the load (an ingestion runs), so that a
 * revalidation may also answer 200 with the new representation.
 */
export async function addFollowUps(base: string, items: MixItem[], options: { seed?: number; changing?: boolean } = {}): Promise<MixItem[]> {
  const random = seededRandom((options.seed ?? 1) + 1);
  const lists = [...new Map(items.filter((i) => ['fact-list', 'entity-search', 'article-search', 'article-list', 'entity-list', 'facets'].includes(i.kind)).map((i) => [i.path, i])).values()].slice(0, 60);
  const details = [...new Map(items.filter((i) => ['fact', 'entity', 'article'].includes(i.kind)).map((i) => [i.path, i])).values()].slice(0, 60);
  const cursors: MixItem[] = [];
  for (const list of lists) {
    const response = await fetchBounded(`${base}${list.path}`);
    if (response.status !== 200) throw new Error(`${list.path} answered ${response.status} before any load: ${await response.text()}`);
    const body = (await response.json()) as { nextUrl?: string | null; next?: string | null };
    if (body.nextUrl) cursors.push({ kind: 'cursor', path: body.nextUrl, expect: ok });
    if (body.next && list.path.startsWith('/v1/facts?') && cursors.length % 4 === 0) {
      // About one follow-up in four of the fact lists: a cursor is bound to the filters it was made for.
      cursors.push({ kind: 'cursor', path: `/v1/facts?${query({ type: 'role', cursor: body.next })}`, expect: [400] });
    }
  }
  const revalidations: MixItem[] = [];
  for (const detail of details) {
    const response = await fetchBounded(`${base}${detail.path}`);
    await response.arrayBuffer();
    const etag = response.headers.get('etag');
    if (response.status === 200 && etag) {
      revalidations.push({ kind: 'revalidate', path: detail.path, expect: options.changing ? [200, 304] : [304], headers: { 'if-none-match': etag } });
    }
  }
  const share = (kind: MixKind) => Math.round((items.length * MIX_WEIGHTS[kind]) / (100 - MIX_WEIGHTS.cursor - MIX_WEIGHTS.revalidate));
  const extra: MixItem[] = [];
  if (cursors.length) for (let i = 0; i < share('cursor'); i++) extra.push({ ...pick(random, cursors)! });
  if (revalidations.length) for (let i = 0; i < share('revalidate'); i++) extra.push({ ...pick(random, revalidations)! });
  const all = [...items, ...extra];
  // Fisher-Yates, so that follow-ups are spread over the run rather than bunched at its end.
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

/** The whole mix for a served database: base requests sampled from it plus follow-ups made on `base`. */
export async function buildRequestMix(dbPath: string, base: string, options: { size?: number; seed?: number; changing?: boolean } = {}): Promise<MixItem[]> {
  const sample = sampleDatabase(dbPath);
  const size = options.size ?? 2000;
  const items = buildBaseMix(sample, Math.round((size * (100 - MIX_WEIGHTS.cursor - MIX_WEIGHTS.revalidate)) / 100), options.seed);
  return addFollowUps(base, items, options);
}

export function countKinds(items: readonly MixItem[]): Partial<Record<MixKind, number>> {
  const counts: Partial<Record<MixKind, number>> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------------
// The server

export interface LoadServer {
  base: string;
  pid: number;
  child: ChildProcess;
  /** RSS, heap and event-loop delay now; `reset` starts the event-loop figures afresh after reading them. */
  sample(reset?: boolean): Promise<Extract<LoadServerMessage, { type: 'sample' }>>;
  /** The last lines the server wrote, for diagnostics. */
  output(): string;
  /** Asks the server to close, and kills it (by its pid) when it does not within 10 s. */
  stop(): Promise<void>;
}

export interface LoadServerOptions {
  logLevel?: string;
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  /** Node's own options for the server process (`--cpu-prof` and its friends). */
  nodeArgs?: readonly string[];
}

export async function startLoadServer(dbPath: string, options: LoadServerOptions = {}): Promise<LoadServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), LOAD_SERVER], {
    cwd: PROJECT,
    env: { ...process.env, ...options.env, HOST: '127.0.0.1', PORT: '0', DATABASE_PATH: dbPath, LOG_LEVEL: options.logLevel ?? 'warn' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  type Sample = Extract<LoadServerMessage, { type: 'sample' }>;
  const server = await startIpcServer<Sample>(child, {
    name: 'the server',
    ...(options.startTimeoutMs !== undefined ? { startTimeoutMs: options.startTimeoutMs } : {}),
  });
  return {
    base: `http://127.0.0.1:${server.port}`,
    pid: server.pid,
    child,
    output: server.output,
    stop: server.stop,
    sample: (reset = false) => server.sample({ reset }),
  };
}

// ---------------------------------------------------------------------------------------------------
// The load

export interface Tally {
  /** Responses by status code. */
  byStatus: Record<string, number>;
  /**
   * Responses by kind of request, how many of them were unexpected, and their time from the request
   * being written to the answer (mean and max, in ms): which kinds make the latency.
   */
  byKind: Partial<Record<MixKind, { responses: number; unexpected: number; meanMs: number; maxMs: number }>>;
  /** Non-2xx answers the mix asked for: 4xx on purpose, 304 to revalidations. */
  expectedNon2xx: number;
  unexpected: number;
  unexpectedExamples: { path: string; status: number; expected: readonly number[]; body: string }[];
  /** The slowest answers, and whether each was the first request of its connection (connecting included). */
  slowest: { path: string; ms: number; first: boolean }[];
}

export interface LoadRun {
  tally: Tally;
  /** Responses counted, whatever their status. */
  responses: number;
  seconds: number;
  requestsPerSecond: number;
  /** Requests that got no answer, timeouts included (as autocannon counts them). */
  errors: number;
  timeouts: number;
  errorExamples: string[];
  /** From the request being built, just before it is written, to the end of its answer. */
  latencyMs: { p50: number; p99: number; max: number; mean: number };
}

export interface RunningLoad {
  /** Responses received so far, over every phase. */
  responses(): number;
  /** Ends the current phase and starts the next; returns the figures of the one that ended. */
  mark(): LoadRun;
  /** Ends the load early (it ends by itself after its duration). */
  stop(): void;
  /** The figures of the last phase. */
  done: Promise<LoadRun>;
}

interface Phase {
  started: number;
  tally: Tally;
  latency: RecordableHistogram;
  responses: number;
  errors: number;
  timeouts: number;
  errorExamples: string[];
}

function startPhase(): Phase {
  return {
    started: performance.now(),
    tally: { byStatus: {}, byKind: {}, expectedNon2xx: 0, unexpected: 0, unexpectedExamples: [], slowest: [] },
    latency: createHistogram(),
    responses: 0,
    errors: 0,
    timeouts: 0,
    errorExamples: [],
  };
}

function endPhase(phase: Phase): LoadRun {
  const seconds = (performance.now() - phase.started) / 1000;
  const h = phase.latency;
  const some = h.count > 0;
  return {
    tally: phase.tally,
    responses: phase.responses,
    seconds,
    requestsPerSecond: seconds > 0 ? phase.responses / seconds : 0,
    errors: phase.errors,
    timeouts: phase.timeouts,
    errorExamples: phase.errorExamples,
    latencyMs: {
      p50: some ? h.percentile(50) / 1000 : 0,
      p99: some ? h.percentile(99) / 1000 : 0,
      max: some ? h.max / 1000 : 0,
      mean: some ? h.mean / 1000 : 0,
    },
  };
}

/**
 * Loads `base` with `connections` keep-alive connections for `durationSeconds`, each request the next
 * of `items` (one rotation shared by every connection), and checks every status against the mix.
 * The connections stay open across phases (see `mark`): a warm-up also warms them, so that the
 * measured phase does not count connecting to a busy server.
 */
export function fireLoad(base: string, items: readonly MixItem[], options: { connections: number; durationSeconds: number; timeoutSeconds?: number }): RunningLoad {
  if (items.length === 0) throw new Error('an empty request mix');
  let phase = startPhase();
  let total = 0;
  let next = 0;
  const instance = autocannon(
    {
      url: base,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: options.timeoutSeconds ?? 10,
      setupClient: (client) => {
        (client as NodeJS.EventEmitter).on('timeout', () => phase.timeouts++);
      },
      requests: [
        {
          setupRequest: (request, context) => {
            // autocannon builds each connection's first request as it creates the connections, all at once.
            const first = next < options.connections;
            const item = items[next++ % items.length]!;
            // Built just before it is written (autocannon builds a connection's next request as the previous answer ends).
            Object.assign(context, { item, sent: performance.now(), first });
            return { ...request, method: 'GET', path: item.path, headers: item.headers ?? {} };
          },
          onResponse: (status, body, context) => {
            const { item, sent, first } = context as { item?: MixItem; sent?: number; first?: boolean };
            const { tally } = phase;
            total++;
            phase.responses++;
            tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
            if (!item || sent === undefined) return;
            const elapsed = performance.now() - sent;
            phase.latency.record(Math.max(1, Math.round(elapsed * 1000)));
            const kind = (tally.byKind[item.kind] ??= { responses: 0, unexpected: 0, meanMs: 0, maxMs: 0 });
            kind.responses++;
            kind.meanMs += (elapsed - kind.meanMs) / kind.responses;
            kind.maxMs = Math.max(kind.maxMs, elapsed);
            if (tally.slowest.length < 5 || elapsed > tally.slowest.at(-1)!.ms) {
              tally.slowest.push({ path: item.path, ms: elapsed, first: first ?? false });
              tally.slowest.sort((a, b) => b.ms - a.ms).splice(5);
            }
            if (item.expect.includes(status)) {
              if (status < 200 || status > 299) tally.expectedNon2xx++;
              return;
            }
            kind.unexpected++;
            tally.unexpected++;
            if (tally.unexpectedExamples.length < 10) tally.unexpectedExamples.push({ path: item.path, status, expected: item.expect, body: body.slice(0, 300) });
          },
        },
      ],
    },
    () => {},
  );
  instance.on('reqError', (error: Error) => {
    phase.errors++;
    if (phase.errorExamples.length < 10) phase.errorExamples.push(error.message);
  });
  // autocannon stops by itself after `duration`; this guard only bounds a run that would not.
  let guard: NodeJS.Timeout | undefined;
  const done = new Promise<LoadRun>((resolve, reject) => {
    guard = setTimeout(() => instance.stop(), (options.durationSeconds + (options.timeoutSeconds ?? 10) + 30) * 1000);
    instance.once('error', (error: Error) => {
      clearTimeout(guard);
      reject(error);
    });
    instance.once('done', () => {
      clearTimeout(guard);
      resolve(endPhase(phase));
    });
  });
  return {
    responses: () => total,
    mark: () => {
      const ended = endPhase(phase);
      phase = startPhase();
      return ended;
    },
    stop: () => instance.stop(),
    done,
  };
}

// ---------------------------------------------------------------------------------------------------
// The harness

export interface LoadOptions {
  /** A database to serve as it is (not changed: the server opens it read-only). */
  db?: string;
  /** Articles (files or folders) to make a fresh database from; the seeds when omitted. */
  corpus?: string;
  articles?: number;
  warmupSeconds?: number;
  durationSeconds?: number;
  connections?: number;
  /** Seconds before a request counts as timed out. */
  timeoutSeconds?: number;
  logLevel?: string;
  /** Requests in the rotation. */
  mixSize?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface RssSample {
  /** Seconds since the measured run started. */
  t: number;
  rss: number;
  heapUsed: number;
}

export interface Bar {
  name: string;
  ok: boolean;
  detail: string;
}

export interface LoadSummary {
  database: PreparedDatabase;
  mix: { size: number; kinds: Partial<Record<MixKind, number>> };
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  warmup: { responses: number; errors: number; timeouts: number; unexpected: number } | null;
  run: LoadRun;
  /**
   * Server RSS in bytes: idle before the load, after the warm-up and at the end (medians of the samples
   * of the first and of the last RSS_WINDOW_SECONDS, so that one garbage collection does not decide),
   * the largest sample, and the growth from after the warm-up to the end.
   */
  rss: { idle: number; afterWarmup: number; end: number; max: number; growthPercent: number; samples: RssSample[] };
  /** The server's event-loop delay over the measured run, in ms beyond the monitor's resolution. */
  eventLoopDelayMs: { p50: number; p99: number; max: number; mean: number };
  bars: Bar[];
  ok: boolean;
}

export async function runLoad(options: LoadOptions = {}): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  const warmupSeconds = options.warmupSeconds ?? 10;
  const durationSeconds = options.durationSeconds ?? 60;
  const connections = options.connections ?? 50;
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  const scratch = mkdtempSync(join(tmpdir(), 'tinfacts-load-'));
  let server: LoadServer | null = null;
  try {
    const database = await prepareDatabase({ db: options.db, corpus: options.corpus, articles: options.articles ?? 2000, scratch, log });
    log(`serving ${database.counts.articles} articles, ${database.counts.facts} facts, ${database.counts.entities} entities`);
    server = await startLoadServer(database.path, { logLevel: options.logLevel });
    const items = await buildRequestMix(database.path, server.base, { size: options.mixSize, seed: options.seed });
    const idle = (await server.sample()).rss;

    let warmup: LoadSummary['warmup'] = null;
    const load = fireLoad(server.base, items, { connections, durationSeconds: warmupSeconds + durationSeconds, timeoutSeconds });
    // Its failure is awaited below; until then it must not count as unhandled.
    load.done.catch(() => {});
    if (warmupSeconds > 0) {
      log(`warming up for ${warmupSeconds} s with ${connections} connections...`);
      await Promise.race([sleep(warmupSeconds * 1000), load.done]);
      const w = load.mark();
      warmup = { responses: w.responses, errors: w.errors, timeouts: w.timeouts, unexpected: w.tally.unexpected };
    }
    const afterWarmup = await server.sample(true);

    log(`measuring for ${durationSeconds} s...`);
    const samples: RssSample[] = [{ t: 0, rss: afterWarmup.rss, heapUsed: afterWarmup.heapUsed }];
    const started = performance.now();
    const sampling: Promise<void>[] = [];
    const sampler = setInterval(() => {
      sampling.push(
        server!.sample().then(
          (s) => void samples.push({ t: (performance.now() - started) / 1000, rss: s.rss, heapUsed: s.heapUsed }),
          () => {},
        ),
      );
    }, 1000);
    const run = await load.done.finally(() => clearInterval(sampler));
    await Promise.all(sampling);
    const end = await server.sample();
    samples.push({ t: (performance.now() - started) / 1000, rss: end.rss, heapUsed: end.heapUsed });
    samples.sort((a, b) => a.t - b.t);
    const alive = server.child.exitCode === null && server.child.signalCode === null;

    const last = samples.at(-1)!.t;
    const startRss = median(samples.filter((s) => s.t <= RSS_WINDOW_SECONDS).map((s) => s.rss));
    const endRss = median(samples.filter((s) => s.t >= last - RSS_WINDOW_SECONDS).map((s) => s.rss));
    const growthPercent = ((endRss - startRss) / startRss) * 100;
    const rss = { idle, afterWarmup: startRss, end: endRss, max: Math.max(...samples.map((s) => s.rss)), growthPercent, samples };
    const { p50, p99, max, mean } = end.eventLoopDelay;
    const bars: Bar[] = [
      { name: 'errors', ok: run.errors === 0, detail: `${run.errors} (timeouts included)` },
      { name: 'timeouts', ok: run.timeouts === 0, detail: String(run.timeouts) },
      { name: 'unexpected statuses', ok: run.tally.unexpected === 0, detail: String(run.tally.unexpected) },
      { name: 'RSS growth', ok: growthPercent < RSS_GROWTH_LIMIT_PERCENT, detail: `${growthPercent.toFixed(1)} % (limit ${RSS_GROWTH_LIMIT_PERCENT} %)` },
      { name: 'server alive', ok: alive, detail: alive ? 'yes' : 'no' },
    ];
    return {
      database,
      mix: { size: items.length, kinds: countKinds(items) },
      warmupSeconds,
      durationSeconds,
      connections,
      warmup,
      run,
      rss,
      eventLoopDelayMs: { p50, p99, max, mean },
      bars,
      ok: bars.every((b) => b.ok),
    };
  } catch (error) {
    if (server) throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver output:\n${server.output()}`, { cause: error });
    throw error;
  } finally {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The figures as a two-column table. */
export function formatSummary(s: LoadSummary): string {
  const { run, rss } = s;
  const non2xx = Object.entries(run.tally.byStatus).filter(([status]) => !status.startsWith('2'));
  const non2xxTotal = non2xx.reduce((sum, [, n]) => sum + n, 0);
  const w = s.warmup;
  const rows: [string, string][] = [
    ['database', `${s.database.source}: ${s.database.counts.articles} articles, ${s.database.counts.facts} facts, ${s.database.counts.entities} entities`],
    ['load', `${s.connections} connections, ${s.warmupSeconds} s warm-up, ${run.seconds.toFixed(1)} s measured, ${s.mix.size} requests in rotation`],
    ['warm-up', w ? `${w.responses} answers, ${w.errors} errors, ${w.timeouts} timeouts, ${w.unexpected} unexpected (not counted below)` : 'none'],
    ['req/s', run.requestsPerSecond.toFixed(0)],
    ['requests', String(run.responses)],
    ['non-2xx', `${non2xxTotal}${non2xx.length ? ` (${non2xx.map(([status, n]) => `${status}: ${n}`).join(', ')})` : ''}`],
    ['  expected', `${run.tally.expectedNon2xx} (4xx on purpose, 304 to revalidations)`],
    ['  unexpected', String(run.tally.unexpected)],
    ['errors', String(run.errors)],
    ['timeouts', String(run.timeouts)],
    ['latency p50', ms(run.latencyMs.p50)],
    ['latency p99', ms(run.latencyMs.p99)],
    ['latency max', ms(run.latencyMs.max)],
    ['RSS idle', mb(rss.idle)],
    ['RSS after warm-up', `${mb(rss.afterWarmup)} (median of the first ${RSS_WINDOW_SECONDS} s)`],
    ['RSS at end', `${mb(rss.end)} (median of the last ${RSS_WINDOW_SECONDS} s)`],
    ['RSS growth', `${rss.growthPercent.toFixed(1)} %`],
    ['RSS max', mb(rss.max)],
    ['event-loop delay p50', ms(s.eventLoopDelayMs.p50)],
    ['event-loop delay p99', ms(s.eventLoopDelayMs.p99)],
    ['event-loop delay max', ms(s.eventLoopDelayMs.max)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  lines.push('', 'by kind (responses, unexpected, mean and max time):');
  const kinds = Object.entries(run.tally.byKind).sort(([, a], [, b]) => b.responses - a.responses);
  for (const [kind, k] of kinds) lines.push(`  ${kind.padEnd(15)} ${String(k.responses).padStart(8)} ${String(k.unexpected).padStart(5)} ${ms(k.meanMs).padStart(10)} ${ms(k.maxMs).padStart(10)}`);
  lines.push('', ...s.bars.map((b) => `${b.ok ? 'pass' : 'FAIL'}  ${b.name}: ${b.detail}`));
  for (const u of run.tally.unexpectedExamples) lines.push(`unexpected ${u.status} (expected ${u.expected.join('|')}) for ${u.path}: ${u.body}`);
  for (const e of run.errorExamples) lines.push(`error: ${e}`);
  lines.push('', 'slowest answers:', ...run.tally.slowest.map((x) => `  ${ms(x.ms).padStart(10)}  ${x.path}${x.first ? ' (first request of its connection)' : ''}`));
  return `${lines.join('\n')}\n`;
}

function positiveNumber(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} number (got ${JSON.stringify(value)})`);
  return n;
}

async function main(): Promise<number> {
  const usage = 'usage: npm run harness:load -- [--db PATH | --corpus FILE_OR_FOLDER --articles N] [--warmup 10] [--duration 60] [--connections 50] [--timeout 10] [--log-level warn] [--seed 1] [--json OUT]\n';
  let options: LoadOptions;
  let jsonOut: string | undefined;
  try {
    const { values } = parseArgs({
      options: {
        db: { type: 'string' },
        corpus: { type: 'string' },
        articles: { type: 'string' },
        warmup: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        timeout: { type: 'string' },
        'log-level': { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(usage);
      return 0;
    }
    if (values.db && values.corpus) throw new Error('--db and --corpus exclude each other');
    jsonOut = values.json;
    options = {
      db: values.db,
      corpus: values.corpus,
      articles: Math.floor(positiveNumber('articles', values.articles, 2000)),
      warmupSeconds: positiveNumber('warmup', values.warmup, 10, true),
      durationSeconds: positiveNumber('duration', values.duration, 60),
      connections: Math.floor(positiveNumber('connections', values.connections, 50)),
      timeoutSeconds: positiveNumber('timeout', values.timeout, 10),
      logLevel: values['log-level'] ?? 'warn',
      seed: Math.floor(positiveNumber('seed', values.seed, 1, true)),
      log: (line) => process.stderr.write(`${line}\n`),
    };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  let summary: LoadSummary;
  try {
    summary = await runLoad(options);
  } catch (error) {
    process.stderr.write(`harness:load: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(formatSummary(summary));
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(summary, null, 2)}\n`);
  return summary.ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
