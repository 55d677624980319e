// Cross-origin reads from browsers (CORS), for the origins of the CORS_ORIGINS setting only.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { CorsOrigins } from '../../config.js';

export interface CorsOptions {
  /** `*` for any origin; none (no CORS headers at all) when empty. */
  origins: CorsOrigins;
}

async function corsPlugin(app: FastifyInstance, options: CorsOptions) {
  if (options.origins !== '*' && options.origins.length === 0) return;
  await app.register(cors, {
    // A list is compared with the request's Origin and only a listed one is echoed back (with
    // Vary: Origin); `*` answers every origin alike.
    origin: options.origins === '*' ? '*' : [...options.origins],
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    // An OPTIONS request that is not a full preflight is answered like one rather than with a
    // plain-text 400: the browser decides from the headers, and every error here is a problem.
    strictPreflight: false,
    // Beyond the CORS-safelisted response headers, scripts need these to revalidate and to page.
    exposedHeaders: ['ETag', 'Link'],
  });
}

export default fp(corsPlugin, { name: 'cors' });
