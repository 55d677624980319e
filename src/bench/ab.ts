// A/B load runs against a ceiling: how much of the framework's throughput an endpoint keeps. The
// ceiling is a bare Fastify server (src/bench/bare-server.ts, its own process) answering the same URL
// with the same status, content type and body bytes as the real API, recorded with `fetchResponse`.
// Both are loaded by turns (A B A B ...) with autocannon, after a warm-up of each, so that a machine
// getting slower or faster during the runs weighs on both sides alike; the medians of the rounds give
// the ratio real/bare.
//
// Everything here stays on the loopback: URLs other than http://127.0.0.1 or http://localhost are
// refused, and every run has a bounded duration.
import { fork, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import autocannon from 'autocannon';
import type { BareResponse, BareServerRequest } from './bare-server.js';
import { startIpcServer } from './ipc-server.js';

/** The longest run accepted, in seconds. */
export const MAX_DURATION_SECONDS = 600;
export const MAX_CONNECTIONS = 1000;
/** Seconds before a request counts as timed out (autocannon's default, said out loud). */
const REQUEST_TIMEOUT_SECONDS = 10;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * The compiled bare server next to this file. Vitest runs this file from src/ as TypeScript, where
 * there is no compiled neighbour: then the build of it in dist/ (made by the tests' global setup).
 */
const BARE_SERVER = import.meta.url.endsWith('.ts') ? new URL('../../dist/bench/bare-server.js', import.meta.url) : new URL('./bare-server.js', import.meta.url);

// ---------------------------------------------------------------------------------------------------
// Pure helpers

/**
 * The nearest-rank percentile of `sorted` (ascending): the smallest sample with at least p % of the
 * samples at or below it, so always one of the samples, never an interpolation between two.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('no samples');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile is between 0 and 100 (got ${p})`);
  // Rounded to 12 digits first, so that binary error (99.9 % of 1000 as 999.0000000000001) does not move the rank.
  const rank = Math.ceil(Number(((p * sorted.length) / 100).toPrecision(12)));
  return sorted[Math.max(0, rank - 1)]!;
}

/** The median of `values` in any order (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('no values');
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `url` parsed, when it is plain HTTP to the loopback; throws otherwise. */
export function assertLoopback(url: string | URL): URL {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(`only http://127.0.0.1 or http://localhost may be loaded (got ${parsed.href})`);
  }
  return parsed;
}

/** `path` (path and query string, as sent) on the origin `base`; `base` must be a bare loopback origin. */
function targetUrl(base: string, path: string): string {
  const origin = assertLoopback(base);
  if (origin.pathname !== '/' || origin.search || origin.hash) throw new Error(`a base URL is an origin, with no path or query (got ${base})`);
  if (!path.startsWith('/')) throw new Error(`a path starts with / (got ${JSON.stringify(path)})`);
  return `${origin.origin}${path}`;
}

function checkLoad(connections: number, durationSeconds: number): void {
  if (!Number.isInteger(connections) || connections < 1 || connections > MAX_CONNECTIONS) {
    throw new RangeError(`connections is a whole number from 1 to ${MAX_CONNECTIONS} (got ${connections})`);
  }
  if (!(durationSeconds > 0 && durationSeconds <= MAX_DURATION_SECONDS)) {
    throw new RangeError(`a run lasts more than 0 and at most ${MAX_DURATION_SECONDS} s (got ${durationSeconds})`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Recording and serving answers

export interface RecordedResponse {
  status: number;
  /** The content-type header as sent ('' when there is none). */
  contentType: string;
  body: Buffer;
}

/**
 * One GET of `path` (sent as it is, query string included) on the loopback origin `baseUrl`, with no
 * accept-encoding, so that the body is the identity bytes autocannon will get too.
 */
export async function fetchResponse(baseUrl: string, path: string, timeoutSeconds = REQUEST_TIMEOUT_SECONDS): Promise<RecordedResponse> {
  const url = new URL(targetUrl(baseUrl, path));
  return new Promise((resolve, reject) => {
    // node:http rather than fetch: fetch asks for compressed answers and normalises the path.
    const req = request({ host: url.hostname, port: url.port || 80, path, method: 'GET', agent: false, timeout: timeoutSeconds * 1000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const encoding = res.headers['content-encoding'];
        if (encoding && encoding !== 'identity') return reject(new Error(`${path} answered with content-encoding ${encoding} although none was asked`));
        resolve({ status: res.statusCode!, contentType: res.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${path} did not answer within ${timeoutSeconds} s`)));
    req.on('error', reject);
    req.end();
  });
}

/** An answer for the bare server to give to `path` (path and query string, exactly as requested). */
export interface ServedResponse extends RecordedResponse {
  path: string;
}

export interface BareServer {
  /** http://127.0.0.1:port */
  url: string;
  pid: number;
  /** The server's resident set size now, in bytes. */
  rss(): Promise<number>;
  /** Asks the server to close, and kills it (by its pid) when it has not exited within 10 s. */
  close(): Promise<void>;
}

/** Starts the bare server in its own process, serving `responses`; resolves once it listens. */
export async function startBareServer(responses: readonly ServedResponse[], options: { startTimeoutMs?: number } = {}): Promise<BareServer> {
  const seen = new Set<string>();
  for (const r of responses) {
    if (!r.path.startsWith('/')) throw new Error(`a path starts with / (got ${JSON.stringify(r.path)})`);
    if (seen.has(r.path)) throw new Error(`the path ${r.path} is given twice`);
    seen.add(r.path);
  }
  const served: BareResponse[] = responses.map((r) => ({ path: r.path, status: r.status, contentType: r.contentType, body: Buffer.from(r.body).toString('base64') }));

  // No execArgv: the parent's (a test runner's loaders, an inspector) are not the ceiling's business.
  const child: ChildProcess = fork(BARE_SERVER, [], { execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const server = await startIpcServer<{ id: number; rss: number }>(child, {
    name: 'the bare server',
    first: { type: 'serve', responses: served } satisfies BareServerRequest,
    ...(options.startTimeoutMs !== undefined ? { startTimeoutMs: options.startTimeoutMs } : {}),
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    pid: server.pid,
    close: server.stop,
    rss: async () => (await server.sample()).rss,
  };
}

// ---------------------------------------------------------------------------------------------------
// One run

export interface RunOptions {
  /** The full URL to load (loopback only); every request is a GET of it. */
  url: string;
  connections: number;
  durationSeconds: number;
  /** Marks a warm-up run: measured all the same, and kept apart from the rounds by `alternate`. */
  warmup?: boolean;
}

export interface RunResult {
  url: string;
  warmup: boolean;
  /** From the start of the run (connecting included) to its end. */
  seconds: number;
  /** Answers received, whatever their status. */
  requests: number;
  rps: number;
  /** Latency percentiles over the answers, from per-response timings (see `runAutocannon`). */
  p50Ms: number;
  p99Ms: number;
  /** How many timings the percentiles come from: the answers less each connection's first. */
  latencySamples: number;
  /** Requests that got no answer, timeouts included (as autocannon counts them). */
  errors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * Loads `url` with autocannon (keep-alive, no pipelining) for `durationSeconds`.
 *
 * Latency: autocannon's own histogram keeps whole milliseconds, too coarse for answers that take a
 * fraction of one. Each answer's time is taken from the instance's 'response' event instead: autocannon
 * 9 stamps a request with process.hrtime() as it writes it (PipelinedRequestsQueue.insertRequest,
 * called from Client._doRequest) and reports hrtime elapsed, as fractional ms, when the parser
 * completes the answer (terminateRequest) - nanosecond clock, no rounding. With no pipelining each
 * connection has one request in flight, so that is the time of that request. The first answer of each
 * connection is left out of the percentiles: its time includes connecting.
 *
 * Throughput is the answers received over the whole run, timed here, rather than autocannon's
 * per-second mean: autocannon ends a run on its next 1 s tick after the duration, and that last
 * second's answers would be counted over a shorter time.
 */
export async function runAutocannon(options: RunOptions): Promise<RunResult> {
  const url = assertLoopback(options.url).href;
  checkLoad(options.connections, options.durationSeconds);
  const timings: number[] = [];
  const connected = new WeakSet<object>();
  let requests = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let guard: NodeJS.Timeout | undefined;
    const instance = autocannon(
      { url, connections: options.connections, duration: options.durationSeconds, pipelining: 1, timeout: REQUEST_TIMEOUT_SECONDS },
      (error, result) => {
        clearTimeout(guard);
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        // The clock above makes whole milliseconds next to impossible; all of them mean autocannon changed.
        if (timings.length >= 100 && timings.every(Number.isInteger)) {
          return reject(new Error('autocannon reported whole milliseconds: the per-response timings are no longer sub-millisecond'));
        }
        const sorted = Float64Array.from(timings).sort();
        resolve({
          url,
          warmup: options.warmup ?? false,
          seconds,
          requests,
          rps: requests / seconds,
          p50Ms: sorted.length ? percentile(sorted, 50) : Number.NaN,
          p99Ms: sorted.length ? percentile(sorted, 99) : Number.NaN,
          latencySamples: sorted.length,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (client, _status, _bytes, responseTime) => {
      requests++;
      if (connected.has(client)) timings.push(responseTime);
      else connected.add(client);
    });
    // autocannon stops by itself after the duration; this only bounds a run that would not.
    guard = setTimeout(() => instance.stop(), (options.durationSeconds + REQUEST_TIMEOUT_SECONDS + 30) * 1000);
  });
}

// ---------------------------------------------------------------------------------------------------
// A B A B ...

export interface Side {
  name: string;
  /** The origin, http://127.0.0.1:port */
  url: string;
}

export interface AlternateOptions {
  a: Side;
  b: Side;
  /** Path and query string, the same on both sides. */
  path: string;
  /** At least 2. */
  rounds: number;
  durationSeconds: number;
  connections: number;
  /** A run of each side before the rounds, not counted (0 for none). */
  warmupSeconds: number;
  /** Told of each run as it ends. */
  log?: (line: string) => void;
}

export interface SideResult {
  name: string;
  url: string;
  /** The warm-up run, when there was one. */
  warmup: RunResult | null;
  /** One per round, in order. */
  runs: RunResult[];
  median: { rps: number; p50Ms: number; p99Ms: number };
  /** Sums over the rounds. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface AlternateResult {
  path: string;
  rounds: number;
  durationSeconds: number;
  connections: number;
  a: SideResult;
  b: SideResult;
  /** b over a, of the medians: req/s below 1 and latencies above 1 when b is the slower. */
  ratio: { rps: number; p50: number; p99: number };
}

function summarise(side: Side, url: string, warmup: RunResult | null, runs: RunResult[]): SideResult {
  const sum = (key: 'errors' | 'timeouts' | 'non2xx') => runs.reduce((n, r) => n + r[key], 0);
  return {
    name: side.name,
    url,
    warmup,
    runs,
    median: { rps: median(runs.map((r) => r.rps)), p50Ms: median(runs.map((r) => r.p50Ms)), p99Ms: median(runs.map((r) => r.p99Ms)) },
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    non2xx: sum('non2xx'),
  };
}

const formatRun = (r: { rps: number; p50Ms: number; p99Ms: number }) => `${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50Ms.toFixed(3)} ms  p99 ${r.p99Ms.toFixed(3)} ms`;

/** Loads `a` then `b` at `path`, `rounds` times, after a warm-up of each; medians and ratios b/a. */
export async function alternate(options: AlternateOptions): Promise<AlternateResult> {
  const { rounds, durationSeconds, connections, warmupSeconds } = options;
  if (!Number.isInteger(rounds) || rounds < 2) throw new RangeError(`rounds is a whole number of at least 2 (got ${rounds})`);
  checkLoad(connections, durationSeconds);
  if (warmupSeconds !== 0) checkLoad(connections, warmupSeconds);
  const log = options.log ?? (() => {});
  const sides = [options.a, options.b] as const;
  const urls = sides.map((s) => targetUrl(s.url, options.path));
  const warmups: (RunResult | null)[] = [null, null];
  const runs: RunResult[][] = [[], []];
  if (warmupSeconds > 0) {
    for (const i of [0, 1]) {
      warmups[i] = await runAutocannon({ url: urls[i]!, connections, durationSeconds: warmupSeconds, warmup: true });
      log(`warm-up  ${sides[i]!.name.padEnd(8)} ${formatRun(warmups[i]!)}`);
    }
  }
  for (let round = 1; round <= rounds; round++) {
    for (const i of [0, 1]) {
      const run = await runAutocannon({ url: urls[i]!, connections, durationSeconds });
      runs[i]!.push(run);
      log(`round ${round}  ${sides[i]!.name.padEnd(8)} ${formatRun(run)}${run.errors ? `  errors ${run.errors}` : ''}${run.non2xx ? `  non-2xx ${run.non2xx}` : ''}`);
    }
  }
  const a = summarise(options.a, urls[0]!, warmups[0]!, runs[0]!);
  const b = summarise(options.b, urls[1]!, warmups[1]!, runs[1]!);
  return {
    path: options.path,
    rounds,
    durationSeconds,
    connections,
    a,
    b,
    ratio: { rps: b.median.rps / a.median.rps, p50: b.median.p50Ms / a.median.p50Ms, p99: b.median.p99Ms / a.median.p99Ms },
  };
}

/** The result as lines: every run, the medians, and the ratios b/a. */
export function formatAlternate(r: AlternateResult): string {
  const width = Math.max(r.a.name.length, r.b.name.length);
  const lines = [`${r.path}  (${r.connections} connections, ${r.rounds} rounds of ${r.durationSeconds} s per side)`];
  for (let i = 0; i < r.rounds; i++) {
    for (const side of [r.a, r.b]) lines.push(`  round ${i + 1}  ${side.name.padEnd(width)}  ${formatRun(side.runs[i]!)}`);
  }
  for (const side of [r.a, r.b]) {
    const problems = [side.errors && `errors ${side.errors}`, side.timeouts && `timeouts ${side.timeouts}`, side.non2xx && `non-2xx ${side.non2xx}`].filter(Boolean);
    lines.push(`  median   ${side.name.padEnd(width)}  ${formatRun(side.median)}${problems.length ? `  (${problems.join(', ')})` : ''}`);
  }
  lines.push(`  ${r.b.name}/${r.a.name}  req/s ${r.ratio.rps.toFixed(2)}  p50 x${r.ratio.p50.toFixed(2)}  p99 x${r.ratio.p99.toFixed(2)}`);
  return `${lines.join('\n')}\n`;
}
