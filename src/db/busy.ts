// Another connection holding the write lock is a passing state, not a failure: a writer waits for it
// (SQLite's busy timeout), then tries again a few times with a growing pause before it gives up and
// says that trying later may succeed.
import { setTimeout as delay } from 'node:timers/promises';

/** The result code an error carries (better-sqlite3 puts SQLite's, "SQLITE_BUSY_SNAPSHOT", in `code`), or null. */
export function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** Whether a result code is SQLite's for a lock another connection holds (https://www.sqlite.org/rescode.html#busy). */
export function isBusyCode(code: string | null | undefined): boolean {
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

export function isBusyError(error: unknown): boolean {
  return isBusyCode(sqliteCode(error));
}

export interface RetryOptions {
  /** Attempts after the first. */
  retries: number;
  /** The pause before the first retry; each later one doubles it, with jitter. */
  firstDelayMs: number;
}

/** Writers of the command line: each attempt also waits out the busy timeout (5 s), so about half a minute in all. */
export const WRITE_RETRIES: RetryOptions = { retries: 6, firstDelayMs: 50 };

const pause = (options: RetryOptions, attempt: number) => options.firstDelayMs * 2 ** attempt * (0.5 + Math.random());

/** `write()`, tried again while another connection holds the lock; the last busy error is thrown. */
export async function retryWhileBusy<T>(write: () => T, options: RetryOptions = WRITE_RETRIES): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (error) {
      if (!isBusyError(error) || attempt >= options.retries) throw error;
      await delay(pause(options, attempt));
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * retryWhileBusy for start-up work (opening, migrating), which runs before anything else the thread
 * could do: it pauses the thread between attempts.
 */
export function retryWhileBusySync<T>(write: () => T, options: RetryOptions = WRITE_RETRIES): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (error) {
      if (!isBusyError(error) || attempt >= options.retries) throw error;
      Atomics.wait(sleeper, 0, 0, pause(options, attempt));
    }
  }
}
