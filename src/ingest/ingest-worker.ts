// The worker thread of startIngestor: prepares and stores the articles it is sent, one transaction
// each, through its own writing connection. Another writer's lock is waited for here, off the
// server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../db/client.js';
import { isBusyCode, sqliteCode } from '../db/busy.js';
import { failedWrite, outcomeWarnings, prepareForStore, storeWithRetry } from './ingest-article.js';
import type { IngestReply, IngestRequest, IngestWorkerData, IngestedItem } from './ingestor.js';

const port = parentPort;
if (!port) throw new Error('ingest-worker runs as the worker thread of an ingestor');
const { dbPath, lockWait } = workerData as IngestWorkerData;
const handle = openDb(dbPath, { busyTimeoutMs: lockWait.busyTimeoutMs });

const causeOf = (error: unknown): IngestedItem['cause'] => {
  const code = sqliteCode(error);
  return { message: error instanceof Error ? error.message : String(error), ...(code !== null ? { code } : {}), ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
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
      items.push({ outcome, warnings: outcomeWarnings(outcome, preparation) });
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
