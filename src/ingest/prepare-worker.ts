// A worker thread of the preparation pool (prepare-pool.ts): normalises and extracts the articles it
// is sent, and answers each with its preparation. It reads the database (read-only, its own
// connection) only to skip articles already stored unchanged; it never writes.
import { parentPort, workerData } from 'node:worker_threads';
import { openDb, type DbHandle } from '../db/client.js';
import { prepareForStore } from './ingest-article.js';
import type { PrepareReply, PrepareRequest, PrepareWorkerData } from './prepare-pool.js';

const port = parentPort;
if (!port) throw new Error('prepare-worker runs as a worker thread of the preparation pool');
const { dbPath } = workerData as PrepareWorkerData;
const handle: DbHandle | null = dbPath === null ? null : openDb(dbPath, { readonly: true });

port.on('message', (request: PrepareRequest) => {
  let reply: PrepareReply;
  const transfer = new Set<ArrayBuffer>();
  try {
    const preparation = prepareForStore(handle?.db ?? null, request.article);
    reply = { seq: request.seq, preparation };
    if (preparation.status === 'prepared') {
      // The offset maps are the bulk of a preparation: hand them over rather than copy them.
      for (const map of [preparation.article.text.starts, preparation.article.text.ends]) {
        if (map.byteOffset === 0 && map.byteLength === map.buffer.byteLength) transfer.add(map.buffer as ArrayBuffer);
      }
    }
  } catch (error) {
    reply = { seq: request.seq, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, [...transfer]);
});
port.on('close', () => handle?.close());
