import type { FastifyPluginAsync } from 'fastify';
import articleRoutes from './articles.js';
import entityRoutes from './entities.js';
import factRoutes from './facts.js';

/** Version 1 of the API, mounted under /v1. Within v1, changes are additive only. */
const v1: FastifyPluginAsync = async (app) => {
  await app.register(articleRoutes);
  await app.register(factRoutes);
  await app.register(entityRoutes);
};

export default v1;
