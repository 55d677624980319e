// HTTP from the hostile-input harness: requests with a deadline whose bodies are counted as they
// stream rather than kept (an attack may make an answer of gigabytes), and a /healthz poller whose
// worst wait says how long the server's event loop was held.
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Answer {
  method: string;
  path: string;
  /** null when no answer came (refused, reset, timed out). */
  status: number | null;
  headers: IncomingHttpHeaders;
  /** From sending to the last byte (or to the failure). */
  ms: number;
  /** Body bytes received. */
  bytes: number;
  /** Newline bytes in the body (lines of an NDJSON or CSV export). */
  lines: number;
  /** The first bytes of the body, decoded. */
  head: string;
  /** Reading stopped at `maxBytes`: the body is larger than `bytes`. */
  capped: boolean;
  /** Why no whole answer came: a timeout, a reset, a body cut short. */
  error: string | null;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** Body bytes read at most; beyond them the connection is dropped and the answer says `capped`. */
  maxBytes?: number;
  /** How much of the body to keep in `head`. */
  keepBytes?: number;
  agent?: Agent;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** One request to `base` + `path`; never rejects: failures are answers with `status: null` or `error`. */
export function send(base: string, path: string, options: RequestOptions = {}): Promise<Answer> {
  const method = options.method ?? 'GET';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keepBytes ?? 4096;
  const started = performance.now();
  return new Promise((resolve) => {
    const answer: Answer = { method, path, status: null, headers: {}, ms: 0, bytes: 0, lines: 0, head: '', capped: false, error: null };
    const chunks: Buffer[] = [];
    let kept = 0;
    let settled = false;
    const settle = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      answer.ms = performance.now() - started;
      answer.error = error;
      answer.head = Buffer.concat(chunks).toString('utf8');
      resolve(answer);
    };
    const req = httpRequest(new URL(path, base), { method, headers: options.headers, agent: options.agent ?? false }, (res) => {
      answer.status = res.statusCode ?? null;
      answer.headers = res.headers;
      res.on('data', (chunk: Buffer) => {
        answer.bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) answer.lines++;
        if (kept < keep) {
          chunks.push(chunk.subarray(0, keep - kept));
          kept += Math.min(chunk.length, keep - kept);
        }
        if (answer.bytes > maxBytes) {
          answer.capped = true;
          req.destroy();
          settle(null);
        }
      });
      res.on('end', () => settle(null));
      res.on('aborted', () => settle('the answer was cut short'));
      res.on('error', (e) => settle(`the answer was cut short: ${e.message}`));
    });
    const timer = setTimeout(() => {
      req.destroy();
      settle(`no whole answer within ${timeoutMs / 1000} s`);
    }, timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => settle(e.code ?? e.message));
    req.end(options.body);
  });
}

/** `200×12 500×1`, most frequent first; `-` when empty. */
export function formatStatuses(tally: Readonly<Record<string, number>>): string {
  const entries = Object.entries(tally).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries.length ? entries.map(([s, n]) => `${s}×${n}`).join(' ') : '-';
}

/** The key an answer counts under in a tally: its status, or `none` when nothing came back. */
export function statusKey(a: Pick<Answer, 'status' | 'error'>): string {
  return a.status === null ? 'none' : String(a.status);
}

export interface HealthFigures {
  polls: number;
  worstMs: number;
  /** Statuses of the polls (`none` for no answer). */
  statuses: Record<string, number>;
  /** The slowest polls, with the time since polling started, to place them in the phase. */
  slowest: { atMs: number; ms: number; status: string }[];
}

export interface HealthPoller {
  /** Stops polling; a poll still waiting counts with the time it has waited so far. */
  stop(): Promise<HealthFigures>;
  /** The figures so far. */
  figures(): HealthFigures;
}

/**
 * Polls GET /healthz every `everyMs` (one at a time, on one keep-alive connection, as a load balancer
 * would) until stopped. A poll waits at most `timeoutMs`, and then counts as that long.
 */
export function pollHealth(base: string, options: { everyMs?: number; timeoutMs?: number } = {}): HealthPoller {
  const everyMs = options.everyMs ?? 40;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const figures: HealthFigures = { polls: 0, worstMs: 0, statuses: {}, slowest: [] };
  const t0 = performance.now();
  let stopped = false;
  let inFlight: number | null = null;
  const record = (ms: number, status: string, atMs: number) => {
    figures.polls++;
    figures.worstMs = Math.max(figures.worstMs, ms);
    figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
    figures.slowest.push({ atMs, ms, status });
    figures.slowest.sort((a, b) => b.ms - a.ms).splice(5);
  };
  const loop = (async () => {
    while (!stopped) {
      const sent = performance.now();
      inFlight = sent;
      const a = await send(base, '/healthz', { agent, timeoutMs, maxBytes: 64 * 1024, keepBytes: 0 });
      inFlight = null;
      if (stopped && a.status === null) break;
      record(a.status === null && a.error?.startsWith('no whole answer') ? timeoutMs : a.ms, statusKey(a), sent - t0);
      const wait = everyMs - (performance.now() - sent);
      if (wait > 0) await sleep(wait);
    }
  })();
  return {
    figures: () => ({ ...figures, statuses: { ...figures.statuses }, slowest: [...figures.slowest] }),
    stop: async () => {
      stopped = true;
      if (inFlight !== null) {
        // The server has kept this poll waiting up to now: that wait counts, without waiting out the rest.
        const waited = performance.now() - inFlight;
        if (waited > everyMs) record(waited, 'pending', inFlight - t0);
        agent.destroy();
      }
      await loop;
      agent.destroy();
      return { ...figures, statuses: { ...figures.statuses }, slowest: [...figures.slowest] };
    },
  };
}
