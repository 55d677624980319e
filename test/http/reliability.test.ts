// The server under the requests that used to take it down or hold it: exports and large articles
// beside reads, slow bodies, connections reset at once, clients over their limit. Real sockets,
// real SQLite files, the compiled server where the configuration is what is tested.
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/app.js';
import { openDb, type DbHandle } from '../../src/db/client.js';
import { startIngestor, type ArticleIngestor } from '../../src/ingest/ingestor.js';
import { ingestInput } from '../../src/ingest/run-ingest.js';
import { createSeededDb, listenApp, startServer, type ListeningApp, type TestDb } from '../helpers.js';
import { syntheticArticles } from '../support/synthetic-articles.js';

const TOKEN = 'reliability-test-token-0123456789abcdef';

/** Polls `/healthz` every 20 ms while `work` runs; the longest wait for an answer, in ms. */
async function worstHealthWait(base: string, work: () => Promise<unknown>): Promise<number> {
  let done = false;
  let worst = 0;
  const polling = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(`${base}/healthz`)).arrayBuffer();
      worst = Math.max(worst, performance.now() - started);
      await sleep(20);
    }
  })();
  try {
    await work();
  } finally {
    done = true;
    await polling;
  }
  return worst;
}

// These two measure time on a shared machine, where another process can hold both cores for a moment:
// each may run again (up to twice) before it fails. Work that holds the event loop (an export of every
// fact in one go, as before, or an extraction on the loop) holds it for seconds, and fails every run;
// the bound sits well below that and above the 100-230 ms a busy machine adds to a healthy server.
const HELD_LOOP_MS = 250;
describe('reads beside long work', { retry: 2 }, () => {
  let t: TestDb;
  let reader: DbHandle;
  let ingestor: ArticleIngestor;
  let server: ListeningApp;

  beforeAll(async () => {
    t = await createSeededDb();
    const articles = syntheticArticles('export', 1500);
    await ingestInput(t.handle.db, {
      files: 1,
      async *items() {
        for (const [i, article] of articles.entries()) yield { kind: 'article' as const, at: { file: 'synthetic', line: i + 1 }, article };
      },
    });
    reader = openDb(t.path, { readonly: true });
    ingestor = startIngestor(t.path);
    server = await listenApp({ db: reader.db, ingest: { ingestor, token: TOKEN }, responseCacheBytes: 8 * 1024 * 1024 });
  }, 120_000);
  afterAll(async () => {
    await server?.app.close();
    await ingestor?.close();
    reader?.close();
    t?.cleanup();
  });

  it(`answers /healthz within ${HELD_LOOP_MS} ms during four exports of every fact`, async () => {
    const facts = (reader.sqlite.prepare('select count(*) as n from facts').get() as { n: number }).n;
    expect(facts).toBeGreaterThan(5000);
    const lines: number[] = [];
    const worst = await worstHealthWait(server.base, () =>
      Promise.all(
        [0, 1, 2, 3].map(async () => {
          const body = await (await fetch(`${server.base}/v1/facts?format=ndjson&limit=1000000`)).text();
          lines.push(body.split('\n').filter(Boolean).length);
        }),
      ),
    );
    expect(lines).toEqual([facts, facts, facts, facts]);
    expect(worst).toBeLessThan(HELD_LOOP_MS);
  });

  it(`answers /healthz within ${HELD_LOOP_MS} ms while a megabyte article is extracted and stored`, async () => {
    const text = 'sáng 18/12 '.repeat(Math.floor(990_000 / Buffer.byteLength('sáng 18/12 ')));
    let answer: { status: number; body: { items: { status: string; warnings?: string[] }[] } } | null = null;
    const worst = await worstHealthWait(server.base, async () => {
      const response = await fetch(`${server.base}/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'dates-megabyte', text }),
      });
      answer = { status: response.status, body: (await response.json()) as never };
    });
    expect(answer!.status).toBe(201);
    expect(answer!.body.items[0]).toMatchObject({ status: 'added', warnings: [expect.stringMatching(/dates found, only the first 1,000 kept/)] });
    expect(worst).toBeLessThan(HELD_LOOP_MS);
  });
});

describe('limits of one request', () => {
  let t: TestDb;
  let reader: DbHandle;
  let ingestor: ArticleIngestor;
  let server: ListeningApp;
  const logged: { level: number; msg: string }[] = [];

  beforeAll(async () => {
    t = await createSeededDb();
    reader = openDb(t.path, { readonly: true });
    ingestor = startIngestor(t.path);
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split('\n').filter(Boolean)) logged.push(JSON.parse(line) as { level: number; msg: string });
          done();
        },
      }),
    );
    server = await listenApp({
      db: reader.db,
      logger,
      ingest: { ingestor, token: TOKEN },
      limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 1000, rateLimit: { max: 100_000, windowMs: 60_000, allowList: [] } },
    });
  });
  afterAll(async () => {
    await server?.app.close();
    await ingestor?.close();
    reader?.close();
    t?.cleanup();
  });

  it('cuts a body that trickles in past REQUEST_TIMEOUT_MS with a 408', async () => {
    const { port } = new URL(server.base);
    const socket = connect(Number(port), '127.0.0.1');
    const started = performance.now();
    let received = '';
    socket.on('data', (d) => (received += d));
    socket.write(`POST /v1/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`);
    const trickle = setInterval(() => socket.write('{'), 200);
    await new Promise((resolve) => socket.once('close', resolve));
    clearInterval(trickle);
    const held = performance.now() - started;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(held).toBeLessThan(3000);
  });

  it('drops requests of connections reset at once without logging errors', async () => {
    const { port } = new URL(server.base);
    const errorsBefore = logged.filter((l) => l.level >= 50).length;
    for (let round = 0; round < 10; round++) {
      await Promise.all(
        Array.from({ length: 50 }, () => {
          const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /v1/facts?limit=5 HTTP/1.1\r\nHost: x\r\n\r\n', () => socket.resetAndDestroy()));
          socket.on('error', () => {});
          return new Promise((resolve) => socket.once('close', resolve));
        }),
      );
    }
    await sleep(200);
    expect(logged.filter((l) => l.level >= 50).slice(errorsBefore)).toEqual([]);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});

describe('rate limiting, as configured', () => {
  it('counts answers from the response cache, and an empty RATE_LIMIT_ALLOW_LIST limits loopback too', async () => {
    const t = await createSeededDb();
    t.handle.close();
    const server = await startServer({ DATABASE_PATH: t.path, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '10', RATE_LIMIT_WINDOW_MS: '60000', RATE_LIMIT_ALLOW_LIST: '' });
    try {
      // startServer's own wait for /healthz spent some of the ten.
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await fetch(`${server.base}/v1/facts?limit=1`)).status);
      expect(statuses).toContain(429);
      expect(statuses.slice(statuses.indexOf(429)).every((s) => s === 429)).toBe(true);
      expect((await fetch(`${server.base}/healthz`)).status).toBe(429);
      expect((await fetch(`${server.base}/no-such-path`)).status).toBe(429);
    } finally {
      await server.stop();
      t.cleanup();
    }
  });
});
