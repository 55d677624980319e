import type { ArticleExtraction } from '../../../src/domain/types.js';
import { normalizeText } from '../../../src/domain/text/normalize.js';
import { extractArticle } from '../../../src/domain/extract/index.js';

/** Plain text a segmenter's output stands for: syllables spaced, no space before punctuation. */
export function unsegment(segmented: string): string {
  return segmented.replace(/_/g, ' ').replace(/ ([,.;:!?%)…])/g, '$1').replace(/\( /g, '(');
}

/** A phrasing written word-segmented, in both forms the extractor must handle. */
export function bothForms(segmented: string): [string, string][] {
  return [
    ['plain', unsegment(segmented)],
    ['segmented', segmented],
  ];
}

/** Extraction as ingestion runs it: the normalised text, with the words a segmented source joined. */
export function extract(original: string): ArticleExtraction & { plain: string } {
  const { plain, joins } = normalizeText(original);
  return { ...extractArticle(plain, null, joins), plain };
}
