// One ingestion as the benchmark measures it, in a process of its own so that its peak memory is its
// own: the corpus's articles (or only copies derived from them, for the scale run) through the real
// ingestion (ingestInput, with its pool of preparation workers) into a database file. Started by
// src/bench/bench.ts over IPC, never on its own; it exits when the channel closes.
import { migrateDb, openDb } from '../db/client.js';
import { ingestInput } from '../ingest/run-ingest.js';
import { listInputFiles, readArticles, type SourceItem } from '../ingest/sources.js';
import { deriveCopies } from './derive.js';

export interface IngestRunRequest {
  type: 'run';
  db: string;
  inputs: string[];
  /** Articles read from the inputs at most (null: all). */
  limit: number | null;
  /** 0 ingests the articles themselves; n > 0 ingests only n copies derived from each. */
  copies: number;
  seed: number;
  workers: number;
}

export interface IngestRunResult {
  type: 'done';
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  problems: string[];
  /** Articles sent to ingestion (copies included). */
  articles: number;
  /** UTF-8 bytes of their texts. */
  textBytes: number;
  seconds: number;
  /** The process's peak resident memory, all threads, in bytes. */
  peakRssBytes: number;
}

export type IngestRunMessage = IngestRunResult | { type: 'failed'; message: string };

async function run(request: IngestRunRequest): Promise<IngestRunResult> {
  const { files, errors } = await listInputFiles(request.inputs);
  if (files.length === 0) throw new Error(`no article files in ${request.inputs.join(', ')}${errors[0] ? `: ${errors[0].message}` : ''}`);
  let articles = 0;
  let textBytes = 0;
  let read = 0;
  async function* items(onRead: (bytes: number) => void): AsyncIterable<SourceItem> {
    for (const file of files) {
      for await (const item of readArticles(file, onRead)) {
        if (request.limit !== null && read >= request.limit) return;
        if (item.kind === 'error') {
          yield item;
          continue;
        }
        read++;
        const batch = request.copies === 0 ? [item.article] : deriveCopies(item.article, request.copies, request.seed + read);
        for (const article of batch) {
          articles++;
          textBytes += Buffer.byteLength(article.text);
          yield { ...item, article };
        }
      }
    }
  }

  const handle = openDb(request.db);
  try {
    migrateDb(handle);
    const started = performance.now();
    const report = await ingestInput(handle.db, { files: files.length, items }, {}, { workers: request.workers });
    const seconds = (performance.now() - started) / 1000;
    // Leave the database whole in its file, for the server that comes next.
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return {
      type: 'done',
      added: report.added,
      updated: report.updated,
      unchanged: report.unchanged,
      failed: report.failed,
      problems: report.problems.slice(0, 5).map((p) => `${p.at}: ${p.message}`),
      articles,
      textBytes,
      seconds,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    handle.close();
  }
}

function main(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('ingest-run is started by the benchmark (it needs an IPC channel)');
  process.once('disconnect', () => process.exit(1));
  process.once('message', (request: IngestRunRequest) => {
    run(request).then(
      (result) => send(result, () => process.exit(0)),
      (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies IngestRunMessage, () => process.exit(1)),
    );
  });
}

main();
