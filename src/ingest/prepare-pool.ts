// Preparation (normalisation and extraction) is nearly all of an ingestion's CPU, and one article's
// preparation needs nothing from another's: a pool of worker threads prepares articles side by side
// while the calling thread reads input and writes the database. With no workers, articles are
// prepared on the calling thread (what tests and the server's small seed ingestion use).
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/client.js';
import { prepareForStore, type Preparation } from './ingest-article.js';
import type { RawArticle } from './raw-article.js';

export interface PrepareWorkerData {
  /** The database file workers read to skip articles stored unchanged; null when they cannot see it. */
  dbPath: string | null;
}

export interface PrepareRequest {
  seq: number;
  article: RawArticle;
}

export type PrepareReply = { seq: number; preparation: Preparation } | { seq: number; error: string };

export interface PreparePool {
  readonly workers: number;
  /** The article's preparation; a failure rejects with the reason. */
  prepare(article: RawArticle): Promise<Preparation>;
  close(): Promise<void>;
}

export interface PreparePoolOptions {
  /** Worker threads; 0 prepares on the calling thread. */
  workers: number;
  /** The database the articles go to. */
  db: Db;
}

const WORKER_URL = new URL('./prepare-worker.js', import.meta.url);

/**
 * A small young generation: a worker's garbage is short-lived (one article at a time), and V8's
 * default lets each thread's nursery grow to tens of MB, which an ingestion's peak memory pays per worker.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** A database file a worker can open on its own (not an in-memory or temporary database). */
function sharedFile(db: Db): string | null {
  const name = db.$client.name;
  return name === '' || name === ':memory:' || db.$client.memory ? null : name;
}

export function createPreparePool(options: PreparePoolOptions): PreparePool {
  if (options.workers <= 0) {
    return {
      workers: 0,
      prepare: async (article) => prepareForStore(options.db, article),
      close: async () => {},
    };
  }
  return new WorkerPool(options.workers, { dbPath: sharedFile(options.db) });
}

interface Waiting {
  resolve(preparation: Preparation): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

class WorkerPool implements PreparePool {
  private readonly pool: PoolWorker[] = [];
  private seq = 0;
  private closing = false;

  constructor(
    readonly workers: number,
    private readonly data: PrepareWorkerData,
  ) {
    for (let i = 0; i < workers; i++) this.pool.push(this.spawn());
  }

  private spawn(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(WORKER_URL, { workerData: this.data, resourceLimits: WORKER_LIMITS }), waiting: new Map() };
    entry.worker.on('message', (reply: PrepareReply) => {
      const waiting = entry.waiting.get(reply.seq);
      if (!waiting) return;
      entry.waiting.delete(reply.seq);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.preparation);
    });
    // A worker that dies (out of memory, a crash) fails what it held; a new one takes its place.
    const lost = (reason: string) => {
      for (const waiting of entry.waiting.values()) waiting.reject(new Error(`preparation worker stopped: ${reason}`));
      entry.waiting.clear();
      const index = this.pool.indexOf(entry);
      if (index >= 0 && !this.closing) this.pool[index] = this.spawn();
    };
    entry.worker.on('error', (error) => lost(error.message));
    entry.worker.on('exit', (code) => lost(`exit code ${code}`));
    return entry;
  }

  prepare(article: RawArticle): Promise<Preparation> {
    if (this.closing) return Promise.reject(new Error('the preparation pool is closed'));
    // The least busy worker: articles differ a lot in size.
    const entry = this.pool.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      entry.waiting.set(seq, { resolve, reject });
      entry.worker.postMessage({ seq, article } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.pool.map((entry) => entry.worker.terminate()));
  }
}
