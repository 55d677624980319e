// The service's entry point: the only module that reads process.env and listens.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateDb, openDb } from './db/client.js';
import { countArticles } from './db/repositories/articles.js';
import { countStaleArticles } from './db/repositories/article-writer.js';
import { EXTRACTOR_VERSION } from './domain/extract/version.js';
import { createLogger } from './logger.js';

const STARTUP_REEXTRACT_LIMIT = 1000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const writer = openDb(config.databasePath);
  try {
    migrateDb(writer);
    if (countArticles(writer.db) === 0) {
      logger.info({ seeds: config.seedsDir }, 'empty database: ingesting seeds');
      // Extraction is loaded only when there is something to extract: a start on a full database is quicker without it.
      const { runIngest, summarizeReport } = await import('./ingest/run-ingest.js');
      const report = await runIngest(writer.db, [config.seedsDir], { problem: (p) => logger.warn(p, 'seed not ingested') });
      logger.info({ ...report, problems: report.problems.length }, `seeds: ${summarizeReport(report)}`);
    }
    // After an upgrade of the extractor: a small database is brought up to date here, a large one
    // by `tinfacts reextract` (which the log says), so that start-up stays quick.
    const stale = countStaleArticles(writer.db, EXTRACTOR_VERSION);
    if (stale > 0 && stale <= STARTUP_REEXTRACT_LIMIT) {
      const { reextractStale } = await import('./ingest/reextract.js');
      const report = reextractStale(writer.db);
      logger.info({ ...report, problems: report.problems.length }, `re-extracted ${report.updated} articles stored by an older extractor`);
    } else if (stale > 0) {
      logger.warn({ stale }, `${stale} articles were extracted by an older extractor: run \`tinfacts reextract\` to update them`);
    }
  } catch (error) {
    writer.close();
    throw error;
  }

  // Reads go through a read-only connection; the writer stays open only for `POST /v1/articles`.
  const ingestToken = config.ingestToken;
  if (ingestToken === null) writer.close();
  else logger.info('ingestion over HTTP is enabled (POST /v1/articles)');
  const handle = openDb(config.databasePath, { readonly: true });
  const app = await buildApp({
    db: handle.db,
    logger,
    corsOrigins: config.corsOrigins,
    limits: config.limits,
    responseCacheBytes: config.responseCacheBytes,
    ...(ingestToken !== null ? { ingest: { db: writer.db, token: ingestToken } } : {}),
  });
  closeWithGrace({ delay: 10_000, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
    handle.close();
    if (writer.sqlite.open) writer.close();
  });
  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
