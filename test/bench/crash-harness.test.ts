// The crash-safety harness on a small corpus made from the seeds: real ingestion processes killed with
// SIGKILL, real SQLite files. The full run (thousands of articles, 20 kills) is `npm run harness:crash`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanRun, compareSnapshots, findPartialArticles, formatReport, inspectDb, killRun, measureStartup, prepareInput, summarizeKills } from '../../src/bench/crash.js';
import { createSeededDb, makeTempDir, readSeedArticles } from '../helpers.js';

const scratch = makeTempDir('tinfacts-crash-test-');
afterAll(() => scratch.remove());

/**
 * `copies` variants of every seed article, each with its own id, date and text. Some figures are
 * shifted so that copies both agree and disagree, as articles about the same news do, and fact
 * consolidation has work to do.
 */
function writeSeedCorpus(file: string, copies: number): number {
  const seeds = readSeedArticles().map((seed) => seed.text);
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    const publishedAt = new Date(Date.UTC(2023, 0, 1 + c)).toISOString().slice(0, 10);
    for (const [s, text] of seeds.entries()) {
      let k = 0;
      const varied = text.replace(/\d+/g, (n) => ((k++ + c) % 3 === 0 ? String(Number(n) + (c % 5)) : n));
      lines.push(JSON.stringify({ id: `seed-${s}-copy-${c}`, publishedAt, text: `${varied}\nBản_tin số ${c} .` }));
    }
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines.length;
}

describe('harness:crash', () => {
  it('finds every killed state sound and whole, and the finished ingestion equal to an undisturbed one', { timeout: 90_000 }, async () => {
    const corpus = join(scratch.dir, 'corpus.jsonl');
    const written = writeSeedCorpus(corpus, 30);
    const input = await prepareInput([corpus], 120, join(scratch.dir, 'input.jsonl'));
    expect(input).toMatchObject({ articles: Math.min(120, written), skipped: 0 });

    const startup = await measureStartup(scratch.dir, 1);
    const clean = await cleanRun(input.file, join(scratch.dir, 'clean.db'));
    expect(clean.summary).toBe('120 added, 0 updated, 0 unchanged, 0 failed (1 files)');
    expect(clean.snapshot.articles.size).toBe(120);
    expect(clean.snapshot.counts.facts).toBeGreaterThan(0);

    const run = await killRun(input.file, join(scratch.dir, 'killed.db'), clean.snapshot, { kills: 3, seed: 42, cleanMs: clean.ms, startup });
    const figures = summarizeKills(run);
    expect(figures).toMatchObject({
      kills: 3,
      integrityFailures: 0,
      foreignKeyProblems: 0,
      schemaTorn: 0,
      childFailures: 0,
      partialArticles: 0,
      finalCountsEqual: true,
      finalDigestEqual: true,
      finalMissing: 0,
      finalPartial: 0,
      ok: true,
    });
    expect(run.final.snapshot.counts).toEqual(clean.snapshot.counts);
    expect(formatReport({ seed: 42, input, startup, clean, kills: run, figures })).toContain('crash safety: PASS');
  });

  it('notices an article stored without all of its rows', async () => {
    const seeded = await createSeededDb();
    try {
      const reference = inspectDb(seeded.path);
      const { sqlite } = seeded.handle;
      const victim = sqlite.prepare('select a.id, a.external_id as key from articles a where exists (select 1 from mentions m where m.article_id = a.id) limit 1').get() as { id: number; key: string };
      sqlite.prepare('delete from mentions where article_id = ?').run(victim.id);

      const torn = inspectDb(seeded.path);
      expect(findPartialArticles(reference.articles, torn.articles).map((p) => p.key)).toEqual([victim.key]);
      expect(compareSnapshots(reference, torn)).toMatchObject({ countsEqual: false, missing: 0 });
    } finally {
      seeded.cleanup();
    }
  });
});
