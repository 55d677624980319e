import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getEntity, listEntities } from '../../../db/repositories/entities.js';
import { foldKey } from '../../../domain/text/keys.js';
import { decodeCursor } from '../../cursor.js';
import { toPage } from '../../pagination.js';
import { notFound, ProblemSchema } from '../../problem.js';
import { IdParamsSchema, NoQuerySchema } from '../../schemas/common.js';
import { EntityDetailSchema, EntityListQuerySchema, EntityPageSchema } from '../../schemas/entities.js';

const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/entities',
    {
      schema: {
        operationId: 'listEntities',
        summary: 'List entities',
        description: 'People, provinces, conferences, organisations and countries named by the articles, with every spelling used and how often they are mentioned.',
        tags: ['entities'],
        querystring: EntityListQuerySchema,
        response: { 200: EntityPageSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      const afterId = decodeCursor(cursor, filters);
      const foldedQuery = filters.q ? foldKey(filters.q) : undefined;
      const rows = listEntities(app.db, { kind: filters.kind, foldedQuery, afterId, limit: limit + 1 });
      return toPage(rows, limit, filters, request, reply);
    },
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        operationId: 'getEntity',
        summary: 'Get an entity',
        description: 'One entity with its aliases, the articles that name it and, for a person, the titles the articles give them.',
        tags: ['entities'],
        params: IdParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: EntityDetailSchema, 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request) => {
      const entity = getEntity(app.db, request.params.id);
      if (!entity) throw notFound('entity', request.params.id);
      return entity;
    },
  );
};

export default entityRoutes;
