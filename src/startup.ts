// What the server does to its database before it serves: create it, migrate it, ingest the seeds
// into an empty one, bring a small one up to date after an upgrade of the extractor. A writing
// connection is opened only when one of these, or ingestion over HTTP, needs it, so that a read-only
// deployment serves a read-only file.
import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { DatabaseError, migrateDb, openDb, pendingMigrations, type DbHandle } from './db/client.js';
import { countArticles } from './db/repositories/articles.js';
import { countStaleArticles } from './db/repositories/article-writer.js';
import { EXTRACTOR_VERSION } from './domain/extract/version.js';

/** Articles an older extractor stored that start-up extracts again; a larger archive is left to `tinfacts reextract`. */
export const STARTUP_REEXTRACT_LIMIT = 1000;

interface DatabaseState {
  exists: boolean;
  pending: number;
  articles: number;
  /** Articles an older extractor stored; counted only with every migration applied (they may mark more). */
  stale: number | null;
}

function readState(path: string): DatabaseState {
  if (!existsSync(path)) return { exists: false, pending: Infinity, articles: 0, stale: null };
  const probe = openDb(path, { readonly: true });
  try {
    const pending = pendingMigrations(probe);
    // Before the first migration there is no table to count.
    const hasArticles = probe.sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = 'articles'`).get() !== undefined;
    return {
      exists: true,
      pending,
      articles: hasArticles ? countArticles(probe.db) : 0,
      stale: hasArticles && pending === 0 ? countStaleArticles(probe.db, EXTRACTOR_VERSION) : null,
    };
  } finally {
    probe.close();
  }
}

/**
 * Gets the database at `config.databasePath` ready to serve. A DatabaseError names what stands in
 * the way (a file that is not a database, a folder that cannot be written...).
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<void> {
  const path = config.databasePath;
  const state = readState(path);
  const needsWriter = !state.exists || state.pending > 0 || state.articles === 0 || config.ingestToken !== null;
  let writer: DbHandle | null = null;
  if (needsWriter) {
    try {
      writer = openDb(path);
    } catch (error) {
      if (!(error instanceof DatabaseError) || !state.exists) throw error;
      const why = state.pending > 0 ? `needs ${state.pending} migrations` : state.articles === 0 ? 'is empty and the seeds are to be ingested' : 'is to take articles over HTTP (INGEST_TOKEN)';
      throw new DatabaseError(path, `the database ${why}, but ${error.message.replace(/^the database /, '')}`, error.sqliteCode);
    }
  }
  try {
    if (writer) {
      migrateDb(writer);
      if (countArticles(writer.db) === 0) {
        logger.info({ seeds: config.seedsDir }, 'empty database: ingesting seeds');
        // Extraction is loaded only when there is something to extract: a start on a full database is quicker without it.
        const { runIngest, summarizeReport } = await import('./ingest/run-ingest.js');
        const report = await runIngest(writer.db, [config.seedsDir], { problem: (p) => logger.warn(p, 'seed not ingested') });
        logger.info({ ...report, problems: report.problems.length, warnings: report.warnings.length }, `seeds: ${summarizeReport(report)}`);
      }
    }
    // Counted again through a writer: its migrations and seeds may have changed the count.
    const stale = writer ? countStaleArticles(writer.db, EXTRACTOR_VERSION) : (state.stale ?? 0);
    await updateStaleArticles(writer, path, stale, logger);
  } finally {
    writer?.close();
  }
}

/**
 * After an upgrade of the extractor: a small database is brought up to date here, a large one by
 * `tinfacts reextract` (which the log says), so that start-up stays quick. Without a writer (a
 * read-only deployment) the articles are served as they are.
 */
async function updateStaleArticles(writer: DbHandle | null, path: string, stale: number, logger: Logger): Promise<void> {
  if (stale === 0) return;
  if (stale > STARTUP_REEXTRACT_LIMIT) {
    logger.warn({ stale }, `${stale} articles were extracted by an older extractor: run \`tinfacts reextract\` to update them`);
    return;
  }
  let handle = writer;
  if (!handle) {
    try {
      handle = openDb(path);
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      logger.warn({ stale }, `${stale} articles were extracted by an older extractor; they are served as they are: ${error.message}`);
      return;
    }
  }
  try {
    const { reextractStale } = await import('./ingest/reextract.js');
    const report = reextractStale(handle.db);
    logger.info({ ...report, problems: report.problems.length }, `re-extracted ${report.updated} articles stored by an older extractor`);
  } finally {
    if (handle !== writer) handle.close();
  }
}
