import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Article, ArticleSummary } from '../../src/http/schemas/articles.js';
import type { Entity, EntityDetail } from '../../src/http/schemas/entities.js';
import type { Fact } from '../../src/http/schemas/facts.js';
import type { Problem } from '../../src/http/problem.js';
import { ANSWER_BOUNDS } from '../../src/http/schemas/bounds.js';
import { createSeededDb, type TestDb } from '../helpers.js';

interface Page<T> {
  items: T[];
  next: string | null;
  nextUrl: string | null;
}

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

async function get<T>(url: string, status = 200): Promise<{ body: T; headers: Record<string, unknown> }> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(status);
  return { body: response.json() as T, headers: response.headers };
}

/** Follows `next` until the last page; returns every item. */
async function collect<T extends { id: number }>(url: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = url;
  while (next) {
    const { body }: { body: Page<T> } = await get<Page<T>>(next);
    items.push(...body.items);
    next = body.nextUrl;
  }
  return items;
}

async function expectProblem(url: string, status: number, code: Problem['code']): Promise<Problem> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json() as Problem;
  expect(problem).toMatchObject({ status, code, instance: url });
  expect(problem.type).toMatch(/^urn:tinfacts:problem:/);
  expect(problem.title).toEqual(expect.any(String));
  expect(problem.detail).toEqual(expect.any(String));
  return problem;
}

describe('GET /healthz', () => {
  it('says ok and counts the articles', async () => {
    const { body } = await get('/healthz');
    // This app runs no integrity check (none was asked for) and does not ingest.
    expect(body).toEqual({
      status: 'ok',
      articles: 5,
      database: { readable: true, writable: null, integrity: 'unchecked', integrityCheckedAt: null, freeBytes: expect.any(Number) },
      problems: [],
    });
  });
});

describe('GET /v1/articles', () => {
  it('lists the five seed articles with counts', async () => {
    const { body } = await get<Page<ArticleSummary>>('/v1/articles');
    expect(body.items).toHaveLength(5);
    expect(body.next).toBeNull();
    expect(body.items.map((a) => a.externalId)).toEqual([
      '000_6000dc133c52adaf',
      '001_8b60958e6b4b3b1e',
      '002_18e04e0ee17e3dbf',
      '003_6c84157a44e7deaf',
      '004_429a24bde8a97b90',
    ]);
    for (const a of body.items) {
      expect(a.factCount).toBeGreaterThan(0);
      expect(a.entityCount).toBeGreaterThan(0);
      expect(a.title).toEqual(expect.any(String));
    }
    expect(body.items.map((a) => a.segmented)).toEqual([true, false, false, false, true]);
  });

  it('pages with an opaque cursor, a next link and a Link header', async () => {
    const { body, headers } = await get<Page<ArticleSummary>>('/v1/articles?limit=2');
    expect(body.items).toHaveLength(2);
    expect(body.next).toEqual(expect.any(String));
    expect(body.nextUrl).toBe(`/v1/articles?limit=2&cursor=${body.next}`);
    expect(headers.link).toBe(`<${body.nextUrl}>; rel="next"`);
    const all = await collect<ArticleSummary>('/v1/articles?limit=2');
    expect(all.map((a) => a.id)).toEqual((await get<Page<ArticleSummary>>('/v1/articles')).body.items.map((a) => a.id));
  });

  it.each([
    ['ngoại giao kinh tế', 5],
    ['ngoai giao kinh te', 5],
    ['NGOẠI_GIAO', 5],
    ['thoả thuận', 5],
    ['422', 3],
    ['giao kinh', 5],
    ['iao kin', 0],
    ['Đoàn Phương Lan', 1],
    ['xyzzy không có', 0],
  ])('searches title and text with q=%s', async (q, count) => {
    const items = await collect<ArticleSummary>(`/v1/articles?q=${encodeURIComponent(q)}&limit=2`);
    expect(items).toHaveLength(count);
  });
});

describe('GET /v1/articles/{id}', () => {
  it('lists the dates the text mentions, partial where the article has no publication date', async () => {
    const list = (await get<Page<ArticleSummary>>('/v1/articles')).body.items;
    const details = await Promise.all(list.map(async (a) => (await get<Article>(`/v1/articles/${a.id}`)).body));
    const mentioned = details.flatMap((a) => a.dates.map((d) => ({ ...d, plain: a.text.plain })));
    expect(mentioned.length).toBeGreaterThan(0);
    for (const d of mentioned) expect(d.plain.slice(d.span.start, d.span.end)).toBe(d.text);
    expect(mentioned.find((d) => d.text === 'Ngày 2/4')).toMatchObject({ day: 2, month: 4, year: null, date: null, partial: true, yearInferred: false });
  });

  it('returns both forms of the text, entities with mentions in both, and facts', async () => {
    const list = (await get<Page<ArticleSummary>>('/v1/articles')).body.items;
    const segmented = list.find((a) => a.segmented)!;
    const { body } = await get<Article>(`/v1/articles/${segmented.id}`);
    expect(body.text.original).toContain('Bộ_trưởng');
    expect(body.text.plain).not.toContain('_');
    expect(body.entities.length).toBe(body.entityCount);
    expect(body.facts.length).toBe(body.factCount);
    for (const entity of body.entities) {
      for (const m of entity.mentions) {
        expect(body.text.plain.slice(m.span.start, m.span.end)).toBe(m.text);
        expect(body.text.original.slice(m.original.span.start, m.original.span.end)).toBe(m.original.text);
        expect(m.original.text.replace(/_/g, ' ').replace(/ ([,.%])/g, '$1')).toBe(m.text);
      }
    }
    for (const fact of body.facts) {
      const own = fact.sources.find((s) => s.article.id === body.id)!;
      for (const e of own.evidence) {
        expect(body.text.plain.slice(e.span.start, e.span.end)).toBe(e.text);
        expect(e.sentence.text.slice(e.sentence.highlight.start, e.sentence.highlight.end)).toBe(e.text);
      }
    }
  });

  it.each([
    ['/v1/articles/999999', 404, 'ARTICLE_NOT_FOUND'],
    ['/v1/articles/abc', 400, 'VALIDATION_FAILED'],
    ['/v1/articles/0', 400, 'VALIDATION_FAILED'],
    ['/v1/articles/1.5', 400, 'VALIDATION_FAILED'],
    ['/v1/articles/1e3', 400, 'VALIDATION_FAILED'],
    ['/v1/articles/0x1', 400, 'VALIDATION_FAILED'],
    ['/v1/articles/9007199254740992', 400, 'VALIDATION_FAILED'],
    ['/v1/articles/1?verbose=1', 400, 'VALIDATION_FAILED'],
  ] as const)('%s -> %i %s', async (url, status, code) => {
    await expectProblem(url, status, code);
  });
});

describe('GET /v1/facts', () => {
  it('returns figure facts with evidence: agreements, trade of about 700 billion USD, FDI up 14.8%', async () => {
    const figures = (await collect<Fact>('/v1/facts?type=figure&limit=100')).map((f) => f.figure!);
    expect(figures.length).toBeGreaterThan(10);
    expect(figures).toContainEqual(expect.objectContaining({ value: 422, unit: 'count', qualifier: 'exact' }));
    // "gần 700 tỷ USD" in four articles and "683 tỷ USD" in a fifth are one fact, at its precise value.
    expect(figures).toContainEqual(expect.objectContaining({ value: 683e9, unit: 'USD', qualifier: 'exact' }));
    expect(figures).toContainEqual(expect.objectContaining({ value: 14.8, unit: 'percent', change: 'increase' }));
  });

  it('gives every fact its first sources, each with its evidence', async () => {
    for (const fact of await collect<Fact>('/v1/facts?limit=100')) {
      expect(fact.sources.length).toBe(Math.min(fact.supportCount, ANSWER_BOUNDS.listSources));
      expect(fact.sourcesUrl).toBe(`/v1/facts/${fact.id}/sources`);
      expect(fact.type === 'figure' ? fact.figure : fact.role).not.toBeNull();
      expect(fact.type === 'figure' ? fact.role : fact.figure).toBeNull();
      for (const source of fact.sources) {
        expect(source.evidence.length).toBeGreaterThan(0);
        for (const e of source.evidence) expect(e.articleId).toBe(source.article.id);
      }
    }
  });

  it('filters by type, article, entity and province, and combines filters', async () => {
    const roles = await collect<Fact>('/v1/facts?type=role');
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((f) => f.type === 'role' && f.role!.person.name)).toBe(true);

    const articleId = (await get<Page<ArticleSummary>>('/v1/articles?limit=1')).body.items[0]!.id;
    const ofArticle = await collect<Fact>(`/v1/facts?article=${articleId}`);
    expect(ofArticle.length).toBeGreaterThan(0);
    expect(ofArticle.every((f) => f.sources.some((s) => s.article.id === articleId))).toBe(true);

    const person = roles[0]!.role!.person;
    const ofPerson = await collect<Fact>(`/v1/facts?entity=${person.id}`);
    expect(ofPerson.length).toBeGreaterThan(0);
    expect(ofPerson.every((f) => f.entities.some((e) => e.id === person.id))).toBe(true);
    const rolesOfPerson = await collect<Fact>(`/v1/facts?entity=${person.id}&type=role`);
    expect(rolesOfPerson.every((f) => f.type === 'role')).toBe(true);

    const byName = await collect<Fact>('/v1/facts?province=B%C3%ACnh%20D%C6%B0%C6%A1ng');
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((f) => f.entities.some((e) => e.kind === 'province' && e.name === 'Bình Dương'))).toBe(true);
    for (const spelling of ['binh duong', 'Bình_Dương', 'tỉnh Bình Dương', 'vn2008:74']) {
      const same = await collect<Fact>(`/v1/facts?province=${encodeURIComponent(spelling)}`);
      expect(same.map((f) => f.id), spelling).toEqual(byName.map((f) => f.id));
    }
  });

  it('finds facts of a 2025 province through the provinces it was formed from', async () => {
    const old = await collect<Fact>('/v1/facts?province=vn2008:74');
    const merged = await collect<Fact>('/v1/facts?province=vn2025:79');
    expect(old.length).toBeGreaterThan(0);
    for (const fact of old) expect(merged.map((f) => f.id)).toContain(fact.id);
  });

  it('pages facts without gaps or repeats', async () => {
    const all = await collect<Fact>('/v1/facts?limit=100');
    const paged = await collect<Fact>('/v1/facts?limit=7');
    expect(paged.map((f) => f.id)).toEqual(all.map((f) => f.id));
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
  });

  it.each([
    ['/v1/facts?limit=0', 'limit'],
    ['/v1/facts?limit=101', 'limit'],
    ['/v1/facts?limit=abc', 'limit'],
    ['/v1/facts?type=opinion', 'type'],
    ['/v1/facts?article=-1', 'article'],
    ['/v1/facts?colour=red', 'colour'],
    ['/v1/facts?offset=5', 'offset'],
    ['/v1/facts?limit=1e1', 'limit'],
    ['/v1/facts?limit=1&limit=2', 'limit'],
    ['/v1/facts?entity=1.0', 'entity'],
    ['/v1/articles?q=%25', 'q'],
    ['/v1/facts?metric=%25%25', 'metric'],
    ['/v1/facts?from=2023-02-30', 'from'],
    ['/v1/facts?to=2023-13-45', 'to'],
    ['/v1/facts?minValue=1e3', 'minValue'],
    ['/healthz?verbose=1', 'verbose'],
  ])('rejects %s naming %s', async (url, name) => {
    const problem = await expectProblem(url, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toContainEqual(expect.objectContaining({ in: 'query', name }));
  });

  it('names every unknown parameter', async () => {
    const problem = await expectProblem('/v1/facts?colour=red&size=2&type=role', 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      { in: 'query', name: 'colour', message: 'unknown parameter' },
      { in: 'query', name: 'size', message: 'unknown parameter' },
    ]);
    expect(problem.detail).toBe('colour: unknown parameter; size: unknown parameter');
  });

  it('rejects an unknown province', async () => {
    const problem = await expectProblem('/v1/facts?province=Atlantis', 400, 'UNKNOWN_PROVINCE');
    expect(problem.errors).toEqual([{ in: 'query', name: 'province', message: 'unknown province' }]);
  });

  it('rejects a tampered cursor and a cursor used with other filters', async () => {
    const { body } = await get<Page<Fact>>('/v1/facts?type=figure&limit=2');
    const cursor = body.next!;
    await expectProblem(`/v1/facts?type=figure&limit=2&cursor=${cursor.slice(0, -1)}x`, 400, 'INVALID_CURSOR');
    await expectProblem('/v1/facts?cursor=bm9wZQ', 400, 'INVALID_CURSOR');
    await expectProblem(`/v1/facts?type=role&limit=2&cursor=${cursor}`, 400, 'INVALID_CURSOR');
    // limit is not a filter: a cursor stays valid with another page size.
    await get(`/v1/facts?type=figure&limit=5&cursor=${cursor}`);
  });
});

describe('GET /v1/facts/{id}', () => {
  it('returns the fact as listed', async () => {
    const first = (await get<Page<Fact>>('/v1/facts?limit=1')).body.items[0]!;
    expect((await get<Fact>(`/v1/facts/${first.id}`)).body).toMatchObject(first);
  });

  it.each([
    ['/v1/facts/999999', 404, 'FACT_NOT_FOUND'],
    ['/v1/facts/x1', 400, 'VALIDATION_FAILED'],
  ] as const)('%s -> %i %s', async (url, status, code) => {
    await expectProblem(url, status, code);
  });
});

describe('GET /v1/entities', () => {
  it('lists entities of each kind with aliases and counts', async () => {
    const all = await collect<Entity>('/v1/entities?limit=100');
    const kinds = new Set(all.map((e) => e.kind));
    for (const kind of ['person', 'province', 'conference', 'organization', 'country']) expect(kinds).toContain(kind);
    const counts = t.handle.sqlite.prepare('select count(*) as mentions, count(distinct article_id) as articles from mentions where entity_id = ?');
    for (const e of all) {
      const expected = counts.get(e.id) as { mentions: number; articles: number };
      expect(expected.mentions).toBeGreaterThan(0);
      expect([e.mentionCount, e.articleCount]).toEqual([expected.mentions, expected.articles]);
      expect(e.aliases.length).toBeGreaterThan(0);
    }
    expect(all.find((e) => e.kind === 'country' && e.name === 'Việt Nam')?.articleCount).toBe(5);
    const provinces = await collect<Entity>('/v1/entities?kind=province');
    expect(provinces.every((e) => e.kind === 'province')).toBe(true);
    expect(provinces.map((e) => e.name)).toEqual(expect.arrayContaining(['Hà Nội', 'Bình Dương']));
  });

  it.each([
    ['binh duong', 'Bình Dương'],
    ['Bình_Dương', 'Bình Dương'],
    ['ha noi', 'Hà Nội'],
    ['HÀ NỘI', 'Hà Nội'],
  ])('finds %s -> %s', async (q, name) => {
    const found = await collect<Entity>(`/v1/entities?q=${encodeURIComponent(q)}`);
    expect(found.map((e) => e.name)).toContain(name);
  });

  it('returns an entity with its articles and roles', async () => {
    const person = (await collect<Entity>('/v1/entities?kind=person&limit=100')).find((p) => p.articleCount > 1)!;
    expect(person).toBeDefined();
    const { body } = await get<EntityDetail>(`/v1/entities/${person.id}`);
    expect(body.articles.length).toBe(person.articleCount);
    expect(body.roles.length).toBeGreaterThan(0);
  });

  it.each([
    ['/v1/entities/424242', 404, 'ENTITY_NOT_FOUND'],
    ['/v1/entities?kind=planet', 400, 'VALIDATION_FAILED'],
    ['/v1/entities?q=', 400, 'VALIDATION_FAILED'],
    ['/v1/entities?q=%F0%9F%98%80', 400, 'VALIDATION_FAILED'],
    ['/v1/entities/1?kind=person', 400, 'VALIDATION_FAILED'],
  ] as const)('%s -> %i %s', async (url, status, code) => {
    await expectProblem(url, status, code);
  });
});

describe('the OpenAPI document', () => {
  it('shows error examples the API really answers with', async () => {
    const spec = (await get<{ paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { example?: Problem }> }> } }> }>('/openapi.json')).body;
    let checked = 0;
    for (const operation of Object.values(spec.paths)) {
      for (const [status, response] of Object.entries(operation.get.responses)) {
        const example = response.content?.['application/problem+json']?.example;
        // A 500 cannot be asked for, and a 429 depends on the address's history: limits-and-headers.test.ts checks that one.
        if (!example || status === '500' || status === '429') continue;
        const real = await app.inject({ method: 'GET', url: example.instance });
        expect(real.statusCode, example.instance).toBe(Number(status));
        expect(real.json(), example.instance).toEqual(example);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe('errors', () => {
  it('answers an unknown path with a problem', async () => {
    await expectProblem('/v1/nothing-here', 404, 'ROUTE_NOT_FOUND');
    await expectProblem('/v2/articles', 404, 'ROUTE_NOT_FOUND');
  });

  it('answers what the router itself refuses with a problem', async () => {
    const badEscape = await expectProblem('/v1/entities/%1', 400, 'VALIDATION_FAILED');
    expect(badEscape.detail).toMatch(/%/);
    await expectProblem(`/v1/facts/${'9'.repeat(250)}`, 414, 'URI_TOO_LONG');
  });

  it('answers a body sent to no endpoint with 404, not with what is wrong with the body', async () => {
    for (const [type, payload] of [['application/json', ''], ['application/json', '{"a":'], ['application/x-www-form-urlencoded', 'a=1'], [';', 'x']] as const) {
      const response = await app.inject({ method: 'PUT', url: '/v1/', headers: { 'content-type': type }, payload });
      expect(response.statusCode, type).toBe(404);
      expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    }
  });

  it('hides the internals of a server failure', async () => {
    const broken = await createSeededDb();
    const brokenApp = await buildApp({ db: broken.handle.db });
    broken.handle.close();
    try {
      const response = await brokenApp.inject({ method: 'GET', url: '/v1/facts' });
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toEqual({
        type: 'urn:tinfacts:problem:internal-error',
        title: 'Something went wrong on our side',
        status: 500,
        detail: 'The request could not be completed. It has been logged.',
        instance: '/v1/facts',
        code: 'INTERNAL_ERROR',
      });
      expect(response.body).not.toMatch(/sqlite|database|stack|\.ts/i);
    } finally {
      await brokenApp.close();
      broken.cleanup();
    }
  });
});
