// Phases of texts made to hurt: one sentence of hundreds of kilobytes, a number of 400 digits, and
// texts whose dates or figures repeat until extraction shows how it grows with the text.
import { join } from 'node:path';
import { openDb } from '../db/client.js';
import { makeSeededDb, repeatIntoSentence, writeJsonl } from './hostile-data.js';
import { INGEST_TOKEN, runRow, scaled, type Phase, type PhaseContext } from './hostile-phase.js';
import { PROJECT, parseIngestSummary, runTinfacts, startNode, type ProcessRun } from './hostile-process.js';
import { databaseBytes, formatMb, formatMs, formatSeconds } from './hostile-report.js';
import { ServedDb } from './hostile-serve.js';
import type { TimingLine, TimingRequest } from './hostile-timing.js';

/** The largest JSON answer allowed: a page or a fact is kilobytes, not megabytes. */
export const MAX_JSON_ANSWER_BYTES = 5_000_000;
export const MAX_LONG_SENTENCE_DB_BYTES = 50_000_000;
/** Writes and exports must leave /healthz answering within this. */
export const HEALTH_LIMIT_MS = 200;

const LONG_UNIT = 'xuất khẩu năm 2023 đạt 5 tỷ USD, ';

const LONG_SENTENCE_GETS = ['/v1/facts/1', '/v1/articles/1', '/v1/facts?limit=1', '/v1/facts?format=csv', '/v1/facts?format=ndjson'];

function runLongSentence(ctx: PhaseContext, name: string, bytes: number): Promise<void> {
  return runRow(ctx, name, { healthLimitMs: HEALTH_LIMIT_MS }, async (rec, dir) => {
    const text = repeatIntoSentence(LONG_UNIT, bytes);
    const file = writeJsonl(join(dir, 'long-sentence.jsonl'), [{ id: name, publishedAt: '2024-01-15', text }]);
    const db = join(dir, 'tinfacts.db');
    ctx.log(`${name}: ingesting one sentence of ${formatMb(Buffer.byteLength(text))}...`);
    const run = await runTinfacts(ctx.group, ['ingest', '--db', db, file], { timeoutMs: Math.max(60_000, 1_800_000 * ctx.scale) });
    rec.cliRun('tinfacts ingest', run);
    const summary = parseIngestSummary(run.stdout);
    rec.figure('textBytes', Buffer.byteLength(text));
    rec.figure('ingest', { ms: run.ms, code: run.code, summary: summary?.line ?? null, peakRss: run.peakRss });
    rec.note(`ingestion of ${formatMb(Buffer.byteLength(text))} of text: ${formatSeconds(run.ms)}, ${summary?.line ?? 'no summary'}, CLI peak RSS ${formatMb(run.peakRss)}`);
    rec.database(db);
    const size = databaseBytes(db);
    rec.figure('dbBytes', size);
    if (size !== null) rec.expect(size < MAX_LONG_SENTENCE_DB_BYTES, `database ${formatMb(size)} (limit ${formatMb(MAX_LONG_SENTENCE_DB_BYTES)})`);
    if (!summary || summary.added !== 1) {
      rec.fail(`the article was not stored (${summary?.line ?? `exit ${run.code}`})`);
    }
    if (size === null) return;

    const served = new ServedDb(ctx.group, rec, { dbPath: db, during: 'the reads' });
    const gets: unknown[] = [];
    const unanswered: string[] = [];
    try {
      await served.start();
      for (const path of LONG_SENTENCE_GETS) {
        const a = await served.request(path, { timeoutMs: 120_000 });
        gets.push({ path, status: a.status, ms: a.ms, bytes: a.bytes, capped: a.capped, error: a.error });
        const json = !path.includes('format=');
        if (json && (a.capped || a.bytes > MAX_JSON_ANSWER_BYTES)) rec.fail(`GET ${path} answered ${a.capped ? 'over ' : ''}${formatMb(a.bytes)} of JSON (limit ${formatMb(MAX_JSON_ANSWER_BYTES)})`);
        if (!json && a.capped) rec.fail(`GET ${path} answered over ${formatMb(a.bytes)} (stopped reading)`);
        if (a.status === null) unanswered.push(`${path} ${a.error}`);
      }
    } finally {
      await served.end();
      rec.figure('gets', gets);
      if (unanswered.length) rec.fail(`${unanswered.length} GETs got no answer (${unanswered.join(', ')})`);
    }
  });
}

export const longSentencePhase: Phase = {
  name: 'long-sentence',
  rows: ['long-sentence', 'long-sentence-500k'],
  needsCorpus: false,
  capMs: (scale) => Math.max(120_000, 3_600_000 * scale),
  async run(ctx) {
    if (ctx.wants('long-sentence')) await runLongSentence(ctx, 'long-sentence', scaled(ctx, 250 * 1024, 200));
    if (ctx.wants('long-sentence-500k')) await runLongSentence(ctx, 'long-sentence-500k', scaled(ctx, 500 * 1024, 400));
  },
};

// ---------------------------------------------------------------------------------------------------

const DBL_MAX = '1.7976931348623157e308';

/** Rows of `table` whose `column` is infinite (NaN cannot be stored: SQLite turns it into NULL). */
function countNonFinite(dbPath: string): Record<string, number> {
  const handle = openDb(dbPath, { readonly: true });
  try {
    const count = (table: string, column: string) =>
      (handle.sqlite.prepare(`select count(*) as n from ${table} where ${column} > ${DBL_MAX} or ${column} < -${DBL_MAX}`).get() as { n: number }).n;
    return {
      'facts.value': count('facts', 'value'),
      'facts.value_max': count('facts', 'value_max'),
      'facts.low': count('facts', 'low'),
      'facts.high': count('facts', 'high'),
      'fact_evidence.value': count('fact_evidence', 'value'),
      'fact_evidence.value_max': count('fact_evidence', 'value_max'),
    };
  } finally {
    handle.close();
  }
}

/** Ids of the figure facts whose metric holds `words` (accents folded), read from the database. */
function readFactIds(dbPath: string, words: string): number[] {
  const handle = openDb(dbPath, { readonly: true });
  try {
    return handle.sqlite.prepare("select id from facts where type = 'figure' and metric_search like ? order by id").pluck().all(`%${words}%`) as number[];
  } finally {
    handle.close();
  }
}

export const infiniteNumberPhase: Phase = {
  name: 'infinite-number',
  rows: ['infinite-number'],
  needsCorpus: false,
  capMs: () => 600_000,
  run: (ctx) =>
    runRow(ctx, 'infinite-number', {}, async (rec, dir) => {
      const db = join(dir, 'tinfacts.db');
      const file = writeJsonl(join(dir, 'numbers.jsonl'), [
        { id: 'infinite-number', publishedAt: '2024-01-15', text: `Kim ngạch xuất khẩu năm 2023 đạt 1${'0'.repeat(400)} tỷ USD.` },
        { id: 'legit-number', publishedAt: '2024-01-16', text: 'Kim ngạch xuất khẩu năm 2023 đạt 5 tỷ USD.' },
      ]);
      // Not makeSeededDb: refusing the 400-digit number is a fine outcome, so a failed article is reported, not thrown.
      const run = await runTinfacts(ctx.group, ['ingest', '--db', db, join(PROJECT, 'seeds'), file], { timeoutMs: 180_000 });
      rec.cliRun('tinfacts ingest', run);
      const summary = parseIngestSummary(run.stdout);
      rec.note(`ingestion of the seeds and the two articles: ${summary?.line ?? 'no summary'}${run.stderr.trim() ? `; stderr: ${run.stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}` : ''}`);
      rec.database(db);
      const nonFinite = countNonFinite(db);
      rec.figure('nonFinite', nonFinite);
      const bad = Object.entries(nonFinite).filter(([, n]) => n > 0);
      rec.note(`non-finite stored values: ${bad.length ? bad.map(([c, n]) => `${c} ${n}`).join(', ') : 'none'}`);
      if (bad.length) rec.fail(`infinite values stored (${bad.map(([c, n]) => `${c}: ${n}`).join(', ')})`);

      const served = new ServedDb(ctx.group, rec, { dbPath: db, during: 'the reads' });
      try {
        await served.start();
        for (const path of ['/v1/facts?sort=-value', '/v1/facts?sort=value', '/v1/facts?type=figure&metric=xuat%20nhap%20khau&year=2023', '/v1/facts?conflicting=true']) {
          await served.request(path, { timeoutMs: 60_000 });
        }
        const list = await served.request('/v1/facts?type=figure&metric=xuat%20khau', { timeoutMs: 60_000, keepBytes: 4 * 1024 * 1024 });
        let ids: number[] = [];
        try {
          ids = (JSON.parse(list.head) as { items: { id: number }[] }).items.map((f) => f.id);
        } catch {
          ids = readFactIds(db, 'xuat khau');
          rec.note(`the list of xuat khau facts could not be read: fetching the ${ids.length} such facts the database holds`);
        }
        rec.figure('listedFacts', ids);
        for (const id of ids) await served.request(`/v1/facts/${id}`, { timeoutMs: 60_000 });
        await served.request('/v1/facts?format=csv', { timeoutMs: 60_000 });
      } finally {
        await served.end();
      }
    }),
};

// ---------------------------------------------------------------------------------------------------

const TIMING_SCRIPT = join(PROJECT, 'dist', 'bench', 'hostile-timing.js');
export const MAX_DOUBLING_RATIO = 3;
/** Below this a time is mostly noise (a collection, the JIT): ratios to it are shown, not judged. */
export const RATIO_JUDGED_FROM_MS = 100;

const TIMING_TEXTS: { name: string; unit: string }[] = [
  { name: 'sáng 18/12', unit: 'sáng 18/12 ' },
  { name: 'ngày 2/4/2024', unit: 'ngày 2/4/2024 ' },
  { name: 'tăng 5%,', unit: 'tăng 5%, ' },
  { name: 'long sentence', unit: LONG_UNIT },
];

/** Times normalisation and extraction of `unit` repeated to each size, in a child it can kill. */
async function timeExtraction(ctx: PhaseContext, unit: string, sizes: readonly number[], perSizeMs: number): Promise<{ lines: (TimingLine | null)[]; run: ProcessRun; note: string | null }> {
  const lines: (TimingLine | null)[] = sizes.map(() => null);
  let got = 0;
  let watchdog: NodeJS.Timeout | undefined;
  const request: TimingRequest = { unit, sizes: [...sizes] };
  const child = startNode(ctx.group, [TIMING_SCRIPT, JSON.stringify(request)], {
    timeoutMs: perSizeMs * (sizes.length + 1),
    onStdoutLine: (line) => {
      if (!line.startsWith('{')) return;
      lines[got++] = JSON.parse(line) as TimingLine;
      arm();
    },
  });
  // Each size gets its own deadline: a size that takes too long is the figure itself.
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => void child.stop('SIGKILL', 0), perSizeMs);
  };
  arm();
  const run = await child.done;
  clearTimeout(watchdog);
  let note: string | null = null;
  if (got < sizes.length) note = run.stopped || run.timedOut ? `stopped at ${formatMb(sizes[got]!)}: over ${formatSeconds(perSizeMs)}` : `the timing process ended early: ${run.stderr.trim().slice(0, 200)}`;
  return { lines, run, note };
}

function runDatesExtract(ctx: PhaseContext): Promise<void> {
  return runRow(ctx, 'dates-extract', {}, async (rec) => {
    const sizes = [64, 128, 256, 512, 1024].map((kb) => scaled(ctx, kb * 1024, 512));
    const perSizeMs = 180_000;
    const results: Record<string, unknown> = {};
    for (const { name, unit } of TIMING_TEXTS) {
      ctx.log(`dates-extract: timing "${name}" at ${sizes.map((s) => formatMb(s)).join(', ')}...`);
      const { lines, run, note } = await timeExtraction(ctx, unit, sizes, perSizeMs);
      const peakRss = run.peakRss;
      rec.cliRun(`timing "${name}"`, run);
      const parts: string[] = [];
      const ratios: (number | null)[] = [];
      for (let i = 0; i < sizes.length; i++) {
        const line = lines[i];
        const ms = line?.ms ?? null;
        let part = `${formatMb(sizes[i]!)} ${ms === null ? `> ${formatSeconds(perSizeMs)}` : formatMs(ms)}`;
        if (i > 0) {
          const prev = lines[i - 1]?.ms ?? null;
          // A size that did not finish in time after one that did doubles by at least this much.
          const ratio = prev === null ? null : (ms ?? perSizeMs) / Math.max(prev, 0.01);
          ratios.push(ratio);
          if (ratio !== null) {
            part += ` (×${ratio.toFixed(2)})`;
            const judged = (ms ?? perSizeMs) >= RATIO_JUDGED_FROM_MS;
            if (judged && ratio > MAX_DOUBLING_RATIO) rec.fail(`"${name}": ×${ratio.toFixed(1)} from ${formatMb(sizes[i - 1]!)} to ${formatMb(sizes[i]!)} (limit ×${MAX_DOUBLING_RATIO})`);
          }
        }
        parts.push(part);
      }
      rec.note(`"${name}" repeated: ${parts.join(', ')}${note ? `; ${note}` : ''}`);
      results[name] = { sizes, ms: lines.map((l) => l?.ms ?? null), figures: lines.map((l) => l?.figures ?? null), dates: lines.map((l) => l?.dates ?? null), ratios, peakRss, note };
    }
    rec.note(`a doubling is judged when the larger size takes at least ${RATIO_JUDGED_FROM_MS} ms (below, timings are mostly noise)`);
    rec.figure('timings', results);
  });
}

function runDatesPost(ctx: PhaseContext): Promise<void> {
  return runRow(ctx, 'dates-post', { healthLimitMs: HEALTH_LIMIT_MS }, async (rec, dir) => {
    const db = join(dir, 'tinfacts.db');
    await makeSeededDb(ctx.group, db);
    const text = repeatIntoSentence('sáng 18/12 ', scaled(ctx, 999_000, 1000));
    const served = new ServedDb(ctx.group, rec, { dbPath: db, settings: { INGEST_TOKEN }, during: 'the POST' });
    try {
      await served.start();
      const body = JSON.stringify({ id: 'dates-1mb', publishedAt: '2024-01-01', text });
      const a = await served.request('/v1/articles', {
        method: 'POST',
        headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
        body,
        timeoutMs: 600_000,
        label: `/v1/articles (${formatMb(Buffer.byteLength(text))} of "sáng 18/12 ")`,
      });
      rec.figure('post', { status: a.status, ms: a.ms, answer: a.head.slice(0, 300) });
      rec.note(`answer: ${a.head.slice(0, 200)}`);
      if (a.status === null || a.status >= 500) rec.fail(`POST answered ${a.status ?? `nothing (${a.error})`}`);
    } finally {
      await served.end();
      rec.database(db);
    }
  });
}

export const datesPhase: Phase = {
  name: 'dates',
  rows: ['dates-extract', 'dates-post'],
  needsCorpus: false,
  capMs: () => 1_800_000,
  async run(ctx) {
    if (ctx.wants('dates-extract')) await runDatesExtract(ctx);
    if (ctx.wants('dates-post')) await runDatesPost(ctx);
  },
};
