// The service's entry point: the only module that reads process.env and listens.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseError, openDb } from './db/client.js';
import type { ArticleIngestor } from './ingest/ingestor.js';
import { createLogger } from './logger.js';
import { prepareDatabase } from './startup.js';

/** A problem the operator fixes (a setting, the database file): one line on stderr, and exit 1. */
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) stop(error.message);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const setting = `DATABASE_PATH=${config.databasePath}`;
  let ingestor: ArticleIngestor | null = null;
  let handle;
  try {
    await prepareDatabase(config, logger);
    // Reads go through a read-only connection; a worker thread writes for `POST /v1/articles`.
    handle = openDb(config.databasePath, { readonly: true });
    if (config.ingestToken !== null) {
      const { startIngestor } = await import('./ingest/ingestor.js');
      ingestor = startIngestor(config.databasePath);
      logger.info('ingestion over HTTP is enabled (POST /v1/articles)');
    }
  } catch (error) {
    if (error instanceof DatabaseError) stop(`${setting}: ${error.message}`);
    throw error;
  }
  const reader = handle;
  const app = await buildApp({
    db: reader.db,
    logger,
    corsOrigins: config.corsOrigins,
    limits: config.limits,
    responseCacheBytes: config.responseCacheBytes,
    integrityCheckMs: config.integrityCheckMs,
    ...(ingestor !== null && config.ingestToken !== null ? { ingest: { ingestor, token: config.ingestToken } } : {}),
  });
  closeWithGrace({ delay: 10_000, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
    await ingestor?.close();
    reader.close();
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = LISTEN_ERRORS[code ?? ''];
    if (!why) throw error;
    await app.close();
    await ingestor?.close();
    reader.close();
    stop(`HOST=${config.host} PORT=${config.port}: ${why}`);
  }
}

/** What an operator is told when the server cannot listen where it is configured to. */
const LISTEN_ERRORS: Record<string, string> = {
  EADDRINUSE: 'another process already listens on that address and port',
  EACCES: 'this user may not listen on that port (below 1024, say)',
  EADDRNOTAVAIL: 'this machine has no such address',
  ENOTFOUND: 'no address has that name',
};

main().catch((error: unknown) => {
  // Not an operator's problem but ours: the whole error, for the report.
  console.error(error);
  process.exit(1);
});
