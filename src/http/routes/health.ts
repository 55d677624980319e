import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../problem.js';
import { HealthSchema, NoQuerySchema } from '../schemas/common.js';

/** Health is read live: its answer (free disk space, the last integrity check) is never kept, so it has no entity tag. */
export const HEALTH_PATH = '/healthz';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    HEALTH_PATH,
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Check health',
        description:
          'Answers 200 when the service can read its database, the database passes SQLite\'s integrity check and, on a server that ingests, can be written; 503 with the same report, saying what is wrong, when not. Read live: `Cache-Control: no-store`, no entity tag.',
        tags: ['service'],
        querystring: NoQuerySchema,
        response: { 200: HealthSchema, 400: ProblemSchema, 500: ProblemSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const { healthy, body } = app.health.report();
      return reply.code(healthy ? 200 : 503).header('cache-control', 'no-store').send(body);
    },
  );
};

export default healthRoutes;
