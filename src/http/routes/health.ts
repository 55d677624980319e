import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../problem.js';
import { HealthSchema, NoQuerySchema } from '../schemas/common.js';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Check health',
        description:
          'Answers 200 when the service can read its database, the database passes SQLite\'s integrity check and, on a server that ingests, can be written; 503 with the same report, saying what is wrong, when not.',
        tags: ['service'],
        querystring: NoQuerySchema,
        response: { 200: HealthSchema, 400: ProblemSchema, 500: ProblemSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const { healthy, body } = app.health.report();
      return reply.code(healthy ? 200 : 503).send(body);
    },
  );
};

export default healthRoutes;
