// What each phase of the hostile-input harness found, and the table it is printed as (a markdown
// table, padded so that it also reads in a terminal, to paste into a README as it is).
import { existsSync, statSync } from 'node:fs';
import type { Answer, HealthFigures } from './hostile-http.js';
import { formatStatuses, statusKey } from './hostile-http.js';
import { classifyExit, describeRun, type ProcessRun } from './hostile-process.js';

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface PhaseRow {
  phase: string;
  ms: number;
  /** Peak resident memory, in bytes, of the server and of the command line (the largest of its runs). */
  peakRss: { server: number | null; cli: number | null };
  /** The database file and its WAL, in bytes, at the end of the phase. */
  dbBytes: number | null;
  /** The worst /healthz wait while the phase polled it; null when it did not. */
  healthWorstMs: number | null;
  healthStatuses: Record<string, number>;
  /** Statuses of the phase's own requests (`none`: no answer). */
  statuses: Record<string, number>;
  verdict: Verdict;
  reasons: string[];
  /** Lines of figures for the details under the table. */
  notes: string[];
  /** The same figures, for the JSON summary. */
  figures: Record<string, unknown>;
}

/** The file and its -wal together: a writer's WAL may hold most of what it wrote. */
export function databaseBytes(path: string): number | null {
  if (!existsSync(path)) return null;
  let bytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      bytes += statSync(path + suffix).size;
    } catch {
      // No WAL: nothing to add.
    }
  }
  return bytes;
}

export function formatMb(bytes: number | null): string {
  if (bytes === null) return '-';
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e3).toFixed(1)} KB`;
}
export const formatMs = (ms: number | null) => (ms === null ? '-' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export interface RecordOptions {
  /**
   * Whether a 5xx from a GET fails the phase (the global rule). Off where the database is broken on
   * purpose and answering a read with an error is the right thing to do.
   */
  readsMustNotFail?: boolean;
  /** The worst /healthz wait allowed (writes and exports), or null to only report it. */
  healthLimitMs?: number | null;
}

/** Collects one phase's figures and failures as it runs; `finish` makes its row. */
export class PhaseRecorder {
  private readonly started = performance.now();
  private readonly reasons: string[] = [];
  private readonly notes: string[] = [];
  private readonly figures: Record<string, unknown> = {};
  private readonly statuses: Record<string, number> = {};
  private readonly healthStatuses: Record<string, number> = {};
  private healthWorstMs: number | null = null;
  private healthDuring = 'the attack';
  private serverRss: number | null = null;
  private cliRss: number | null = null;
  private dbBytes: number | null = null;
  private skipped: string | null = null;
  /** GETs answered 5xx: one reason for them all, or they would fill the table. */
  private readonly failedReads: string[] = [];
  private readonly readsMustNotFail: boolean;
  private readonly healthLimitMs: number | null;

  constructor(
    readonly phase: string,
    options: RecordOptions = {},
  ) {
    this.readsMustNotFail = options.readsMustNotFail ?? true;
    this.healthLimitMs = options.healthLimitMs ?? null;
  }

  fail(reason: string): void {
    if (!this.reasons.includes(reason)) this.reasons.push(reason);
  }

  /** Fails with `reason` unless `ok`. */
  expect(ok: boolean, reason: string): boolean {
    if (!ok) this.fail(reason);
    return ok;
  }

  note(line: string): void {
    this.notes.push(line);
  }

  figure(key: string, value: unknown): void {
    this.figures[key] = value;
  }

  skip(why: string): void {
    this.skipped = why;
  }

  get failed(): boolean {
    return this.reasons.length > 0 || this.failedReads.length > 0;
  }

  /** Counts an answer of the phase's own; a GET answered 5xx fails the phase (unless told otherwise). */
  count(a: Answer): Answer {
    const key = statusKey(a);
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
    if (this.readsMustNotFail && a.method === 'GET' && a.status !== null && a.status >= 500) this.failedReads.push(`${a.status} ${a.path}`);
    return a;
  }

  /** Adds a /healthz poll's figures; over the limit (when there is one) fails the phase. */
  health(h: HealthFigures, during = 'the attack'): void {
    this.healthWorstMs = Math.max(this.healthWorstMs ?? 0, h.worstMs);
    for (const [k, n] of Object.entries(h.statuses)) this.healthStatuses[k] = (this.healthStatuses[k] ?? 0) + n;
    const slowest = h.slowest.map((s) => `${formatMs(s.ms)} at ${formatSeconds(s.atMs)}`).join(', ');
    this.note(`/healthz during ${during}: ${h.polls} polls, worst ${formatMs(h.worstMs)} (${formatStatuses(h.statuses)})${slowest ? `; slowest ${slowest}` : ''}`);
    this.healthDuring = during;
  }

  cliPeak(bytes: number): void {
    if (bytes > 0) this.cliRss = Math.max(this.cliRss ?? 0, bytes);
  }

  serverPeak(bytes: number): void {
    if (bytes > 0) this.serverRss = Math.max(this.serverRss ?? 0, bytes);
  }

  /** Counts a command-line run's peak memory, and fails the phase if it crashed or hung. */
  cliRun(name: string, run: ProcessRun): void {
    this.cliPeak(run.peakRss);
    this.note(`${name}: ${describeRun(run)}`);
    const kind = classifyExit(run);
    if (kind === 'out of memory') this.fail(`${name} ran out of memory (${oomLine(run.stderr)})`);
    else if (kind === 'hung' || kind === 'signal' || kind === 'not started') this.fail(`${name} ${kind === 'hung' ? 'hung (killed)' : kind}`);
    else if (kind === 'uncaught exception') this.fail(`${name} died of an uncaught exception: ${firstErrorLine(run.stderr)}`);
  }

  /** A server run that ended: crashed unless the harness stopped it. */
  serverRun(name: string, run: ProcessRun): void {
    this.serverPeak(run.peakRss);
    const kind = classifyExit(run);
    if (kind === 'out of memory') this.fail(`${name} ran out of memory (${oomLine(run.stderr)})`);
    else if (!run.stopped) this.fail(`${name} ${kind === 'hung' ? 'hung' : `exited on its own (${run.signal ?? `code ${run.code}`})`}: ${firstErrorLine(run.stderr)}`);
  }

  database(path: string): void {
    this.dbBytes = databaseBytes(path) ?? this.dbBytes;
  }

  databaseSize(bytes: number | null): void {
    if (bytes !== null) this.dbBytes = bytes;
  }

  finish(): PhaseRow {
    const reasons = [...this.reasons];
    if (this.failedReads.length) {
      const shown = [...new Set(this.failedReads)].slice(0, 3).map(shorten);
      const more = this.failedReads.length - shown.length;
      reasons.unshift(`${this.failedReads.length} GETs answered 5xx (${shown.join(', ')}${more > 0 ? `, +${more} more` : ''})`);
    }
    // One reason for the worst wait, however many servers the phase started and polled.
    if (this.healthLimitMs !== null && this.healthWorstMs !== null && this.healthWorstMs > this.healthLimitMs) {
      reasons.push(`/healthz waited ${formatMs(this.healthWorstMs)} during ${this.healthDuring} (limit ${this.healthLimitMs} ms)`);
    }
    const skipped = this.skipped !== null && reasons.length === 0;
    return {
      phase: this.phase,
      ms: performance.now() - this.started,
      peakRss: { server: this.serverRss, cli: this.cliRss },
      dbBytes: this.dbBytes,
      healthWorstMs: this.healthWorstMs,
      healthStatuses: this.healthStatuses,
      statuses: this.statuses,
      verdict: skipped ? 'SKIP' : reasons.length ? 'FAIL' : 'PASS',
      reasons: skipped ? [`skipped: ${this.skipped}`] : reasons,
      notes: this.notes,
      figures: this.figures,
    };
  }
}

/** The first line of an error output that says something (not a stack frame). */
export function firstErrorLine(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.trim() !== '' && !/^ {4}at /.test(l)) ?? '';
  return line.trim().slice(0, 200);
}

/** V8's own line when it gives up ("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"). */
export function oomLine(stderr: string): string {
  return (stderr.split('\n').find((l) => /FATAL ERROR|heap out of memory/i.test(l)) ?? firstErrorLine(stderr)).trim().slice(0, 160);
}

const shorten = (path: string) => (path.length > 80 ? `${path.slice(0, 77)}...` : path);

function formatRss(r: PhaseRow['peakRss']): string {
  const parts = [r.server !== null ? `server ${formatMb(r.server)}` : null, r.cli !== null ? `cli ${formatMb(r.cli)}` : null].filter(Boolean);
  return parts.length ? parts.join(', ') : '-';
}

function formatHealth(row: PhaseRow): string {
  if (row.healthWorstMs === null) return '-';
  const other = Object.entries(row.healthStatuses).filter(([s]) => s !== '200');
  return `${formatMs(row.healthWorstMs)}${other.length ? ` (${formatStatuses(Object.fromEntries(other))})` : ''}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The table: one row per phase, as padded markdown. */
export function formatTable(rows: readonly PhaseRow[]): string {
  const header = ['phase', 'time', 'peak RSS', 'database', 'worst /healthz', 'statuses', 'verdict'];
  const body = rows.map((r) => [
    r.phase,
    formatSeconds(r.ms),
    formatRss(r.peakRss),
    formatMb(r.dbBytes),
    formatHealth(r),
    formatStatuses(r.statuses),
    r.verdict === 'PASS' ? 'PASS' : `${r.verdict}: ${r.reasons.join('; ')}`,
  ]);
  const all = [header, ...body].map((line) => line.map(cell));
  // Pad every column but the last (the reasons can be long).
  const widths = header.map((_, i) => (i === header.length - 1 ? 0 : Math.max(...all.map((l) => l[i]!.length))));
  const line = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(all[0]!), `|${widths.map((w, i) => '-'.repeat((i === header.length - 1 ? 7 : w) + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

/** The details of every phase, as a markdown list. */
export function formatDetails(rows: readonly PhaseRow[]): string {
  const out: string[] = [];
  for (const r of rows) {
    out.push(`- **${r.phase}** (${r.verdict})`);
    for (const reason of r.verdict === 'FAIL' ? r.reasons : []) out.push(`  - FAIL: ${reason}`);
    for (const n of r.notes) out.push(`  - ${n}`);
  }
  return out.join('\n');
}

/** The whole report: table and details. */
export function formatReport(rows: readonly PhaseRow[], header: string): string {
  const failed = rows.filter((r) => r.verdict === 'FAIL').length;
  const skipped = rows.filter((r) => r.verdict === 'SKIP').length;
  return [
    header,
    '',
    formatTable(rows),
    '',
    `${rows.length} phases: ${rows.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped.`,
    '',
    'Peak RSS is VmHWM of the server and of the command line (the largest of their runs in the phase); the database is the file and its WAL; ' +
      '`worst /healthz` is the longest a poll every 40 ms waited during the attack (other statuses than 200 in brackets). ' +
      'Statuses: `none` is no answer (refused, reset or timed out), `pending` a poll still waiting when polling stopped, counted with its wait so far.',
    '',
    '### Details',
    '',
    formatDetails(rows),
    '',
  ].join('\n');
}
