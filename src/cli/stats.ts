// `tinfacts stats`: what a database's figures say about the extractor, read the way a user meets
// them: how many different metric strings there are, how often a figure knows its indicator,
// subject and period, whether the articles behind a multi-article fact have anything in common,
// and which facts are called conflicting (a sample, each side with a sentence, to check by hand).
import type Database from 'better-sqlite3';
import { openDb } from '../db/client.js';
import { foldKey } from '../domain/text/keys.js';

export interface CorpusStats {
  articles: number;
  /** Figure statements: one per occurrence in an article. */
  figures: number;
  /** Distinct accent-folded metric strings per 1,000 figures. */
  metricKeysPer1000: number;
  withIndicator: number;
  withSubject: number;
  withPeriod: number;
  /** Figure facts stated by two or more articles, and how many of them have no entity named in two of those articles. */
  multiArticleFacts: number;
  multiArticleFactsSharingNoEntity: number;
  /** Pairs of facts called conflicting (each pair once). */
  conflictPairs: number;
}

export interface ConflictSide {
  factId: number;
  metric: string | null;
  value: number | null;
  unitText: string | null;
  subject: string | null;
  period: string | null;
  sentence: string | null;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function corpusStats(sqlite: Database.Database): CorpusStats {
  const count = (sql: string) => (sqlite.prepare(sql).pluck().get() as number | null) ?? 0;
  const figureEvidence = `FROM fact_evidence e JOIN facts f ON f.id = e.fact_id WHERE f.type = 'figure'`;
  const figures = count(`SELECT count(*) ${figureEvidence}`);
  const keys = new Set<string>();
  for (const metric of sqlite.prepare(`SELECT DISTINCT e.metric ${figureEvidence} AND e.metric IS NOT NULL`).pluck().iterate() as Iterable<string>) {
    keys.add(foldKey(metric));
  }

  // For each multi-article fact: is some entity named in two or more of its stating articles?
  const multi = sqlite
    .prepare(`SELECT e.fact_id AS id, group_concat(DISTINCT e.article_id) AS articles ${figureEvidence} GROUP BY e.fact_id HAVING count(DISTINCT e.article_id) >= 2`)
    .all() as { id: number; articles: string }[];
  const entitiesOf = sqlite.prepare('SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?').pluck();
  let sharingNone = 0;
  for (const fact of multi) {
    const seen = new Set<number>();
    let shared = false;
    for (const article of fact.articles.split(',')) {
      for (const entity of entitiesOf.iterate(Number(article)) as Iterable<number>) {
        if (seen.has(entity)) shared = true;
        seen.add(entity);
      }
      if (shared) break;
    }
    if (!shared) sharingNone++;
  }

  return {
    articles: count('SELECT count(*) FROM articles'),
    figures,
    metricKeysPer1000: figures === 0 ? 0 : (1000 * keys.size) / figures,
    withIndicator: share(count(`SELECT count(*) ${figureEvidence} AND e.indicator IS NOT NULL`), figures),
    withSubject: share(count(`SELECT count(*) ${figureEvidence} AND e.subject IS NOT NULL`), figures),
    withPeriod: share(count(`SELECT count(*) ${figureEvidence} AND e.period IS NOT NULL`), figures),
    multiArticleFacts: multi.length,
    multiArticleFactsSharingNoEntity: sharingNone,
    conflictPairs: count('SELECT count(*) FROM fact_conflicts WHERE fact_id < other_id'),
  };
}

/** Up to `limit` conflicting pairs, each side with its first stating sentence. */
export function conflictSample(sqlite: Database.Database, limit: number): [ConflictSide, ConflictSide][] {
  const side = sqlite.prepare(
    `SELECT f.id AS factId, f.metric, f.value, f.unit_text AS unitText, f.subject, f.period,
       (SELECT s.text FROM fact_evidence e JOIN article_sentences s ON s.article_id = e.article_id AND s.sentence_index = e.sentence_index
         WHERE e.fact_id = f.id ORDER BY e.id LIMIT 1) AS sentence
     FROM facts f WHERE f.id = ?`,
  );
  const pairs = sqlite.prepare('SELECT fact_id AS a, other_id AS b FROM fact_conflicts WHERE fact_id < other_id ORDER BY fact_id LIMIT ?').all(limit) as { a: number; b: number }[];
  return pairs.map(({ a, b }) => [side.get(a) as ConflictSide, side.get(b) as ConflictSide]);
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function formatStats(s: CorpusStats): string {
  return [
    `articles                               ${s.articles}`,
    `figures (statements)                   ${s.figures}`,
    `distinct metric keys per 1,000 figures ${s.metricKeysPer1000.toFixed(1)}`,
    `figures with an indicator              ${pct(s.withIndicator)}`,
    `figures with a subject                 ${pct(s.withSubject)}`,
    `figures with a period                  ${pct(s.withPeriod)}`,
    `multi-article figure facts             ${s.multiArticleFacts}`,
    `  ... whose articles share no entity   ${s.multiArticleFactsSharingNoEntity} (${pct(share(s.multiArticleFactsSharingNoEntity, s.multiArticleFacts))})`,
    `conflicting fact pairs                 ${s.conflictPairs}`,
  ].join('\n');
}

function formatSide(x: ConflictSide): string {
  const sentence = x.sentence === null ? '' : `\n      "${x.sentence.length > 240 ? `${x.sentence.slice(0, 240)}…` : x.sentence}"`;
  return `    #${x.factId} ${x.metric ?? '(no metric)'} = ${x.value ?? '?'} ${x.unitText ?? ''} · ${x.subject ?? '(no subject)'} · ${x.period ?? '(no period)'}${sentence}`;
}

export function runStatsCommand(options: { db: string; conflicts: number }): number {
  const handle = openDb(options.db, { readonly: true });
  try {
    process.stdout.write(`${formatStats(corpusStats(handle.sqlite))}\n`);
    if (options.conflicts > 0) {
      const sample = conflictSample(handle.sqlite, options.conflicts);
      process.stdout.write(`\nconflicts (first ${sample.length}):\n`);
      sample.forEach(([a, b], i) => process.stdout.write(`  ${i + 1}.\n${formatSide(a)}\n${formatSide(b)}\n`));
    }
    return 0;
  } finally {
    handle.close();
  }
}
