import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CorsOrigins, Limits } from './config.js';
import type { Db } from './db/client.js';
import { DatabaseHealth } from './http/database-health.js';
import type { ArticleIngestor } from './ingest/ingestor.js';
import compress from './http/plugins/compress.js';
import cors from './http/plugins/cors.js';
import errors, { answerFrameworkError } from './http/plugins/errors.js';
import etag from './http/plugins/etag.js';
import limits, { MAX_HEADER_BYTES, answerClientError } from './http/plugins/limits.js';
import rateLimit from './http/plugins/rate-limit.js';
import responseCache from './http/plugins/response-cache.js';
import securityHeaders from './http/plugins/security-headers.js';
import swagger from './http/plugins/swagger.js';
import health from './http/routes/health.js';
import v1 from './http/routes/v1/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** What `/healthz` reports; requests tell it of the database errors they meet. */
    health: DatabaseHealth;
  }
}

export interface AppDeps {
  /** The database to serve; the caller owns it and closes it after the app. */
  db: Db;
  /** A pino logger; none (silent) when omitted. */
  logger?: FastifyBaseLogger;
  /** Origins whose pages may read the API (the CORS_ORIGINS setting); no CORS headers when omitted. */
  corsOrigins?: CorsOrigins;
  /** Enables `POST /v1/articles`: what stores the articles (the caller owns it) and the token writers must send. */
  ingest?: { ingestor: ArticleIngestor; token: string };
  /** How often SQLite's quick_check runs (ms; 0: at start and after errors only); no checks when omitted. */
  integrityCheckMs?: number;
  /** Body size, timeouts and rate limiting; DEFAULT_LIMITS (no rate limiting) when omitted. */
  limits?: Limits;
  /** Bytes of answers kept until the database changes (plugins/response-cache.ts); none when omitted. */
  responseCacheBytes?: number;
}

/** What an app gets without configuration: generous bounds, no rate limiting. */
export const DEFAULT_LIMITS: Limits = {
  bodyLimitBytes: 8 * 1024 * 1024,
  trustProxy: [],
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 60_000,
  rateLimit: { max: 0, windowMs: 60_000, allowList: [] },
};

/** The HTTP application, ready to `inject()` or `listen()`. The only way to get one. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const bounds = deps.limits ?? DEFAULT_LIMITS;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    // Query strings like ?a=1&a=2 are rejected by the strict schemas rather than silently merged.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: bounds.bodyLimitBytes,
    ...(bounds.trustProxy.length > 0 ? { trustProxy: bounds.trustProxy } : {}),
    requestTimeout: bounds.requestTimeoutMs,
    connectionTimeout: bounds.connectionTimeoutMs,
    http: {
      maxHeaderSize: MAX_HEADER_BYTES,
      // Node checks request timeouts on this interval (30 s by default), so a short timeout needs a shorter one.
      connectionsCheckingInterval: Math.min(30_000, Math.ceil(bounds.requestTimeoutMs / 4)),
      // Given to Node with the headers' own bound: with the headers allowed longer (60 s by default)
      // than the whole request, Node cut a request whose body trickled in only once that longer
      // bound had passed.
      requestTimeout: bounds.requestTimeoutMs,
      headersTimeout: Math.min(60_000, bounds.requestTimeoutMs),
    },
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', deps.db);
  const databaseHealth = new DatabaseHealth({ db: deps.db, writes: deps.ingest !== undefined, integrityCheckMs: deps.integrityCheckMs ?? 0 });
  app.decorate('health', databaseHealth);
  if (deps.integrityCheckMs !== undefined) app.addHook('onReady', async () => databaseHealth.start());
  app.addHook('onClose', async () => databaseHealth.stop());

  await app.register(errors);
  // Headers first, so that every answer has them, refusals by the limits included.
  await app.register(securityHeaders);
  await app.register(limits);
  await app.register(rateLimit, bounds.rateLimit);
  await app.register(cors, { origins: deps.corsOrigins ?? [] });
  // After the plugins whose headers and refusals every answer gets; before those that work on the
  // route's payload (compression, ETag), which a cached answer still goes through.
  await app.register(responseCache, { maxBytes: deps.responseCacheBytes ?? 0 });
  // Before the routes, whose hooks they add to; compress before etag (see compress.ts).
  await app.register(compress);
  await app.register(etag);
  await app.register(swagger);
  await app.register(health);
  await app.register(v1, { prefix: '/v1', ingest: deps.ingest ?? null });
  return app;
}
