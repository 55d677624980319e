import type { ArticleExtraction, EntityMention, Span } from '../types.js';
import { findLayout } from '../text/layout.js';
import { splitSentences } from '../text/sentences.js';
import { createContext } from './context.js';
import { extractConferences } from './conferences.js';
import { extractCountries } from './countries.js';
import { extractDates } from './dates.js';
import { extractFigures } from './figures.js';
import { extractOrganizations } from './organizations.js';
import { extractPersons } from './persons.js';
import { extractProvinces } from './provinces.js';

import { EXTRACTOR_VERSION } from './version.js';

export { EXTRACTOR_VERSION };

function overlaps(a: Span, ranges: readonly Span[]): boolean {
  return ranges.some((r) => a.start < r.end && r.start < a.end);
}

/**
 * Facts of one article's plain text (see normalizeText): entities, figures, roles and dates with
 * spans. Dates without a year are resolved against `publishedAt` when given.
 */
export function extractArticle(plain: string, publishedAt?: string | null): ArticleExtraction {
  const sentences = splitSentences(plain);
  const layout = findLayout(plain);
  const ctx = createContext(plain, sentences);

  const persons = extractPersons(ctx, layout.byline);
  const nameSpans: Span[] = persons.nameRanges.map((r) => ({ start: ctx.tokens[r.start]!.start, end: ctx.tokens[r.end - 1]!.end }));
  const inName = new Uint8Array(ctx.tokens.length);
  for (const r of persons.nameRanges) inName.fill(1, r.start, r.end);

  // A person's name wins over a place of the same words ("Nguyễn Thái Bình", "Ngọc Anh").
  const provinces = extractProvinces(ctx).filter((e) => !overlaps(e.span, nameSpans));
  const countries = extractCountries(ctx).filter((e) => !overlaps(e.span, nameSpans));
  const organizations = extractOrganizations(ctx, (i) => inName[i] === 1);
  const conferences = extractConferences(ctx);

  const entities: EntityMention[] = [...persons.entities, ...provinces, ...countries, ...organizations, ...conferences].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const figures = extractFigures(ctx, entities);
  // Numbers inside a meeting's name ("COP 28") are part of the name.
  const conferenceSpans = conferences.map((c) => c.span);
  const keptFigures = figures.filter((f) => f.unit !== 'count' || !conferenceSpans.some((c) => c.start <= f.span.start && f.span.start < c.end));

  return {
    extractorVersion: EXTRACTOR_VERSION,
    title: layout.title ? plain.slice(layout.title.start, layout.title.end) : null,
    byline: layout.byline ? plain.slice(layout.byline.start, layout.byline.end) : null,
    dates: extractDates(plain, sentences, publishedAt),
    sentences,
    entities,
    figures: keptFigures,
    roles: persons.roles,
  };
}

