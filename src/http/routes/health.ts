import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countArticles } from '../../db/repositories/articles.js';
import { ProblemSchema } from '../problem.js';
import { HealthSchema, NoQuerySchema } from '../schemas/common.js';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Check health',
        description: 'Answers 200 when the service can read its database.',
        tags: ['service'],
        querystring: NoQuerySchema,
        response: { 200: HealthSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async () => ({ status: 'ok' as const, articles: countArticles(app.db) }),
  );
};

export default healthRoutes;
