// Facts across articles, through the real pipeline and the HTTP API: the seeds, plus two articles
// written for these tests (test/fixtures/articles/an-giang.jsonl) that disagree on a figure and spell
// one official's name two ways.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { confidence } from '../../src/domain/facts/consolidate.js';
import type { ArticleListItem } from '../../src/http/schemas/articles.js';
import type { Entity, EntityDetail } from '../../src/http/schemas/entities.js';
import type { Fact, FactDetail, FactPage } from '../../src/http/schemas/facts.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { createSeededDb, FIXTURES_DIR, tableCounts, type TestDb } from '../helpers.js';

const AN_GIANG = join(FIXTURES_DIR, 'articles', 'an-giang.jsonl');

let t: TestDb;
let app: FastifyInstance;

beforeAll(async () => {
  t = await createSeededDb();
  const report = await runIngest(t.handle.db, [AN_GIANG]);
  expect(report.failed).toBe(0);
  app = await buildApp({ db: t.handle.db });
});
afterAll(async () => {
  await app.close();
  t.cleanup();
});

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
  return response.json() as T;
}

const figures = async (query: string) => (await get<FactPage>(`/v1/facts?type=figure&${query}`)).items;

describe('consolidation of the seeds', () => {
  it('keeps "422 thỏa thuận hợp tác in 3 years" apart in undated articles: "the last three years" of each names no common time', async () => {
    const facts = await figures('metric=thoa thuan hop tac&minValue=422&maxValue=422');
    expect(facts.length).toBeGreaterThanOrEqual(3);
    for (const fact of facts) {
      expect(fact).toMatchObject({ supportCount: 1, figure: { value: 422, unit: 'count', qualifier: 'exact', indicator: { id: 'agreements' } } });
      // "Việt Nam" where the article says so; a count's subject only guessed from the article's country is not shown.
      expect([null, 'Việt Nam']).toContain(fact.figure!.subject);
      const [evidence] = fact.sources[0]!.evidence;
      expect(evidence!.text).toMatch(/^422 th(ỏa|oả) thuận (hợp tác|quốc tế)$/);
      expect(evidence!.sentence.text.slice(evidence!.sentence.highlight.start, evidence!.sentence.highlight.end)).toBe(evidence!.text);
    }
  });

  it('finds a figure by its indicator in either language, accents optional', async () => {
    for (const metric of ['total trade', 'kim ngạch xuất nhập khẩu', 'xuat nhap khau', 'thương mại hai chiều']) {
      const found = await figures(`metric=${encodeURIComponent(metric)}&unit=USD&year=2023`);
      expect(found.map((f) => f.figure!.value), metric).toContain(683e9);
    }
    const exports = await figures('metric=exports');
    expect(exports.map((f) => f.figure!.indicator?.id)).toContain('exports');
    const trade = await figures('indicator=trade&year=2023');
    expect(trade.map((f) => f.figure!.indicator!.id)).toEqual(trade.map(() => 'trade'));
    expect(trade[0]!.figure!.indicator).toMatchObject({ en: 'Total trade' });
  });

  it('reads "683 tỷ USD" as the precise value of the trade "gần 700 tỷ USD" in 2023: one fact, five sources', async () => {
    const [trade, ...others] = await figures('metric=xuat nhap khau&unit=USD&year=2023');
    expect(others).toEqual([]);
    expect(trade).toMatchObject({ metric: 'xuất nhập khẩu', supportCount: 5, figure: { value: 683e9, qualifier: 'exact' }, conflictsWith: [] });
    const stated = trade!.sources.map((s) => [s.stated!.value, s.stated!.qualifier]);
    expect(stated.filter(([v, q]) => v === 700e9 && q === 'approx')).toHaveLength(4);
    expect(stated.filter(([v, q]) => v === 683e9 && q === 'exact')).toHaveLength(1);
    // The fact allows only what every source allows: 683 billion give or take its rounding.
    expect(trade!.figure!.range.low).toBeGreaterThan(679e9);
    expect(trade!.figure!.range.high).toBeLessThan(687e9);
    // Five agreeing sources with metric, indicator, subject and period: 1 - (1 - 0.45)^5.
    expect(trade!.confidence).toBeGreaterThan(0.9);
    const one = confidence({ supportCount: 1, hasMetric: true, hasIndicator: true, hasSubject: true, hasPeriod: true, conflictingSupport: 0 });
    expect(trade!.confidence).toBeCloseTo(1 - (1 - one) ** 5, 3);
  });

  it('keeps figures that measure different things apart', async () => {
    const exports = await figures('metric=xuat khau&unit=USD&year=2023');
    expect(exports.map((f) => f.metric)).toContain('xuất khẩu');
    expect(exports.map((f) => f.metric)).not.toContain('xuất nhập khẩu');
  });
});

describe('conflicts', () => {
  it('marks two figures for the same metric, place and year that cannot both hold as conflicting', async () => {
    const conflicting = await figures('conflicting=true&metric=xuat khau gao');
    expect(conflicting.map((f) => f.figure!.value).sort((x, y) => x - y)).toEqual([800e6, 1.5e9]);
    const [a, b] = conflicting;
    expect(a!.conflictsWith).toEqual([b!.id]);
    expect(b!.conflictsWith).toEqual([a!.id]);
    expect(a!.confidence).toBeLessThan(0.5);

    const detail = await get<FactDetail>(`/v1/facts/${a!.id}`);
    expect(detail.conflicting.map((f) => f.id)).toEqual([b!.id]);
    const consistent = await figures('conflicting=false&metric=xuat khau gao');
    expect(consistent).toEqual([]);
  });
});

describe('entities', () => {
  it('links two spellings of one official as possibly the same person, without merging them', async () => {
    const persons = (await get<{ items: Entity[] }>('/v1/entities?kind=person&q=nguyen thanh binh')).items;
    expect(persons.map((p) => p.name).sort()).toEqual(['Nguyễn Thanh Bình', 'Nguyễn Thanh Bính']);
    const binh = persons.find((p) => p.name === 'Nguyễn Thanh Bình')!;
    const detail = await get<EntityDetail>(`/v1/entities/${binh.id}`);
    expect(detail.possibleSameAs).toEqual([expect.objectContaining({ name: 'Nguyễn Thanh Bính', title: 'Chủ tịch UBND tỉnh An Giang' })]);
    expect(detail.roles).toEqual([expect.objectContaining({ title: 'Chủ tịch UBND tỉnh An Giang', firstSeen: '2024-01-15', lastSeen: '2024-01-15', supportCount: 1 })]);
  });

  it('answers who held a title in a province, with dates and sources', async () => {
    const roles = (await get<FactPage>('/v1/facts?type=role&title=chu tich UBND&province=An Giang&sort=date')).items;
    expect(roles.map((r) => [r.role!.person.name, r.firstSeen])).toEqual([
      ['Nguyễn Thanh Bình', '2024-01-15'],
      ['Nguyễn Thanh Bính', '2024-02-20'],
    ]);
  });

  it('ranks names with the accents as typed above accent-folded matches', async () => {
    const exact = (await get<{ items: Entity[] }>('/v1/entities?q=Nguyễn Thanh Bính')).items;
    expect(exact.map((e) => [e.name, e.match])).toEqual([
      ['Nguyễn Thanh Bính', 'exact'],
      ['Nguyễn Thanh Bình', 'folded'],
    ]);
  });

  it.each(['ha noi', 'Hà Nội', 'Hà_Nội', 'HÀ NỘI'])('finds Hà Nội with q=%s', async (q) => {
    const items = (await get<{ items: Entity[] }>(`/v1/entities?kind=province&q=${encodeURIComponent(q)}`)).items;
    expect(items.map((e) => e.name)).toContain('Hà Nội');
  });

  it('shows a province in both schemes', async () => {
    const [binhDuong] = (await get<{ items: Entity[] }>('/v1/entities?kind=province&q=binh duong')).items;
    expect(binhDuong!.province).toMatchObject({ key: 'vn2008:74', scheme: 'vn2008', successors: [expect.objectContaining({ key: 'vn2025:79' })] });
  });
});

describe('provinces across schemes', () => {
  it('returns facts naming Bình Dương for TP Hồ Chí Minh, and says which units it matched', async () => {
    const page = await get<FactPage>(`/v1/facts?province=${encodeURIComponent('TP Hồ Chí Minh')}`);
    expect(page.provinces!.requested).toMatchObject({ key: 'vn2025:79', scheme: 'vn2025' });
    expect(page.provinces!.matched).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'vn2008:74', name: 'Bình Dương', relation: 'predecessor' })]));
    const namesBinhDuong = page.items.filter((f) => f.entities.some((e) => e.name === 'Bình Dương'));
    expect(namesBinhDuong.length).toBeGreaterThan(0);
    // The code of the old unit asks for exactly that unit.
    const old = await get<FactPage>('/v1/facts?province=vn2008:79');
    expect(old.provinces!.matched.map((m) => m.key)).toEqual(['vn2008:79']);
  });
});

describe('article search', () => {
  it('finds an article by accent-free words, puts exact matches first and highlights the words', async () => {
    const folded = (await get<{ items: ArticleListItem[] }>('/v1/articles?q=xuat khau gao')).items;
    expect(folded.map((a) => a.externalId).sort()).toEqual(['c1', 'c2']);
    for (const item of folded) {
      const { text, highlights } = item.match!.snippet;
      expect(highlights.length).toBeGreaterThan(0);
      expect(text.slice(highlights[0]!.start, highlights[0]!.end).toLowerCase()).toBe('xuất khẩu gạo');
      expect(item.match!.exact).toBe(false);
    }
    const exact = (await get<{ items: ArticleListItem[] }>(`/v1/articles?q=${encodeURIComponent('thoả thuận hợp tác')}`)).items;
    expect(exact.length).toBeGreaterThanOrEqual(3);
    expect(exact[0]!.match!.exact).toBe(true);
  });

  it('ranks articles with the accents as typed before the others', async () => {
    const items = (await get<{ items: ArticleListItem[] }>(`/v1/articles?q=${encodeURIComponent('Nguyễn Thanh Bính')}`)).items;
    expect(items.map((a) => [a.externalId, a.match!.exact])).toEqual([
      ['c2', true],
      ['c1', false],
    ]);
  });
});

describe('exports', () => {
  it('streams CSV with a header and one row per fact, by format= or Accept', async () => {
    const json = (await get<FactPage>('/v1/facts?type=figure&limit=100')).items;
    for (const request of [{ url: '/v1/facts?type=figure&format=csv' }, { url: '/v1/facts?type=figure', headers: { accept: 'text/csv' } }]) {
      const response = await app.inject({ method: 'GET', ...request });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      const lines = response.body.replace(/^\ufeff/, '').trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^id,type,metric,value,/);
      expect(lines).toHaveLength(json.length + 1);
      expect(lines.find((l) => l.startsWith(`${json[0]!.id},figure,`))).toBeDefined();
    }
  });

  it('streams NDJSON, one fact a line', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/facts?type=role', headers: { accept: 'application/x-ndjson' } });
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const facts = response.body.trimEnd().split('\n').map((l) => JSON.parse(l) as Fact);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.type === 'role')).toBe(true);
  });

  it('sorts by support with a cursor that keeps its place', async () => {
    const all: Fact[] = [];
    let url: string | null = '/v1/facts?sort=-support&limit=7';
    while (url) {
      const page: FactPage = await get<FactPage>(url);
      all.push(...page.items);
      url = page.nextUrl;
    }
    const total = (await get<FactPage>('/v1/facts?include=total&limit=1')).total!;
    expect(all).toHaveLength(total);
    expect(new Set(all.map((f) => f.id)).size).toBe(total);
    const supports = all.map((f) => f.supportCount);
    expect(supports).toEqual([...supports].sort((a, b) => b - a));
  });
});

describe('incremental consolidation', () => {
  it('changes nothing when the same articles are ingested again', async () => {
    const before = tableCounts(t.handle);
    const report = await runIngest(t.handle.db, [AN_GIANG]);
    expect(report.unchanged).toBe(2);
    expect(tableCounts(t.handle)).toEqual(before);
  });

  it('adds one more source to a fact when one more article states it, and takes it back when the article changes', async () => {
    const file = join(t.dir, 'more.jsonl');
    const text = (amount: string) => `Kim ngạch xuất khẩu gạo năm 2023 của tỉnh An Giang đạt ${amount}, theo báo cáo của tỉnh.`;
    writeFileSync(file, `${JSON.stringify({ id: 'c3', publishedAt: '2024-03-01', text: text('gần 1,5 tỷ USD') })}\n`);
    await runIngest(t.handle.db, [file]);
    const [agreeing] = await figures('metric=xuat khau gao&minValue=1000000000');
    expect(agreeing).toMatchObject({ supportCount: 2, lastSeen: '2024-03-01' });

    writeFileSync(file, `${JSON.stringify({ id: 'c3', publishedAt: '2024-03-01', text: text('900 triệu USD') })}\n`);
    await runIngest(t.handle.db, [file]);
    const after = await figures('metric=xuat khau gao');
    expect(after.find((f) => f.id === agreeing!.id)).toMatchObject({ supportCount: 1, lastSeen: '2024-02-20' });
    expect(after).toHaveLength(3);
  });
});
