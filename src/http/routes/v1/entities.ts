import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { entityExists, getEntity, listEntities, listEntityArticles } from '../../../db/repositories/entities.js';
import { readCursor, toPage } from '../../pagination.js';
import { notFound, ProblemSchema } from '../../problem.js';
import { resolveProvinceFilter } from '../../province-filter.js';
import { IdParamsSchema, NoQuerySchema } from '../../schemas/common.js';
import {
  EntityArticleListQuerySchema, EntityArticlePageSchema, EntityDetailSchema, EntityListQuerySchema, EntityPageSchema, type EntityArticlePage,
} from '../../schemas/entities.js';

const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/entities',
    {
      schema: {
        operationId: 'listEntities',
        summary: 'List entities',
        description:
          'People, provinces, conferences, organisations and countries named by the articles, one entity however it is spelt, with every spelling used and how often it is mentioned. With `q`, matches with the accents as typed come first.',
        tags: ['entities'],
        querystring: EntityListQuerySchema,
        response: { 200: EntityPageSchema, 400: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      const after = readCursor(request, cursor, filters);
      const provinceIds = filters.province === undefined ? undefined : resolveProvinceFilter(app.db, filters.province).entityIds;
      const rows = listEntities(app.db, { kind: filters.kind, query: filters.q, provinceIds, after, limit: limit + 1 });
      return toPage(rows, limit, filters, request, reply, (row) => (row.match ? (row.match === 'exact' ? 0 : 1) : null));
    },
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        operationId: 'getEntity',
        summary: 'Get an entity',
        description:
          'One entity with its aliases, the articles that name it, its facts and, for a person, the titles the articles give them with when each was attested, and others who may be the same person under a misspelt name.',
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

  app.get(
    '/entities/:id/articles',
    {
      schema: {
        operationId: 'listEntityArticles',
        summary: 'List the articles that name an entity',
        description: 'Every article that names the entity, by id, with how often: the whole list that an entity\'s `articles` begins, page by page.',
        tags: ['entities'],
        params: IdParamsSchema,
        querystring: EntityArticleListQuerySchema,
        response: { 200: EntityArticlePageSchema, 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { limit, cursor } = request.query;
      const after = readCursor(request, cursor, { id });
      if (!entityExists(app.db, id)) throw notFound('entity', id);
      const rows = listEntityArticles(app.db, id, after?.id ?? 0, limit + 1);
      return toPage(rows, limit, { id }, request, reply) satisfies EntityArticlePage;
    },
  );
};

export default entityRoutes;
