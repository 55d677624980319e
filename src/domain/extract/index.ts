import type { ArticleExtraction, EntityMention, ExtractedKind, ExtractionCap, Span } from '../types.js';
import { findLayout } from '../text/layout.js';
import { splitSentences } from '../text/sentences.js';
import { createContext } from './context.js';
import { extractConferences } from './conferences.js';
import { extractCountries } from './countries.js';
import { extractDates } from './dates.js';
import { readFigureContexts } from './figure-context.js';
import { extractFigures } from './figures.js';
import { extractOrganizations } from './organizations.js';
import { extractPersons } from './persons.js';
import { extractProvinces } from './provinces.js';

import { EXTRACTOR_VERSION } from './version.js';

export { EXTRACTOR_VERSION };

/**
 * Which characters of a text of `length` the spans cover. Each check is as long as the span checked,
 * so filtering every mention against every name stays linear in the text.
 */
function coverage(length: number, spans: readonly Span[]): (span: Span) => boolean {
  const covered = new Uint8Array(length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  return (span) => {
    for (let k = span.start; k < span.end; k++) if (covered[k] === 1) return true;
    return false;
  };
}

/**
 * The most of each kind one article may yield. The most any of 30,000 real articles yields is 49
 * figures, 52 dates, 140 entity mentions and 35 roles; a text with more is a list or a dump, and
 * everything stored and answered about one article is bounded by these.
 */
export const EXTRACTION_LIMITS: Readonly<Record<ExtractedKind, number>> = {
  figures: 1000,
  dates: 1000,
  entities: 2000,
  roles: 500,
  // Quantities refused as figures, each with its reason: the first few say what is wrong.
  refused: 20,
};

/** The first EXTRACTION_LIMITS[kind] items, noting in `capped` how many were found. */
function capped<T>(items: T[], kind: ExtractedKind, caps: ExtractionCap[]): T[] {
  const limit = EXTRACTION_LIMITS[kind];
  if (items.length <= limit) return items;
  caps.push({ kind, found: items.length, kept: limit });
  return items.slice(0, limit);
}

/**
 * Facts of one article's plain text (see normalizeText): entities, figures, roles and dates with
 * spans. Dates without a year are resolved against `publishedAt` when given. `joins` (NormalizedText.joins)
 * say where a word-segmented source joined syllables into one word: no measured noun is then cut inside it.
 */
export function extractArticle(plain: string, publishedAt?: string | null, joins: readonly number[] = []): ArticleExtraction {
  const sentences = splitSentences(plain);
  const layout = findLayout(plain);
  const ctx = createContext(plain, sentences, joins);

  const persons = extractPersons(ctx, layout.byline);
  const nameSpans: Span[] = persons.nameRanges.map((r) => ({ start: ctx.tokens[r.start]!.start, end: ctx.tokens[r.end - 1]!.end }));
  const inName = new Uint8Array(ctx.tokens.length);
  for (const r of persons.nameRanges) inName.fill(1, r.start, r.end);

  // A person's name wins over a place of the same words ("Nguyễn Thái Bình", "Ngọc Anh").
  const inNameSpan = coverage(plain.length, nameSpans);
  const provinces = extractProvinces(ctx).filter((e) => !inNameSpan(e.span));
  const countries = extractCountries(ctx).filter((e) => !inNameSpan(e.span));
  const organizations = extractOrganizations(ctx, (i) => inName[i] === 1);
  const conferences = extractConferences(ctx);

  const entities: EntityMention[] = [...persons.entities, ...provinces, ...countries, ...organizations, ...conferences].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const { figures, refused } = extractFigures(ctx);
  // Numbers inside a meeting's name ("COP 28") are part of the name.
  const inConference = coverage(plain.length, conferences.map((c) => c.span));
  const keptFigures = readFigureContexts(
    ctx,
    figures.filter((f) => f.unit !== 'count' || !inConference({ start: f.span.start, end: f.span.start + 1 })),
    entities,
    publishedAt ?? null,
  );

  const caps: ExtractionCap[] = [];
  // Roles name their holders among the entities: a role whose holder's mention was cut goes too.
  const keptEntities = capped(entities, 'entities', caps);
  const lastEntity = keptEntities.length === entities.length ? Infinity : (keptEntities[keptEntities.length - 1]?.span.start ?? -1);
  const roles = capped(
    persons.roles.filter((r) => r.span.start <= lastEntity),
    'roles',
    caps,
  );
  return {
    extractorVersion: EXTRACTOR_VERSION,
    title: layout.title ? plain.slice(layout.title.start, layout.title.end) : null,
    byline: layout.byline ? plain.slice(layout.byline.start, layout.byline.end) : null,
    dates: capped(extractDates(plain, sentences, publishedAt), 'dates', caps),
    sentences,
    entities: keptEntities,
    figures: capped(keptFigures, 'figures', caps),
    roles,
    refused: capped(refused, 'refused', caps),
    capped: caps,
  };
}
