// The service's entry point: the only module that reads process.env and listens.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { migrateDb, openDb } from './db/client.js';
import { countArticles } from './db/repositories/articles.js';
import { runIngest, summarizeReport } from './ingest/run-ingest.js';
import { createLogger } from './logger.js';

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
      const report = await runIngest(writer.db, [config.seedsDir], { problem: (p) => logger.warn(p, 'seed not ingested') });
      logger.info({ ...report, problems: report.problems.length }, `seeds: ${summarizeReport(report)}`);
    }
  } finally {
    writer.close();
  }

  // The API only reads; ingestion jobs write through their own connection.
  const handle = openDb(config.databasePath, { readonly: true });
  const app = await buildApp({ db: handle.db, logger });
  closeWithGrace({ delay: 10_000, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    await app.close();
    handle.close();
  });
  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
