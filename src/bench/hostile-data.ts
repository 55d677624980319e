// Inputs of the hostile-input harness (made-up texts, corpus articles with ids of their own, seeded
// databases) and the direct reads that check what a database holds afterwards.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../db/client.js';
import type { RawArticle } from '../ingest/raw-article.js';
import { prepareInput } from './crash.js';
import { PROJECT, parseIngestSummary, runTinfacts, type ProcessGroup, type ProcessRun } from './hostile-process.js';

export const SEEDS = join(PROJECT, 'seeds');

/**
 * `unit` repeated into one sentence of about `bytes` UTF-8 bytes (never more), closed by a period in
 * place of its last separator: "a, a, a." rather than "a, a, a, ".
 */
export function repeatIntoSentence(unit: string, bytes: number): string {
  const n = Math.max(1, Math.floor((bytes - 1) / Buffer.byteLength(unit)));
  return `${unit.repeat(n).trimEnd().replace(/[,;]$/, '')}.`;
}

export function writeJsonl(path: string, articles: readonly RawArticle[]): string {
  writeFileSync(path, articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
  return path;
}

export function readJsonl(path: string): RawArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RawArticle);
}

/**
 * The first `count` readable articles of the corpus (prepareInput, as the crash harness reads it),
 * each given the id `${prefix}${n}` so that ids are distinct whatever the corpus holds.
 */
export async function takeCorpusArticles(corpus: string, count: number, scratch: string, prefix: string): Promise<RawArticle[]> {
  const file = join(scratch, `${prefix.replace(/[^\w-]/g, '_')}corpus.jsonl`);
  const input = await prepareInput([corpus], count, file);
  if (input.articles < count) throw new Error(`the corpus has only ${input.articles} readable articles (${count} wanted)`);
  const articles = readJsonl(file).map((a, i) => ({ ...a, id: `${prefix}${i + 1}` }));
  rmSync(file, { force: true });
  return articles;
}

/** Ingests `inputs` with the real command line into `dbPath`; throws unless every article went in. */
export async function ingestOrThrow(group: ProcessGroup, dbPath: string, inputs: readonly string[], options: { timeoutMs: number; workers?: number }): Promise<ProcessRun> {
  const args = ['ingest', '--quiet', '--db', dbPath, ...(options.workers !== undefined ? ['--workers', String(options.workers)] : []), ...inputs];
  const run = await runTinfacts(group, args, { timeoutMs: options.timeoutMs });
  const summary = parseIngestSummary(run.stdout);
  if (run.code !== 0 || !summary || summary.failed > 0) {
    throw new Error(`preparing ${dbPath}: tinfacts ingest ${run.timedOut ? 'hung' : `exited with ${run.code ?? run.signal}`}: ${(run.stderr || run.stdout).trim().slice(0, 400)}`);
  }
  return run;
}

/** A database holding the seeds, ingested by the real command line. */
export function makeSeededDb(group: ProcessGroup, dbPath: string, extra: readonly string[] = []): Promise<ProcessRun> {
  return ingestOrThrow(group, dbPath, [SEEDS, ...extra], { timeoutMs: 120_000 });
}

/**
 * Folds the WAL into the database file and closes it (the last connection to close removes the WAL),
 * so that the file alone is the database: a copy, a damaged page or a cut then mean what they say.
 * The file stays in WAL mode, as the product leaves it.
 */
export function checkpointDb(path: string): void {
  const handle = openDb(path);
  try {
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    handle.close();
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) throw new Error(`${path}${suffix} is still there after a checkpoint`);
}

/** Copies a checkpointed database file (no WAL to carry along). */
export function copyDb(from: string, to: string): void {
  copyFileSync(from, to);
}

export interface StoredIds {
  rows: number;
  /** Expected ids with no row. */
  lost: string[];
  /** Ids with more than one row. */
  duplicated: string[];
  /** Rows whose id was not sent. */
  unexpected: number;
}

/** Reads the articles table directly: is every id of `expected` stored exactly once? */
export function checkStoredIds(dbPath: string, expected: readonly string[]): StoredIds {
  const handle = openDb(dbPath, { readonly: true });
  try {
    const rows = (handle.sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n;
    const counts = new Map<string | null, number>();
    for (const r of handle.sqlite.prepare('select external_id as id, count(*) as n from articles group by external_id').all() as { id: string | null; n: number }[]) counts.set(r.id, r.n);
    const wanted = new Set(expected);
    const lost = expected.filter((id) => !counts.has(id));
    const duplicated = [...counts].filter(([id, n]) => n > 1 && id !== null).map(([id]) => id!);
    let unexpected = 0;
    for (const [id, n] of counts) if (id === null || !wanted.has(id)) unexpected += n;
    return { rows, lost, duplicated, unexpected };
  } finally {
    handle.close();
  }
}

/** `select count(*) from articles`, or the error that reading it gave. */
export function tryCountArticles(dbPath: string): number | string {
  try {
    const handle = openDb(dbPath, { readonly: true });
    try {
      return (handle.sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A small article of the usual kind, with figures, a person and a province: something to store. */
export function makePlainArticle(id: string, n = 1): RawArticle {
  return {
    id,
    publishedAt: '2024-04-12',
    text: `Hà Nội tăng trưởng ${n},5% trong quý I/2024\n\nNăm 2023, kim ngạch thương mại hai chiều giữa Việt Nam và Nhật Bản đạt ${12 + n},5 tỷ USD, Bộ trưởng Công Thương Nguyễn Hồng Diên cho biết. Tỉnh Bình Dương thu hút ${300 + n} triệu USD vốn FDI.`,
  };
}
