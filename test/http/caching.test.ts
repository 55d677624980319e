import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { DEFAULT_CACHE_CONTROL, computeEtag, matchIfNoneMatch } from '../../src/http/plugins/etag.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { createSeededDb, type TestDb } from '../helpers.js';

/** A strong tag as the service makes them: 128 bits in base64url, quoted. */
const STRONG_TAG = /^"[A-Za-z0-9_-]{22}"$/;

interface Server {
  app: FastifyInstance;
  base: string;
}

async function listen(t: TestDb): Promise<Server> {
  const app = await buildApp({ db: t.handle.db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** Uncompressed unless the caller asks otherwise, so that the tag is the strong one. */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return fetch(`${base}${path}`, { method, headers: { 'accept-encoding': 'identity', ...headers } });
}

async function firstId(base: string, list: string): Promise<number> {
  const body = (await (await get(base, list)).json()) as { items: { id: number }[] };
  expect(body.items.length, `${list} has items`).toBeGreaterThan(0);
  return body.items[0]!.id;
}

describe('matchIfNoneMatch (RFC 9110 §13.1.2)', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', '"abc"'],
    ['W/"abc"', 'W/"abc"'],
    ['"x", W/"abc", "y"', 'W/"abc"'],
    ['"x","abc"', '"abc"'],
    ['*', '"abc"'],
    [' * ', '"abc"'],
  ])('%s matches', (field, expected) => {
    expect(matchIfNoneMatch(field, tag)).toBe(expected);
    expect(matchIfNoneMatch(field, `W/${tag}`)).toBe(field.trim() === '*' ? `W/${tag}` : expected);
  });

  it.each(['"abcd"', '"ab"', 'abc', '"a,bc"', '"x", "y"', '', 'W/abc'])('%s does not match', (field) => {
    expect(matchIfNoneMatch(field, tag)).toBeUndefined();
  });

  it('reads a tag holding a comma as one tag', () => {
    expect(matchIfNoneMatch('"a,b", "c"', '"a,b"')).toBe('"a,b"');
  });

  it('makes a short strong tag that depends on every byte', () => {
    expect(computeEtag('{"a":1}')).toMatch(STRONG_TAG);
    expect(computeEtag('{"a":1}')).toBe(computeEtag(Buffer.from('{"a":1}')));
    expect(computeEtag('{"a":1}')).not.toBe(computeEtag('{"a":2}'));
  });
});

describe('ETag and conditional GET over HTTP', () => {
  let t: TestDb;
  let server: Server;
  let paths: string[];

  beforeAll(async () => {
    t = await createSeededDb();
    server = await listen(t);
    const { base } = server;
    paths = [
      '/v1/articles',
      `/v1/articles/${await firstId(base, '/v1/articles')}`,
      '/v1/facts',
      `/v1/facts/${await firstId(base, '/v1/facts')}`,
      '/v1/entities',
      `/v1/entities/${await firstId(base, '/v1/entities')}`,
      '/openapi.json',
      '/docs',
      '/docs/json',
      '/docs/yaml',
    ];
  });
  afterAll(async () => {
    await server?.app.close();
    t?.cleanup();
  });

  it('tags every GET endpoint, and HEAD alike', async () => {
    for (const path of paths) {
      const response = await get(server.base, path);
      expect(response.status, path).toBe(200);
      const etag = response.headers.get('etag');
      expect(etag, path).toMatch(STRONG_TAG);
      expect(response.headers.get('cache-control'), path).toBe(DEFAULT_CACHE_CONTROL);
      const text = await response.text();
      if (path !== '/docs' && path !== '/docs/yaml') expect(() => JSON.parse(text), path).not.toThrow();
      expect(etag, path).toBe(computeEtag(text));

      const head = await get(server.base, path, {}, 'HEAD');
      expect(head.status, `HEAD ${path}`).toBe(200);
      expect(head.headers.get('etag'), `HEAD ${path}`).toBe(etag);
      expect(await head.text()).toBe('');
    }
  });

  it('reads /healthz live: no-store, no tag, never a 304', async () => {
    const response = await get(server.base, '/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    const again = await get(server.base, '/healthz', { 'if-none-match': '*' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: expect.any(String) });
  });

  it('answers a matching If-None-Match with 304 and no body, whatever its form', async () => {
    for (const path of paths) {
      const etag = (await get(server.base, path)).headers.get('etag')!;
      // [If-None-Match, the tag the 304 carries: the one the client holds]
      const forms: [string, string][] = [
        [etag, etag],
        [`W/${etag}`, `W/${etag}`],
        [`"other", ${etag}`, etag],
        [`W/"other",W/${etag}`, `W/${etag}`],
        ['*', etag],
      ];
      for (const [field, held] of forms) {
        const response = await get(server.base, path, { 'if-none-match': field });
        expect(response.status, `${path} If-None-Match: ${field}`).toBe(304);
        expect(await response.text()).toBe('');
        expect(response.headers.get('etag')).toBe(held);
        expect(response.headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL);
        expect(response.headers.get('content-length')).toBeNull();
        expect(response.headers.get('content-type')).toBeNull();
      }
      const head = await get(server.base, path, { 'if-none-match': etag }, 'HEAD');
      expect(head.status, `HEAD ${path}`).toBe(304);
      expect(head.headers.get('etag')).toBe(etag);
    }
  });

  it('keeps Vary: Accept-Encoding on a 304 of a JSON answer', async () => {
    const etag = (await get(server.base, '/v1/articles')).headers.get('etag')!;
    const response = await get(server.base, '/v1/articles', { 'if-none-match': etag });
    expect(response.status).toBe(304);
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('answers 200 with the body when no tag matches', async () => {
    const response = await get(server.base, '/v1/articles', { 'if-none-match': '"not-this-one", W/"nor-this"' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(STRONG_TAG);
    expect((await response.json()) as unknown).toBeTypeOf('object');
  });

  it('revalidates across content codings: the identity tag, sent with Accept-Encoding gzip, gives a 304', async () => {
    const plain = await get(server.base, '/openapi.json');
    const etag = plain.headers.get('etag')!;
    expect(plain.headers.get('content-encoding')).toBeNull();

    // The compressed answer is another representation: it carries the weak form of the same tag.
    const gzipped = await get(server.base, '/openapi.json', { 'accept-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('etag')).toBe(`W/${etag}`);
    expect(await gzipped.json()).toEqual(await plain.json());

    for (const [field, encoding] of [
      [etag, 'gzip'],
      [etag, 'br'],
      [`W/${etag}`, 'identity'],
      [`W/${etag}`, 'br'],
    ] as const) {
      const response = await get(server.base, '/openapi.json', { 'if-none-match': field, 'accept-encoding': encoding });
      expect(response.status, `${field} with ${encoding}`).toBe(304);
      expect(response.headers.get('etag')).toBe(field);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    }
  });

  it('leaves errors alone: no tag, no 304', async () => {
    const response = await get(server.base, '/v1/articles/999999', { 'if-none-match': '*' });
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
    const bad = await get(server.base, '/v1/facts?limit=1000', { 'if-none-match': '*' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('etag')).toBeNull();
  });
});

describe('ETag when the data changes', () => {
  let t: TestDb;
  let server: Server;

  beforeAll(async () => {
    t = await createSeededDb();
    server = await listen(t);
  });
  afterAll(async () => {
    await server?.app.close();
    t?.cleanup();
  });

  it('gives new tags after an ingestion, and the old ones no longer revalidate', async () => {
    const paths = ['/v1/facts?province=Đồng Nai', '/v1/articles'];
    const before = new Map<string, string>();
    for (const path of paths) {
      const response = await get(server.base, path);
      before.set(path, response.headers.get('etag')!);
      expect((await get(server.base, path, { 'if-none-match': before.get(path)! })).status).toBe(304);
    }

    const file = join(t.dir, 'new.jsonl');
    const article = {
      id: 'etag-1',
      title: 'Đồng Nai thu hút vốn FDI',
      publishedAt: '2024-03-05',
      text: 'Đồng Nai thu hút vốn FDI\n\nNăm 2023, tỉnh Đồng Nai thu hút hơn 1,5 tỷ USD vốn FDI, với 120 dự án mới.',
    };
    writeFileSync(file, `${JSON.stringify(article)}\n`);
    const report = await runIngest(t.handle.db, [file]);
    expect(report.added).toBe(1);

    for (const path of paths) {
      const response = await get(server.base, path, { 'if-none-match': before.get(path)! });
      expect(response.status, path).toBe(200);
      const etag = response.headers.get('etag');
      expect(etag, path).toMatch(STRONG_TAG);
      expect(etag, path).not.toBe(before.get(path));
      expect((await get(server.base, path, { 'if-none-match': etag! })).status, path).toBe(304);
    }
  });
});
