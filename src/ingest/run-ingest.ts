// The ingestion job: files -> articles -> normalisation and extraction -> SQLite.
import { stat } from 'node:fs/promises';
import type { Db } from '../db/client.js';
import { ingestArticle } from './ingest-article.js';
import { describeLocation, listInputFiles, readArticles, type SourceError } from './sources.js';

export interface IngestProblem {
  /** "file" or "file:line". */
  at: string;
  message: string;
}

export interface IngestReport {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  files: number;
  problems: IngestProblem[];
}

export interface IngestProgress {
  /** Called once the inputs are known, with the number of bytes to read. */
  start?(totalBytes: number): void;
  /** Called as input is read and articles are stored. */
  update?(readBytes: number, report: IngestReport): void;
  /** Called for each problem as it happens. */
  problem?(problem: IngestProblem): void;
}

export async function runIngest(db: Db, paths: readonly string[], progress: IngestProgress = {}): Promise<IngestReport> {
  const report: IngestReport = { added: 0, updated: 0, unchanged: 0, failed: 0, files: 0, problems: [] };
  const fail = (item: SourceError) => {
    const problem = { at: describeLocation(item.at), message: item.message };
    report.failed++;
    report.problems.push(problem);
    progress.problem?.(problem);
  };

  const { files, errors } = await listInputFiles(paths);
  errors.forEach(fail);
  let totalBytes = 0;
  for (const file of files) totalBytes += (await stat(file).catch(() => ({ size: 0 }))).size;
  progress.start?.(totalBytes);

  let readBytes = 0;
  for (const file of files) {
    report.files++;
    for await (const item of readArticles(file, (n) => (readBytes += n))) {
      if (item.kind === 'error') {
        fail(item);
        continue;
      }
      try {
        const outcome = ingestArticle(db, item.article);
        if (outcome.status === 'failed') fail({ kind: 'error', at: item.at, message: outcome.message });
        else report[outcome.status]++;
      } catch (error) {
        fail({ kind: 'error', at: item.at, message: error instanceof Error ? error.message : String(error) });
      }
      progress.update?.(readBytes, report);
    }
    progress.update?.(readBytes, report);
  }
  return report;
}

export function summarizeReport(report: IngestReport): string {
  return `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.failed} failed (${report.files} files)`;
}
