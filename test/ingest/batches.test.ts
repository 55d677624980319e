// Batched storage (src/ingest/run-ingest.ts): many articles per transaction, each still all or
// nothing. A database trigger makes one article fail inside the batch's transaction, as a full disk
// or a constraint would.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDb, runCli } from '../../src/bench/crash.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { FIXTURES_DIR, SEEDS_DIR, createTestDb, makeTempDir, readSeedArticles, tableCounts, type TestDb } from '../helpers.js';

let t: TestDb;
afterEach(() => t?.cleanup());

function writeJsonl(articles: { id: string; text: string }[]): string {
  const file = join(t.dir, 'batch.jsonl');
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return file;
}

describe('batched storage', () => {
  it('loses only the article that fails: its batch is stored again one article per transaction', async () => {
    t = createTestDb();
    const seeds = readSeedArticles();
    t.handle.sqlite.exec(`create trigger refuse_one before insert on articles when new.external_id = 'refused'
      begin select raise(abort, 'refused by the database'); end`);
    const articles = seeds.map((a, i) => ({ id: i === 2 ? 'refused' : a.id, text: a.text }));
    const report = await runIngest(t.handle.db, [writeJsonl(articles)], {}, { batchSize: 100 });

    expect(report.added).toBe(seeds.length - 1);
    expect(report.failed).toBe(1);
    expect(report.problems[0]!.at).toMatch(/batch\.jsonl:3$/);
    expect(report.problems[0]!.message).toContain('refused by the database');
    const stored = t.handle.sqlite.prepare('select external_id from articles order by id').pluck().all();
    expect(stored).toEqual(articles.filter((a) => a.id !== 'refused').map((a) => a.id));
    // Nothing of the refused article: no mentions or evidence without an article.
    expect(t.handle.sqlite.prepare('pragma foreign_key_check').all()).toEqual([]);
  });

  it('stores the same rows whatever the batch size', async () => {
    t = createTestDb();
    const file = writeJsonl(readSeedArticles());
    await runIngest(t.handle.db, [file], {}, { batchSize: 1 });
    const one = tableCounts(t.handle);
    t.cleanup();
    t = createTestDb();
    const again = writeJsonl(readSeedArticles());
    await runIngest(t.handle.db, [again], {}, { batchSize: 100 });
    expect(tableCounts(t.handle)).toEqual(one);
  });
});

describe('preparation workers', () => {
  it('store exactly what preparing on the main thread stores (the compiled command, 0 and 2 workers)', async () => {
    const scratch = makeTempDir();
    try {
      const inputs = [SEEDS_DIR, join(FIXTURES_DIR, 'articles', 'an-giang.jsonl')];
      const snapshots = [];
      for (const workers of ['0', '2']) {
        const db = join(scratch.dir, `w${workers}.db`);
        const run = await runCli(['ingest', '--quiet', '--workers', workers, '--db', db, ...inputs]);
        expect(run.code, run.stderr).toBe(0);
        snapshots.push(inspectDb(db));
      }
      expect(snapshots[0]!.counts.articles).toBeGreaterThan(5);
      expect(snapshots[1]!.counts).toEqual(snapshots[0]!.counts);
      expect(snapshots[1]!.digest).toBe(snapshots[0]!.digest);
    } finally {
      scratch.remove();
    }
  });
});
