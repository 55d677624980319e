// POST /v1/articles on a real server and a real SQLite file: authentication, limits, bad bodies, and
// the same stored result as the command line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/app.js';
import { openDb, type DbHandle } from '../../src/db/client.js';
import { startIngestor, type ArticleIngestor } from '../../src/ingest/ingestor.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { MAX_BATCH } from '../../src/http/schemas/ingest.js';
import { createTestDb, listenApp, readSeedArticles, SEEDS_DIR, tableCounts, type ListeningApp, type TestDb } from '../helpers.js';

const TOKEN = 'k3v9Qx2mZr8Lp4Tw7Ns1Hc6Jy0Bd5Fg-';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const JSON_AUTH = { ...AUTH, 'content-type': 'application/json' };

/** The seed articles as a client would send them: the fields of a JSONL line. */
const SEED_ARTICLES = readSeedArticles();

const NEW_ARTICLE = {
  id: 'http-001',
  title: 'Thương mại hai chiều',
  publishedAt: '2024-04-12',
  text: 'Năm 2023, kim ngạch thương mại hai chiều giữa hai nước đạt 12,5 tỷ USD, tăng 8,4% so với năm 2022. Bộ trưởng Công Thương Nguyễn Hồng Diên dự hội nghị tại Hà Nội.',
};

async function post(server: ListeningApp, body: unknown, headers: Record<string, string> = JSON_AUTH): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${server.base}/v1/articles`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
}

describe('POST /v1/articles', () => {
  let t: TestDb;
  let writer: DbHandle;
  let reader: DbHandle;
  let server: ListeningApp;
  let disabled: ListeningApp;
  let ingestor: ArticleIngestor;

  beforeAll(async () => {
    t = createTestDb();
    // As the server runs it: reads through a read-only connection, writes through its own.
    writer = t.handle;
    reader = openDb(t.path, { readonly: true });
    ingestor = startIngestor(t.path);
    server = await listenApp({ db: reader.db, ingest: { ingestor, token: TOKEN }, limits: { ...DEFAULT_LIMITS, bodyLimitBytes: 256 * 1024 } });
    disabled = await listenApp({ db: reader.db });
  });
  afterAll(async () => {
    await Promise.all([server?.app.close(), disabled?.app.close()]);
    await ingestor?.close();
    reader?.close();
    t?.cleanup();
  });

  it('is off unless the server has an ingest token: 404 INGEST_DISABLED, whatever the credentials', async () => {
    expectProblem(await post(disabled, NEW_ARTICLE), 404, 'INGEST_DISABLED');
    const response = await post(disabled, NEW_ARTICLE, { 'content-type': 'application/json' });
    expectProblem(response, 404, 'INGEST_DISABLED');
    expect(response.body.detail).toMatch(/INGEST_TOKEN/);
    expect(tableCounts(writer).articles).toBe(0);
  });

  it('answers 401 with WWW-Authenticate without credentials, before reading the body', async () => {
    const missing = await post(server, NEW_ARTICLE, { 'content-type': 'application/json' });
    expectProblem(missing, 401, 'UNAUTHENTICATED');
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="tinfacts"');
    // Even a body over the size limit gets the 401, not a 413: nobody unauthenticated makes the server read it.
    const huge = await post(server, { text: 'x'.repeat(400 * 1024) }, { 'content-type': 'application/json' });
    expect(huge.status).toBe(401);
    const basic = await post(server, NEW_ARTICLE, { authorization: 'Basic dXNlcjpwYXNz', 'content-type': 'application/json' });
    expectProblem(basic, 401, 'UNAUTHENTICATED');
    expect(basic.headers.get('www-authenticate')).toMatch(/error="invalid_request"/);
    expect(tableCounts(writer).articles).toBe(0);
  });

  it.each([
    ['a wrong token of the same length', `${TOKEN.slice(0, -1)}x`],
    ['a shorter token', TOKEN.slice(0, 8)],
    ['a longer token', `${TOKEN}${TOKEN}`],
    ['the token in another case', TOKEN.toUpperCase()],
  ])('answers 403 with WWW-Authenticate for %s', async (_label, token) => {
    const response = await post(server, NEW_ARTICLE, { authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    expectProblem(response, 403, 'FORBIDDEN');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="tinfacts", error="invalid_token"');
    expect(tableCounts(writer).articles).toBe(0);
  });

  it('adds one article (201 with Location), then finds it unchanged (200), then updated', async () => {
    const added = await post(server, NEW_ARTICLE);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ added: 1, updated: 0, unchanged: 0, failed: 0, items: [{ index: 0, status: 'added', externalId: 'http-001' }] });
    const id = added.body.items[0].articleId;
    expect(added.headers.get('location')).toBe(`/v1/articles/${id}`);
    // The same however the path was written.
    const elsewhere = await fetch(`${server.base}/v1/articles/`, { method: 'POST', headers: JSON_AUTH, body: JSON.stringify({ ...NEW_ARTICLE, id: 'http-012', text: `${NEW_ARTICLE.text} Một câu khác.` }) });
    expect(elsewhere.headers.get('location')).toMatch(/^\/v1\/articles\/\d+$/);

    const stored = (await (await fetch(`${server.base}/v1/articles/${id}`)).json()) as { title: string; facts: { figure: { value: number; unit: string } | null }[] };
    expect(stored.title).toBe(NEW_ARTICLE.title);
    expect(stored.facts.map((f: { figure: { value: number; unit: string } | null }) => f.figure && `${f.figure.value} ${f.figure.unit}`)).toContain('12500000000 USD');

    const again = await post(server, NEW_ARTICLE);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ added: 0, unchanged: 1, items: [{ status: 'unchanged', articleId: id }] });
    expect(again.headers.get('location')).toBeNull();

    const changed = await post(server, { ...NEW_ARTICLE, text: NEW_ARTICLE.text.replace('12,5 tỷ USD', '13,1 tỷ USD') });
    expect(changed.body).toMatchObject({ updated: 1, items: [{ status: 'updated', articleId: id }] });
    const facts = (await (await fetch(`${server.base}/v1/facts?article=${id}&unit=USD`)).json()) as { items: { figure: { value: number } }[] };
    expect(facts.items.map((f: { figure: { value: number } }) => f.figure.value)).toContain(13.1e9);
    expect(facts.items.map((f: { figure: { value: number } }) => f.figure.value)).not.toContain(12.5e9);
  });

  it('stores a batch exactly as the command line stores the same articles', async () => {
    const response = await post(server, SEED_ARTICLES);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ added: SEED_ARTICLES.length, failed: 0 });
    expect(response.body.items.map((i: { index: number }) => i.index)).toEqual(SEED_ARTICLES.map((_, i) => i));

    const cli = createTestDb();
    try {
      await runIngest(cli.handle.db, [SEEDS_DIR]);
      const sql = `select f.type, f.metric, f.value, f.unit, f.support_count as support from facts f order by f.type, f.metric, f.value, f.unit`;
      const viaCli = cli.handle.sqlite.prepare(sql).all();
      // The HTTP database also holds the articles added above; their facts are told apart by their sources.
      const viaHttp = writer.sqlite
        .prepare(`select * from (${sql.replace('from facts f', "from facts f where exists (select 1 from fact_evidence e join articles a on a.id = e.article_id where e.fact_id = f.id and a.external_id not like 'http-%')")})`)
        .all();
      expect(viaHttp).toEqual(viaCli);
    } finally {
      cli.cleanup();
    }
    const again = await post(server, SEED_ARTICLES);
    expect(again.body).toMatchObject({ added: 0, unchanged: SEED_ARTICLES.length });
  });

  it('names the field of a malformed article and stores nothing of the batch', async () => {
    const before = tableCounts(writer);
    const response = await post(server, [{ ...NEW_ARTICLE, id: 'http-002' }, { id: 'http-003', text: 42 }, { id: 'http-004', publishedAt: 'yesterday', text: 'x' }]);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([
      { in: 'body', name: '1.text', message: expect.stringMatching(/expected string/) },
      { in: 'body', name: '2.publishedAt', message: expect.any(String) },
    ]);
    const single = await post(server, { id: 'http-005' });
    expect(single.body.errors).toEqual([{ in: 'body', name: 'text', message: expect.stringMatching(/expected string/) }]);
    const blank = await post(server, { text: '   ' });
    expect(blank.body.errors).toEqual([{ in: 'body', name: 'text', message: 'must not be empty' }]);
    expect(tableCounts(writer)).toEqual(before);
  });

  it('cleans an article as the command line does: markup becomes text, binary data is refused', async () => {
    const html = await post(server, {
      id: 'http-008',
      text: '<html><head><style>p { color: red }</style><script>alert(1)</script></head><body><p>Năm 2023, xuất khẩu g&#7841;o đạt 4,8 tỷ USD.</p><p>Bộ trưởng Nông nghiệp Lê Minh Hoan cho biết.</p></body></html>',
    });
    expect(html.status).toBe(201);
    const stored = (await (await fetch(`${server.base}/v1/articles/${html.body.items[0].articleId}`)).json()) as { text: { plain: string } };
    expect(stored.text.plain).toMatch(/^Năm 2023, xuất khẩu gạo đạt 4,8 tỷ USD\.\s+Bộ trưởng/);
    expect(stored.text.plain).not.toMatch(/<|alert|color/);

    const before = tableCounts(writer);
    const binary = await post(server, [{ ...NEW_ARTICLE, id: 'http-009' }, { id: 'http-010', text: '\u0001\u0002'.repeat(100) }, { id: 'http-011', text: '<p> </p>' }]);
    expectProblem(binary, 400, 'VALIDATION_FAILED');
    expect(binary.body.errors).toEqual([
      { in: 'body', name: '1.text', message: 'binary data, not text' },
      { in: 'body', name: '2.text', message: 'no text left once the HTML markup is removed' },
    ]);
    expect(tableCounts(writer)).toEqual(before);
  });

  it('ignores fields it does not know, as the command line does with a JSONL line', async () => {
    const response = await post(server, { ...NEW_ARTICLE, id: 'http-007', text: `${NEW_ARTICLE.text} Câu thứ ba.`, category: 'kinh-te' });
    expect(response.status).toBe(201);
    const stored = (await (await fetch(`${server.base}/v1/articles/${response.body.items[0].articleId}`)).json()) as object;
    expect(stored).not.toHaveProperty('category');
  });

  it.each([
    ['an empty array', '[]', /at least|>=1/],
    [`more than ${MAX_BATCH} articles`, JSON.stringify(Array.from({ length: MAX_BATCH + 1 }, (_, i) => ({ text: `${i}` }))), /<=500|at most/],
    ['a JSON string', '"bài báo"', /expected object/],
    ['truncated JSON', '{"text": "Hà Nội', /JSON/],
  ])('refuses %s with a 400 naming what is wrong', async (_label, body, detail) => {
    const response = await post(server, body);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.detail).toMatch(detail);
  });

  it('takes no query parameters', async () => {
    const response = await fetch(`${server.base}/v1/articles?dryRun=1`, { method: 'POST', headers: JSON_AUTH, body: JSON.stringify(NEW_ARTICLE) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([{ in: 'query', name: 'dryRun', message: 'unknown parameter' }]);
  });

  it('refuses a body over the limit (413) and one that is not JSON (415), storing nothing', async () => {
    const before = tableCounts(writer);
    expectProblem(await post(server, { text: 'Hà Nội '.repeat(50_000) }), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(await post(server, 'id,text\n1,Hà Nội', { ...AUTH, 'content-type': 'text/csv' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectProblem(await post(server, 'Hà Nội', { ...AUTH, 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(tableCounts(writer)).toEqual(before);
  });

  it('reports an article that cannot be stored as failed and keeps the others', async () => {
    // The same text as a stored article under another id: one copy is kept, the update is refused.
    const twin = { id: 'http-001', text: SEED_ARTICLES[0]!.text };
    const response = await post(server, [{ ...NEW_ARTICLE, id: 'http-006', text: `${NEW_ARTICLE.text} Thêm một câu.` }, twin]);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ added: 1, failed: 1 });
    expect(response.body.items[1]).toMatchObject({
      index: 1,
      status: 'failed',
      retryable: false,
      articleId: null,
      externalId: 'http-001',
      error: expect.stringMatching(/identical to stored article/),
    });
  });

  it('reports the same text under a new id as a duplicate of the stored article, not stored twice', async () => {
    const before = tableCounts(writer);
    const stored = SEED_ARTICLES[1]!;
    const response = await post(server, { id: 'http-twin', text: stored.text });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ added: 0, unchanged: 0, duplicate: 1, failed: 0 });
    const item = response.body.items[0];
    expect(item).toMatchObject({ status: 'duplicate', externalId: 'http-twin', warnings: [expect.stringMatching(new RegExp(`identical to stored article \\d+ \\(${stored.id}\\), which is kept`))] });
    const twin = (await (await fetch(`${server.base}/v1/articles/${item.articleId}`)).json()) as { externalId: string };
    expect(twin.externalId).toBe(stored.id);
    expect(tableCounts(writer).articles).toBe(before.articles);
  });

  it.each([
    ['id', { id: 'bad-\ud800', text: 'Hà Nội.' }],
    ['title', { id: 'http-s1', title: 'Tin \udc00 mới', text: 'Hà Nội.' }],
    ['source', { id: 'http-s2', source: '\ud83d', text: 'Hà Nội.' }],
  ])('refuses a lone surrogate in %s, naming the field', async (field, article) => {
    const before = tableCounts(writer);
    // JSON.stringify writes a lone surrogate as its escape (\\ud800), as a client would send it.
    const response = await post(server, article);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ in: 'body', name: field, message: `${field} is not valid Unicode (an unpaired surrogate)` }]);
    expect(tableCounts(writer)).toEqual(before);
  });

  it('leaves reading public', async () => {
    for (const path of ['/v1/articles', '/v1/facts', '/v1/entities', '/healthz']) expect((await fetch(`${server.base}${path}`)).status).toBe(200);
  });
});

describe('POST /v1/articles while another writer holds the database', () => {
  it('answers 503 with Retry-After when none could be stored, and stores them when sent again', async () => {
    const t = createTestDb();
    const reader = openDb(t.path, { readonly: true });
    // A short wait for the lock, so that the test does not wait the 15 s a client would.
    const ingestor = startIngestor(t.path, { busyTimeoutMs: 50, retries: 1, firstDelayMs: 20 });
    const server = await listenApp({ db: reader.db, ingest: { ingestor, token: TOKEN } });
    const batch = [0, 1, 2].map((i) => ({ id: `locked-${i}`, text: `${NEW_ARTICLE.text} Bản số ${i}.` }));
    try {
      t.handle.sqlite.exec('begin immediate');
      const started = performance.now();
      const refused = await post(server, batch);
      expect(performance.now() - started).toBeLessThan(5000);
      expectProblem(refused, 503, 'SERVICE_UNAVAILABLE');
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(refused.body.detail).toMatch(/None of the 3 articles could be stored now .*locked by another writer.*send them again/);
      t.handle.sqlite.exec('commit');
      expect(tableCounts(t.handle).articles).toBe(0);

      const stored = await post(server, batch);
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({ added: 3, failed: 0 });
    } finally {
      if (t.handle.sqlite.inTransaction) t.handle.sqlite.exec('rollback');
      await server.app.close();
      await ingestor.close();
      reader.close();
      t.cleanup();
    }
  });
});
