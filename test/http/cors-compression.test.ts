import { request } from 'node:http';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { COMPRESSION_THRESHOLD } from '../../src/http/plugins/compress.js';
import { createSeededDb, listenApp, type ListeningApp, type TestDb } from '../helpers.js';

const ALLOWED = 'https://app.example.org';
const OTHER = 'https://elsewhere.example.net';

type Server = ListeningApp;

const listen = (t: TestDb, deps: Partial<AppDeps> = {}, extend?: (app: FastifyInstance) => void) => listenApp({ db: t.handle.db, ...deps }, extend);

/** The bytes as sent, not decoded (fetch would decode them). */
function getRaw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('CORS_ORIGINS', () => {
  it('is off when unset or empty', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' , ' }).corsOrigins).toEqual([]);
  });

  it('reads a list of origins, normalised as browsers send them', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://App.Example.org/, http://localhost:5173,https://x.example:443' }).corsOrigins).toEqual([
      'https://app.example.org',
      'http://localhost:5173',
      'https://x.example',
    ]);
  });

  it('reads * as any origin', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it.each(['*, https://a.example', 'a.example', 'ftp://a.example', 'https://a.example/app', 'https://a.example?x=1', 'https://user@a.example'])('rejects %j', (value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
    try {
      loadConfig({ CORS_ORIGINS: value });
    } catch (error) {
      expect((error as ConfigError).problems[0]).toMatch(/^CORS_ORIGINS: /);
    }
  });
});

describe('CORS over HTTP', () => {
  let t: TestDb;
  let listed: Server;
  let any: Server;
  let none: Server;

  beforeAll(async () => {
    t = await createSeededDb();
    listed = await listen(t, { corsOrigins: [ALLOWED] });
    any = await listen(t, { corsOrigins: '*' });
    none = await listen(t);
  });
  afterAll(async () => {
    await Promise.all([listed?.app.close(), any?.app.close(), none?.app.close()]);
    t?.cleanup();
  });

  it('lets a listed origin read, exposing ETag and Link', async () => {
    const response = await fetch(`${listed.base}/v1/articles`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Link');
    expect(response.headers.get('vary')).toMatch(/\borigin\b/i);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers an OPTIONS request that is not a full preflight without a plain-text error', async () => {
    const response = await fetch(`${listed.base}/v1/facts`, { method: 'OPTIONS', headers: { origin: ALLOWED } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives another origin no CORS headers', async () => {
    const response = await fetch(`${listed.base}/v1/articles`, { headers: { origin: OTHER } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\borigin\b/i);
  });

  it('answers a preflight from a listed origin', async () => {
    const response = await fetch(`${listed.base}/v1/facts?limit=5`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/if-none-match/i);
  });

  it('does not approve a preflight from another origin', async () => {
    const response = await fetch(`${listed.base}/v1/facts`, {
      method: 'OPTIONS',
      headers: { origin: OTHER, 'access-control-request-method': 'GET' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers every origin with * when configured so', async () => {
    const response = await fetch(`${any.base}/v1/entities`, { headers: { origin: OTHER } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${any.base}/v1/entities`, { method: 'OPTIONS', headers: { origin: OTHER, 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sends no CORS headers by default', async () => {
    const response = await fetch(`${none.base}/v1/articles`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const preflight = await fetch(`${none.base}/v1/articles`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'GET' } });
    // Without CORS, OPTIONS is a method the endpoint does not take.
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('compression over HTTP', () => {
  let t: TestDb;
  let server: Server;
  const rows = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, name: `Hàng ${i + 1}`, value: i * 1.5 }));
  const csv = `id,name,value\n${rows.map((r) => `${r.id},${r.name},${r.value}`).join('\n')}\n`;
  const ndjson = rows.map((r) => `${JSON.stringify(r)}\n`);

  beforeAll(async () => {
    t = await createSeededDb();
    // Routes of the kinds the API may serve besides JSON: a buffered CSV, a streamed CSV and a streamed NDJSON.
    server = await listen(t, {}, (app) => {
      app.get('/test/table.csv', async (_request, reply) => reply.type('text/csv; charset=utf-8').send(csv));
      app.get('/test/table-stream.csv', async (_request, reply) => reply.type('text/csv; charset=utf-8').send(Readable.from([csv.slice(0, 100), csv.slice(100)])));
      app.get('/test/rows.ndjson', async (_request, reply) => reply.type('application/x-ndjson').send(Readable.from(ndjson)));
      app.get('/test/tiny.ndjson', async (_request, reply) => reply.type('application/x-ndjson').send('{"id":1}\n'));
    });
  });
  afterAll(async () => {
    await server?.app.close();
    t?.cleanup();
  });

  it('compresses a large JSON answer with gzip and br, both decoding to the same JSON', async () => {
    for (const path of ['/openapi.json', '/v1/articles']) {
      const plain = await fetch(`${server.base}${path}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.status, path).toBe(200);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
      const text = await plain.text();
      expect(Buffer.byteLength(text)).toBeGreaterThan(COMPRESSION_THRESHOLD);
      const expected = JSON.parse(text) as unknown;

      for (const [encoding, decode] of [
        ['gzip', gunzipSync],
        ['br', brotliDecompressSync],
      ] as const) {
        const response = await fetch(`${server.base}${path}`, { headers: { 'accept-encoding': encoding } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-encoding'), `${path} ${encoding}`).toBe(encoding);
        expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(await response.json()).toEqual(expected);

        const raw = await getRaw(`${server.base}${path}`, { 'accept-encoding': encoding });
        expect(raw.headers['content-encoding']).toBe(encoding);
        expect(raw.body.length).toBeLessThan(Buffer.byteLength(text));
        expect(JSON.parse(decode(raw.body).toString('utf8'))).toEqual(expected);
      }
    }
  });

  it('prefers br when the client takes both, as browsers do', async () => {
    const response = await fetch(`${server.base}/openapi.json`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
  });

  it('leaves small answers uncompressed, still saying they vary with Accept-Encoding', async () => {
    for (const path of ['/healthz', '/test/tiny.ndjson']) {
      const raw = await getRaw(`${server.base}${path}`, { 'accept-encoding': 'gzip, br' });
      expect(raw.status).toBe(200);
      expect(raw.body.length).toBeLessThan(COMPRESSION_THRESHOLD);
      expect(raw.headers['content-encoding'], path).toBeUndefined();
      expect(raw.headers.vary).toMatch(/accept-encoding/i);
      expect(raw.body.toString('utf8').trim()).not.toBe('');
      JSON.parse(raw.body.toString('utf8'));
    }
  });

  it('compresses CSV, buffered or streamed', async () => {
    for (const path of ['/test/table.csv', '/test/table-stream.csv']) {
      const raw = await getRaw(`${server.base}${path}`, { 'accept-encoding': 'gzip' });
      expect(raw.headers['content-encoding'], path).toBe('gzip');
      expect(raw.headers['content-type']).toMatch(/^text\/csv/);
      expect(gunzipSync(raw.body).toString('utf8')).toBe(csv);
    }
  });

  it('compresses streamed NDJSON, which carries no ETag', async () => {
    for (const [encoding, decode] of [
      ['gzip', gunzipSync],
      ['br', brotliDecompressSync],
    ] as const) {
      const raw = await getRaw(`${server.base}/test/rows.ndjson`, { 'accept-encoding': encoding });
      expect(raw.headers['content-encoding']).toBe(encoding);
      expect(raw.headers.etag).toBeUndefined();
      const lines = decode(raw.body).toString('utf8').trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(rows);
    }
    const response = await fetch(`${server.base}/test/rows.ndjson`, { headers: { 'accept-encoding': 'gzip' } });
    expect((await response.text()).split('\n').filter(Boolean)).toHaveLength(rows.length);
  });

  it('sends nothing compressed to a client that does not ask', async () => {
    const raw = await getRaw(`${server.base}/test/rows.ndjson`, {});
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString('utf8')).toBe(ndjson.join(''));
  });
});
