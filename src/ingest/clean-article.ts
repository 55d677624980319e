// What every delivered article goes through before normalisation, from a file or over HTTP: a
// size bound, a check that it is text, and HTML markup turned into plain text.
import { toPlainText } from '../domain/text/html.js';
import type { RawArticle } from './raw-article.js';

/**
 * The most text one article may have, in UTF-8 bytes. News articles are a few kilobytes (the largest
 * of 10,000 real ones is 12 KB); anything this big is a dump or a mistake, and extraction, which
 * grows faster than the text, would hold the process for seconds.
 */
export const MAX_ARTICLE_TEXT_BYTES = 1_000_000;

export function formatSize(bytes: number): string {
  return bytes >= 1e9 ? `${Number((bytes / 1e9).toFixed(1))} GB` : `${Number((bytes / 1e6).toFixed(1))} MB`;
}

export function tooBig(what: string, size: number, limit: number, atLeast = false): string {
  const [shown, shownLimit] = formatSize(size) === formatSize(limit) ? [`${size} bytes`, `${limit} bytes`] : [formatSize(size), formatSize(limit)];
  return `${what} is ${atLeast ? 'at least ' : ''}${shown}; the limit is ${shownLimit}`;
}

// C0 controls other than tab, line feed, form feed and carriage return, and DEL.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
// With the u flag a well-formed surrogate pair is one code point, so this finds only lone halves.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Why an article text cannot be stored, or null. */
function checkText(text: string): string | null {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_ARTICLE_TEXT_BYTES) return tooBig('article text', size, MAX_ARTICLE_TEXT_BYTES);
  if (text.includes('\u0000') || (text.match(CONTROL_CHARS)?.length ?? 0) > text.length / 10) return 'binary data, not text';
  if (LONE_SURROGATE.test(text)) return 'article text is not valid Unicode (an unpaired surrogate)';
  return null;
}

/** The fields of an article that are kept as text. */
type TextField = 'id' | 'url' | 'title' | 'source' | 'text';

export type CleanedArticle = { ok: true; article: RawArticle } | { ok: false; reason: 'empty' | 'unusable'; field: TextField; message: string };

/**
 * A field with a lone surrogate (legal in JSON, `"\ud800"`) cannot be stored as UTF-8: SQLite would
 * keep invalid bytes, and the article would differ from what is stored on every run.
 */
function checkMetadata(article: RawArticle): { field: TextField; message: string } | null {
  for (const field of ['id', 'url', 'title', 'source'] as const) {
    const value = article[field];
    if (typeof value === 'string' && LONE_SURROGATE.test(value)) return { field, message: `${field} is not valid Unicode (an unpaired surrogate)` };
  }
  return null;
}

/**
 * Checks the text and turns any HTML into plain text; a failure when nothing storable is left. The
 * title and source are compared with what is stored to tell an update, so they are put in NFC here:
 * the text itself keeps its form, which normalisation maps back to.
 */
export function cleanArticle(article: RawArticle): CleanedArticle {
  const problem = checkText(article.text);
  if (problem) return { ok: false, reason: 'unusable', field: 'text', message: problem };
  const metadata = checkMetadata(article);
  if (metadata) return { ok: false, reason: 'unusable', ...metadata };
  const text = toPlainText(article.text);
  if (!text.trim()) {
    return text === article.text
      ? { ok: false, reason: 'empty', field: 'text', message: 'must not be empty' }
      : { ok: false, reason: 'unusable', field: 'text', message: 'no text left once the HTML markup is removed' };
  }
  const cleaned: RawArticle = { ...article, text };
  if (article.title !== undefined) cleaned.title = toPlainText(article.title).normalize('NFC');
  if (article.source !== undefined) cleaned.source = article.source.normalize('NFC');
  return { ok: true, article: cleaned };
}
