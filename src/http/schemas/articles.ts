import { z } from 'zod';
import { ENTITY_KINDS } from '../../domain/types.js';
import { ANSWER_BOUNDS } from './bounds.js';
import { SpanSchema, pageOf, pageQuery, searchQuery } from './common.js';
import { FactSchema } from './facts.js';

export const ArticleSummarySchema = z
  .object({
    id: z.number().int(),
    externalId: z.string().nullable().describe('The source\'s own id (a JSONL `id`, or a .txt file\'s name).'),
    url: z.string().nullable(),
    title: z.string().nullable(),
    byline: z.string().nullable().describe('The author\'s name line, when the article ends with one.'),
    source: z.string().nullable(),
    publishedAt: z.string().nullable(),
    segmented: z.boolean().describe('Whether the article arrived word-segmented (`Bộ_trưởng`).'),
    entityCount: z.number().int().min(0),
    factCount: z.number().int().min(0),
    extractorVersion: z.number().int(),
    ingestedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'ArticleSummary',
    examples: [
      {
        id: 2,
        externalId: '001_8b60958e6b4b3b1e',
        url: null,
        title: 'Trong 3 năm ký tới 422 thoả thuận quốc tế',
        byline: null,
        source: null,
        publishedAt: null,
        segmented: false,
        entityCount: 31,
        factCount: 18,
        extractorVersion: 2,
        ingestedAt: '2026-11-24T05:10:00.000Z',
        updatedAt: '2026-11-24T05:10:00.000Z',
      },
    ],
  });

export const MentionSchema = z.object({
  sentence: z.number().int().min(0),
  span: SpanSchema,
  text: z.string(),
  original: z.object({ span: SpanSchema, text: z.string() }),
});

export const DateMentionSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
    sentence: z.number().int().min(0),
    day: z.number().int().min(1).max(31).nullable(),
    month: z.number().int().min(1).max(12),
    year: z.number().int().nullable().describe('As written; null when the text gives no year.'),
    partOfDay: z.string().nullable().describe('"sáng", "chiều"... when the text says.'),
    date: z
      .string()
      .nullable()
      .describe('ISO day (2024-04-02) or month (2016-07); a missing year is taken from `publishedAt`, the nearest such day to it. Null when no year is known.'),
    partial: z.boolean().describe('True when `date` is not a whole day: a month only, or no year known.'),
    yearInferred: z.boolean().describe('True when the year comes from the publication date rather than the text.'),
  })
  .meta({ id: 'DateMention', description: 'A date the article mentions ("sáng 18/12", "ngày 2/4/2024", "tháng 7-2016").' });

export const ArticleSchema = ArticleSummarySchema.extend({
  text: z.object({
    original: z.string().describe('The text as received.'),
    plain: z.string().describe('NFC, segmentation undone: the text all spans point into.'),
  }),
  dates: z.array(DateMentionSchema).describe('Dates the text mentions, in text order.'),
  entities: z
    .array(z.object({ id: z.number().int(), kind: z.enum(ENTITY_KINDS), name: z.string(), mentions: z.array(MentionSchema) }))
    .describe(`Entities the text names, with every mention (at most ${ANSWER_BOUNDS.articleMentions} mentions in all).`),
  facts: z
    .array(FactSchema)
    .describe(`Facts the article states (at most ${ANSWER_BOUNDS.articleFacts}), each with this article's statement of it as its one source; \`sourcesUrl\` lists the others.`),
}).meta({ id: 'Article', description: 'An article with both forms of its text, its entities and its facts.' });

export const ArticleListQuerySchema = z.strictObject({
  q: searchQuery(
    'Full-text search: title or text contains this phrase as whole words, ignoring accents, tone placement ("thoả"/"thỏa"), case, punctuation and underscores ("ngoai giao" finds "ngoại giao"). Articles that contain it with the accents as typed come first; each result carries a highlighted snippet.',
    'ngoại giao kinh tế',
  ),
  ...pageQuery,
});

export const SearchHitSchema = z
  .object({
    exact: z.boolean().describe('Whether the article contains the phrase with its accents as typed (these rank first).'),
    snippet: z.object({
      text: z.string().describe('A passage around the first match; "…" marks a cut.'),
      highlights: z.array(SpanSchema).describe('Where the matches lie in the snippet text.'),
    }),
  })
  .meta({ id: 'SearchHit' });

export const ArticleListItemSchema = ArticleSummarySchema.extend({
  match: SearchHitSchema.optional().describe('With `q`: how the article matched, with a highlighted snippet.'),
}).meta({ id: 'ArticleListItem' });

export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type Article = z.infer<typeof ArticleSchema>;

export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;

export const ArticlePageSchema = pageOf(ArticleListItemSchema, 'ArticlePage', 'A page of articles: oldest first, or with `q` the exact matches first.');
