// The worker thread of startIngestor: prepares and stores the articles it is sent, one transaction
// each, through its own writing connection. Another writer's lock is waited for here, off the
// server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../db/client.js';
import { isBusyError } from '../db/busy.js';
import { failedWrite, preparationWarnings, prepareForStore, storeWithRetry } from './ingest-article.js';
import type { IngestReply, IngestRequest, IngestWorkerData, IngestedItem } from './ingestor.js';

const port = parentPort;
if (!port) throw new Error('ingest-worker runs as the worker thread of an ingestor');
const { dbPath, lockWait } = workerData as IngestWorkerData;
const handle = openDb(dbPath, { busyTimeoutMs: lockWait.busyTimeoutMs });

const isBusyCode = (code: string | undefined) => isBusyError({ code });

const causeOf = (error: unknown): IngestedItem['cause'] => {
  const code = (error as { code?: unknown } | null)?.code;
  return { message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
};

async function ingest(request: IngestRequest): Promise<IngestedItem[]> {
  const items: IngestedItem[] = [];
  // Once the lock stayed held past the wait, the rest of the request is not tried: its client is told
  // at once to send them again, rather than after another wait for each.
  let locked: ReturnType<typeof failedWrite> | null = null;
  for (const article of request.articles) {
    if (locked) {
      items.push({ outcome: locked, warnings: [] });
      continue;
    }
    try {
      const preparation = prepareForStore(handle.db, article);
      const outcome = await storeWithRetry(handle.db, preparation, lockWait);
      if (outcome.status === 'failed' && outcome.retryable && isBusyCode(outcome.code)) locked = outcome;
      const warnings = outcome.status === 'duplicate' ? [outcome.message] : [];
      if (outcome.status !== 'failed') warnings.push(...preparationWarnings(preparation));
      items.push({ outcome, warnings });
    } catch (error) {
      // Extraction threw: a bug, logged by the server; the article is not stored.
      const failed = failedWrite(error);
      items.push({ outcome: { ...failed, message: 'it could not be stored; the error has been logged' }, warnings: [], cause: causeOf(error) });
    }
  }
  return items;
}

// One request at a time, in order: articles of two requests never interleave.
let queue = Promise.resolve();
port.on('message', (request: IngestRequest) => {
  queue = queue.then(async () => port.postMessage({ seq: request.seq, items: await ingest(request) } satisfies IngestReply));
});
port.on('close', () => handle.close());
