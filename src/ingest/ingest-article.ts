// One article through the whole pipeline: normalisation, extraction, idempotent storage. The command
// line and `POST /v1/articles` both come through here, so they store an article the same way.
import type { Db } from '../db/client.js';
import { findUnchangedArticle, storeArticle, type StoreOutcome } from '../db/repositories/article-writer.js';
import { extractDelivery, normalizeArticle } from './prepare-article.js';
import type { RawArticle } from './raw-article.js';

export function ingestArticle(db: Db, raw: RawArticle): StoreOutcome {
  const delivery = normalizeArticle(raw);
  // Extraction is most of the cost; an article stored unchanged needs none.
  const unchangedId = findUnchangedArticle(db, delivery);
  if (unchangedId !== null) return { status: 'unchanged', articleId: unchangedId };
  return storeArticle(db, extractDelivery(delivery));
}
