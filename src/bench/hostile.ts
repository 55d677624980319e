// Hostile-input harness: `npm run harness:hostile -- --corpus CORPUS.jsonl.gz [--phases a,b,...]
//   [--scale 1] [--seed N] [--json out.json] [--markdown out.md] [--work DIR] [--keep]`.
//
// Attacks the real program with inputs made to hurt it, each on a fresh database in a scratch
// folder: a sentence of hundreds of kilobytes, a number of 400 digits, two writers at once, four full
// exports, texts that repeat a date or a figure, thousands of differently shaped queries, the rate
// limit, a body trickled a byte a second, damaged and unusable databases, connections reset right
// after their request. The command line (bin/tinfacts.js) and the server (dist/server.js, configured
// by its environment, on 127.0.0.1) run as child processes; their memory is read from /proc, and
// /healthz is polled during the attacks to see how long the server's event loop is held.
//
// It prints one row per phase (time, peak RSS, database size, worst /healthz wait, statuses, verdict)
// as a markdown table, then the figures of each phase, and exits 1 when a phase fails. Failing
// everywhere: a 5xx to a read, a crash or a hang of the server or the command line, an article lost
// or stored twice, /healthz waiting over 200 ms during writes or exports; each phase adds its own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { damagedDbPhase } from './hostile-damaged.js';
import { abortedPhase, rateLimitPhase, slowBodyPhase, statementCachePhase } from './hostile-limits.js';
import { makeDir, type Phase, type PhaseContext } from './hostile-phase.js';
import { PROJECT, ProcessGroup } from './hostile-process.js';
import { PhaseRecorder, formatReport, formatSeconds, type PhaseRow } from './hostile-report.js';
import { datesPhase, infiniteNumberPhase, longSentencePhase } from './hostile-text.js';
import { concurrentWritersPhase, exportsPhase } from './hostile-writers.js';

/** Every phase, in the order they run. */
export const PHASES: readonly Phase[] = [
  longSentencePhase,
  infiniteNumberPhase,
  concurrentWritersPhase,
  exportsPhase,
  datesPhase,
  statementCachePhase,
  rateLimitPhase,
  slowBodyPhase,
  damagedDbPhase,
  abortedPhase,
];

export interface HostileOptions {
  corpus: string | null;
  /** Phase or row names; every phase when null. */
  phases: readonly string[] | null;
  /** Where the scratch folder goes (a fresh folder inside it); the system's temporary folder by default. */
  work?: string;
  keep?: boolean;
  scale?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface HostileResult {
  rows: PhaseRow[];
  ok: boolean;
  header: string;
  scratch: string;
}

/** Which rows the names ask for: a phase's name asks for all its rows. Throws on an unknown name. */
export function selectRows(names: readonly string[] | null): Set<string> {
  const all = PHASES.flatMap((p) => p.rows);
  if (names === null) return new Set(all);
  const wanted = new Set<string>();
  for (const name of names) {
    const phase = PHASES.find((p) => p.name === name);
    if (phase) phase.rows.forEach((r) => wanted.add(r));
    else if (all.includes(name)) wanted.add(name);
    else throw new Error(`no phase "${name}"; phases: ${PHASES.map((p) => (p.rows.length > 1 || p.rows[0] !== p.name ? `${p.name} (${p.rows.join(', ')})` : p.name)).join(', ')}`);
  }
  return wanted;
}

function describeCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** A row for a sub-phase that never reported: the phase stopped (its cap, an error) before it. */
function missingRow(name: string, why: string): PhaseRow {
  const rec = new PhaseRecorder(name);
  rec.fail(why);
  return rec.finish();
}

/** Runs one phase within its cap; the processes it leaves behind are killed by pid. */
export async function runPhase(phase: Phase, base: Omit<PhaseContext, 'dir' | 'group' | 'emit'>, wanted: Set<string>): Promise<PhaseRow[]> {
  const rows: PhaseRow[] = [];
  const group = new ProcessGroup();
  const ctx: PhaseContext = { ...base, dir: makeDir({ dir: base.root }, phase.name), group, emit: (row) => rows.push(row) };
  const capMs = phase.capMs(ctx.scale);
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
  let why: string | null = null;
  try {
    const outcome = await Promise.race([phase.run(ctx).then(() => 'done' as const), cap]);
    if (outcome === 'cap') why = `did not finish within its cap of ${formatSeconds(capMs)}`;
  } catch (error) {
    why = `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 600);
  } finally {
    clearTimeout(timer);
    await group.killAll({ close: true });
  }
  for (const name of phase.rows) {
    if (wanted.has(name) && !rows.some((r) => r.phase === name)) rows.push(missingRow(name, why ?? 'the phase ended without reporting it'));
  }
  if (!ctx.keep) rmSync(ctx.dir, { recursive: true, force: true });
  return rows;
}

export async function runHostileHarness(options: HostileOptions): Promise<HostileResult> {
  const log = options.log ?? (() => {});
  const wanted = selectRows(options.phases);
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 20261124;
  const parent = options.work ? resolve(options.work) : tmpdir();
  mkdirSync(parent, { recursive: true });
  // A folder of its own inside --work: removing it at the end can never remove what was there before.
  const root = mkdtempSync(join(parent, 'tinfacts-hostile-'));
  const header = [
    `## Hostile-input harness`,
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${describeCommit()}, node ${process.version}, ${availableParallelism()} cores; ` +
      `corpus ${options.corpus ?? 'none'}, scale ${scale}, seed ${seed}.`,
  ].join('\n');
  const rows: PhaseRow[] = [];
  try {
    for (const phase of PHASES) {
      if (!phase.rows.some((r) => wanted.has(r))) continue;
      if (phase.needsCorpus && !options.corpus) {
        for (const name of phase.rows.filter((r) => wanted.has(r))) {
          const rec = new PhaseRecorder(name);
          rec.skip('needs --corpus');
          rows.push(rec.finish());
        }
        continue;
      }
      log(`--- ${phase.name} (cap ${formatSeconds(phase.capMs(scale))})`);
      const phaseRows = await runPhase(phase, { root, corpus: options.corpus, scale, seed, keep: options.keep ?? false, log, wants: (name) => wanted.has(name) }, wanted);
      for (const row of phaseRows) log(`${row.phase}: ${row.verdict}${row.reasons.length ? ` (${row.reasons.join('; ')})` : ''} in ${formatSeconds(row.ms)}`);
      rows.push(...phaseRows);
    }
  } finally {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
    else log(`kept ${root}`);
  }
  return { rows, ok: rows.every((r) => r.verdict !== 'FAIL'), header, scratch: root };
}

const USAGE =
  'usage: npm run harness:hostile -- --corpus CORPUS.jsonl.gz [--phases a,b,...] [--scale 1] [--seed N] [--json out.json] [--markdown out.md] [--work DIR] [--keep]\n' +
  `phases: ${PHASES.map((p) => p.name).join(', ')} (or one of their rows: ${PHASES.flatMap((p) => (p.rows.length > 1 ? p.rows : [])).join(', ')})\n`;

async function main(): Promise<number> {
  let options: HostileOptions;
  let jsonOut: string | undefined;
  let markdownOut: string | undefined;
  try {
    const { values } = parseArgs({
      options: {
        corpus: { type: 'string' },
        phases: { type: 'string' },
        scale: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        work: { type: 'string' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const scale = values.scale === undefined ? 1 : Number(values.scale);
    if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`--scale must be a number above 0 and at most 10, not "${values.scale}"`);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
    const phases = values.phases === undefined ? null : values.phases.split(',').map((p) => p.trim()).filter(Boolean);
    selectRows(phases);
    jsonOut = values.json;
    markdownOut = values.markdown;
    options = { corpus: values.corpus ? resolve(values.corpus) : null, phases, scale, seed, work: values.work, keep: values.keep ?? false, log: (line) => process.stderr.write(`${line}\n`) };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const result = await runHostileHarness(options);
  // Paths inside the scratch folder (in error messages) are shown relative to it: shorter, and the same from run to run.
  const relative = (text: string) => text.replaceAll(result.scratch, '$WORK');
  const report = relative(formatReport(result.rows, result.header));
  process.stdout.write(report);
  if (markdownOut) writeFileSync(markdownOut, report);
  if (jsonOut) writeFileSync(jsonOut, relative(`${JSON.stringify({ header: result.header, ok: result.ok, rows: result.rows }, null, 2)}\n`));
  return result.ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
