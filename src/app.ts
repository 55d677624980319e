import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CorsOrigins } from './config.js';
import type { Db } from './db/client.js';
import compress from './http/plugins/compress.js';
import cors from './http/plugins/cors.js';
import errors from './http/plugins/errors.js';
import etag from './http/plugins/etag.js';
import swagger from './http/plugins/swagger.js';
import health from './http/routes/health.js';
import v1 from './http/routes/v1/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface AppDeps {
  /** The database to serve; the caller owns it and closes it after the app. */
  db: Db;
  /** A pino logger; none (silent) when omitted. */
  logger?: FastifyBaseLogger;
  /** Origins whose pages may read the API (the CORS_ORIGINS setting); no CORS headers when omitted. */
  corsOrigins?: CorsOrigins;
}

/** The HTTP application, ready to `inject()` or `listen()`. The only way to get one. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    // Query strings like ?a=1&a=2 are rejected by the strict schemas rather than silently merged.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', deps.db);

  await app.register(errors);
  await app.register(cors, { origins: deps.corsOrigins ?? [] });
  // Before the routes, whose hooks they add to; compress before etag (see compress.ts).
  await app.register(compress);
  await app.register(etag);
  await app.register(swagger);
  await app.register(health);
  await app.register(v1, { prefix: '/v1' });
  return app;
}
