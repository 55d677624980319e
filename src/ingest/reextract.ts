// Re-extraction: articles stored by an older extractor are extracted again from their stored
// original text, and their entities, mentions and facts replaced, one article per transaction.
import type { Db } from '../db/client.js';
import { countArticles } from '../db/repositories/articles.js';
import { clearDerivedData, countStaleArticles, findStaleArticles, markArticlesStale, storeArticle, type StoredDelivery } from '../db/repositories/article-writer.js';
import { EXTRACTOR_VERSION } from '../domain/extract/version.js';
import { extractDelivery, normalizeArticle, type PreparedArticle } from './prepare-article.js';

export interface ReextractReport {
  updated: number;
  failed: number;
  problems: { articleId: number; message: string }[];
}

const BATCH = 200;

export function countStale(db: Db): number {
  return countStaleArticles(db, EXTRACTOR_VERSION);
}

/**
 * The stored article prepared again. A stored title that extraction does not find was given by
 * the source, and stays.
 */
function prepareStored(stored: StoredDelivery): PreparedArticle {
  const raw = {
    ...(stored.externalId !== null ? { id: stored.externalId } : {}),
    ...(stored.url !== null ? { url: stored.url } : {}),
    ...(stored.source !== null ? { source: stored.source } : {}),
    ...(stored.publishedAt !== null ? { publishedAt: stored.publishedAt } : {}),
    text: stored.originalText,
  };
  const prepared = extractDelivery(normalizeArticle(raw));
  if (stored.title === null || stored.title === prepared.title) return prepared;
  return extractDelivery(normalizeArticle({ ...raw, title: stored.title }));
}

/** Marks every article for re-extraction: the next reextractStale rebuilds all that was extracted. */
export function markAllStale(db: Db): void {
  markArticlesStale(db);
}

/**
 * Re-extracts every article stored by another extractor version; `onProgress` gets the running report.
 *
 * When every article is to be extracted again (an upgrade of the extractor, `reextract --all`), the
 * derived data is cleared first and the articles are stored again in id order: the result is what a
 * fresh ingestion of the same articles gives, however often it runs, where storing each article again
 * over the others' facts would join statements as the facts stand at that moment. Interrupted, it
 * goes on from the first article not yet done, which gives the same result.
 */
export function reextractStale(db: Db, onProgress?: (report: ReextractReport) => void): ReextractReport {
  const report: ReextractReport = { updated: 0, failed: 0, problems: [] };
  const stale = countStale(db);
  if (stale > 0 && stale === countArticles(db)) clearDerivedData(db);
  let afterId = 0;
  for (;;) {
    const batch = findStaleArticles(db, EXTRACTOR_VERSION, afterId, BATCH);
    if (batch.length === 0) break;
    for (const stored of batch) {
      afterId = stored.id;
      try {
        const outcome = storeArticle(db, prepareStored(stored));
        if (outcome.status === 'failed') throw new Error(outcome.message);
        report.updated++;
      } catch (error) {
        report.failed++;
        report.problems.push({ articleId: stored.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    onProgress?.(report);
  }
  return report;
}
