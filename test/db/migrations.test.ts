// Migrating a database an earlier release wrote: its evidence sentences move to article_sentences
// (each stored once), values beyond a double go, and the articles whose extraction is now bounded
// differently are marked for re-extraction, which then gives what a fresh ingestion gives.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrateDb, openDb, pendingMigrations } from '../../src/db/client.js';
import { EXTRACTOR_VERSION } from '../../src/domain/extract/version.js';
import { reextractStale } from '../../src/ingest/reextract.js';
import { makeTempDir } from '../helpers.js';

const scratch = makeTempDir();
afterAll(() => scratch.remove());

/** The migrations up to `tag` (as an earlier release shipped them), in a folder of their own. */
function migrationsUpTo(tag: string): string {
  const dir = join(scratch.dir, `migrations-${tag}`);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === tag);
  const entries = journal.entries.slice(0, upTo + 1);
  for (const e of entries) cpSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('migration of evidence to sentences stored once', () => {
  it('moves the sentences, drops values beyond a double and marks what is now extracted differently', () => {
    const path = join(scratch.dir, 'old.db');
    const handle = openDb(path);
    migrate(handle.db, { migrationsFolder: migrationsUpTo('0006_extractor_version_index') });
    const sql = handle.sqlite;
    const article = sql.prepare(
      `insert into articles (external_id, content_hash, original_text, plain_text, segmented, extractor_version) values (?, ?, ?, ?, 0, ?)`,
    );
    const text = 'Năm 2023, xuất khẩu đạt 5 tỷ USD. Nhập khẩu đạt 4 tỷ USD.';
    article.run('plain', 'h1', text, text, EXTRACTOR_VERSION);
    article.run('infinite', 'h2', text, text, EXTRACTOR_VERSION);
    const fact = sql.prepare(`insert into facts (type, group_key, value, low, high, unit) values ('figure', ?, ?, ?, ?, 'USD')`);
    const evidence = sql.prepare(
      `insert into fact_evidence (fact_id, article_id, sentence_index, start, "end", original_start, original_end, text, original_text, sentence_text, sentence_start, value)
       values (?, ?, ?, 0, 1, 0, 1, 'x', 'x', ?, ?, ?)`,
    );
    const exports = Number(fact.run('exports', 5e9, 5e9, 5e9).lastInsertRowid);
    const imports = Number(fact.run('imports', 4e9, 4e9, 4e9).lastInsertRowid);
    const infinite = Number(fact.run('huge', Infinity, Infinity, Infinity).lastInsertRowid);
    // The same sentence twice (two occurrences), another once.
    evidence.run(exports, 1, 0, 'Năm 2023, xuất khẩu đạt 5 tỷ USD.', 0, 5e9);
    evidence.run(exports, 1, 0, 'Năm 2023, xuất khẩu đạt 5 tỷ USD.', 0, 5e9);
    evidence.run(imports, 1, 1, 'Nhập khẩu đạt 4 tỷ USD.', 34, 4e9);
    evidence.run(infinite, 2, 0, 'Năm 2023, xuất khẩu đạt 5 tỷ USD.', 0, Infinity);
    expect(pendingMigrations(handle)).toBeGreaterThan(0);

    migrateDb(handle);
    expect(pendingMigrations(handle)).toBe(0);
    expect(sql.prepare('select article_id, sentence_index, start, text from article_sentences order by article_id, sentence_index').all()).toEqual([
      { article_id: 1, sentence_index: 0, start: 0, text: 'Năm 2023, xuất khẩu đạt 5 tỷ USD.' },
      { article_id: 1, sentence_index: 1, start: 34, text: 'Nhập khẩu đạt 4 tỷ USD.' },
      { article_id: 2, sentence_index: 0, start: 0, text: 'Năm 2023, xuất khẩu đạt 5 tỷ USD.' },
    ]);
    const columns = (sql.prepare(`select name from pragma_table_info('fact_evidence')`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('sentence_text');
    expect(sql.prepare('select count(*) as n from facts where abs(value) > 1.7976931348623157e308').get()).toEqual({ n: 0 });
    expect(sql.prepare('select count(*) as n from fact_evidence where abs(value) > 1.7976931348623157e308').get()).toEqual({ n: 0 });
    expect(sql.prepare('select external_id as id, extractor_version as v from articles order by articles.id').all()).toEqual([
      { id: 'plain', v: EXTRACTOR_VERSION },
      { id: 'infinite', v: 0 },
    ]);

    // Re-extraction replaces what the marked article stated with what extraction finds now.
    expect(reextractStale(handle.db)).toMatchObject({ updated: 1, failed: 0 });
    const stated = sql.prepare(`select f.value from fact_evidence e join facts f on f.id = e.fact_id where e.article_id = 2 order by f.value`).all();
    expect(stated).toEqual([{ value: 4e9 }, { value: 5e9 }]);
    handle.close();
  });
});
