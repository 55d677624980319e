import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { SEEDS_DIR, createTestDb, tableCounts, type TestDb } from '../helpers.js';

const ARTICLE_A = {
  id: 'a-1',
  title: 'Xuất khẩu nông sản tăng mạnh',
  publishedAt: '2024-03-05',
  text: 'Xuất khẩu nông sản tăng mạnh\n\nTheo Bộ Nông nghiệp, kim ngạch xuất khẩu nông sản năm 2023 đạt gần 53 tỷ USD, tăng 6,5% so với năm trước.',
};
const ARTICLE_B = {
  id: 'b-2',
  url: 'https://news.example.vn/bai-2',
  text: 'Đồng Nai thu hút vốn FDI\n\nNăm 2023, tỉnh Đồng Nai thu hút hơn 1,5 tỷ USD vốn FDI, với 120 dự án mới.',
};
const jsonl = (...lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.cleanup());

describe('runIngest', () => {
  it('ingests the seeds, and a second run changes nothing', async () => {
    const first = await runIngest(t.handle.db, [SEEDS_DIR]);
    expect(first).toMatchObject({ added: 5, updated: 0, unchanged: 0, failed: 0, files: 5 });
    const before = tableCounts(t.handle);
    expect(before.facts).toBeGreaterThan(0);
    expect(before.mentions).toBeGreaterThan(0);

    const second = await runIngest(t.handle.db, [SEEDS_DIR]);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 5, failed: 0 });
    expect(tableCounts(t.handle)).toEqual(before);
  });

  it('reads .jsonl and .jsonl.gz, reports a malformed line by file and line, and goes on', async () => {
    const plain = join(t.dir, 'batch.jsonl');
    writeFileSync(plain, jsonl(ARTICLE_A, '{"id": "broken", "text": ', { id: 'no-text' }, ARTICLE_B));
    const gz = join(t.dir, 'more.jsonl.gz');
    writeFileSync(gz, gzipSync(jsonl({ ...ARTICLE_A, id: 'a-1-copy', text: `${ARTICLE_A.text}\nThêm một câu.` })));

    const report = await runIngest(t.handle.db, [plain, gz]);
    expect(report).toMatchObject({ added: 3, failed: 2 });
    expect(report.problems).toEqual([
      { at: `${plain}:2`, message: expect.stringMatching(/^malformed JSON/) },
      { at: `${plain}:3`, message: 'invalid article: text: Invalid input: expected string, received undefined' },
    ]);
  });

  it('names each unreadable input and keeps what was stored before', async () => {
    await runIngest(t.handle.db, [SEEDS_DIR]);
    const before = tableCounts(t.handle);
    const empty = join(t.dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const latin1 = join(t.dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x0a]));
    const unsupported = join(t.dir, 'notes.md');
    writeFileSync(unsupported, '# notes');
    const missing = join(t.dir, 'missing.jsonl');

    const report = await runIngest(t.handle.db, [empty, latin1, unsupported, missing]);
    expect(report.failed).toBe(4);
    expect(report.problems.map((p) => [p.at, p.message])).toEqual([
      [unsupported, 'unsupported file type ".md" (expected .txt, .jsonl or .jsonl.gz)'],
      [missing, 'cannot read: file not found'],
      [empty, 'empty file'],
      [latin1, 'not UTF-8 text'],
    ]);
    expect(tableCounts(t.handle)).toEqual(before);
  });

  it('reports truncated gzip data and keeps the articles before the damage', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `n-${i}`, text: `Tin số ${i}\n\nNăm 2023 có ${i + 10} dự án mới được cấp phép tại tỉnh Bình Định.` }));
    const whole = gzipSync(jsonl(...many));
    const gz = join(t.dir, 'cut.jsonl.gz');
    writeFileSync(gz, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const report = await runIngest(t.handle.db, [gz]);
    expect(report.added).toBeGreaterThan(0);
    expect(report.failed).toBe(1);
    expect(report.problems[0]!.message).toMatch(/truncated|unexpected end/i);
    expect(tableCounts(t.handle).articles).toBe(report.added);
  });

  it('updates an article whose source id comes back with new text, without duplicating anything', async () => {
    const file = join(t.dir, 'a.jsonl');
    writeFileSync(file, jsonl(ARTICLE_A));
    await runIngest(t.handle.db, [file]);
    const before = tableCounts(t.handle);

    writeFileSync(file, jsonl({ ...ARTICLE_A, text: ARTICLE_A.text.replace('gần 53 tỷ USD', 'gần 54 tỷ USD') }));
    const report = await runIngest(t.handle.db, [file]);
    expect(report).toMatchObject({ updated: 1, added: 0 });
    expect(tableCounts(t.handle)).toEqual(before);
    const values = t.handle.sqlite.prepare("select value from facts where unit = 'USD'").all() as { value: number }[];
    expect(values.map((v) => v.value)).toEqual([54e9]);
  });

  it('drops entities an updated article no longer names, and keeps those others still name', async () => {
    const file = join(t.dir, 'ab.jsonl');
    const other = { id: 'c-3', text: 'Đồng Nai mở rộng khu công nghiệp\n\nTỉnh Đồng Nai có 32 khu công nghiệp.' };
    writeFileSync(file, jsonl(ARTICLE_B, other));
    await runIngest(t.handle.db, [file]);
    const provinces = () => (t.handle.sqlite.prepare("select name from entities where kind = 'province' order by name").all() as { name: string }[]).map((r) => r.name);
    expect(provinces()).toEqual(['Đồng Nai']);

    const movedB = { ...ARTICLE_B, text: ARTICLE_B.text.replaceAll('Đồng Nai', 'Bình Định') };
    writeFileSync(file, jsonl(movedB, other));
    expect(await runIngest(t.handle.db, [file])).toMatchObject({ updated: 1, unchanged: 1 });
    expect(provinces()).toEqual(['Bình Định', 'Đồng Nai']);

    writeFileSync(file, jsonl(movedB, { ...other, text: other.text.replaceAll('Đồng Nai', 'Long An') }));
    expect(await runIngest(t.handle.db, [file])).toMatchObject({ updated: 1, unchanged: 1 });
    expect(provinces()).toEqual(['Bình Định', 'Long An']);
  });

  it('stores the same text once, whatever its form (segmented, NFD)', async () => {
    const file = join(t.dir, 'forms.jsonl');
    const segmented = 'Đồng_Nai thu_hút vốn FDI\n\nNăm 2023 , tỉnh Đồng_Nai thu_hút hơn 1,5 tỷ USD vốn FDI , với 120 dự_án mới .';
    writeFileSync(file, jsonl(ARTICLE_B, { text: segmented }, { text: ARTICLE_B.text.normalize('NFD') }));
    const report = await runIngest(t.handle.db, [file]);
    expect(report).toMatchObject({ added: 1, unchanged: 2, failed: 0 });
  });

  it('stores an article all or nothing', async () => {
    // A trigger makes the database refuse one piece of evidence half-way through the article.
    t.handle.sqlite.exec(
      "create temp trigger refuse before insert on fact_evidence when new.text like '%120 dự án%' begin select raise(abort, 'refused by test trigger'); end",
    );
    const file = join(t.dir, 'b.jsonl');
    writeFileSync(file, jsonl(ARTICLE_A, ARTICLE_B));
    const report = await runIngest(t.handle.db, [file]);
    expect(report).toMatchObject({ added: 1, failed: 1 });
    expect(report.problems[0]).toEqual({ at: `${file}:2`, message: 'refused by test trigger' });
    const rows = t.handle.sqlite.prepare('select external_id from articles').all();
    expect(rows).toEqual([{ external_id: 'a-1' }]);
    const orphans = t.handle.sqlite
      .prepare('select (select count(*) from mentions where article_id not in (select id from articles)) + (select count(*) from fact_evidence where article_id not in (select id from articles)) + (select count(*) from facts where id not in (select fact_id from fact_evidence)) as n')
      .get() as { n: number };
    expect(orphans.n).toBe(0);
  });
});
