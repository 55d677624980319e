import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../db/client.js';
import { cleanArticle } from '../../../ingest/clean-article.js';
import type { RawArticle } from '../../../ingest/raw-article.js';
import { requireBearer } from '../../bearer-auth.js';
import { ApiError, ProblemSchema, type Problem } from '../../problem.js';
import { NoQuerySchema } from '../../schemas/common.js';
import { IngestBodySchema, IngestResultSchema, type IngestResult } from '../../schemas/ingest.js';

export interface IngestRouteOptions {
  /** A writable handle and the token writers must send; null when ingestion over HTTP is off. */
  ingest: { db: Db; token: string } | null;
}

const DISABLED = new ApiError('INGEST_DISABLED', 'This server does not accept articles over HTTP: its operator enables that by setting INGEST_TOKEN.');

const ingestRoutes: FastifyPluginAsyncZod<IngestRouteOptions> = async (app, { ingest }) => {
  const authenticate = ingest ? requireBearer(ingest.token) : null;
  // Extraction (lexicons, gazetteers) is loaded only by a server that ingests: the others start sooner.
  const ingestArticle = ingest ? (await import('../../../ingest/ingest-article.js')).ingestArticle : null;
  // Articles come as JSON only (Fastify also reads text/plain by default): anything else is a 415.
  app.removeContentTypeParser('text/plain');
  app.post(
    '/articles',
    {
      // Checked before the body is read: nobody without the token makes the server parse megabytes.
      onRequest: async (request) => {
        if (!authenticate) throw DISABLED;
        await authenticate(request);
      },
      schema: {
        operationId: 'ingestArticles',
        summary: 'Ingest articles',
        description:
          'Stores one article or a batch, through the same normalisation, extraction and idempotent storage as `tinfacts ingest`: an article sent again unchanged is left alone, one with the same `id` (or `url`) and a new text replaces the old one and its facts. Needs the ingest token; enabled only on servers configured with one.',
        tags: ['articles'],
        security: [{ ingestToken: [] }],
        querystring: NoQuerySchema,
        body: IngestBodySchema,
        response: {
          200: IngestResultSchema.describe('Nothing new: every article was updated, unchanged or failed.'),
          201: IngestResultSchema.describe('At least one article was added; for a single article, `Location` names it.'),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          500: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const writer = ingest!.db;
      const body = request.body;
      const batch = Array.isArray(body);
      // Checked (size, text, markup) like a file's articles, all before any is stored.
      const articles: RawArticle[] = [];
      const unusable: NonNullable<Problem['errors']> = [];
      for (const [index, raw] of (batch ? body : [body]).entries()) {
        const cleaned = cleanArticle(raw);
        if (cleaned.ok) articles.push(cleaned.article);
        else unusable.push({ in: 'body', name: batch ? `${index}.text` : 'text', message: cleaned.message });
      }
      if (unusable.length > 0) throw new ApiError('VALIDATION_FAILED', unusable.map((e) => `${e.name}: ${e.message}`).join('; '), unusable);
      const result: IngestResult = { added: 0, updated: 0, unchanged: 0, failed: 0, items: [] };
      for (const [index, article] of articles.entries()) {
        // Extraction is CPU work: reads waiting on the same process are answered between articles.
        if (index > 0) await nextTurn();
        const externalId = article.id ?? null;
        let outcome;
        try {
          outcome = ingestArticle!(writer, article);
        } catch (error) {
          request.log.error({ err: error, index, externalId }, 'article not stored');
          outcome = { status: 'failed' as const, message: 'it could not be stored; the error has been logged' };
        }
        result[outcome.status]++;
        result.items.push(
          outcome.status === 'failed'
            ? { index, status: 'failed', articleId: null, externalId, error: outcome.message }
            : { index, status: outcome.status, articleId: outcome.articleId, externalId },
        );
      }
      const only = result.items.length === 1 ? result.items[0] : undefined;
      if (only?.status === 'added') reply.header('Location', `${request.routeOptions.url}/${only.articleId}`);
      return reply.code(result.added > 0 ? 201 : 200).send(result);
    },
  );
};

export default ingestRoutes;
