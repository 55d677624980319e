// Ingestion for a server (`POST /v1/articles`): extraction is CPU work of up to a second for a large
// article, and storing waits for another writer's lock. Both run in a worker thread with its own
// writing connection, so that the server's event loop keeps answering reads while articles are stored.
import { Worker } from 'node:worker_threads';
import type { RetryOptions } from '../db/busy.js';
import type { StoreOutcome } from '../db/repositories/article-writer.js';
import { compiledModule } from '../worker-module.js';
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
  lockWait: LockWait;
}

/** How long a write waits for another writer's lock: SQLite's busy timeout, then retries. */
export interface LockWait extends RetryOptions {
  busyTimeoutMs: number;
}

/** An HTTP client waits: about 15 s for the lock before it is told to send the articles again. */
export const HTTP_LOCK_WAIT: LockWait = { busyTimeoutMs: 5000, retries: 2, firstDelayMs: 100 };

export interface IngestRequest {
  seq: number;
  articles: readonly RawArticle[];
}

export interface IngestReply {
  seq: number;
  items: IngestedItem[];
}

const WORKER_URL = compiledModule('./ingest-worker.js', import.meta.url);

/** A failure of the worker itself (out of memory, a crash): what it held may be sent again. */
const lostItem = (reason: string): IngestedItem => ({
  outcome: { status: 'failed', message: 'the ingestion worker stopped before storing it; try again', retryable: true },
  warnings: [],
  cause: { message: `ingestion worker stopped: ${reason}` },
});

/** Pauses before a new worker replaces one that died, doubling while they keep dying young. */
const RESPAWN_DELAY_MS = { first: 100, max: 30_000 };
/** A worker that lived this long is taken to have worked: the next one starts without a pause. */
const HEALTHY_LIFE_MS = 10_000;

/** An ingestor whose worker thread writes to the database at `dbPath` (already migrated). */
export function startIngestor(dbPath: string, lockWait: LockWait = HTTP_LOCK_WAIT): ArticleIngestor {
  let seq = 0;
  let closing = false;
  const waiting = new Map<number, { articles: readonly RawArticle[]; resolve: (items: IngestedItem[]) => void }>();
  let worker: Worker | null = null;
  let respawnDelay = 0;
  let respawnTimer: NodeJS.Timeout | null = null;

  const spawn = () => {
    respawnTimer = null;
    const born = performance.now();
    const current = new Worker(WORKER_URL, { workerData: { dbPath, lockWait } satisfies IngestWorkerData });
    worker = current;
    current.on('message', (reply: IngestReply) => {
      const request = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      request?.resolve(reply.items);
    });
    // A worker that dies fails what it held; another takes its place, after a pause when they die
    // young (a database that cannot be opened any more would otherwise respawn them in a loop).
    let ended = false;
    const lost = (reason: string) => {
      if (ended) return;
      ended = true;
      if (worker === current) worker = null;
      for (const { articles, resolve } of waiting.values()) resolve(articles.map(() => lostItem(reason)));
      waiting.clear();
      if (closing) return;
      respawnDelay = performance.now() - born > HEALTHY_LIFE_MS ? 0 : Math.min(RESPAWN_DELAY_MS.max, Math.max(RESPAWN_DELAY_MS.first, respawnDelay * 2));
      respawnTimer = setTimeout(spawn, respawnDelay);
      respawnTimer.unref();
    };
    current.on('error', (error) => lost(error.message));
    current.on('exit', (code) => lost(`exit code ${code}`));
  };
  spawn();

  return {
    ingest(articles) {
      if (closing || worker === null) return Promise.resolve(articles.map(() => lostItem(closing ? 'the server is shutting down' : 'the ingestion worker is restarting')));
      const id = seq++;
      const current = worker;
      return new Promise((resolve) => {
        waiting.set(id, { articles, resolve });
        current.postMessage({ seq: id, articles } satisfies IngestRequest);
      });
    },
    async close() {
      closing = true;
      if (respawnTimer) clearTimeout(respawnTimer);
      await worker?.terminate();
    },
  };
}
