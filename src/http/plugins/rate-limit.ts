// At most `max` requests per client address per window (@fastify/rate-limit); an RFC 9457 problem
// with Retry-After beyond that. Addresses of the allow-list (by default loopback) are never limited.
//
// The limit is checked in an onRequest hook of the whole app, registered before the response cache:
// an answer kept in memory, and a request for no endpoint, count as any other request (a route's own
// hook, which the plugin adds by default, would run only after the cache had answered).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RateLimit } from '../../config.js';
import { ApiError } from '../problem.js';

async function rateLimitPlugin(app: FastifyInstance, options: RateLimit) {
  if (options.max === 0) return;
  await app.register(rateLimit, {
    global: false,
    max: options.max,
    timeWindow: options.windowMs,
    allowList: options.allowList,
    errorResponseBuilder: (_request, context) =>
      new ApiError('TOO_MANY_REQUESTS', `This address made more than ${context.max} requests in ${options.windowMs / 1000} s: retry in ${context.after}.`),
  });
  app.addHook('onRequest', app.rateLimit());
}

export default fp(rateLimitPlugin, { name: 'rate-limit' });
