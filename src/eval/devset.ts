// Scores the extractor on annotated corpus articles (`tinfacts eval`): each annotation names its
// article by id; the articles are picked out of the corpus files, extracted the way
// `tinfacts extract --format gold` does it, and scored by the gold scorer (gold-score.ts, the
// port of shared/tools/score-gold.mjs), whose report is printed.
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { toGold, type GoldDoc } from '../domain/extract/to-gold.js';
import { prepareArticle } from '../ingest/prepare-article.js';
import { describeLocation, fileKind, parseJsonLine, type RawArticle } from '../ingest/sources.js';
import { formatReport, scoreGold, type GoldAnnotation } from './gold-score.js';
import { calibrationTable, formatCalibration } from './calibration.js';
import { confidence } from '../domain/facts/consolidate.js';
import type { FigureMention } from '../domain/types.js';

export interface DevsetOptions {
  /** Folder of annotation JSON files, each with the id of its corpus article. */
  gold: string;
  /** .jsonl or .jsonl.gz files of {id, text} lines. */
  corpus: string[];
  /** Also write the predictions there, one file per annotation under the annotation's file name. */
  pred?: string;
  /** Score the articles written plain, as a reader would type them, instead of word-segmented. */
  plain?: boolean;
  verbose?: boolean;
  /** Also print the calibration table: figure facts right per confidence band. */
  calibrate?: boolean;
}

/** Thrown for what stops the run; its message is the one line the command prints. */
class DevsetError extends Error {}

/**
 * The plain text a segmenter's output stands for: syllables spaced, no space before punctuation
 * (the corpus splits punctuation off; people do not).
 */
export function unsegment(segmented: string): string {
  return segmented.replace(/_/g, ' ').replace(/ ([,.;:!?%)…])/g, '$1').replace(/\( /g, '(');
}

interface Annotation {
  file: string;
  gold: GoldAnnotation & { id: string };
}

async function readAnnotations(dir: string): Promise<Annotation[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    throw new DevsetError(`--gold ${dir}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new DevsetError(`--gold ${dir}: no .json annotation files`);
  return Promise.all(
    names.map(async (file) => {
      const path = join(dir, file);
      let gold: unknown;
      try {
        gold = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        throw new DevsetError(`${path}: ${(error as Error).message}`);
      }
      const id = (gold as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !id) throw new DevsetError(`${path}: no "id" naming its corpus article`);
      return { file, gold: gold as Annotation['gold'] };
    }),
  );
}

// A corpus line starts with its id: reading it saves parsing the 99.8 % of lines not annotated.
const LEADING_ID = /^\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")/;

/**
 * The articles of `wanted` ids from the corpus files, read line by line (the first of an id wins),
 * cleaned as the ingestion reads them; stops reading once all are found.
 */
async function findArticles(files: readonly string[], wanted: ReadonlySet<string>): Promise<Map<string, RawArticle>> {
  const found = new Map<string, RawArticle>();
  for (const file of files) {
    if (found.size === wanted.size) break;
    const kind = fileKind(file);
    if (kind !== 'jsonl' && kind !== 'jsonl.gz') throw new DevsetError(`--corpus ${file}: not a .jsonl or .jsonl.gz file`);
    const raw = createReadStream(file);
    const stream = kind === 'jsonl.gz' ? raw.pipe(createGunzip()) : raw;
    raw.on('error', (error) => stream.destroy(error));
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNo = 0;
    try {
      for await (const text of lines) {
        lineNo++;
        const line = text.replace(/^\ufeff/, '').trim();
        const lead = LEADING_ID.exec(line)?.[1];
        if (!line || (lead !== undefined && !wanted.has(JSON.parse(lead) as string))) continue;
        const item = parseJsonLine(line, { file, line: lineNo });
        if (item.kind === 'error') {
          if (lead !== undefined) throw new DevsetError(`${describeLocation(item.at)}: ${item.message}`);
          continue; // a broken line that names no annotated article
        }
        const id = item.article.id;
        if (id === undefined || !wanted.has(id) || found.has(id)) continue;
        found.set(id, item.article);
        if (found.size === wanted.size) break;
      }
    } catch (error) {
      if (error instanceof DevsetError) throw error;
      throw new DevsetError(`--corpus ${file}${lineNo ? ` after line ${lineNo}` : ''}: ${(error as Error).message}`);
    } finally {
      lines.close();
      stream.destroy();
      raw.destroy();
    }
  }
  return found;
}

/** What `extract --format gold` writes for the article, and the confidence of each figure's fact by its gold key. */
function predict(article: RawArticle, id: string, plain: boolean): { doc: GoldDoc; confidence: Map<string, number> } {
  const prepared = prepareArticle(plain ? { ...article, text: unsegment(article.text) } : article);
  const confidence = new Map<string, number>();
  for (const f of prepared.extraction.figures) {
    const key = figureKey(f);
    if (!confidence.has(key)) confidence.set(key, figureConfidence(f));
  }
  return { doc: toGold(id, prepared.extraction), confidence };
}

/** toGold keeps one figure per unit and value: the first, whose confidence is kept. */
const figureKey = (f: { unit: string; value: number; valueMax?: number | null; value_max?: number }) => `${f.unit}:${f.value}:${f.valueMax ?? f.value_max ?? ''}`;

/**
 * The confidence the stored fact of this figure has when its article is its only source, as the
 * facts repository computes it (an annotated article's figures are seldom stated by another).
 */
function figureConfidence(f: FigureMention): number {
  return confidence({ supportCount: 1, hasMetric: f.metric !== null, hasIndicator: f.indicator !== null, hasSubject: f.subject !== null, hasPeriod: f.period !== null, conflictingSupport: 0 });
}

/** Runs the devset score and prints its report; returns the exit code (1 with one line on stderr when it cannot). */
export async function runDevset(options: DevsetOptions): Promise<number> {
  try {
    const annotations = await readAnnotations(options.gold);
    const wanted = new Set(annotations.map((a) => a.gold.id));
    const articles = await findArticles(options.corpus, wanted);
    const absent = [...wanted].filter((id) => !articles.has(id));
    if (absent.length > 0) {
      const shown = absent.slice(0, 5).join(', ') + (absent.length > 5 ? `, … (${absent.length - 5} more)` : '');
      throw new DevsetError(`${absent.length} annotated article${absent.length === 1 ? ' is' : 's are'} not in the corpus files: ${shown}`);
    }
    if (options.pred) await mkdir(options.pred, { recursive: true });
    const pairs = [];
    const confidenceByDoc = new Map<string, Map<string, number>>();
    for (const { file, gold } of annotations) {
      const { doc: pred, confidence } = predict(articles.get(gold.id)!, gold.id, options.plain ?? false);
      confidenceByDoc.set(gold.id, confidence);
      // Named as the annotation, so that shared/tools/score-gold.mjs can score the folder too.
      if (options.pred) await writeFile(join(options.pred, file), `${JSON.stringify(pred, null, 1)}\n`);
      pairs.push({ id: file, gold, pred });
    }
    const score = scoreGold(pairs);
    process.stdout.write(formatReport(score, { verbose: options.verbose ?? false }));
    if (options.calibrate) {
      const judged = score.figureVerdicts.map((v) => ({ confidence: confidenceByDoc.get(v.docId)?.get(figureKey(v.figure)) ?? 0, right: v.right }));
      process.stdout.write(`\nfigure facts right per confidence band (each annotated article its facts' only source):\n${formatCalibration(calibrationTable(judged))}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DevsetError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
}
