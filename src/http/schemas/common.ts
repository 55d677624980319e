import { z } from 'zod';
import { foldKey } from '../../domain/text/keys.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * Query and path values arrive as strings. Unlike z.coerce, this reads only plain digits as a number,
 * so "1e3", "0x10" and " 1" are refused rather than quietly taken for 1000, 16 and 1.
 */
const fromDigits = (value: unknown) => (typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value);

/** An id in a path or a filter. */
export function idNumber() {
  return z.preprocess(fromDigits, z.number().int().positive().max(Number.MAX_SAFE_INTEGER));
}

export const IdParamsSchema = z.strictObject({
  id: idNumber().meta({ description: 'Numeric id, as returned in `id` fields.', example: 1 }),
});

/** For endpoints without query parameters: any parameter is a mistake worth reporting. */
export const NoQuerySchema = z.strictObject({});

/** Query parameters every list endpoint takes. */
export const pageQuery = {
  limit: z
    .preprocess(fromDigits, z.number().int().min(1).max(MAX_LIMIT))
    .default(DEFAULT_LIMIT)
    .meta({ description: `Items per page (1-${MAX_LIMIT}).`, example: DEFAULT_LIMIT }),
  cursor: z
    .string()
    .min(1)
    .max(512)
    .optional()
    .meta({ description: 'Opaque cursor from a previous page\'s `next`; only valid with the same filters.' }),
};

/** A free-text parameter (a name, a metric...); it must hold a word once accents and punctuation go. */
export function textFilter(description: string, example: string) {
  return z
    .string()
    .min(1)
    .max(200)
    .refine((q) => foldKey(q) !== '', 'must contain a letter or a digit')
    .optional()
    .meta({ description, example });
}

/** A free-text search parameter. */
export const searchQuery = textFilter;

/** A page of a keyset-paginated list; `next` is null on the last page. `extra` adds list-specific fields. */
export function pageOf<T extends z.ZodType, E extends z.ZodRawShape = {}>(item: T, id: string, description: string, extra?: E) {
  return z
    .object({
      items: z.array(item),
      next: z.string().nullable().describe('Cursor for the next page, or null on the last page.'),
      nextUrl: z.string().nullable().describe('Path and query of the next page, or null on the last page.'),
      ...(extra ?? ({} as E)),
    })
    .meta({ id, description });
}

export const SpanSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .meta({ id: 'Span', description: 'A half-open range [start, end) of UTF-16 code units.' });

/** Where a text states something, in the plain text and in the original as received. */
export const EvidenceSchema = z
  .object({
    articleId: z.number().int(),
    sentence: z
      .object({
        index: z.number().int().min(0),
        text: z.string(),
        highlight: SpanSchema.describe('Where `text` (the evidence) lies in the sentence.'),
      })
      .describe('The sentence that states it, with the evidence highlighted.'),
    span: SpanSchema.describe('Offsets in the article\'s plain text.'),
    text: z.string().describe('The exact plain-text substring.'),
    original: z
      .object({ span: SpanSchema, text: z.string() })
      .describe('The same words in the original text (segmented, NFD... as received).'),
  })
  .meta({ id: 'Evidence' });

export type Evidence = z.infer<typeof EvidenceSchema>;

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']).describe('`ok` (HTTP 200) when the database can be read, is sound and, on a server that ingests, can be written; else `unavailable` (HTTP 503).'),
    articles: z.number().int().min(0).nullable().describe('Articles stored; null when the database cannot be read.'),
    database: z.object({
      readable: z.boolean().describe('A query answers, and none has failed on a damaged page since the last sound integrity check.'),
      writable: z.boolean().nullable().describe('On a server that ingests: the last write did not fail for want of room or rights, and the disk has room left. Null on a read-only server.'),
      integrity: z.enum(['ok', 'failed', 'unchecked']).describe('The last SQLite quick_check (at start, on a schedule and after an error): `unchecked` until the first one ends.'),
      integrityCheckedAt: z.string().nullable().describe('When the last quick_check ended.'),
      freeBytes: z.number().int().min(0).nullable().describe('Free space on the disk holding the database.'),
    }),
    problems: z.array(z.string()).describe('What is wrong, in words; empty when healthy.'),
  })
  .meta({
    id: 'Health',
    examples: [
      {
        status: 'ok',
        articles: 5,
        database: { readable: true, writable: null, integrity: 'ok', integrityCheckedAt: '2026-12-02T10:00:00.000Z', freeBytes: 52000000000 },
        problems: [],
      },
    ],
  });

export type Health = z.infer<typeof HealthSchema>;
