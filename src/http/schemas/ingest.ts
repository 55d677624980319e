import { z } from 'zod';
import { RawArticleSchema } from '../../ingest/raw-article.js';

/** Articles one request may carry: enough for a feed's batch, few enough to answer within seconds. */
export const MAX_BATCH = 500;

export const IngestBodySchema = z
  .union([RawArticleSchema, z.array(RawArticleSchema).min(1).max(MAX_BATCH)])
  .describe(`One article, or an array of 1-${MAX_BATCH}. Each has the fields of a line of a JSONL file.`);

export const INGEST_STATUSES = ['added', 'updated', 'unchanged', 'duplicate', 'failed'] as const;

export const IngestItemSchema = z.object({
  index: z.number().int().min(0).describe('Position in the request (0 for a single article).'),
  status: z
    .enum(INGEST_STATUSES)
    .describe(
      '`added`: new. `updated`: the same id (or url) with a new text or metadata. `unchanged`: already stored as sent. `duplicate`: the same text is stored already as another article (`articleId`), which is kept. `failed`: see `error` and `retryable`.',
    ),
  articleId: z.number().int().nullable().describe('The stored article, for `GET /v1/articles/{id}`; for a duplicate the article stored before; null when it failed.'),
  externalId: z.string().nullable().describe('The `id` sent, if any.'),
  error: z.string().optional().describe('Why the article was not stored.'),
  retryable: z
    .boolean()
    .optional()
    .describe('For `failed`: true when sending the same article again later may succeed (another writer held the database, the disk was full); false when it will fail again.'),
  warnings: z
    .array(z.string())
    .optional()
    .describe('What was stored without all of it (an article yielding more figures, dates or entities than one article may keep, quantities refused as figures), or why a duplicate was not stored.'),
});

export const IngestResultSchema = z
  .object({
    added: z.number().int().min(0),
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    duplicate: z.number().int().min(0),
    failed: z.number().int().min(0),
    items: z.array(IngestItemSchema).describe('One entry per article sent, in order.'),
  })
  .meta({
    id: 'IngestResult',
    description: 'What ingesting the request changed. Articles are stored one by one: each that succeeded stays stored even when another failed.',
    examples: [{ added: 1, updated: 0, unchanged: 0, duplicate: 0, failed: 0, items: [{ index: 0, status: 'added', articleId: 6, externalId: 'vnx-2024-0412' }] }],
  });

export type IngestResult = z.infer<typeof IngestResultSchema>;
