// Child processes of the hostile-input harness: the real command line and the real server, each with
// a deadline, its peak memory read from /proc, and its output kept (bounded). A phase owns a
// ProcessGroup and every process it starts joins it, so that a phase that runs over its cap can be
// cleaned up by killing exactly the processes it started, by their pids.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLI_PATH } from './crash.js';

/** The project, two folders up from src/bench and dist/bench alike. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** What is kept of a stream: enough for the one-line checks and a diagnostic, not a log of gigabytes. */
const KEEP_HEAD = 64 * 1024;
const KEEP_TAIL = 64 * 1024;
const RSS_SAMPLE_MS = 100;

/** A stream's first and last bytes, and whether anything was dropped between them. */
export class BoundedText {
  private head = '';
  private tail = '';
  private dropped = false;
  add(s: string): void {
    if (this.head.length < KEEP_HEAD) {
      const room = KEEP_HEAD - this.head.length;
      this.head += s.slice(0, room);
      s = s.slice(room);
    }
    if (s === '') return;
    this.tail += s;
    if (this.tail.length > KEEP_TAIL) {
      this.dropped = true;
      this.tail = this.tail.slice(-KEEP_TAIL);
    }
  }
  text(): string {
    return this.dropped ? `${this.head}\n[...]\n${this.tail}` : this.head + this.tail;
  }
}

/** VmHWM (peak) and VmRSS (now) of a live process, in bytes; null once it is gone. */
export function readProcessMemory(pid: number): { peak: number; now: number } | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  const peak = kib('VmHWM');
  const now = kib('VmRSS');
  // A zombie has no memory fields left.
  return Number.isFinite(peak) && Number.isFinite(now) ? { peak, now } : null;
}

export interface ProcessRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stdout: string;
  stderr: string;
  /** The highest VmHWM seen while it ran, in bytes (sampled, so a last spike may be missed). */
  peakRss: number;
  /** Killed by the harness for running past its deadline. */
  timedOut: boolean;
  /** Killed by the harness for another reason (the end of a phase, a phase over its cap). */
  stopped: boolean;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  uid?: number;
  gid?: number;
  /** SIGKILL after this long; the run says `timedOut`. */
  timeoutMs: number;
  /** Each complete line of standard output (the server's pino log is one JSON object a line). */
  onStdoutLine?: (line: string) => void;
}

export interface RunningProcess {
  pid: number;
  child: ChildProcess;
  running(): boolean;
  /** Peak and current RSS now (the peak so far once it has exited). */
  memory(): { peak: number; now: number };
  /** What it wrote so far. */
  output(): { stdout: string; stderr: string };
  done: Promise<ProcessRun>;
  /** Sends `signal` (by pid); SIGKILL after `graceMs` if it is still running. Resolves with the run. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<ProcessRun>;
}

/** Processes one phase started; not shared between phases. */
export class ProcessGroup {
  private readonly members = new Set<RunningProcess>();
  private closed = false;
  add(p: RunningProcess): void {
    this.members.add(p);
    void p.done.then(() => this.members.delete(p));
  }
  /** Throws once the group is closed: a phase stopped at its cap must not start anything more. */
  checkOpen(): void {
    if (this.closed) throw new Error('the phase was stopped');
  }
  /** SIGKILLs, by pid, every member still running; with `close`, refuses new members from then on. */
  async killAll(options: { close?: boolean } = {}): Promise<void> {
    if (options.close) this.closed = true;
    await Promise.all([...this.members].map((p) => p.stop('SIGKILL', 0)));
  }
}

/** Starts `node ARGS` in a child process that joins `group`. */
export function startNode(group: ProcessGroup, args: readonly string[], options: StartOptions): RunningProcess {
  group.checkOpen();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? PROJECT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  const stdout = new BoundedText();
  const stderr = new BoundedText();
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => {
    stdout.add(s);
    if (!options.onStdoutLine) return;
    partial += s;
    let nl: number;
    while ((nl = partial.indexOf('\n')) !== -1) {
      options.onStdoutLine(partial.slice(0, nl));
      partial = partial.slice(nl + 1);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => stderr.add(s));

  let peak = 0;
  let now = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const m = readProcessMemory(child.pid);
    if (!m) return;
    peak = Math.max(peak, m.peak);
    now = m.now;
  };
  const sampler = setInterval(sample, RSS_SAMPLE_MS);
  let timedOut = false;
  let stopped = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  const running = () => child.exitCode === null && child.signalCode === null;

  const done = new Promise<ProcessRun>((resolve) => {
    let ms = 0;
    child.once('exit', () => (ms = performance.now() - started));
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      clearInterval(sampler);
      clearTimeout(deadline);
      if (partial && options.onStdoutLine) options.onStdoutLine(partial);
      partial = '';
      resolve({ code, signal, ms: ms || performance.now() - started, stdout: stdout.text(), stderr: stderr.text(), peakRss: peak, timedOut, stopped });
    };
    child.once('close', finish);
    // A spawn failure (ENOENT, EACCES for the uid) never gets a 'close' with a code.
    child.once('error', (error) => {
      stderr.add(`spawn failed: ${error.message}\n`);
      if (child.pid === undefined) finish(null, null);
    });
  });
  sample();

  const process_: RunningProcess = {
    pid: child.pid ?? -1,
    child,
    running,
    memory: () => {
      if (running()) sample();
      return { peak, now };
    },
    output: () => ({ stdout: stdout.text(), stderr: stderr.text() }),
    done,
    stop: async (signal = 'SIGTERM', graceMs = 10_000) => {
      if (running()) {
        stopped = true;
        sample();
        child.kill(signal);
        const force = setTimeout(() => running() && child.kill('SIGKILL'), graceMs);
        const run = await done;
        clearTimeout(force);
        return run;
      }
      return done;
    },
  };
  group.add(process_);
  return process_;
}

/** Runs `node ARGS` to its end (or its deadline). */
export function runNode(group: ProcessGroup, args: readonly string[], options: StartOptions): Promise<ProcessRun> {
  return startNode(group, args, options).done;
}

/** Runs `tinfacts ARGS` (bin/tinfacts.js, the file users run) to its end (or its deadline). */
export function runTinfacts(group: ProcessGroup, args: readonly string[], options: StartOptions): Promise<ProcessRun> {
  return runNode(group, [CLI_PATH, ...args], options);
}

/** Starts `tinfacts ARGS` without waiting for it. */
export function startTinfacts(group: ProcessGroup, args: readonly string[], options: StartOptions): RunningProcess {
  return startNode(group, [CLI_PATH, ...args], options);
}

export type ExitKind = 'ok' | 'failed' | 'uncaught exception' | 'out of memory' | 'signal' | 'hung' | 'not started';

/**
 * How a process ended: `failed` is a non-zero exit with a message; a stack trace, an out-of-memory
 * abort, a signal (not sent by the harness) and a deadline are the ways of crashing or hanging.
 */
export function classifyExit(run: ProcessRun): ExitKind {
  const output = `${run.stderr}\n${run.stdout}`;
  if (run.timedOut) return 'hung';
  if (/heap out of memory|FATAL ERROR: /i.test(output)) return 'out of memory';
  if (run.code === null && run.signal === null) return 'not started';
  if (run.signal !== null && !run.stopped) return 'signal';
  if (run.code === 0 || (run.stopped && run.signal !== null)) return 'ok';
  if (hasStackTrace(run.stderr)) return 'uncaught exception';
  return 'failed';
}

/** A line of a V8 stack trace ("    at fn (file:line:col)"). */
export function hasStackTrace(text: string): boolean {
  return /^ {4}at /m.test(text);
}

/** The non-empty lines of `text`. */
export function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** `ingest`'s summary line ("12 added, 0 updated, 0 unchanged, 3 failed (1 files)"), parsed. */
export function parseIngestSummary(stdout: string): { line: string; added: number; updated: number; unchanged: number; failed: number } | null {
  const m = /^(\d+) added, (\d+) updated, (\d+) unchanged, (\d+) failed.*$/m.exec(stdout);
  if (!m) return null;
  return { line: m[0], added: Number(m[1]), updated: Number(m[2]), unchanged: Number(m[3]), failed: Number(m[4]) };
}

/** One line describing how a run ended, for the report. */
export function describeRun(run: ProcessRun): string {
  const how = run.timedOut ? `killed after ${(run.ms / 1000).toFixed(0)} s` : run.signal ? `signal ${run.signal}` : `exit ${run.code}`;
  const first = nonEmptyLines(run.stderr)[0];
  return `${how} in ${(run.ms / 1000).toFixed(1)} s${first ? `: ${first.slice(0, 240)}` : ''}`;
}
