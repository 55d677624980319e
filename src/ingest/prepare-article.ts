import { createHash } from 'node:crypto';
import { EXTRACTOR_VERSION, extractArticle } from '../domain/extract/index.js';
import { canonicalTones, foldKey } from '../domain/text/keys.js';
import { normalizeText, type NormalizedText } from '../domain/text/normalize.js';
import type { ArticleExtraction } from '../domain/types.js';
import type { RawArticle } from './raw-article.js';

/**
 * An article as delivered, normalised and keyed but not yet extracted: enough to tell whether it is
 * already stored unchanged, which saves the extraction on a re-run.
 */
export interface ArticleDelivery {
  externalId: string | null;
  url: string | null;
  /** The title the source gave, if any (else extraction finds one). */
  givenTitle: string | null;
  source: string | null;
  publishedAt: string | null;
  originalText: string;
  text: NormalizedText;
  /** SHA-256 of the normalised plain text: the same article delivered twice is stored once. */
  contentHash: string;
  extractorVersion: number;
}

/** A delivery with everything extracted from it: ready to store. */
export interface PreparedArticle extends ArticleDelivery {
  title: string | null;
  byline: string | null;
  extraction: ArticleExtraction;
  /** Title and text as the full-text index takes them: accent-folded, and with accents (see keys.ts). */
  search: { folded: string; toned: string };
}

export function normalizeArticle(raw: RawArticle): ArticleDelivery {
  // A BOM is an encoding artefact, not part of the article.
  const originalText = raw.text.replace(/^\ufeff/, '');
  const text = normalizeText(originalText);
  return {
    externalId: raw.id ?? null,
    url: raw.url ?? null,
    givenTitle: raw.title?.trim() || null,
    source: raw.source?.trim() || null,
    publishedAt: raw.publishedAt ?? null,
    originalText,
    text,
    contentHash: createHash('sha256').update(text.plain).digest('hex'),
    extractorVersion: EXTRACTOR_VERSION,
  };
}

function searchColumns(text: string): PreparedArticle['search'] {
  return { folded: foldKey(text), toned: canonicalTones(text).toLowerCase() };
}

export function extractDelivery(delivery: ArticleDelivery): PreparedArticle {
  const extraction = extractArticle(delivery.text.plain, delivery.publishedAt, delivery.text.joins);
  const title = delivery.givenTitle ?? extraction.title;
  return {
    ...delivery,
    title,
    byline: extraction.byline,
    extraction,
    search: searchColumns(`${title ?? ''}\n${delivery.text.plain}`),
  };
}

export function prepareArticle(raw: RawArticle): PreparedArticle {
  return extractDelivery(normalizeArticle(raw));
}
