// Extraction benchmark and robustness run: `npm run bench:extract -- FILE...`.
// Reads articles from .txt / .jsonl / .jsonl.gz files, normalises and extracts each on this one
// thread, and prints articles/s and MB/s of text for the extraction alone (reading and decompression
// excluded). Every article's result is also checked (spans point at their text, figures are finite);
// an exception or a broken result is reported with the article's location and counted.
import { parseArgs } from 'node:util';
import { extractArticle } from '../domain/extract/index.js';
import { normalizeText } from '../domain/text/normalize.js';
import type { ArticleExtraction } from '../domain/types.js';
import { describeLocation, listInputFiles, readArticles } from '../ingest/sources.js';

/** What is wrong with an extraction of `plain`, if anything. */
export function checkExtraction(plain: string, x: ArticleExtraction): string | null {
  for (const m of [...x.entities, ...x.figures, ...x.roles]) {
    if (plain.slice(m.span.start, m.span.end) !== m.text) return `span ${m.span.start}-${m.span.end} does not hold "${m.text}"`;
    const sentence = x.sentences[m.sentence];
    if (!sentence || m.span.start < sentence.start || m.span.end > sentence.end) return `"${m.text}" lies outside its sentence ${m.sentence}`;
  }
  for (const f of x.figures) {
    if (!Number.isFinite(f.value) || (f.valueMax !== null && !(f.valueMax > f.value))) return `figure "${f.text}" has value ${f.value}..${f.valueMax}`;
  }
  return null;
}

export interface ExtractBenchResult {
  articles: number;
  bytes: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  entities: number;
  figures: number;
  exceptions: number;
  invalid: number;
  unreadable: number;
}

export async function benchExtract(paths: readonly string[], log: (line: string) => void = () => {}): Promise<ExtractBenchResult> {
  const { files, errors } = await listInputFiles(paths);
  let unreadable = errors.length;
  for (const e of errors) log(`unreadable: ${describeLocation(e.at)}: ${e.message}`);
  const encoder = new TextEncoder();
  let articles = 0;
  let bytes = 0;
  let nanos = 0n;
  let entities = 0;
  let figures = 0;
  let exceptions = 0;
  let invalid = 0;
  for (const file of files) {
    for await (const item of readArticles(file)) {
      if (item.kind === 'error') {
        unreadable++;
        log(`unreadable: ${describeLocation(item.at)}: ${item.message}`);
        continue;
      }
      const text = item.article.text;
      articles++;
      bytes += encoder.encode(text).length;
      const started = process.hrtime.bigint();
      try {
        const { plain, joins } = normalizeText(text);
        const x = extractArticle(plain, null, joins);
        nanos += process.hrtime.bigint() - started;
        entities += x.entities.length;
        figures += x.figures.length;
        const problem = checkExtraction(plain, x);
        if (problem) {
          invalid++;
          log(`invalid: ${describeLocation(item.at)}: ${problem}`);
        }
      } catch (error) {
        nanos += process.hrtime.bigint() - started;
        exceptions++;
        log(`exception: ${describeLocation(item.at)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  }
  const seconds = Number(nanos) / 1e9;
  return {
    articles,
    bytes,
    seconds,
    articlesPerSecond: seconds > 0 ? articles / seconds : 0,
    megabytesPerSecond: seconds > 0 ? bytes / 1e6 / seconds : 0,
    entities,
    figures,
    exceptions,
    invalid,
    unreadable,
  };
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run bench:extract -- [--json] FILE_OR_FOLDER...\n');
    return 2;
  }
  const r = await benchExtract(positionals, (line) => process.stderr.write(`${line}\n`));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
  } else {
    const mb = (r.bytes / 1e6).toFixed(1);
    process.stdout.write(
      [
        `extracted ${r.articles} articles, ${mb} MB of text, in ${r.seconds.toFixed(2)} s of extraction on one thread`,
        `throughput: ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.megabytesPerSecond.toFixed(2)} MB/s`,
        `found: ${r.entities} entity mentions, ${r.figures} figures`,
        `robustness: ${r.exceptions} exceptions, ${r.invalid} invalid results, ${r.unreadable} unreadable inputs`,
      ].join('\n') + '\n',
    );
  }
  return r.exceptions + r.invalid > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
