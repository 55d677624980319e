// Entity tags and conditional GET (RFC 9110 §8.8.3 and §13.1.2) for every answer to GET or HEAD
// that is buffered: a client that sends back the tag it holds gets a 304 without a body.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Caches may store answers but must revalidate them before each reuse (RFC 9111 §5.2.2.4): an
 * ingestion can change any answer at any moment and nothing could tell a cache when, so a max-age
 * would serve outdated facts. With the ETag a revalidation costs a 304 without a body. `no-store`
 * would forbid keeping the answer at all, and with it those cheap revalidations.
 */
export const DEFAULT_CACHE_CONTROL = 'no-cache';

export interface EtagOptions {
  /** Cache-Control of 200 answers to GET and HEAD that set none themselves. */
  cacheControl?: string;
}

/**
 * A strong entity-tag of the bytes: 128 bits of SHA-256 in base64url, quoted. It is computed on the
 * payload before any content coding; see ./compress.ts for the tag of a compressed answer.
 */
export function computeEtag(payload: string | Buffer): string {
  return `"${createHash('sha256').update(payload).digest().subarray(0, 16).toString('base64url')}"`;
}

const ENTITY_TAG = /(?:W\/)?"[^"]*"/g;

function opaqueTag(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

/**
 * The entity-tag of an If-None-Match field that matches `etag`, or undefined when none does.
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): two tags match when their opaque
 * tags are equal, whether either is marked weak (`W/`) or not. The field is `*` (any current
 * representation, so `etag` itself) or a list of tags; a tag may contain a comma, so the list is
 * read tag by tag rather than split on commas.
 */
export function matchIfNoneMatch(field: string, etag: string): string | undefined {
  if (field.trim() === '*') return etag;
  const wanted = opaqueTag(etag);
  return field.match(ENTITY_TAG)?.find((tag) => opaqueTag(tag) === wanted);
}

async function etagPlugin(app: FastifyInstance, options: EtagOptions) {
  const cacheControl = options.cacheControl ?? DEFAULT_CACHE_CONTROL;

  app.addHook('onSend', (request, reply, payload, done) => {
    // Preconditions only apply to what would otherwise be a 2xx (RFC 9110 §13.2.1); errors and
    // other methods are left as they are.
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return done(null, payload);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', cacheControl);
    // An answer no one may keep (`no-store`, as /healthz) has nothing to revalidate.
    if (/\bno-store\b/u.test(String(reply.getHeader('cache-control')))) return done(null, payload);
    // A stream is sent as it is produced: hashing it would mean holding it whole first.
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);

    const own = reply.getHeader('etag');
    const etag = typeof own === 'string' ? own : computeEtag(payload);
    reply.header('etag', etag);
    const field = request.headers['if-none-match'];
    const matched = field === undefined ? undefined : matchIfNoneMatch(field, etag);
    if (matched === undefined) return done(null, payload);

    // The 304 carries the tag the client holds, so that a cache that stored it (strong, or weak
    // from a compressed answer) finds the response to freshen (RFC 9111 §4.3.4). ETag, Vary and
    // Cache-Control stay; the metadata of the absent body goes (RFC 9110 §15.4.5).
    reply.code(304).header('etag', matched).removeHeader('content-type').removeHeader('content-length');
    // No body at all, not an empty one that would be given a Content-Length: 0. Fastify's own
    // hook for HEAD routes, which runs after this one, expects a stream there rather than null.
    done(null, request.method === 'HEAD' ? Readable.from([]) : null);
  });
}

export default fp(etagPlugin, { name: 'etag' });
