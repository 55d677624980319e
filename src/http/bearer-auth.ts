// Bearer-token authentication (RFC 6750) for the operations that write.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './problem.js';

const REALM = 'tinfacts';

/** Digests have one length whatever the token's, so the comparison time tells nothing about it. */
const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * An onRequest hook admitting only requests that carry `Authorization: Bearer <token>`: without
 * credentials a 401, with the wrong ones a 403, both with `WWW-Authenticate` (RFC 6750 §3).
 */
export function requireBearer(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      throw new ApiError('UNAUTHENTICATED', 'Send the ingest token as `Authorization: Bearer <token>`.', undefined, { 'WWW-Authenticate': `Bearer realm="${REALM}"` });
    }
    const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    if (!match) {
      throw new ApiError('UNAUTHENTICATED', 'The Authorization header is not of the form `Bearer <token>`.', undefined, {
        'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_request"`,
      });
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw new ApiError('FORBIDDEN', 'The token is not the ingest token of this server.', undefined, {
        'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_token"`,
      });
    }
  };
}
