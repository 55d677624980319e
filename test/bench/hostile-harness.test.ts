// The hostile-input harness's code, run on tiny sizes so that it cannot rot. Whether the product
// passes each attack is what the harness reports, not what this test checks: only that the phases
// run, stop by themselves, and report their figures. The full run is `npm run harness:hostile`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PHASES, runHostileHarness, selectRows } from '../../src/bench/hostile.js';
import { formatReport } from '../../src/bench/hostile-report.js';
import { makeTempDir, readSeedArticles } from '../helpers.js';

const scratch = makeTempDir('tinfacts-hostile-test-');
afterAll(() => scratch.remove());

/** A corpus of `copies` renamed copies of the seeds, each with a line of its own so that no two texts are the same. */
function writeSeedCorpus(file: string, copies: number): void {
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const [s, seed] of readSeedArticles().entries()) lines.push(JSON.stringify({ id: `seed-${s}-${c}`, text: `${seed.text}\nBản tin số ${c}.` }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

describe('harness:hostile', () => {
  it('knows its phases and refuses an unknown one', () => {
    expect(PHASES.map((p) => p.name)).toEqual(['long-sentence', 'infinite-number', 'concurrent-writers', 'exports', 'dates', 'statement-cache', 'rate-limit', 'slow-body', 'damaged-db', 'aborted']);
    expect([...selectRows(['dates', 'long-sentence-500k'])]).toEqual(['dates-extract', 'dates-post', 'long-sentence-500k']);
    expect(() => selectRows(['no-such-phase'])).toThrow(/no phase "no-such-phase"/);
  });

  it('runs a few phases at a tiny scale and reports every figure of each', { timeout: 120_000 }, async () => {
    const corpus = join(scratch.dir, 'corpus.jsonl');
    writeSeedCorpus(corpus, 4);
    const phases = ['long-sentence', 'infinite-number', 'concurrent-writers-http', 'dates-extract', 'statement-cache', 'rate-limit'];
    const result = await runHostileHarness({ corpus, phases, scale: 0.01, work: scratch.dir });

    expect(result.rows.map((r) => r.phase)).toEqual(['long-sentence', 'long-sentence-500k', 'infinite-number', 'concurrent-writers-http', 'dates-extract', 'statement-cache', 'rate-limit']);
    for (const row of result.rows) {
      expect(['PASS', 'FAIL'], row.phase).toContain(row.verdict);
      expect(row.ms, row.phase).toBeGreaterThan(0);
      // A failure always says why; a harness error is not a finding about the product.
      if (row.verdict === 'FAIL') expect(row.reasons.length, row.phase).toBeGreaterThan(0);
      expect(row.reasons.join(' '), row.phase).not.toMatch(/^error: |did not finish/);
    }
    const byName = Object.fromEntries(result.rows.map((r) => [r.phase, r]));

    const long = byName['long-sentence']!;
    expect(long.peakRss.server).toBeGreaterThan(10 * 1024 * 1024);
    expect(long.peakRss.cli).toBeGreaterThan(10 * 1024 * 1024);
    expect(long.dbBytes).toBeGreaterThan(0);
    expect(long.healthWorstMs).not.toBeNull();
    expect(Object.values(long.statuses).reduce((a, b) => a + b, 0)).toBe(5);
    expect(long.figures).toHaveProperty('ingest');

    expect(byName['infinite-number']!.figures).toHaveProperty('nonFinite');
    expect(byName['concurrent-writers-http']!.figures).toMatchObject({ stored: { lost: expect.any(Number), duplicated: expect.any(Number) } });
    expect(byName['dates-extract']!.notes.filter((n) => n.includes('repeated:'))).toHaveLength(4);
    expect(byName['statement-cache']!.figures).toMatchObject({ rss: { afterWarmup: expect.any(Number), end: expect.any(Number) } });
    expect(Object.values(byName['rate-limit']!.statuses).reduce((a, b) => a + b, 0)).toBe(41);

    const report = formatReport(result.rows, result.header);
    expect(report).toContain('| phase ');
    for (const row of result.rows) expect(report).toContain(`| ${row.phase} `);
  });
});
