import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/domain/extract/index.js';
import { join } from 'node:path';
import { countStale, markAllStale, reextractStale } from '../../src/ingest/reextract.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { FIXTURES_DIR, createSeededDb, tableCounts, type TestDb } from '../helpers.js';

/** Every row that extraction produced, as content (ids and timestamps left out). */
function extractedRows(db: TestDb) {
  const rows = (sql: string) => db.handle.sqlite.prepare(sql).all();
  return {
    articles: rows('select id, external_id, title, byline, extractor_version, entity_count, fact_count from articles order by id'),
    entities: rows('select kind, key, name from entities order by kind, key'),
    mentions: rows('select a.external_id, e.key, m.start, m.end from mentions m join articles a on a.id = m.article_id join entities e on e.id = m.entity_id order by 1, 3, 2'),
    facts: rows(`select f.type, f.group_key, f.value, f.unit, f.qualifier, f.noun, f.title, f.support_count from facts f
                 order by 1, 2, coalesce(f.value, 0), coalesce(f.title, ''), coalesce(f.noun, '')`),
    sources: rows(`select a.external_id, f.group_key, e.start, e.end from fact_evidence e join facts f on f.id = e.fact_id join articles a on a.id = e.article_id
                   order by 1, 3, 2`),
  };
}

describe('re-extraction of articles stored by an older extractor', () => {
  let db: TestDb;
  afterEach(() => db.cleanup());

  it('replaces what an older version extracted, in place, and then has nothing left to do', async () => {
    db = await createSeededDb();
    const fresh = extractedRows(db);
    const freshCounts = tableCounts(db.handle);

    // What an older extractor left: another version, a fact it invented and a mention it lacked.
    const sqlite = db.handle.sqlite;
    sqlite.prepare('update articles set extractor_version = ?').run(EXTRACTOR_VERSION - 1);
    const invented = sqlite.prepare("insert into facts (type, group_key, value, unit, qualifier, change) values ('figure', 'invented', 12345, 'count', 'exact', 'level')").run();
    sqlite
      .prepare(
        `insert into fact_evidence (fact_id, article_id, sentence_index, start, "end", original_start, original_end, text, original_text)
         values (?, 1, 0, 0, 5, 0, 5, '12345', '12345')`,
      )
      .run(invented.lastInsertRowid);
    sqlite.prepare('delete from mentions where id = (select min(id) from mentions)').run();
    expect(countStale(db.handle.db)).toBe(freshCounts.articles);

    const report = reextractStale(db.handle.db);
    expect(report).toEqual({ updated: freshCounts.articles, failed: 0, problems: [] });
    expect(extractedRows(db)).toEqual(fresh);
    expect(tableCounts(db.handle)).toEqual(freshCounts);

    expect(countStale(db.handle.db)).toBe(0);
    expect(reextractStale(db.handle.db).updated).toBe(0);
  });

  it('is a fixed point: extracting every article again gives what a fresh ingestion gives, however often', async () => {
    db = await createSeededDb();
    // More articles after the seeds, some stating the seeds' facts: consolidation depends on order.
    await runIngest(db.handle.db, [join(FIXTURES_DIR, 'articles', 'an-giang.jsonl')]);
    const fresh = extractedRows(db);
    const freshCounts = tableCounts(db.handle);
    for (let pass = 0; pass < 2; pass++) {
      markAllStale(db.handle.db);
      expect(reextractStale(db.handle.db)).toMatchObject({ updated: freshCounts.articles, failed: 0 });
      expect(extractedRows(db)).toEqual(fresh);
      expect(tableCounts(db.handle)).toEqual(freshCounts);
    }
  });
});
