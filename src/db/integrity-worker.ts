// The worker thread of checkIntegrityInWorker: one quick_check of one file, then it exits.
import { parentPort, workerData } from 'node:worker_threads';
import { sqliteCode } from './busy.js';
import { DatabaseError, checkIntegrity, openDb } from './client.js';
import type { IntegrityResult, IntegrityWorkerData } from './integrity.js';

const { path } = workerData as IntegrityWorkerData;
let result: IntegrityResult;
try {
  const handle = openDb(path, { readonly: true });
  try {
    result = { problems: checkIntegrity(handle.sqlite) };
  } finally {
    handle.close();
  }
} catch (error) {
  const code = error instanceof DatabaseError ? error.sqliteCode : sqliteCode(error);
  const message = error instanceof Error ? error.message : String(error);
  // A file too damaged to open fails the check; one that cannot be read at all could not be checked.
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) result = { problems: [message] };
  else result = { error: message, ...(typeof code === 'string' ? { code } : {}) };
}
parentPort?.postMessage(result);
