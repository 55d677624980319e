import { markAllStale, reextractStale } from '../ingest/reextract.js';
import { openForWriting } from './open-database.js';

/** Re-extracts the articles a former extractor version stored (or, with `all`, every one); returns the exit code. */
export function runReextractCommand(options: { db: string; check?: boolean; all?: boolean; quiet?: boolean }): number {
  const handle = openForWriting(options.db, { check: options.check });
  try {
    if (options.all) markAllStale(handle.db);
    const report = reextractStale(handle.db, options.quiet ? undefined : (r) => process.stderr.write(`\r${r.updated} re-extracted, ${r.failed} failed`));
    if (!options.quiet) process.stderr.write('\n');
    for (const p of report.problems) process.stderr.write(`error: article ${p.articleId}: ${p.message}\n`);
    process.stdout.write(`${report.updated} re-extracted, ${report.failed} failed\n`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    handle.close();
  }
}
