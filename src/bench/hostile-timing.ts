// Times normalisation and extraction of a repeated text at growing sizes, in a process of its own
// (started by the `dates` phase of src/bench/hostile.ts with the request as its argument) so that a
// size that takes minutes can be stopped by killing it. One JSON line per size on standard output.
import { prepareArticle } from '../ingest/prepare-article.js';
import { repeatIntoSentence } from './hostile-data.js';

export interface TimingRequest {
  unit: string;
  /** UTF-8 bytes of each text, smallest first. */
  sizes: number[];
}

export interface TimingLine {
  bytes: number;
  /** The fastest of the runs: the others were slowed by collections or other work on the machine. */
  ms: number;
  runs: number;
  figures: number;
  dates: number;
}

/** Runs under this long are repeated, to take the fastest. */
const REPEAT_BELOW_MS = 1000;
const MAX_RUNS = 3;

function timeOnce(text: string): { ms: number; figures: number; dates: number } {
  const started = performance.now();
  const prepared = prepareArticle({ text, publishedAt: '2024-06-01' });
  const ms = performance.now() - started;
  return { ms, figures: prepared.extraction.figures.length, dates: prepared.extraction.dates.length };
}

function main(): void {
  const request = JSON.parse(process.argv[2] ?? '') as TimingRequest;
  // The JIT's first compilations would be charged to the smallest size.
  timeOnce(repeatIntoSentence(request.unit, 8 * 1024));
  for (const bytes of request.sizes) {
    const text = repeatIntoSentence(request.unit, bytes);
    let best = timeOnce(text);
    let runs = 1;
    while (runs < MAX_RUNS && best.ms < REPEAT_BELOW_MS) {
      const again = timeOnce(text);
      if (again.ms < best.ms) best = again;
      runs++;
    }
    const line: TimingLine = { bytes: Buffer.byteLength(text), ms: best.ms, runs, figures: best.figures, dates: best.dates };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
