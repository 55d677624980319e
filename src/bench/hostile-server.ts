// The real server (`node dist/server.js`, as a supervisor runs it) in a child process of the
// harness, configured only by its environment, on 127.0.0.1 and a free port.
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigSchema } from '../config.js';
import { send } from './hostile-http.js';
import { PROJECT, startNode, type ProcessGroup, type ProcessRun, type RunningProcess } from './hostile-process.js';

const SERVER = join(PROJECT, 'dist', 'server.js');

/** pino's level numbers: 50 is error, 60 fatal. */
export const ERROR_LEVEL = 50;

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * This process's environment without any of the server's settings (a DATABASE_PATH of the shell
 * running the harness must not leak into an attack), with `settings` on top.
 */
export function serverEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(ConfigSchema.shape)) delete env[key];
  return { ...env, ...settings };
}

export interface ServerLog {
  lines: number;
  /** Lines at level 50 (error) or above. */
  errors: number;
  /** A few of them: their message and error message. */
  errorExamples: string[];
}

export interface StartedServer {
  base: string;
  pid: number;
  process: RunningProcess;
  log: ServerLog;
  alive(): boolean;
  /** SIGTERM (SIGKILL 10 s later), and how it ended. */
  stop(): Promise<ProcessRun>;
}

export type ServerStart = { ok: true; server: StartedServer; startMs: number } | { ok: false; run: ProcessRun; startMs: number };

export interface ServerOptions {
  dbPath: string;
  /** Other settings (INGEST_TOKEN, RATE_LIMIT_MAX...). */
  settings?: Record<string, string>;
  logLevel?: string;
  /** Where an empty database takes its seeds from; the project's seeds by default. */
  seedsDir?: string;
  uid?: number;
  gid?: number;
  /** How long start-up (migrations, seeds, listening) may take before the server counts as hung. */
  startTimeoutMs?: number;
  /** The whole life of the process, as a last guard. */
  lifeTimeoutMs?: number;
}

function readLogLine(log: ServerLog, line: string): void {
  if (!line.startsWith('{')) return;
  log.lines++;
  let entry: { level?: number; msg?: string; err?: { message?: string; type?: string; stack?: string } };
  try {
    entry = JSON.parse(line) as typeof entry;
  } catch {
    return;
  }
  if ((entry.level ?? 0) < ERROR_LEVEL) return;
  log.errors++;
  // Where it was thrown says more than the message: the first frame of the stack.
  const frame = /\n\s+at ([^\n]+)/.exec(entry.err?.stack ?? '')?.[1]?.replace(/\(\/.*node_modules\//, '(');
  const error = entry.err ? ` (${entry.err.type ?? 'Error'}: ${(entry.err.message ?? '').slice(0, 160)}${frame ? `, at ${frame}` : ''})` : '';
  const example = `level ${entry.level}: ${entry.msg ?? ''}${error}`.replace(/\s+/g, ' ').slice(0, 300);
  if (log.errorExamples.length < 5 && !log.errorExamples.includes(example)) log.errorExamples.push(example);
}

/**
 * Starts the server and waits until it answers /healthz (with any status: a server on a broken
 * database may answer 503 and still be up) or exits, whichever comes first.
 */
export async function startServer(group: ProcessGroup, options: ServerOptions): Promise<ServerStart> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const log: ServerLog = { lines: 0, errors: 0, errorExamples: [] };
  const started = performance.now();
  const child = startNode(group, [SERVER], {
    env: serverEnv({
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: options.dbPath,
      LOG_LEVEL: options.logLevel ?? 'warn',
      SEEDS_DIR: options.seedsDir ?? join(PROJECT, 'seeds'),
      ...options.settings,
    }),
    uid: options.uid,
    gid: options.gid,
    timeoutMs: options.lifeTimeoutMs ?? 3_600_000,
    onStdoutLine: (line) => readLogLine(log, line),
  });
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  while (performance.now() - started < startTimeoutMs) {
    if (!child.running()) return { ok: false, run: await child.done, startMs: performance.now() - started };
    const a = await send(base, '/healthz', { timeoutMs: 2_000 });
    if (a.status !== null) {
      const server: StartedServer = { base, pid: child.pid, process: child, log, alive: () => child.running(), stop: () => child.stop('SIGTERM', 10_000) };
      return { ok: true, server, startMs: performance.now() - started };
    }
    await sleep(50);
  }
  const run = await child.stop('SIGKILL', 0);
  return { ok: false, run: { ...run, timedOut: true }, startMs: performance.now() - started };
}

/** startServer for phases that need it up: throws with its output when it does not start. */
export async function startServerOrThrow(group: ProcessGroup, options: ServerOptions): Promise<StartedServer> {
  const start = await startServer(group, options);
  if (start.ok) return start.server;
  const { run } = start;
  const how = run.timedOut ? `did not answer within ${((options.startTimeoutMs ?? 60_000) / 1000).toFixed(0)} s` : `exited with ${run.code ?? run.signal}`;
  throw new Error(`the server ${how}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 6).join(' | ').slice(0, 600)}`);
}
