import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getArticle, listArticles } from '../../../db/repositories/articles.js';
import { readCursor, toPage } from '../../pagination.js';
import { notFound, ProblemSchema } from '../../problem.js';
import { ArticleListQuerySchema, ArticlePageSchema, ArticleSchema } from '../../schemas/articles.js';
import { IdParamsSchema, NoQuerySchema } from '../../schemas/common.js';

const articleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/articles',
    {
      schema: {
        operationId: 'listArticles',
        summary: 'List articles',
        description:
          'Articles in the order they were first ingested, with counts of their entities and facts. `q` searches titles and texts (full-text, ignoring accents, tone placement, case, punctuation and word segmentation): articles with the phrase exactly as typed come first, and each hit has a highlighted snippet.',
        tags: ['articles'],
        querystring: ArticleListQuerySchema,
        response: { 200: ArticlePageSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      const after = readCursor(request, cursor, filters);
      const rows = listArticles(app.db, { query: filters.q, after, limit: limit + 1 });
      return toPage(rows, limit, filters, request, reply, (row) => (row.match ? (row.match.exact ? 0 : 1) : null));
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        operationId: 'getArticle',
        summary: 'Get an article',
        description: 'The article with its original and plain text, every entity it names (with each mention\'s span in both texts) and every fact it states.',
        tags: ['articles'],
        params: IdParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: ArticleSchema, 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request) => {
      const article = getArticle(app.db, request.params.id);
      if (!article) throw notFound('article', request.params.id);
      return article;
    },
  );
};

export default articleRoutes;
