// One article through the whole pipeline: normalisation, extraction, idempotent storage. The command
// line and `POST /v1/articles` both come through here, so they store an article the same way.
import type { Db } from '../db/client.js';
import { findUnchangedArticle, storeArticle, writeArticle, type StoreOutcome } from '../db/repositories/article-writer.js';
import { extractDelivery, normalizeArticle, type PreparedArticle } from './prepare-article.js';
import type { RawArticle } from './raw-article.js';

/** An article made ready to store, or found stored already as it is. */
export type Preparation = { status: 'unchanged'; articleId: number } | { status: 'prepared'; article: PreparedArticle };

/**
 * Normalises the article and, unless `db` already holds it unchanged, extracts it. Extraction is
 * most of the cost, and an article stored unchanged needs none. Without a database (a worker that
 * cannot see it) every article is extracted, and storing tells the unchanged ones apart.
 */
export function prepareForStore(db: Db | null, raw: RawArticle): Preparation {
  const delivery = normalizeArticle(raw);
  const unchangedId = db === null ? null : findUnchangedArticle(db, delivery);
  if (unchangedId !== null) return { status: 'unchanged', articleId: unchangedId };
  return { status: 'prepared', article: extractDelivery(delivery) };
}

/** Stores a preparation in a transaction of its own (an unchanged article is left alone). */
export function storePreparation(db: Db, preparation: Preparation): StoreOutcome {
  return preparation.status === 'unchanged' ? preparation : storeArticle(db, preparation.article);
}

/** Writes a preparation within the caller's transaction (see writeArticle). */
export function writePreparation(db: Db, preparation: Preparation): StoreOutcome {
  return preparation.status === 'unchanged' ? preparation : writeArticle(db, preparation.article);
}

export function ingestArticle(db: Db, raw: RawArticle): StoreOutcome {
  return storePreparation(db, prepareForStore(db, raw));
}
