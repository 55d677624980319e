// Bounds and headers on a real server: security headers, rate limiting, URL and header size, slow
// clients, and what a failure on our side shows (nothing of its cause).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { MAX_URL_LENGTH } from '../../src/http/plugins/limits.js';
import { INTERNAL_ERROR_DETAIL } from '../../src/http/problem.js';
import { createSeededDb, listenApp, type ListeningApp, type TestDb } from '../helpers.js';

/** Sends raw bytes and returns everything the server answers before it closes the connection. */
function rawExchange(base: string, chunks: string[], pauseMs = 0): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (answer += data));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(answer) : reject(error)));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
  });
}

function problemOf(raw: string): { status: number; contentType: string; body: any } {
  const [head, body] = raw.split('\r\n\r\n', 2) as [string, string];
  return { status: Number(head.split(' ')[1]), contentType: /content-type: ([^\r]+)/i.exec(head)?.[1] ?? '', body: JSON.parse(body) };
}

describe('limits and headers', () => {
  let t: TestDb;
  let server: ListeningApp;
  let limited: ListeningApp;
  let allowed: ListeningApp;
  let slow: ListeningApp;

  beforeAll(async () => {
    t = await createSeededDb();
    server = await listenApp({ db: t.handle.db });
    limited = await listenApp({ db: t.handle.db, limits: { ...DEFAULT_LIMITS, rateLimit: { max: 3, windowMs: 60_000, allowList: [] } } });
    allowed = await listenApp({ db: t.handle.db, limits: { ...DEFAULT_LIMITS, rateLimit: { max: 3, windowMs: 60_000, allowList: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] } } });
    slow = await listenApp({ db: t.handle.db, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 400 } });
  });
  afterAll(async () => {
    await Promise.all([server, limited, allowed, slow].map((s) => s?.app.close()));
    t?.cleanup();
  });

  it.each(['/v1/facts', '/v1/facts/999999', '/docs', '/openapi.json'])('sends security headers on %s', async (path) => {
    const response = await fetch(`${server.base}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Swagger UI on plain http (docker run -p 3000:3000) must not have its requests upgraded to https.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('limits each address to its quota with a 429 problem and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await fetch(`${limited.base}/v1/facts?limit=1`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last!.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last!.headers.get('x-ratelimit-limit')).toBe('3');
    const problem = (await last!.json()) as { detail: string; instance: string };
    expect(problem).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS', detail: expect.stringMatching(/retry in/) });
    // As documented: the example differs only in its numbers.
    const documented = ((await (await fetch(`${server.base}/openapi.json`)).json()) as any).paths['/v1/facts'].get.responses['429'].content['application/problem+json'].example;
    const numbersAside = (p: { detail: string; instance: string }) => ({ ...p, detail: p.detail.replace(/\d+/g, 'N'), instance: undefined });
    expect(numbersAside(problem)).toEqual(numbersAside(documented));
  });

  it('counts per client behind a trusted proxy, by X-Forwarded-For', async () => {
    const proxied = await listenApp({ db: t.handle.db, limits: { ...DEFAULT_LIMITS, trustProxy: ['127.0.0.1'], rateLimit: { max: 2, windowMs: 60_000, allowList: [] } } });
    try {
      const from = async (client: string) => (await fetch(`${proxied.base}/healthz`, { headers: { 'x-forwarded-for': client } })).status;
      expect([await from('203.0.113.7'), await from('203.0.113.7'), await from('203.0.113.7')]).toEqual([200, 200, 429]);
      expect(await from('198.51.100.20')).toBe(200);
    } finally {
      await proxied.app.close();
    }
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).limits.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });

  it('never limits an address on the allow-list (loopback by default)', async () => {
    for (let i = 0; i < 10; i++) expect((await fetch(`${allowed.base}/v1/facts?limit=1`)).status).toBe(200);
    expect(loadConfig({}).limits.rateLimit.allowList).toEqual(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
  });

  it('refuses a URL over the limit with 414, and headers over the limit with 431', async () => {
    const long = await fetch(`${server.base}/v1/facts?metric=${'a'.repeat(MAX_URL_LENGTH)}`);
    expect(long.status).toBe(414);
    expect((await fetch(`${server.base}/v1/nothing-here?q=${'a'.repeat(MAX_URL_LENGTH)}`)).status).toBe(414);
    expect(long.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await long.json()).toMatchObject({ code: 'URI_TOO_LONG' });

    const raw = await rawExchange(server.base, [`GET /v1/facts HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`]);
    const answer = problemOf(raw);
    expect(answer.status).toBe(431);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.body).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('drops a client that sends its request too slowly, with a 408 problem', async () => {
    const started = Date.now();
    const raw = await rawExchange(slow.base, ['GET /v1/facts HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n', 'X-B: 2\r\n', 'X-C: 3\r\n', 'X-D: 4\r\n'], 300);
    const answer = problemOf(raw);
    expect(answer.status).toBe(408);
    expect(answer.body).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers malformed HTTP with a 400 problem', async () => {
    const answer = problemOf(await rawExchange(server.base, ['GARBAGE\r\n\r\n']));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it.each([
    ['limit above the maximum', '/v1/facts?limit=101'],
    ['CSV limit above the maximum', '/v1/facts?format=csv&limit=1000001'],
  ])('bounds %s', async (_label, path) => {
    const response = await fetch(`${server.base}${path}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { name: string }[] }).errors[0]!.name).toBe('limit');
  });

  it('shows no stack trace, SQL or file path when the database fails', async () => {
    const broken = await createSeededDb();
    const app = await listenApp({ db: broken.handle.db });
    try {
      broken.handle.close();
      for (const path of ['/v1/facts', '/v1/facts/1', '/v1/entities?q=ha', '/v1/articles?q=hà nội']) {
        const response = await fetch(`${app.base}${path}`);
        const body = await response.text();
        expect(response.status).toBe(500);
        expect(JSON.parse(body)).toMatchObject({ code: 'INTERNAL_ERROR', detail: INTERNAL_ERROR_DETAIL });
        expect(body).not.toMatch(/sqlite|select |database|\bat [\w.]+ \(|\/work\/|node_modules|\.ts:\d+/i);
      }
      // Health says that the database cannot be read, and nothing of where or why inside.
      const health = await fetch(`${app.base}/healthz`);
      const body = await health.text();
      expect(health.status).toBe(503);
      expect(JSON.parse(body)).toMatchObject({ status: 'unavailable', articles: null, database: { readable: false } });
      expect(body).not.toMatch(/sqlite|select |\bat [\w.]+ \(|\/work\/|\/tmp\/|node_modules|\.ts:\d+/i);
    } finally {
      await app.app.close();
      broken.cleanup();
    }
  });
});

describe('limits configuration', () => {
  it('reads the bounds from the environment, with defaults', () => {
    expect(loadConfig({}).limits).toEqual({
      bodyLimitBytes: 8 * 1024 * 1024,
      trustProxy: [],
      requestTimeoutMs: 30_000,
      connectionTimeoutMs: 60_000,
      rateLimit: { max: 600, windowMs: 60_000, allowList: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] },
    });
    const config = loadConfig({ RATE_LIMIT_MAX: '0', RATE_LIMIT_ALLOW_LIST: ' ', REQUEST_TIMEOUT_MS: '5000', BODY_LIMIT_BYTES: '1048576' });
    expect(config.limits).toMatchObject({ bodyLimitBytes: 1_048_576, requestTimeoutMs: 5000, rateLimit: { max: 0, allowList: [] } });
    expect(loadConfig({}).ingestToken).toBeNull();
  });

  it('refuses a short ingest token without echoing it', () => {
    const secret = 'hunter2-but-longer';
    try {
      loadConfig({ INGEST_TOKEN: secret });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(/INGEST_TOKEN: must be at least 32 characters/);
      expect((error as ConfigError).message).not.toContain(secret);
    }
    expect(loadConfig({ INGEST_TOKEN: 'a'.repeat(32) }).ingestToken).toBe('a'.repeat(32));
  });

  it.each([['RATE_LIMIT_MAX', '-1'], ['REQUEST_TIMEOUT_MS', '0'], ['BODY_LIMIT_BYTES', 'lots']])('refuses %s=%s', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`${key}: `));
  });
});
