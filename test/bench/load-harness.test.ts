// The load harness's code, run briefly on the seeds so that it cannot rot. Its figures (throughput,
// latency, RSS growth over a few seconds) are not checked here: only that it measures them, and that
// the whole mix is answered as expected.
import { describe, expect, it } from 'vitest';
import { MIX_WEIGHTS, formatSummary, runLoad } from '../../src/bench/load.js';

describe('harness:load', () => {
  it('serves the seeds under the whole mix of requests with no error, and reports every figure', async () => {
    const s = await runLoad({ warmupSeconds: 1, durationSeconds: 3, connections: 5 });

    expect(s.database).toMatchObject({ source: 'seeds', counts: { articles: 5 } });
    expect(Object.keys(s.mix.kinds).sort()).toEqual(Object.keys(MIX_WEIGHTS).sort());
    expect(s.warmup?.responses).toBeGreaterThan(0);

    const { run } = s;
    expect({ errors: run.errors, timeouts: run.timeouts, unexpected: run.tally.unexpected, examples: run.tally.unexpectedExamples }).toEqual({
      errors: 0,
      timeouts: 0,
      unexpected: 0,
      examples: [],
    });
    expect(run.responses).toBeGreaterThan(30);
    expect(run.seconds).toBeGreaterThan(2.5);
    expect(run.requestsPerSecond).toBeGreaterThan(0);
    // 4xx on purpose and 304 to revalidations are answers the mix expects.
    expect(run.tally.expectedNon2xx).toBeGreaterThan(0);
    expect(run.tally.byStatus['200']).toBeGreaterThan(0);
    expect(run.latencyMs.p50).toBeGreaterThan(0);
    expect(run.latencyMs.max).toBeGreaterThanOrEqual(run.latencyMs.p99);

    expect(s.rss.afterWarmup).toBeGreaterThan(10 * 1024 * 1024);
    expect(s.rss.end).toBeGreaterThan(10 * 1024 * 1024);
    expect(s.rss.samples.length).toBeGreaterThanOrEqual(3);
    expect(Number.isFinite(s.rss.growthPercent)).toBe(true);
    expect(s.eventLoopDelayMs.p99).toBeGreaterThanOrEqual(s.eventLoopDelayMs.p50);
    expect(s.eventLoopDelayMs.max).toBeGreaterThanOrEqual(s.eventLoopDelayMs.p99);

    // RSS over three seconds says nothing of a leak; every other bar must hold even on a short run.
    expect(s.bars.map((b) => b.name)).toEqual(['errors', 'timeouts', 'unexpected statuses', 'RSS growth', 'server alive']);
    expect(s.bars.filter((b) => b.name !== 'RSS growth' && !b.ok)).toEqual([]);

    const table = formatSummary(s);
    for (const figure of ['warm-up', 'req/s', 'requests', 'non-2xx', '  expected', '  unexpected', 'errors', 'timeouts', 'latency p99', 'RSS after warm-up', 'RSS at end', 'RSS growth', 'RSS max', 'event-loop delay p99']) {
      expect(table).toContain(figure);
    }
  }, 60_000);
});
