// Phases against the server's bounds: thousands of differently shaped queries (does memory grow
// with every SQL shape?), the rate limit, a body trickled a byte a second, and connections reset
// right after their request.
import { connect, type Socket } from 'node:net';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FACT_SORTS } from '../http/schemas/facts.js';
import { makeSeededDb } from './hostile-data.js';
import { send, statusKey, type Answer } from './hostile-http.js';
import { INGEST_TOKEN, runRow, scaled, type Phase } from './hostile-phase.js';
import { formatMb, formatMs, formatSeconds, type PhaseRecorder } from './hostile-report.js';
import { ServedDb } from './hostile-serve.js';
import { ERROR_LEVEL, startServerOrThrow } from './hostile-server.js';
import { sampleDatabase, type DatabaseSample } from './load.js';
import { seededRandom } from './random.js';

/** Growth of the server's RSS over the last three quarters of the distinct queries. */
export const MAX_RSS_GROWTH_PERCENT = 25;

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T | undefined => (list.length ? list[Math.floor(r() * list.length)] : undefined);

/**
 * The filters of GET /v1/facts that change the WHERE clause, each with a value drawn from the
 * database. Which of them a request carries is what makes its SQL shape.
 */
function shapeFilters(s: DatabaseSample): [string, (r: Random) => string | undefined][] {
  return [
    ['type', (r) => pick(r, ['figure', 'role'])],
    ['metric', (r) => pick(r, s.metrics) ?? 'xuat khau'],
    ['title', (r) => pick(r, s.titles) ?? 'chu tich'],
    ['entity', (r) => String(pick(r, s.entityIds) ?? 1)],
    ['person', (r) => String(pick(r, s.personIds) ?? 1)],
    ['province', (r) => pick(r, s.provinces)?.name ?? 'Hà Nội'],
    ['unit', (r) => pick(r, ['USD', 'VND', 'percent', 'people', 'count', 'other'])],
    ['minValue', (r) => String(Math.floor(r() * 1000) * 10 ** Math.floor(r() * 9))],
    ['maxValue', (r) => String(Math.floor(1 + r() * 1000) * 10 ** Math.floor(3 + r() * 9))],
    ['year', (r) => String(pick(r, s.years) ?? 2023)],
    ['from', (r) => `20${String(15 + Math.floor(r() * 10))}-01-01`],
    ['to', (r) => `20${String(20 + Math.floor(r() * 6))}-12-31`],
    ['article', (r) => String(pick(r, s.articleIds) ?? 1)],
    ['conflicting', (r) => pick(r, ['true', 'false'])],
  ];
}

/**
 * Request `i` of the statement-cache phase: the set of filters is `i`'s own (an odd multiplier
 * walks every subset of the 14 filters once), with a sort and extras on top, so that 16,000
 * requests make thousands of SQL shapes.
 */
export function makeShapedPath(i: number, s: DatabaseSample, r: Random): string {
  const filters = shapeFilters(s);
  const mask = (i * 7919) % (1 << filters.length);
  const params = new URLSearchParams();
  filters.forEach(([name, value], bit) => {
    if (mask & (1 << bit)) params.set(name, value(r) ?? '1');
  });
  params.set('sort', pick(r, FACT_SORTS)!);
  const include = pick(r, [null, 'total', 'facets', 'total,facets']);
  if (include) params.set('include', include);
  params.set('limit', String(1 + Math.floor(r() * 100)));
  return `/v1/facts?${params}`;
}

export const statementCachePhase: Phase = {
  name: 'statement-cache',
  rows: ['statement-cache'],
  needsCorpus: false,
  capMs: (scale) => Math.max(120_000, 1_800_000 * scale),
  run: (ctx) =>
    runRow(ctx, 'statement-cache', {}, async (rec, dir) => {
      const db = join(dir, 'tinfacts.db');
      await makeSeededDb(ctx.group, db);
      const sample = sampleDatabase(db);
      const total = scaled(ctx, 16_000, 40);
      // The first quarter fills what is meant to fill (a statement per query shape, the allocator's
      // arenas); bounded memory then stays where it is over the other three quarters.
      const warmup = Math.floor(total / 4);
      const random = seededRandom(ctx.seed);
      const paths = Array.from({ length: total }, (_, i) => makeShapedPath(i, sample, random));
      rec.figure('distinctPaths', new Set(paths).size);
      // Without the response cache: it keeps up to 32 MB of answers by design, and 16,000 distinct
      // answers would fill it, hiding what the statements themselves cost.
      const served = new ServedDb(ctx.group, rec, { dbPath: db, settings: { RESPONSE_CACHE_MB: '0' }, during: 'the queries' });
      try {
        await served.start();
        const agent = new Agent({ keepAlive: true, maxSockets: 2 });
        let next = 0;
        const run = async (until: number) => {
          const worker = async () => {
            while (next < until) {
              const path = paths[next++]!;
              // Counted without a note per request: 16,000 lines would drown the details.
              rec.count(await send(served.base, path, { agent, timeoutMs: 60_000, keepBytes: 0 }));
            }
          };
          await Promise.all([worker(), worker()]);
        };
        const started = performance.now();
        await run(warmup);
        await sleep(500);
        const before = served.memory();
        ctx.log(`statement-cache: ${total - warmup} more GETs of distinct shapes...`);
        await run(total);
        await sleep(500);
        const after = served.memory();
        agent.destroy();
        const growth = ((after.now - before.now) / before.now) * 100;
        rec.figure('rss', { afterWarmup: before.now, end: after.now, peak: after.peak, growthPercent: growth });
        rec.note(
          `${total} GETs (${new Set(paths).size} distinct, ${warmup} warm-up) in ${formatSeconds(performance.now() - started)}; server RSS after the warm-up ${formatMb(before.now)}, at the end ${formatMb(after.now)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %), peak ${formatMb(after.peak)}; RESPONSE_CACHE_MB=0`,
        );
        rec.expect(growth <= MAX_RSS_GROWTH_PERCENT, `RSS grew ${growth.toFixed(0)} % (${formatMb(before.now)} to ${formatMb(after.now)}; limit ${MAX_RSS_GROWTH_PERCENT} %)`);
      } finally {
        await served.end();
        rec.database(db);
      }
    }),
};

// ---------------------------------------------------------------------------------------------------

export const rateLimitPhase: Phase = {
  name: 'rate-limit',
  rows: ['rate-limit'],
  needsCorpus: false,
  capMs: () => 300_000,
  run: (ctx) =>
    runRow(ctx, 'rate-limit', {}, async (rec, dir) => {
      const db = join(dir, 'tinfacts.db');
      await makeSeededDb(ctx.group, db);
      const max = 20;
      // /healthz is not polled here: polls would spend the budget being measured.
      const served = new ServedDb(ctx.group, rec, {
        dbPath: db,
        pollHealth: false,
        settings: { RATE_LIMIT_MAX: String(max), RATE_LIMIT_WINDOW_MS: '60000', RATE_LIMIT_ALLOW_LIST: '' },
      });
      try {
        await served.start();
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        // The start-up wait polled /healthz until it answered; those polls may count against the budget.
        const answers: Answer[] = [];
        for (let i = 0; i < 2 * max; i++) answers.push(rec.count(await send(served.base, '/v1/facts?limit=1', { agent, timeoutMs: 30_000, keepBytes: 0 })));
        const health = rec.count(await send(served.base, '/healthz', { agent, timeoutMs: 30_000, keepBytes: 0 }));
        agent.destroy();
        const statuses = answers.map(statusKey);
        rec.figure('statuses', statuses);
        rec.figure('healthz', health.status);
        rec.note(`statuses of the 40 GETs: ${statuses.join(' ')}; then /healthz: ${statusKey(health)}`);
        const first429 = statuses.indexOf('429');
        rec.note(`first 429 at request ${first429 === -1 ? 'none' : first429 + 1}; rate-limit headers on the first answer: ${answers[0]?.headers['x-ratelimit-limit'] === undefined ? 'none' : `limit ${answers[0].headers['x-ratelimit-limit']}`}`);
        const late = statuses.slice(max).filter((s) => s !== '429').length;
        rec.expect(late === 0, `${late} of requests ${max + 1}-${2 * max} not 429 (${statuses.slice(max).join(' ')})`);
        rec.expect(first429 === -1 || first429 >= max - 1, `429 already at request ${first429 + 1}`);
        rec.expect(health.status === 429, `/healthz after ${2 * max} requests answered ${statusKey(health)}, not 429`);
        const retryAfter = answers.find((a) => a.status === 429)?.headers['retry-after'];
        if (first429 !== -1) rec.expect(retryAfter !== undefined, '429 without Retry-After');
      } finally {
        await served.end();
      }
    }),
};

// ---------------------------------------------------------------------------------------------------

export const SLOW_BODY_LIMIT_MS = 10_000;
const SLOW_BODY_CAP_MS = 90_000;

interface Trickle {
  /** From the end of the headers to the server closing the connection (or the cap). */
  heldMs: number;
  closedByServer: boolean;
  bytesSent: number;
  answer: string;
  status: number | null;
  error: string | null;
}

/** Sends POST headers announcing 1,000 bytes, then one byte a second until the server closes. */
function trickleBody(port: number): Promise<Trickle> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    let bytesSent = 0;
    let started = 0;
    let error: string | null = null;
    let ticker: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (closedByServer: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(ticker);
      clearTimeout(cap);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1];
      resolve({ heldMs: started ? performance.now() - started : 0, closedByServer, bytesSent, answer: answer.slice(0, 400), status: status ? Number(status) : null, error });
    };
    const cap = setTimeout(() => finish(false), SLOW_BODY_CAP_MS);
    socket.setEncoding('utf8');
    socket.on('data', (s: string) => (answer += s));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
      finish(true);
    });
    socket.on('connect', () => {
      socket.write(
        `POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${INGEST_TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`,
      );
      started = performance.now();
      ticker = setInterval(() => {
        if (socket.writable) {
          socket.write(bytesSent === 0 ? '[' : ' ');
          bytesSent++;
        }
      }, 1000);
    });
  });
}

export const slowBodyPhase: Phase = {
  name: 'slow-body',
  rows: ['slow-body'],
  needsCorpus: false,
  capMs: () => 240_000,
  run: (ctx) =>
    runRow(ctx, 'slow-body', {}, async (rec, dir) => {
      const db = join(dir, 'tinfacts.db');
      await makeSeededDb(ctx.group, db);
      const served = new ServedDb(ctx.group, rec, { dbPath: db, settings: { INGEST_TOKEN, REQUEST_TIMEOUT_MS: '5000' }, during: 'the trickle' });
      try {
        await served.start();
        const port = Number(new URL(served.base).port);
        ctx.log('slow-body: trickling a body one byte a second...');
        const t = await trickleBody(port);
        rec.count({ method: 'POST', path: '/v1/articles', status: t.status, headers: {}, ms: t.heldMs, bytes: t.answer.length, lines: 0, head: t.answer, capped: false, error: t.error });
        rec.figure('trickle', t);
        rec.note(
          `connection ${t.closedByServer ? 'closed by the server' : 'still open, closed by the harness'} after ${formatSeconds(t.heldMs)} (${t.bytesSent} body bytes sent); answer: ${t.status ?? 'none'}${t.answer ? ` ${JSON.stringify(t.answer.split('\r\n\r\n')[1]?.slice(0, 160) ?? '')}` : ''}`,
        );
        rec.expect(t.closedByServer && t.heldMs <= SLOW_BODY_LIMIT_MS, `connection held ${t.closedByServer ? '' : 'at least '}${formatSeconds(t.heldMs)} (limit ${formatSeconds(SLOW_BODY_LIMIT_MS)})`);
        rec.expect(t.status === 408, `answered ${t.status ?? 'nothing'}, not 408`);
        const after = rec.count(await send(served.base, '/healthz', { timeoutMs: 10_000 }));
        rec.expect(after.status === 200, `/healthz after the trickle answered ${statusKey(after)}`);
      } finally {
        await served.end();
      }
    }),
};

// ---------------------------------------------------------------------------------------------------

/** Connects, writes a whole GET and resets the connection at once; resolves when the socket is gone. */
function sendAndReset(port: number, request: string): Promise<'reset' | string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let outcome: string = 'reset';
    const timer = setTimeout(() => socket.destroy(), 10_000);
    socket.on('error', (e: NodeJS.ErrnoException) => (outcome = e.code ?? e.message));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(outcome);
    });
    socket.on('connect', () => {
      socket.write(request);
      socket.resetAndDestroy();
    });
  });
}

async function abortMany(port: number, total: number, concurrency: number, rec: PhaseRecorder): Promise<Record<string, number>> {
  const request = `GET /v1/facts?limit=5 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\n\r\n`;
  const outcomes: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const outcome = await sendAndReset(port, request);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  rec.figure('clientOutcomes', outcomes);
  return outcomes;
}

export const abortedPhase: Phase = {
  name: 'aborted',
  rows: ['aborted'],
  needsCorpus: false,
  capMs: (scale) => Math.max(120_000, 600_000 * scale),
  run: (ctx) =>
    runRow(ctx, 'aborted', {}, async (rec, dir) => {
      const db = join(dir, 'tinfacts.db');
      await makeSeededDb(ctx.group, db);
      const server = await startServerOrThrow(ctx.group, {
        dbPath: db,
        logLevel: 'info',
        settings: { RATE_LIMIT_MAX: '600', RATE_LIMIT_ALLOW_LIST: '' },
      });
      try {
        const port = Number(new URL(server.base).port);
        const total = scaled(ctx, 5000, 50);
        ctx.log(`aborted: ${total} requests reset right after being written, 50 at a time...`);
        const started = performance.now();
        const outcomes = await abortMany(port, total, 50, rec);
        const ms = performance.now() - started;
        // Let the server finish what it read before the resets reached it.
        await sleep(2000);
        const health = rec.count(await send(server.base, '/healthz', { timeoutMs: 10_000 }));
        const limiter = health.headers['x-ratelimit-limit'] ?? health.headers['retry-after'];
        rec.note(`${total} connections reset after their request in ${formatSeconds(ms)} (client side: ${Object.entries(outcomes).map(([k, n]) => `${k} ${n}`).join(', ')})`);
        rec.note(`then /healthz: ${statusKey(health)} in ${formatMs(health.ms)}; rate limiter applied to loopback: ${limiter !== undefined ? 'yes' : 'no (no rate-limit headers)'}`);
        rec.note(`server log: ${server.log.lines} lines, ${server.log.errors} at level ${ERROR_LEVEL} or above${server.log.errorExamples.length ? `: ${server.log.errorExamples.join(' | ')}` : ''}`);
        rec.figure('log', server.log);
        rec.expect(server.log.errors === 0, `${server.log.errors} error lines in the server log (${server.log.errorExamples[0] ?? ''})`);
        rec.expect(health.status === 200 || health.status === 429, `/healthz afterwards answered ${statusKey(health)}`);
      } finally {
        rec.serverPeak(server.process.memory().peak);
        const wasAlive = server.alive();
        const run = await server.stop();
        rec.serverRun('the server', wasAlive ? run : { ...run, stopped: false });
        rec.database(db);
      }
    }),
};
