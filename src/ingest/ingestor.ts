// Ingestion for a server (`POST /v1/articles`): extraction is CPU work of up to a second for a large
// article, and storing waits for another writer's lock. Both run in a worker thread with its own
// writing connection, so that the server's event loop keeps answering reads while articles are stored.
import { Worker } from 'node:worker_threads';
import type { StoreOutcome } from '../db/repositories/article-writer.js';
import type { RawArticle } from './raw-article.js';

/** What became of one article. */
export interface IngestedItem {
  outcome: StoreOutcome;
  /** What the article yields beyond what one article may keep (see extractionWarnings), or its duplicate. */
  warnings: string[];
  /** The error behind a failure, for the server's log and health (never shown to the client as is). */
  cause?: { message: string; code?: string; stack?: string };
}

export interface ArticleIngestor {
  /** Stores the articles in order, each in its own transaction; one failing fails only itself. */
  ingest(articles: readonly RawArticle[]): Promise<IngestedItem[]>;
  close(): Promise<void>;
}

export interface IngestWorkerData {
  dbPath: string;
}

export interface IngestRequest {
  seq: number;
  articles: readonly RawArticle[];
}

export interface IngestReply {
  seq: number;
  items: IngestedItem[];
}

/**
 * The worker's compiled module. Run from the TypeScript sources (the tests), this module finds the
 * worker where the build put it: a worker thread cannot load TypeScript.
 */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/ingest/ingest-worker.js', import.meta.url)
  : new URL('./ingest-worker.js', import.meta.url);

/** A failure of the worker itself (out of memory, a crash): what it held may be sent again. */
const lostItem = (reason: string): IngestedItem => ({
  outcome: { status: 'failed', message: 'the ingestion worker stopped before storing it; try again', retryable: true },
  warnings: [],
  cause: { message: `ingestion worker stopped: ${reason}` },
});

/** An ingestor whose worker thread writes to the database at `dbPath` (already migrated). */
export function startIngestor(dbPath: string): ArticleIngestor {
  let seq = 0;
  let closing = false;
  const waiting = new Map<number, { size: number; resolve: (items: IngestedItem[]) => void }>();
  let worker: Worker;

  const spawn = () => {
    worker = new Worker(WORKER_URL, { workerData: { dbPath } satisfies IngestWorkerData });
    worker.on('message', (reply: IngestReply) => {
      const request = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      request?.resolve(reply.items);
    });
    // A worker that dies fails what it held; another takes its place.
    const lost = (reason: string) => {
      for (const { size, resolve } of waiting.values()) resolve(Array.from({ length: size }, () => lostItem(reason)));
      waiting.clear();
      if (!closing) spawn();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
  };
  spawn();

  return {
    ingest(articles) {
      if (closing) return Promise.resolve(articles.map(() => lostItem('the server is shutting down')));
      const id = seq++;
      return new Promise((resolve) => {
        waiting.set(id, { size: articles.length, resolve });
        worker.postMessage({ seq: id, articles } satisfies IngestRequest);
      });
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}
