// What one article, or one popular fact, can make the API answer: every answer stays bounded, and
// what is left out of it is paged. Real SQLite files, the real ingestion pipeline, inject().
import type { FastifyInstance } from 'fastify';
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { PROBLEM_BOUNDS } from '../../src/http/problem.js';
import { ANSWER_BOUNDS } from '../../src/http/schemas/bounds.js';
import type { EntityDetail } from '../../src/http/schemas/entities.js';
import type { Fact, FactDetail, Source } from '../../src/http/schemas/facts.js';
import { ingestInput } from '../../src/ingest/run-ingest.js';
import type { RawArticle } from '../../src/ingest/raw-article.js';
import { createSeededDb, createTestDb, type TestDb } from '../helpers.js';

interface Page<T> {
  items: T[];
  next: string | null;
  nextUrl: string | null;
}

async function ingestArticles(t: TestDb, articles: RawArticle[]) {
  return ingestInput(t.handle.db, {
    files: 1,
    async *items() {
      for (const [i, article] of articles.entries()) yield { kind: 'article' as const, at: { file: 'test', line: i + 1 }, article };
    },
  });
}

async function get<T>(app: FastifyInstance, url: string, status = 200): Promise<{ body: T; bytes: number }> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(status);
  const json = /^application\/json/.test(String(response.headers['content-type']));
  return { body: (json ? response.json() : response.body) as T, bytes: response.rawPayload.length };
}

describe('an article of one 250 KB sentence repeating one figure', () => {
  let t: TestDb;
  let app: FastifyInstance;
  const unit = 'xuất khẩu năm 2023 đạt 5 tỷ USD, ';
  const text = `${unit.repeat(Math.ceil(250_000 / Buffer.byteLength(unit)))}.`;

  beforeAll(async () => {
    t = createTestDb();
    const report = await ingestArticles(t, [{ id: 'long', text }]);
    expect(report).toMatchObject({ added: 1, failed: 0 });
    expect(report.warnings).toEqual([{ at: 'test:1', message: expect.stringMatching(/^5,814 figures found, only the first 1,000 kept/) }]);
    t.handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    app = await buildApp({ db: t.handle.db });
  });
  afterAll(async () => {
    await app.close();
    t.cleanup();
  });

  it('stores each sentence once and at most 10 occurrences of the fact', () => {
    const sql = t.handle.sqlite;
    expect(statSync(t.path).size).toBeLessThan(5_000_000);
    const { n: sentences, longest } = sql.prepare('select count(*) as n, max(length(text)) as longest from article_sentences').get() as { n: number; longest: number };
    expect(longest).toBeLessThanOrEqual(2000);
    expect(sentences).toBeLessThan(200);
    const perFact = sql.prepare('select max(n) as n from (select count(*) as n from fact_evidence group by fact_id, article_id)').get() as { n: number };
    expect(perFact.n).toBeLessThanOrEqual(ANSWER_BOUNDS.sourceEvidence);
  });

  it.each(['/v1/facts/1', '/v1/articles/1', '/v1/facts?limit=100', '/v1/facts?format=csv', '/v1/facts?format=ndjson', '/v1/facts/1/sources?limit=100', '/v1/entities?limit=100'])(
    'answers %s, bounded',
    async (url) => {
      const { bytes } = await get(app, url);
      // The article's own text (twice: original and plain) is the largest part of its page.
      expect(bytes).toBeLessThan(url === '/v1/articles/1' ? 2 * Buffer.byteLength(text) + 1_000_000 : 1_000_000);
    },
  );
});

describe('a fact stated by many articles', () => {
  let t: TestDb;
  let app: FastifyInstance;
  const COUNT = 130;
  let factId: number;
  let entityId: number;

  beforeAll(async () => {
    t = createTestDb();
    const articles = Array.from({ length: COUNT }, (_, i) => ({
      id: `a${i}`,
      publishedAt: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: `Bản tin số ${i}. Năm 2023, kim ngạch xuất khẩu của Việt Nam đạt 355 tỷ USD, theo Tổng cục Thống kê ${i}.`,
    }));
    expect(await ingestArticles(t, articles)).toMatchObject({ added: COUNT, failed: 0 });
    app = await buildApp({ db: t.handle.db });
    const { body } = await get<Page<Fact>>(app, '/v1/facts?type=figure&sort=-support&limit=1');
    factId = body.items[0]!.id;
    expect(body.items[0]!.supportCount).toBe(COUNT);
    const { body: countries } = await get<Page<{ id: number; name: string }>>(app, '/v1/entities?kind=country&q=viet%20nam');
    entityId = countries.items[0]!.id;
  });
  afterAll(async () => {
    await app.close();
    t.cleanup();
  });

  it(`inlines its first ${ANSWER_BOUNDS.listSources} sources in a list and ${ANSWER_BOUNDS.detailSources} on its page, in the order they stated it`, async () => {
    const { body: page } = await get<Page<Fact>>(app, `/v1/facts?type=figure&sort=-support&limit=1`);
    expect(page.items[0]!.sources.map((s) => s.article.id)).toEqual([1, 2, 3, 4, 5]);
    const { body: detail } = await get<FactDetail>(app, `/v1/facts/${factId}`);
    expect(detail.sources).toHaveLength(ANSWER_BOUNDS.detailSources);
    expect(detail.sources[0]!.article.id).toBe(1);
    expect(detail.sourcesUrl).toBe(`/v1/facts/${factId}/sources`);
  });

  it('pages through every source with no repeat and no gap', async () => {
    const seen: number[] = [];
    let next: string | null = `/v1/facts/${factId}/sources?limit=7`;
    let pages = 0;
    while (next) {
      const { body }: { body: Page<Source> } = await get<Page<Source>>(app, next);
      seen.push(...body.items.map((s) => s.article.id));
      for (const source of body.items) expect(source.evidence.length).toBeGreaterThan(0);
      next = body.nextUrl;
      pages++;
    }
    expect(pages).toBe(Math.ceil(COUNT / 7));
    expect(seen).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  });

  it('refuses a cursor of one list on another', async () => {
    const { body } = await get<Page<Source>>(app, `/v1/facts/${factId}/sources?limit=2`);
    const other = await app.inject({ method: 'GET', url: `/v1/entities/${entityId}/articles?cursor=${body.next}` });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ code: 'INVALID_CURSOR' });
    const articles = await get<Page<unknown>>(app, '/v1/articles?limit=2');
    const entities = await app.inject({ method: 'GET', url: `/v1/entities?limit=2&cursor=${articles.body.next}` });
    expect(entities.statusCode).toBe(400);
    expect(entities.json()).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('gives an entity its first articles and pages through all of them', async () => {
    const { body: entity } = await get<EntityDetail>(app, `/v1/entities/${entityId}`);
    expect(entity.articleCount).toBe(COUNT);
    expect(entity.articles).toHaveLength(ANSWER_BOUNDS.entityArticles);
    expect(entity.articlesUrl).toBe(`/v1/entities/${entityId}/articles`);
    const seen: number[] = [];
    let next: string | null = `${entity.articlesUrl}?limit=50`;
    while (next) {
      const { body }: { body: Page<{ id: number }> } = await get<Page<{ id: number }>>(app, next);
      seen.push(...body.items.map((a) => a.id));
      next = body.nextUrl;
    }
    expect(seen).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  });

  it("shows on an article's page its own statement of the fact, never the other articles'", async () => {
    const { body: article } = await get<{ facts: Fact[] }>(app, '/v1/articles/7');
    const trade = article.facts.find((f) => f.id === factId)!;
    expect(trade.supportCount).toBe(COUNT);
    expect(trade.sources.map((s) => s.article.id)).toEqual([7]);
    expect(trade.sources[0]!.evidence.every((e) => e.articleId === 7)).toBe(true);
  });
});

describe('what is stored is always readable', () => {
  let t: TestDb;
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await createSeededDb();
    // What an older extractor stored: a value beyond a double (SQLite keeps it as infinity), in the
    // same group as a real figure so that it "conflicts" with it.
    const sql = t.handle.sqlite;
    const real = sql.prepare(`select id, group_key, period_key from facts where type = 'figure' and period_key is not null and year_from is not null limit 1`).get() as {
      id: number;
      group_key: string;
      period_key: string;
    };
    const inserted = sql
      .prepare(`insert into facts (type, group_key, period_key, year_from, year_to, value, low, high, unit, qualifier, change, support_count) values ('figure', ?, ?, 2023, 2023, ?, ?, ?, 'USD', 'exact', 'level', 1)`)
      .run(real.group_key, real.period_key, Infinity, Infinity, Infinity);
    const id = Number(inserted.lastInsertRowid);
    sql.prepare(
      `insert into fact_evidence (fact_id, article_id, sentence_index, start, "end", original_start, original_end, text, original_text, value) values (?, 1, 0, 0, 1, 0, 1, 'x', 'x', ?)`,
    ).run(id, Infinity);
    sql.prepare('insert into fact_conflicts (fact_id, other_id) values (?, ?), (?, ?)').run(id, real.id, real.id, id);
    app = await buildApp({ db: t.handle.db });
  });
  afterAll(async () => {
    await app.close();
    t.cleanup();
  });

  it.each([
    '/v1/facts?sort=-value',
    '/v1/facts?sort=value',
    '/v1/facts?conflicting=true',
    '/v1/facts?type=figure&metric=xuat%20nhap%20khau&year=2023',
    '/v1/facts?format=csv',
    '/v1/facts?format=ndjson',
    '/v1/facts?include=total,facets',
    '/v1/articles/1',
  ])('%s answers 200', async (url) => {
    await get(app, url);
  });

  it('follows every page of the sort by value', async () => {
    let next: string | null = '/v1/facts?sort=-value&limit=3';
    let pages = 0;
    while (next && pages < 1000) {
      const { body }: { body: Page<Fact> } = await get<Page<Fact>>(app, next);
      next = body.nextUrl;
      pages++;
    }
    expect(next).toBeNull();
  });
});

describe('problems stay small', () => {
  let t: TestDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createSeededDb();
    app = await buildApp({ db: t.handle.db });
  });
  afterAll(async () => {
    await app.close();
    t.cleanup();
  });

  it('lists the first unknown parameters of 7 KB of them, and says how many there were', async () => {
    const query = Array.from({ length: 600 }, (_, i) => `param${i}=on`).join('&');
    expect(query.length).toBeGreaterThan(6900);
    const response = await app.inject({ method: 'GET', url: `/v1/facts?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.rawPayload.length).toBeLessThan(8000);
    const problem = response.json() as { errors: unknown[]; detail: string; instance: string };
    expect(problem.errors).toHaveLength(PROBLEM_BOUNDS.errors);
    expect(problem.detail).toMatch(/\(600 problems; the first 20 are listed\)$/);
    expect(problem.instance.length).toBeLessThanOrEqual(PROBLEM_BOUNDS.instance);
  });

  it('answers a method an endpoint does not take with 405 and Allow', async () => {
    for (const [method, url, allow] of [
      ['PUT', '/v1/facts', 'GET, HEAD'],
      ['DELETE', '/v1/facts/1', 'GET, HEAD'],
      ['PATCH', '/v1/articles', 'GET, HEAD, POST'],
      ['POST', '/healthz', 'GET, HEAD'],
    ] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    }
    expect((await app.inject({ method: 'PUT', url: '/v1/nothing' })).statusCode).toBe(404);
  });
});
