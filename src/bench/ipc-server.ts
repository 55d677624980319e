// A server in a child process that the benchmarks drive over IPC (load-server.ts, bare-server.ts): it
// says `ready` with its port once it listens, answers `sample` requests with what only it can measure,
// and closes when asked (or is killed by its pid when it does not).
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** What such a server sends: `ready` once, then a `sample` per request, carrying the request's id. */
export type IpcServerMessage<S extends { id: number }> = { type: 'ready'; port: number; pid: number } | ({ type: 'sample' } & S);

export interface IpcServer<S> {
  port: number;
  pid: number;
  child: ChildProcess;
  /** The last of what the server wrote, for diagnostics. */
  output(): string;
  /** Asks for a sample; `fields` go along with the request. */
  sample(fields?: Record<string, unknown>): Promise<S>;
  /** Asks the server to close, and kills it (by its pid) when it has not exited within 10 s. */
  stop(): Promise<void>;
}

export interface IpcServerOptions {
  /** How errors name the server ("the bare server"). */
  name: string;
  startTimeoutMs?: number;
  /** A message sent as soon as the child runs (what to serve, for instance). */
  first?: unknown;
}

const OUTPUT_TAIL = 16_384;
const ANSWER_TIMEOUT_MS = 10_000;

/** Waits for `child` (spawned with an IPC channel and piped output) to listen. */
export async function startIpcServer<S extends { id: number }>(child: ChildProcess, options: IpcServerOptions): Promise<IpcServer<S>> {
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit');
  // Awaited by stop; a child that dies early is reported through `ready` below.
  exited.catch(() => {});

  const pending = new Map<number, (sample: S) => void>();
  let nextId = 1;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.name} did not start within ${startTimeoutMs / 1000} s:\n${tail}`)), startTimeoutMs);
    child.on('message', (m: IpcServerMessage<S>) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.port);
      } else if (m.type === 'sample') {
        pending.get(m.id)?.(m);
        pending.delete(m.id);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code ?? signal}:\n${tail}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: 'close' });
    else child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), ANSWER_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  let port: number;
  try {
    if (options.first !== undefined) child.send(options.first as object);
    port = await ready;
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    port,
    pid: child.pid!,
    child,
    output: () => tail,
    stop,
    sample: (fields = {}) =>
      new Promise((resolve, reject) => {
        if (!child.connected) return reject(new Error(`${options.name} is gone:\n${tail}`));
        const id = nextId++;
        // A busy event loop answers late; one that never answers must not hang the benchmark.
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${options.name} did not answer a sample request within ${ANSWER_TIMEOUT_MS / 1000} s`));
        }, ANSWER_TIMEOUT_MS);
        pending.set(id, (sample) => {
          clearTimeout(timer);
          resolve(sample);
        });
        child.send({ ...fields, type: 'sample', id });
      }),
  };
}
