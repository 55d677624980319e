// The ingestion job: files -> articles -> normalisation and extraction -> SQLite.
import { stat } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { isBusyError, retryWhileBusy } from '../db/busy.js';
import type { Db } from '../db/client.js';
import type { StoreOutcome } from '../db/repositories/article-writer.js';
import { failedWrite, outcomeWarnings, storeWithRetry, writePreparation, type Preparation } from './ingest-article.js';
import { createPreparePool } from './prepare-pool.js';
import { describeLocation, listInputFiles, readArticles, type SourceItem, type SourceLocation } from './sources.js';

export interface IngestProblem {
  /** "file" or "file:line". */
  at: string;
  message: string;
  /** A failure that may pass (another writer's lock, a full disk): running again may store it. */
  retryable?: boolean;
}

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Articles whose text is stored already as another article: kept once. */
  duplicate: number;
  failed: number;
  files: number;
  /** Articles not stored, each with the reason. */
  problems: IngestProblem[];
  /** Articles stored without all they state (more than one article may yield), or duplicates. */
  warnings: IngestProblem[];
}

export interface IngestProgress {
  /** Called once the inputs are known, with the number of bytes to read. */
  start?(totalBytes: number): void;
  /** Called as input is read and articles are stored. */
  update?(readBytes: number, report: IngestReport): void;
  /** Called for each problem as it happens. */
  problem?(problem: IngestProblem): void;
  /** Called for each warning as it happens. */
  warning?(warning: IngestProblem): void;
}

export interface IngestOptions {
  /** Worker threads preparing articles (see prepare-pool.ts); 0, the default, prepares on this thread. */
  workers?: number;
  /** Articles stored per transaction; each article is still all or nothing (see storeReady). */
  batchSize?: number;
}

/**
 * Articles per write transaction. A commit (and the WAL checkpoint it may bring) costs as much as
 * storing many articles; readers are never blocked by the writer in WAL mode, and see a batch when
 * it commits (at least every MAX_COMMIT_DELAY_MS).
 */
export const DEFAULT_BATCH_SIZE = 100;

/** An input item on its way: prepared (or failing) in the pool, stored in input order. */
type Pending = { at: SourceLocation; error: string } | { at: SourceLocation; preparation: Promise<Preparation | { error: string }>; settled: boolean };

export async function runIngest(db: Db, paths: readonly string[], progress: IngestProgress = {}, options: IngestOptions = {}): Promise<IngestReport> {
  const { files, errors } = await listInputFiles(paths);
  let totalBytes = 0;
  for (const file of files) totalBytes += (await stat(file).catch(() => ({ size: 0 }))).size;
  progress.start?.(totalBytes);
  const input: IngestInput = {
    files: files.length,
    async *items(read) {
      yield* errors;
      for (const file of files) yield* readArticles(file, read);
    },
  };
  return ingestInput(db, input, progress, options);
}

/** Articles (or the reasons they cannot be read) to ingest, in order. */
export interface IngestInput {
  /** The items; `read` is told of the input's bytes as they are read, for progress. */
  items(read: (bytes: number) => void): AsyncIterable<SourceItem>;
  /** Files the items come from, for the report. */
  files: number;
}

/**
 * Longest a prepared article waits for its batch to fill: a slow input (or a small one) still
 * shows its articles to readers as they come, not only at the end.
 */
export const MAX_COMMIT_DELAY_MS = 250;

/**
 * Ingests the input's articles in order: prepared in the pool, stored in batches. A problem with
 * one article is reported, and the others go on.
 */
export async function ingestInput(db: Db, input: IngestInput, progress: IngestProgress = {}, options: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { added: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0, files: input.files, problems: [], warnings: [] };
  const fail = (at: SourceLocation, message: string, retryable = false) => {
    const problem = { at: describeLocation(at), message, ...(retryable ? { retryable } : {}) };
    report.failed++;
    report.problems.push(problem);
    progress.problem?.(problem);
  };
  const warn = (at: SourceLocation, message: string) => {
    const warning = { at: describeLocation(at), message };
    report.warnings.push(warning);
    progress.warning?.(warning);
  };

  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const pool = createPreparePool({ workers: options.workers ?? 0, db });
  const pending: Pending[] = [];
  let readBytes = 0;
  const read = (bytes: number) => {
    readBytes += bytes;
    progress.update?.(readBytes, report);
  };
  let committedAt = performance.now();
  /** How many items at the head of the queue are ready to store. */
  const settledHead = () => {
    let n = 0;
    while (n < pending.length && ('error' in pending[n]! || (pending[n] as { settled: boolean }).settled)) n++;
    return n;
  };

  /**
   * Stores the items at the head of the queue once they are prepared, in one transaction: up to
   * `max` of them, or fewer when MAX_COMMIT_DELAY_MS has passed since the last commit.
   */
  const storeReady = async (max: number) => {
    const wanted = Math.min(max, pending.length);
    for (let ready = settledHead(); ready < wanted; ready = settledHead()) {
      const wait = MAX_COMMIT_DELAY_MS - (performance.now() - committedAt);
      if (ready > 0 && wait <= 0) break;
      const next = pending[ready] as Extract<Pending, { preparation: unknown }>;
      await (ready === 0 ? next.preparation : Promise.race([next.preparation, delay(wait)]));
    }
    const batch = pending.splice(0, Math.min(wanted, settledHead()));
    const settled = await Promise.all(batch.map((item) => ('error' in item ? item : item.preparation)));
    let outcomes: (StoreOutcome | null)[];
    try {
      // BEGIN IMMEDIATE: another writer's lock is waited for (the busy timeout, then retries).
      outcomes = await retryWhileBusy(() =>
        db.$client.transaction(() => settled.map((result) => ('error' in result ? null : writePreparation(db, result)))).immediate(),
      );
    } catch (error) {
      // The lock never came: nothing of the batch was written, and each may be tried again.
      // Otherwise one article threw and the whole batch was rolled back: each is stored again in a
      // transaction of its own, so that only that one fails.
      outcomes = [];
      // One after the other, in input order (consolidation depends on it).
      for (const result of settled) {
        outcomes.push('error' in result ? null : isBusyError(error) ? failedWrite(error) : await storeWithRetry(db, result));
      }
    }
    outcomes.forEach((outcome, i) => {
      const at = batch[i]!.at;
      const result = settled[i]!;
      if ('error' in result) return fail(at, result.error);
      if (outcome!.status === 'failed') return fail(at, outcome!.message, outcome!.retryable);
      report[outcome!.status]++;
      for (const warning of outcomeWarnings(outcome!, result)) warn(at, warning);
    });
    committedAt = performance.now();
    progress.update?.(readBytes, report);
  };

  try {
    for await (const item of input.items(read)) {
      if (item.kind === 'error') {
        pending.push({ at: item.at, error: item.message });
      } else {
        const entry = {
          at: item.at,
          settled: false,
          preparation: pool.prepare(item.article).then(
            (preparation) => preparation,
            (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
          ),
        };
        void entry.preparation.then(() => (entry.settled = true));
        pending.push(entry);
      }
      // Two batches in flight keep the workers busy while one is stored.
      if (pending.length >= 2 * batchSize || (performance.now() - committedAt >= MAX_COMMIT_DELAY_MS && settledHead() > 0)) await storeReady(batchSize);
    }
    while (pending.length > 0) await storeReady(batchSize);
  } finally {
    await pool.close();
  }
  progress.update?.(readBytes, report);
  return report;
}

export function summarizeReport(report: IngestReport): string {
  const duplicates = report.duplicate > 0 ? `, ${report.duplicate} duplicate` : '';
  const retryable = report.problems.filter((p) => p.retryable).length;
  const again = retryable > 0 ? `; ${retryable} may be stored by running again` : '';
  return `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged${duplicates}, ${report.failed} failed (${report.files} files)${again}`;
}
