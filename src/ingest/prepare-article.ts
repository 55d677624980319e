import { createHash } from 'node:crypto';
import { extractArticle } from '../domain/extract/index.js';
import { foldKey } from '../domain/text/keys.js';
import { normalizeText, type NormalizedText } from '../domain/text/normalize.js';
import type { ArticleExtraction } from '../domain/types.js';
import type { RawArticle } from './sources.js';

/** An article ready to store: normalised, extracted and keyed. */
export interface PreparedArticle {
  externalId: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  source: string | null;
  publishedAt: string | null;
  originalText: string;
  text: NormalizedText;
  extraction: ArticleExtraction;
  contentHash: string;
  /** Accent-folded title and text between spaces, so that a phrase can be matched on word boundaries. */
  searchText: string;
}

export function prepareArticle(raw: RawArticle): PreparedArticle {
  // A BOM is an encoding artefact, not part of the article.
  const originalText = raw.text.replace(/^\ufeff/, '');
  const text = normalizeText(originalText);
  const extraction = extractArticle(text.plain);
  const title = raw.title?.trim() || extraction.title;
  return {
    externalId: raw.id ?? null,
    url: raw.url ?? null,
    title,
    byline: extraction.byline,
    source: raw.source?.trim() || null,
    publishedAt: raw.publishedAt ?? null,
    originalText,
    text,
    extraction,
    contentHash: createHash('sha256').update(text.plain).digest('hex'),
    searchText: ` ${foldKey(`${title ?? ''}\n${text.plain}`)} `,
  };
}
