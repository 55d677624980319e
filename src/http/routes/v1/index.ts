import type { FastifyPluginAsync } from 'fastify';
import articleRoutes from './articles.js';
import entityRoutes from './entities.js';
import factRoutes from './facts.js';
import indicatorRoutes from './indicators.js';
import ingestRoutes, { type IngestRouteOptions } from './ingest.js';

/** Version 1 of the API, mounted under /v1. Within v1, changes are additive only. */
const v1: FastifyPluginAsync<IngestRouteOptions> = async (app, options) => {
  await app.register(articleRoutes);
  await app.register(ingestRoutes, { ingest: options.ingest });
  await app.register(factRoutes);
  await app.register(entityRoutes);
  await app.register(indicatorRoutes);
};

export default v1;
