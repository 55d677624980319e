// The benchmark's code on a tiny corpus, so that it cannot rot: every phase runs (ingestion in its
// own process, the API next to the bare server with and without the response cache, the scale run
// with derived copies, start-up), and the report and summary come out whole. The figures of so
// short a run mean nothing and are not checked; the bars are only required to be evaluated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBenchArgs, runBench, writeResults } from '../../src/bench/bench.js';
import { FIXTURES_DIR, SEEDS_DIR, makeTempDir } from '../helpers.js';

const scratch = makeTempDir('tinfacts-bench-test-');
afterAll(() => scratch.remove());

describe('npm run bench', () => {
  it('runs every phase on a tiny corpus and writes BENCHMARKS.md and the JSON summary', { timeout: 180_000 }, async () => {
    const report = join(scratch.dir, 'BENCHMARKS.md');
    const json = join(scratch.dir, 'benchmarks.json');
    const options = parseBenchArgs(
      [SEEDS_DIR, join(FIXTURES_DIR, 'articles', 'an-giang.jsonl'), '--scale', '2', '--duration', '0.2', '--warmup', '0', '--connections', '2', '--workers', '1', '--endpoints', 'facets', '--work', scratch.dir, '--report', report, '--json', json],
      () => {},
    );
    const result = await runBench(options);
    writeResults(result, options);

    expect(result.ingest.failed).toBe(0);
    expect(result.ingest.articles).toBeGreaterThan(5);
    expect(result.ingest.added).toBe(result.ingest.articles);
    expect(result.ingest.peakRssMb).toBeGreaterThan(10);
    // One kind keeps the run short: every load run lasts at least a second.
    expect(result.api.endpoints.map((e) => e.kind)).toEqual(['facets']);
    for (const e of [...result.api.endpoints, ...result.scale!.api.endpoints]) {
      expect(e.cached.a.errors + e.cached.b.errors + (e.uncached?.b.errors ?? 0), e.path).toBe(0);
      expect(e.cached.b.non2xx + (e.uncached?.b.non2xx ?? 0), e.path).toBe(0);
      expect(e.uncachedSingleMs, e.path).toBeGreaterThan(0);
      expect(e.cached.ratio.rps, e.path).toBeGreaterThan(0);
    }
    // Derived copies are new articles, not duplicates of the corpus.
    expect(result.scale!.ingest.added).toBe(result.ingest.articles);
    expect(result.scale!.api.articles).toBe(2 * result.api.articles);
    expect(result.scale!.startupMs).toBeGreaterThan(0);
    expect(result.bars.map((b) => b.name)).toEqual([
      'ingestion throughput',
      'ingestion peak RSS',
      'facets of all facts: real/bare req/s',
      'facets of all facts: p50 large/small',
      'server RSS under load, large database',
      'start-up to first answer, large database',
    ]);

    const markdown = readFileSync(report, 'utf8');
    for (const heading of ['# Benchmarks', '## Bars', '## Ingestion', '## API on', '## Scale:']) expect(markdown).toContain(heading);
    const summary = JSON.parse(readFileSync(json, 'utf8')) as { allBarsMet: boolean; bars: unknown[]; api: { endpoints: unknown[] } };
    expect(summary.bars).toHaveLength(result.bars.length);
    expect(summary.api.endpoints).toHaveLength(1);
    expect(typeof summary.allBarsMet).toBe('boolean');
  });

  it('refuses bad options with a message naming them', () => {
    expect(() => parseBenchArgs(['x.jsonl', '--rounds', '1'], () => {})).toThrow(/--rounds: expected a number of at least 2/);
    expect(() => parseBenchArgs(['x.jsonl', '--duration', 'soon'], () => {})).toThrow(/--duration/);
    expect(() => parseBenchArgs(['x.jsonl', '--endpoints', 'by-id,everything'], () => {})).toThrow(/--endpoints: expected some of by-id, list, search, facets/);
  });
});
