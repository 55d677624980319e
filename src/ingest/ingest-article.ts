// One article through the whole pipeline: normalisation, extraction, idempotent storage. The command
// line and `POST /v1/articles` both come through here, so they store an article the same way.
import { isBusyCode, retryWhileBusy, sqliteCode, type RetryOptions } from '../db/busy.js';
import type { Db } from '../db/client.js';
import { describeSqliteError } from '../db/client.js';
import { findUnchangedArticle, storeArticle, writeArticle, type StoreOutcome } from '../db/repositories/article-writer.js';
import type { ArticleExtraction } from '../domain/types.js';
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
  let unchangedId: number | null = null;
  try {
    unchangedId = db === null ? null : findUnchangedArticle(db, delivery);
  } catch (error) {
    // A reader held up by a writer only loses the shortcut: storing checks again under the lock.
    if (!isBusyCode(sqliteCode(error))) throw error;
  }
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

/**
 * A write that threw, as an outcome: a lock another writer held for too long, or a full disk, may
 * pass (retryable); anything else is reported as it is.
 */
export function failedWrite(error: unknown): Extract<StoreOutcome, { status: 'failed' }> {
  const code = sqliteCode(error);
  if (isBusyCode(code)) return { status: 'failed', message: 'the database stayed locked by another writer; try again', retryable: true, code: code! };
  const about = describeSqliteError(error);
  if (about !== null) {
    const passing = code!.startsWith('SQLITE_FULL') || code!.startsWith('SQLITE_IOERR');
    return { status: 'failed', message: `it could not be stored: the database ${about}`, retryable: passing, code: code! };
  }
  return { status: 'failed', message: error instanceof Error ? error.message : String(error), retryable: false };
}

/** Stores a preparation in a transaction of its own, waiting for another writer's lock; never throws. */
export async function storeWithRetry(db: Db, preparation: Preparation, retry?: RetryOptions): Promise<StoreOutcome> {
  try {
    return await retryWhileBusy(() => storePreparation(db, preparation), retry);
  } catch (error) {
    return failedWrite(error);
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/** What extraction left out of an article, for the ingest report: kinds capped and quantities refused. */
export function extractionWarnings(extraction: ArticleExtraction): string[] {
  const warnings = extraction.capped
    .filter((c) => c.kind !== 'refused')
    .map((c) => `${count(c.found)} ${c.kind} found, only the first ${count(c.kept)} kept (the most one article may yield)`);
  if (extraction.refused.length > 0) {
    const found = extraction.capped.find((c) => c.kind === 'refused')?.found ?? extraction.refused.length;
    const first = extraction.refused[0]!;
    const shown = first.text.length > 60 ? `${first.text.slice(0, 30)}…${first.text.slice(-20)}` : first.text;
    warnings.push(`${count(found)} ${found === 1 ? 'quantity' : 'quantities'} not kept as figures, first "${shown}": ${first.reason}`);
  }
  return warnings;
}

/**
 * What the ingest report says of a stored article beside its status: why a duplicate was not stored
 * again, and what extraction left out (nothing for an article found unchanged or not stored).
 */
export function outcomeWarnings(outcome: StoreOutcome, preparation: Preparation): string[] {
  if (outcome.status === 'failed') return [];
  const warnings = outcome.status === 'duplicate' ? [outcome.message] : [];
  if (preparation.status === 'prepared') warnings.push(...extractionWarnings(preparation.article.extraction));
  return warnings;
}

export function ingestArticle(db: Db, raw: RawArticle): StoreOutcome {
  return storePreparation(db, prepareForStore(db, raw));
}
