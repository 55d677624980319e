// The A/B tools against a ceiling: their pure helpers, and one short run of the whole thing against a
// tiny app of this process. The figures of that run are not judged, only their shape: on a shared
// machine over a second per run, any ratio may come out.
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternate, assertLoopback, fetchResponse, formatAlternate, median, percentile, runAutocannon, startBareServer, type BareServer } from '../../src/bench/ab.js';

describe('percentile', () => {
  it.each([
    [[5], 0, 5],
    [[5], 50, 5],
    [[5], 100, 5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 25, 1],
    [[1, 2, 3, 4], 26, 2],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 75, 3],
    [[1, 2, 3, 4], 99, 4],
    [[1, 2, 3, 4], 100, 4],
    [[0.25, 0.5, 0.75], 50, 0.5],
  ])('of %j at %d is %d (nearest rank)', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  it('on 1..1000 gives the sample at the rank, never an interpolation', () => {
    const sorted = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(500);
    expect(percentile(sorted, 99)).toBe(990);
    expect(percentile(sorted, 99.9)).toBe(999);
    expect(percentile(Float64Array.from({ length: 10_000 }, (_, i) => i + 1), 99.99)).toBe(9999);
  });

  it('refuses no samples and a percentile out of 0..100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('median', () => {
  it.each([
    [[3], 3],
    [[3, 1], 2],
    [[3, 1, 2], 2],
    [[10, 1, 4, 2], 3],
    [[0.5, 0.25], 0.375],
  ])('of %j is %d, in any order', (values, expected) => {
    expect(median(values)).toBe(expected);
    expect(median([...values].reverse())).toBe(expected);
  });

  it('leaves its input as it was, and refuses no values', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('the loopback rule', () => {
  it('accepts 127.0.0.1 and localhost over plain HTTP only', () => {
    expect(assertLoopback('http://127.0.0.1:3000/x').port).toBe('3000');
    expect(assertLoopback('http://localhost:3000').hostname).toBe('localhost');
    for (const url of ['http://example.com/', 'https://127.0.0.1/', 'http://10.0.0.1:80/', 'http://[::1]:3000/', 'http://127.0.0.1.example.com/']) {
      expect(() => assertLoopback(url), url).toThrow(/only http:\/\/127\.0\.0\.1/);
    }
  });

  it('is kept by every entry that makes requests, and runs are bounded', async () => {
    await expect(runAutocannon({ url: 'http://example.com/', connections: 1, durationSeconds: 1 })).rejects.toThrow(/only http/);
    await expect(fetchResponse('http://example.com', '/')).rejects.toThrow(/only http/);
    await expect(runAutocannon({ url: 'http://127.0.0.1:9/', connections: 1, durationSeconds: Number.POSITIVE_INFINITY })).rejects.toThrow(RangeError);
    await expect(runAutocannon({ url: 'http://127.0.0.1:9/', connections: 0, durationSeconds: 1 })).rejects.toThrow(RangeError);
    await expect(
      alternate({ a: { name: 'a', url: 'http://127.0.0.1:9' }, b: { name: 'b', url: 'http://example.com' }, path: '/', rounds: 2, durationSeconds: 1, connections: 1, warmupSeconds: 0 }),
    ).rejects.toThrow(/only http/);
    await expect(
      alternate({ a: { name: 'a', url: 'http://127.0.0.1:9' }, b: { name: 'b', url: 'http://127.0.0.1:9' }, path: '/', rounds: 1, durationSeconds: 1, connections: 1, warmupSeconds: 0 }),
    ).rejects.toThrow(/at least 2/);
  });
});

describe('A/B against the bare server', () => {
  const LIST = '/v1/things';
  // Encoded and repeated parameters, sent and matched as they are.
  const SEARCH = '/v1/search?q=c%C3%A0%20ph%C3%AA&tag=a&tag=b';
  let real: FastifyInstance;
  let realUrl: string;
  let bare: BareServer | null = null;

  beforeAll(async () => {
    real = Fastify({ logger: false });
    real.get('/v1/things', async () => ({ data: [{ id: 1, name: 'Hà Nội' }, { id: 2, name: 'Đà Nẵng' }], next: null }));
    real.get('/v1/search', async (request, reply) => reply.type('application/problem+json').code(400).send({ code: 'SEARCH_TOO_SHORT', query: request.query }));
    await real.listen({ host: '127.0.0.1', port: 0 });
    realUrl = `http://127.0.0.1:${(real.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await bare?.close();
    await real?.close();
  });

  it('serves the same bytes, and alternates runs with sub-millisecond percentiles', async () => {
    const recorded = await Promise.all([LIST, SEARCH].map(async (path) => ({ path, ...(await fetchResponse(realUrl, path)) })));
    expect(recorded.map((r) => [r.status, r.contentType])).toEqual([
      [200, 'application/json; charset=utf-8'],
      [400, 'application/problem+json; charset=utf-8'],
    ]);
    expect(JSON.parse(recorded[1]!.body.toString()).query).toEqual({ q: 'cà phê', tag: ['a', 'b'] });

    bare = await startBareServer(recorded);
    expect(bare.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const r of recorded) {
      const again = await fetchResponse(bare.url, r.path);
      expect({ path: r.path, status: again.status, contentType: again.contentType }).toEqual({ path: r.path, status: r.status, contentType: r.contentType });
      expect(again.body.equals(r.body), r.path).toBe(true);
    }
    // Exact URLs only: another query string, or none, is a 404.
    expect((await fetchResponse(bare.url, '/v1/search?q=x')).status).toBe(404);
    expect((await fetchResponse(bare.url, '/v1/search')).status).toBe(404);
    expect(await bare.rss()).toBeGreaterThan(10 * 1024 * 1024);

    const lines: string[] = [];
    const result = await alternate({
      a: { name: 'bare', url: bare.url },
      b: { name: 'real', url: realUrl },
      path: LIST,
      rounds: 2,
      durationSeconds: 1,
      connections: 4,
      warmupSeconds: 0.5,
      log: (line) => lines.push(line),
    });
    console.log(formatAlternate(result));

    expect(lines).toHaveLength(6);
    for (const side of [result.a, result.b]) {
      expect(side.warmup?.warmup).toBe(true);
      expect(side.runs).toHaveLength(2);
      expect({ errors: side.errors, timeouts: side.timeouts, non2xx: side.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
      for (const run of side.runs) {
        expect(run.warmup).toBe(false);
        expect(run.rps).toBeGreaterThan(0);
        expect(run.seconds).toBeGreaterThan(0.9);
        expect(run.seconds).toBeLessThan(5);
        // Each connection's first answer (connecting included) is left out of the percentiles.
        expect(run.latencySamples).toBe(run.requests - 4);
        expect(run.p50Ms).toBeGreaterThan(0);
        expect(run.p50Ms).toBeLessThanOrEqual(run.p99Ms);
      }
      expect(side.median.p50Ms).toBeLessThanOrEqual(side.median.p99Ms);
      // Timings come from a nanosecond clock: whole milliseconds would mean autocannon's 1 ms histogram.
      expect(side.runs.some((r) => !Number.isInteger(r.p50Ms) || !Number.isInteger(r.p99Ms))).toBe(true);
    }
    for (const ratio of Object.values(result.ratio)) {
      expect(Number.isFinite(ratio)).toBe(true);
      expect(ratio).toBeGreaterThan(0);
    }
    expect(result.ratio.rps).toBeCloseTo(result.b.median.rps / result.a.median.rps, 10);
    expect(formatAlternate(result)).toContain('real/bare');

    const pid = bare.pid;
    await bare.close();
    bare = null;
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  }, 20_000);
});
