// SQLite's quick_check reads every page of the file: on a large archive, seconds of work that would
// hold the thread. It runs in a worker thread of its own, on a read-only connection of its own.
import { Worker } from 'node:worker_threads';
import { compiledModule } from '../worker-module.js';

const WORKER_URL = compiledModule('./integrity-worker.js', import.meta.url);

export interface IntegrityWorkerData {
  path: string;
}

export type IntegrityResult = { problems: string[] } | { error: string; code?: string };

/**
 * The problems quick_check finds in the database at `path` (none when it is sound), or why it could
 * not be checked. Never rejects.
 */
export function checkIntegrityInWorker(path: string): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, { workerData: { path } satisfies IntegrityWorkerData });
    let settled = false;
    const settle = (result: IntegrityResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    worker.once('message', (result: IntegrityResult) => settle(result));
    worker.once('error', (error) => settle({ error: error.message }));
    worker.once('exit', (code) => settle({ error: `the integrity check stopped (exit code ${code})` }));
  });
}
