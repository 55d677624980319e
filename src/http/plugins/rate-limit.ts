// At most `max` requests per client address per window (@fastify/rate-limit); an RFC 9457 problem
// with Retry-After beyond that. Addresses of the allow-list (by default loopback) are never limited.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RateLimit } from '../../config.js';
import { ApiError } from '../problem.js';

async function rateLimitPlugin(app: FastifyInstance, options: RateLimit) {
  if (options.max === 0) return;
  await app.register(rateLimit, {
    global: true,
    max: options.max,
    timeWindow: options.windowMs,
    allowList: options.allowList,
    errorResponseBuilder: (_request, context) =>
      new ApiError('TOO_MANY_REQUESTS', `This address made more than ${context.max} requests in ${options.windowMs / 1000} s: retry in ${context.after}.`),
  });
}

export default fp(rateLimitPlugin, { name: 'rate-limit' });
