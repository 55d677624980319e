// The response cache (src/http/plugins/response-cache.ts) on a real server and a real SQLite file:
// a repeated question gets the same answer, every plugin after the route still applies, and an
// answer never outlives the data it was built from.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngestor, type ArticleIngestor } from '../../src/ingest/ingestor.js';
import { openDb, type DbHandle } from '../../src/db/client.js';
import { ResponseCache } from '../../src/http/plugins/response-cache.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { FIXTURES_DIR, createSeededDb, listenApp, type ListeningApp, type TestDb } from '../helpers.js';
import { join } from 'node:path';

const TOKEN = 'response-cache-test-token-0123456789abcdef';

let seeded: TestDb;
let reader: DbHandle;
let server: ListeningApp;
let ingestor: ArticleIngestor;

beforeAll(async () => {
  seeded = await createSeededDb();
  reader = openDb(seeded.path, { readonly: true });
  ingestor = startIngestor(seeded.path);
  server = await listenApp({ db: reader.db, ingest: { ingestor, token: TOKEN }, responseCacheBytes: 1024 * 1024 });
});

afterAll(async () => {
  await server.app.close();
  await ingestor.close();
  reader.close();
  seeded.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.base}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });

/** Headers that must be the same on a first and a repeated answer (Date, naturally, is not). */
function stableHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => !['date', 'keep-alive', 'connection'].includes(name)));
}

describe('the response cache', () => {
  it('answers a repeated request with the same bytes and the same headers', async () => {
    for (const path of ['/v1/facts?limit=5', '/v1/entities?q=ha%20noi', '/v1/articles?limit=2', '/v1/facts/1']) {
      const first = await get(path);
      const firstBody = await first.text();
      const second = await get(path);
      expect(second.status, path).toBe(200);
      expect(await second.text(), path).toBe(firstBody);
      expect(stableHeaders(second), path).toEqual(stableHeaders(first));
      expect(second.headers.get('etag'), path).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
      expect(second.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('still answers a matching If-None-Match with a 304, and compresses as the client asks', async () => {
    const path = '/v1/facts?limit=20';
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    const revalidated = await get(path, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    const compressed = await fetch(`${server.base}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('etag')).toBe(`W/${etag}`);
    // fetch decodes the body: it is the same document.
    expect(await compressed.text()).toBe(await (await get(path)).text());
  });

  it('keeps representations apart: another Accept is another answer', async () => {
    const json = await get('/v1/facts?limit=3');
    const csv = await get('/v1/facts?limit=3', { accept: 'text/csv' });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const again = await get('/v1/facts?limit=3');
    expect(again.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('does not keep errors', async () => {
    const first = await get('/v1/facts/999999');
    expect(first.status).toBe(404);
    expect((await get('/v1/facts/999999')).status).toBe(404);
  });

  it('serves new data after an ingestion through another connection commits', async () => {
    const before = (await (await get('/v1/facts?include=total&limit=1')).json()) as { total: number };
    // Another process would do the same: a second connection to the file, writing.
    const other = openDb(seeded.path);
    try {
      const report = await runIngest(other.db, [join(FIXTURES_DIR, 'articles', 'an-giang.jsonl')]);
      expect(report.added).toBeGreaterThan(0);
      // The data version is read at most once a millisecond.
      await sleep(5);
      const after = (await (await get('/v1/facts?include=total&limit=1')).json()) as { total: number };
      expect(after.total).toBeGreaterThan(before.total);
    } finally {
      other.close();
    }
  });

  it("shows this server's own POST /v1/articles in the very next answer", async () => {
    const path = '/v1/facts?include=total&limit=1';
    const before = (await (await get(path)).json()) as { total: number };
    const posted = await fetch(`${server.base}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'response-cache-post', text: 'Chủ tịch UBND tỉnh An Giang cho biết năm 2024 xuất khẩu của tỉnh tăng 12,5%.' }),
    });
    expect(posted.status).toBe(201);
    const after = (await (await get(path)).json()) as { total: number };
    expect(after.total).toBeGreaterThan(before.total);
  });
});

describe('ResponseCache', () => {
  const entry = (bytes: number, version = 1) => ({ version, payload: Buffer.alloc(bytes), etag: '"x"', headers: [], bytes });

  it('keeps at most maxBytes, dropping the least recently used first', () => {
    const cache = new ResponseCache(reader.sqlite, 16 * 1000);
    cache.set('a', entry(900));
    cache.set('b', entry(900));
    expect(cache.get('a', 1)).toBeDefined(); // a is now the most recent
    for (let i = 0; i < 16; i++) cache.set(`k${i}`, entry(900));
    expect(cache.size.bytes).toBeLessThanOrEqual(16 * 1000);
    expect(cache.get('b', 1)).toBeUndefined();
  });

  it('refuses an answer larger than a sixteenth of the cache', () => {
    const cache = new ResponseCache(reader.sqlite, 16 * 1000);
    cache.set('big', entry(1001));
    expect(cache.get('big', 1)).toBeUndefined();
  });

  it('forgets everything when the data version moves on', () => {
    const cache = new ResponseCache(reader.sqlite, 16 * 1000);
    cache.set('a', entry(10, 1));
    cache.set('b', entry(10, 1));
    expect(cache.get('a', 2)).toBeUndefined();
    expect(cache.size.entries).toBe(0);
  });
});
