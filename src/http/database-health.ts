// What `/healthz` says of the database, as the server uses it: readable (a query answers), sound
// (SQLite's quick_check, in a worker thread, at start, on a schedule and after any error that hints
// at damage), and, on a server that ingests, writable (the last write did not fail for want of room,
// and the disk has room left). A load balancer or a supervisor reads the status code: 503 when any
// of these fails, so a damaged or full database is taken out of service rather than answering 500s.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { sqliteCode } from '../db/busy.js';
import type { Db } from '../db/client.js';
import { describeSqliteError } from '../db/client.js';
import { checkIntegrityInWorker } from '../db/integrity.js';
import { countArticles } from '../db/repositories/articles.js';
import type { Health } from './schemas/common.js';

export interface HealthOptions {
  /** The connection the server reads through. */
  db: Db;
  /** Whether this server writes (ingestion over HTTP): then it must also be writable to be healthy. */
  writes: boolean;
  /** How often quick_check runs (ms); 0: only at start and after an error that hints at damage. */
  integrityCheckMs: number;
  /** Free space below which a writing server is not healthy: SQLite would soon fail with SQLITE_FULL. */
  minFreeBytes?: number;
}

/** Free disk space a writing server needs: a batch of articles, its WAL and a checkpoint. */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** SQLite codes that say the file is damaged or unreadable, not that a request was wrong. */
const DAMAGE = /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN)/;
/** SQLite codes that say a write cannot be made. */
const UNWRITABLE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|PERM)/;

export class DatabaseHealth {
  private integrity: { status: 'ok' | 'failed' | 'unchecked'; problems: string[]; checkedAt: string | null } = {
    status: 'unchecked',
    problems: [],
    checkedAt: null,
  };
  private readProblem: string | null = null;
  private writeProblem: string | null = null;
  private checking: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly path: string | null;

  constructor(private readonly options: HealthOptions) {
    const name = options.db.$client.name;
    this.path = options.db.$client.memory || name === '' || name === ':memory:' ? null : name;
  }

  /** Runs the first integrity check now and the next ones on the schedule. */
  start(): void {
    void this.check();
    if (this.options.integrityCheckMs > 0 && this.timer === null) {
      this.timer = setInterval(() => void this.check(), this.options.integrityCheckMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
  }

  /** One quick_check, unless one is running (then that one). */
  check(): Promise<void> {
    if (this.path === null) return Promise.resolve();
    this.checking ??= checkIntegrityInWorker(this.path).then((result) => {
      this.checking = null;
      if ('error' in result) return; // not checked: the status stays what it was
      const sound = result.problems.length === 0;
      this.integrity = { status: sound ? 'ok' : 'failed', problems: result.problems, checkedAt: new Date().toISOString() };
      if (sound) this.readProblem = null;
    });
    return this.checking;
  }

  /** An error a request met: one that hints at a damaged file marks the database and checks it. */
  noteError(error: unknown): void {
    const code = sqliteCode(error);
    if (code === null || !DAMAGE.test(code)) return;
    this.readProblem = `a query failed: the database ${describeSqliteError(error)}`;
    void this.check();
  }

  /** The outcome of a write (ingestion over HTTP): a failure for want of room or rights makes the database unwritable. */
  noteWrite(error: unknown | null): void {
    if (error === null) {
      this.writeProblem = null;
      return;
    }
    const code = sqliteCode(error);
    if (code !== null && UNWRITABLE.test(code)) this.writeProblem = `a write failed: the database ${describeSqliteError(error)}`;
    if (code !== null && DAMAGE.test(code)) this.noteError(error);
  }

  private freeBytes(): number | null {
    if (this.path === null) return null;
    try {
      const stats = statfsSync(dirname(this.path));
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      return null;
    }
  }

  report(): { healthy: boolean; body: Health } {
    const problems: string[] = [];
    let articles: number | null = null;
    try {
      articles = countArticles(this.options.db);
    } catch (error) {
      this.noteError(error);
      problems.push(`the database cannot be read: ${describeSqliteError(error) ?? (error as Error).message}`);
    }
    if (this.readProblem !== null && articles !== null) problems.push(this.readProblem);
    if (this.integrity.status === 'failed') problems.push(`the database fails SQLite's integrity check: ${this.integrity.problems[0] ?? 'unknown'}`);
    const freeBytes = this.freeBytes();
    let writable: boolean | null = null;
    if (this.options.writes) {
      const minFree = this.options.minFreeBytes ?? MIN_FREE_BYTES;
      const roomy = freeBytes === null || freeBytes >= minFree;
      if (!roomy) problems.push(`the disk holding the database has ${freeBytes} bytes free, below the ${minFree} a writer needs`);
      if (this.writeProblem !== null) problems.push(this.writeProblem);
      writable = roomy && this.writeProblem === null;
    }
    const healthy = problems.length === 0;
    return {
      healthy,
      body: {
        status: healthy ? 'ok' : 'unavailable',
        articles,
        database: {
          readable: articles !== null && this.readProblem === null,
          writable,
          integrity: this.integrity.status,
          integrityCheckedAt: this.integrity.checkedAt,
          freeBytes,
        },
        problems,
      },
    };
  }
}
