import { z } from 'zod';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const IdParamsSchema = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: 'Numeric id, as returned in `id` fields.', example: 1 }),
});

/** Query parameters every list endpoint takes. */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .meta({ description: `Items per page (1-${MAX_LIMIT}).`, example: DEFAULT_LIMIT }),
  cursor: z
    .string()
    .min(1)
    .max(512)
    .optional()
    .meta({ description: 'Opaque cursor from a previous page\'s `next`; only valid with the same filters.' }),
};

/** A free-text search parameter. */
export function searchQuery(description: string, example: string) {
  return z.string().min(1).max(200).optional().meta({ description, example });
}

/** A page of a keyset-paginated list; `next` is null on the last page. */
export function pageOf<T extends z.ZodType>(item: T, id: string, description: string) {
  return z
    .object({
      items: z.array(item),
      next: z.string().nullable().describe('Cursor for the next page, or null on the last page.'),
      nextUrl: z.string().nullable().describe('Path and query of the next page, or null on the last page.'),
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
    sentence: z.object({ index: z.number().int().min(0), text: z.string() }),
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
    status: z.enum(['ok']),
    articles: z.number().int().min(0),
  })
  .meta({ id: 'Health', examples: [{ status: 'ok', articles: 5 }] });
