// The API keeps serving while an ingestion writes to its database: the real server and a real
// `tinfacts ingest` in two processes on one SQLite file (WAL: readers never wait for the writer, and
// the writer commits one article at a time), with the load harness's mix of requests running
// throughout. Not one request may fail.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequestMix, fireLoad } from '../../src/bench/load.js';
import { ROOT, makeTempDir, readSeedArticles, startServer, type ServerProcess } from '../helpers.js';

const NEW_ARTICLES = 200;

async function articleCount(base: string): Promise<number> {
  const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`/healthz answered ${response.status}`);
  return ((await response.json()) as { articles: number }).articles;
}

/** Articles made from the seeds: new ids, and a closing line that makes each text (and so its hash) new. */
function writeNewArticles(file: string, count: number): void {
  const seeds = readSeedArticles().map((seed) => seed.text);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = `${seeds[i % seeds.length]!.trimEnd()}\n\nBản tin số ${i + 1} trong loạt bài tổng hợp .`;
    lines.push(JSON.stringify({ id: `read-while-write-${i + 1}`, text }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

describe('reading while an ingestion writes', () => {
  const scratch = makeTempDir();
  const dbPath = join(scratch.dir, 'shared.db');
  let server: ServerProcess;
  let base: string;

  beforeAll(async () => {
    // On an empty database the server ingests the seeds first, as in production.
    server = await startServer({ DATABASE_PATH: dbPath, LOG_LEVEL: 'warn' });
    base = server.base;
  });

  afterAll(async () => {
    await server?.stop();
    scratch.remove();
  });

  it('answers every request of the load harness mix, and serves the new articles as they are committed', async () => {
    const before = await articleCount(base);
    expect(before).toBe(5);
    const input = join(scratch.dir, 'new-articles.jsonl');
    writeNewArticles(input, NEW_ARTICLES);
    // Revalidations may see a fact change under them (more sources), so a 200 is as good as a 304 there.
    const items = await buildRequestMix(dbPath, base, { size: 600, changing: true });

    const load = fireLoad(base, items, { connections: 16, durationSeconds: 60, timeoutSeconds: 10 });
    load.done.catch(() => {});
    await new Promise((r) => setTimeout(r, 500));

    const ingest = spawn(process.execPath, [join(ROOT, 'bin', 'tinfacts.js'), 'ingest', '--quiet', '--db', dbPath, input], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ingestOutput = '';
    ingest.stdout!.on('data', (d) => (ingestOutput += d));
    ingest.stderr!.on('data', (d) => (ingestOutput += d));
    const ingestTimer = setTimeout(() => ingest.kill('SIGKILL'), 60_000);
    const atIngestStart = load.responses();
    const startedAt = performance.now();

    // What a client sees of the ingestion's progress, while it runs.
    const seen = new Set<number>();
    let ingesting = true;
    const watching = (async () => {
      while (ingesting) {
        seen.add(await articleCount(base));
        await new Promise((r) => setTimeout(r, 200));
      }
    })();

    const exitCode = await new Promise<number | null>((resolve) => ingest.once('exit', (code) => resolve(code)));
    clearTimeout(ingestTimer);
    const ingestSeconds = (performance.now() - startedAt) / 1000;
    const duringIngest = load.responses() - atIngestStart;
    ingesting = false;
    await watching;
    load.stop();
    const run = await load.done;

    expect(exitCode, ingestOutput).toBe(0);
    expect(ingestOutput).toContain(`${NEW_ARTICLES} added, 0 updated, 0 unchanged, 0 failed`);
    expect(
      { errors: run.errors, timeouts: run.timeouts, unexpected: run.tally.unexpected, examples: run.tally.unexpectedExamples },
      `server output:\n${server.output()}`,
    ).toEqual({ errors: 0, timeouts: 0, unexpected: 0, examples: [] });
    // The load really overlapped the ingestion: many answers while it ran, and counts between the two ends.
    expect(duringIngest, `${duringIngest} answers in ${ingestSeconds.toFixed(1)} s of ingestion`).toBeGreaterThan(200);
    expect([...seen].some((n) => n > before && n < before + NEW_ARTICLES), `article counts seen: ${[...seen].sort((a, b) => a - b).join(', ')}`).toBe(true);

    expect(await articleCount(base)).toBe(before + NEW_ARTICLES);
    const last = (await (await fetch(`${base}/v1/articles/${before + NEW_ARTICLES}`)).json()) as { externalId: string };
    expect(last.externalId).toBe(`read-while-write-${NEW_ARTICLES}`);
    const found = (await (await fetch(`${base}/v1/articles?q=${encodeURIComponent('loat bai tong hop')}&limit=100`)).json()) as { items: unknown[] };
    expect(found.items.length).toBeGreaterThan(0);
  }, 90_000);
});
