import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findEntityIdsByKeys } from '../../../db/repositories/entities.js';
import { getFact, listFacts } from '../../../db/repositories/facts.js';
import { relatedProvinceKeys } from '../../../domain/places/related.js';
import { decodeCursor } from '../../cursor.js';
import { toPage } from '../../pagination.js';
import { ApiError, notFound, ProblemSchema } from '../../problem.js';
import { IdParamsSchema, NoQuerySchema } from '../../schemas/common.js';
import { FactListQuerySchema, FactPageSchema, FactSchema } from '../../schemas/facts.js';

const factRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/facts',
    {
      schema: {
        operationId: 'listFacts',
        summary: 'List facts',
        description:
          'Figures and roles stated by the articles, each with its evidence. Filters combine with AND. `province` takes a name in any spelling or a scheme-qualified code, and also matches the units that province was formed from or merged into in the 2025 reform.',
        tags: ['facts'],
        querystring: FactListQuerySchema,
        response: { 200: FactPageSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      const afterId = decodeCursor(cursor, filters);
      const linkedTo: number[][] = [];
      if (filters.entity !== undefined) linkedTo.push([filters.entity]);
      if (filters.province !== undefined) {
        const keys = relatedProvinceKeys(filters.province);
        if (!keys) {
          throw new ApiError('UNKNOWN_PROVINCE', `province: "${filters.province}" is not the name or code of a Vietnamese province.`, [
            { in: 'query', name: 'province', message: 'unknown province' },
          ]);
        }
        linkedTo.push(findEntityIdsByKeys(app.db, 'province', keys));
      }
      const rows = listFacts(app.db, { type: filters.type, articleId: filters.article, linkedTo, afterId, limit: limit + 1 });
      return toPage(rows, limit, filters, request, reply);
    },
  );

  app.get(
    '/facts/:id',
    {
      schema: {
        operationId: 'getFact',
        summary: 'Get a fact',
        description: 'One fact with every sentence that states it and the entities it is linked to.',
        tags: ['facts'],
        params: IdParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: FactSchema, 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request) => {
      const fact = getFact(app.db, request.params.id);
      if (!fact) throw notFound('fact', request.params.id);
      return fact;
    },
  );
};

export default factRoutes;
