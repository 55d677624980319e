import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { runIngest, summarizeReport, type IngestProgress } from '../ingest/run-ingest.js';
import { openForWriting } from './open-database.js';

/** Ingests `paths`; returns the exit code (1 when anything failed). */
export async function runIngestCommand(paths: string[], options: { db: string; check?: boolean; quiet?: boolean; workers?: number }): Promise<number> {
  const handle = openForWriting(options.db, { check: options.check });
  try {
    const progress: IngestProgress = {};
    // On a terminal a progress bar (problems are printed above it); elsewhere plain lines.
    let bars: MultiBar | null = null;
    let bar: SingleBar | undefined;
    if (!options.quiet) {
      const print = (line: string) => (bars ? bars.log(line) : process.stderr.write(line));
      progress.problem = (p) => print(`error: ${p.at}: ${p.message}\n`);
      progress.warning = (w) => print(`warning: ${w.at}: ${w.message}\n`);
    }
    if (!options.quiet && process.stderr.isTTY) {
      bars = new MultiBar(
        { format: '{bar} {percentage}% | {added} added, {updated} updated, {unchanged} unchanged, {failed} failed', stream: process.stderr, hideCursor: true },
        Presets.shades_classic,
      );
      progress.start = (total) => (bar = bars?.create(Math.max(total, 1), 0, { added: 0, updated: 0, unchanged: 0, failed: 0 }));
      progress.update = (read, r) => bar?.update(read, { added: r.added, updated: r.updated, unchanged: r.unchanged, failed: r.failed });
    }
    const report = await runIngest(handle.db, paths, progress, { workers: options.workers ?? 0 });
    bars?.stop();
    process.stdout.write(`${summarizeReport(report)}\n`);
    return report.failed > 0 ? 1 : 0;
  } finally {
    handle.close();
  }
}
