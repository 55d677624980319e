// What a phase of the hostile-input harness is given and what it gives back.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessGroup } from './hostile-process.js';
import { PhaseRecorder, type PhaseRow, type RecordOptions } from './hostile-report.js';

export interface PhaseContext {
  /** This phase's own scratch folder (each attack gets a fresh database in it). */
  dir: string;
  /** The harness's scratch folder, which holds every phase's. */
  root: string;
  corpus: string | null;
  /** 1 for the default sizes; 0.1 makes every count and size ten times smaller. */
  scale: number;
  seed: number;
  /** Keep databases and inputs after the phase (--keep). */
  keep: boolean;
  /** The processes this phase starts; killed by pid when it runs over its cap. */
  group: ProcessGroup;
  log(line: string): void;
  /** Hands over a finished row; rows emitted before a phase runs over its cap are kept. */
  emit(row: PhaseRow): void;
  /** Whether the row (sub-phase) `name` was asked for. */
  wants(name: string): boolean;
}

export interface Phase {
  name: string;
  /** The rows it may emit, in order: its sub-phases, or its own name. */
  rows: readonly string[];
  needsCorpus: boolean;
  /** The longest it may take at `scale` before it is stopped and reported as failed. */
  capMs(scale: number): number;
  run(ctx: PhaseContext): Promise<void>;
}

/** `n` at the harness's scale, at least `min`. */
export function scaled(ctx: Pick<PhaseContext, 'scale'>, n: number, min = 1): number {
  return Math.max(min, Math.round(n * ctx.scale));
}

/** A fresh folder under the phase's folder. */
export function makeDir(ctx: Pick<PhaseContext, 'dir'>, name: string): string {
  const dir = join(ctx.dir, name.replace(/[^\w.-]/g, '_'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Removes a sub-phase's files (databases can be gigabytes) unless --keep. */
export function discard(ctx: Pick<PhaseContext, 'keep'>, path: string): void {
  if (!ctx.keep) rmSync(path, { recursive: true, force: true });
}

/** A bearer token for POST /v1/articles (the server wants at least 32 characters). */
export const INGEST_TOKEN = 'hostile-harness-token-0123456789abcdef';

/**
 * Runs one row of a phase in a fresh folder of its own: `body` records into the row; an error it
 * throws (a server that would not start, a database that could not be made) fails the row with its
 * message. The row is handed over and the folder removed (unless --keep) however `body` ends.
 */
export async function runRow(ctx: PhaseContext, name: string, options: RecordOptions, body: (rec: PhaseRecorder, dir: string) => Promise<void>): Promise<void> {
  const rec = new PhaseRecorder(name, options);
  const dir = makeDir(ctx, name);
  try {
    await body(rec, dir);
  } catch (error) {
    rec.fail(`error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 600));
  } finally {
    ctx.emit(rec.finish());
    discard(ctx, dir);
  }
}
