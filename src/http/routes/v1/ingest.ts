import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cleanArticle } from '../../../ingest/clean-article.js';
import type { ArticleIngestor } from '../../../ingest/ingestor.js';
import type { RawArticle } from '../../../ingest/raw-article.js';
import { requireBearer } from '../../bearer-auth.js';
import { ApiError, ProblemSchema, type Problem } from '../../problem.js';
import { NoQuerySchema } from '../../schemas/common.js';
import { IngestBodySchema, IngestResultSchema, type IngestResult } from '../../schemas/ingest.js';

export interface IngestRouteOptions {
  /** What stores the articles and the token writers must send; null when ingestion over HTTP is off. */
  ingest: { ingestor: ArticleIngestor; token: string } | null;
}

/** When a client whose whole batch met another writer's lock should come back, in seconds. */
const RETRY_AFTER_SECONDS = 5;

const DISABLED = new ApiError('INGEST_DISABLED', 'This server does not accept articles over HTTP: its operator enables that by setting INGEST_TOKEN.');

const ingestRoutes: FastifyPluginAsyncZod<IngestRouteOptions> = async (app, { ingest }) => {
  const authenticate = ingest ? requireBearer(ingest.token) : null;
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
          503: ProblemSchema.describe('No article could be stored for a reason that may pass (another writer held the database, the disk was full): send the same request again after `Retry-After` seconds.'),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const batch = Array.isArray(body);
      // Checked (size, text, markup) like a file's articles, all before any is stored.
      const articles: RawArticle[] = [];
      const unusable: NonNullable<Problem['errors']> = [];
      for (const [index, raw] of (batch ? body : [body]).entries()) {
        const cleaned = cleanArticle(raw);
        if (cleaned.ok) articles.push(cleaned.article);
        else unusable.push({ in: 'body', name: batch ? `${index}.${cleaned.field}` : cleaned.field, message: cleaned.message });
      }
      if (unusable.length > 0) throw new ApiError('VALIDATION_FAILED', unusable.map((e) => `${e.name}: ${e.message}`).join('; '), unusable);

      // Extraction and storage run in the ingestor's worker thread: reads go on meanwhile.
      const stored = await ingest!.ingestor.ingest(articles);
      const result: IngestResult = { added: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0, items: [] };
      for (const [index, { outcome, warnings, cause }] of stored.entries()) {
        const externalId = articles[index]!.id ?? null;
        if (outcome.status === 'failed') app.health.noteWrite(outcome);
        else if (outcome.status === 'added' || outcome.status === 'updated') app.health.noteWrite(null);
        if (cause) request.log.error({ err: cause, index, externalId }, 'article not stored');
        result[outcome.status]++;
        const extra = warnings.length > 0 ? { warnings } : {};
        result.items.push(
          outcome.status === 'failed'
            ? { index, status: 'failed', articleId: null, externalId, error: outcome.message, retryable: outcome.retryable, ...extra }
            : { index, status: outcome.status, articleId: outcome.articleId, externalId, ...extra },
        );
      }
      if (result.items.every((item) => item.status === 'failed' && item.retryable)) {
        throw new ApiError(
          'SERVICE_UNAVAILABLE',
          `None of the ${result.items.length} articles could be stored now (${result.items[0]?.error ?? 'unknown'}); nothing was changed: send them again in ${RETRY_AFTER_SECONDS} s.`,
          undefined,
          { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        );
      }
      const only = result.items.length === 1 ? result.items[0] : undefined;
      if (only?.status === 'added') reply.header('Location', `${request.routeOptions.url}/${only.articleId}`);
      return reply.code(result.added > 0 ? 201 : 200).send(result);
    },
  );
};

export default ingestRoutes;
