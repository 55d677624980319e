// Compression (br, gzip) of JSON, CSV and NDJSON answers, buffered or streamed, as the client's
// Accept-Encoding asks.
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, onSendHookHandler } from 'fastify';
import fp from 'fastify-plugin';

/** Smaller buffered answers go out as they are: below about one packet, compression gains nothing. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * JSON (with application/problem+json), NDJSON, CSV and the other text types (the docs' HTML, CSS
 * and scripts). Not event streams, whose events compression would hold back.
 */
const COMPRESSIBLE = /^(?:application\/(?:[\w.-]+\+)?json|application\/x-ndjson|application\/javascript|text\/(?!event-stream)[\w.+-]+)\s*(?:;|$)/i;

function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

function varyOnAcceptEncoding(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '');
  if (fields.some((field) => field === '*' || field.toLowerCase() === 'accept-encoding')) return;
  // Lower case, as @fastify/compress writes it and looks for it, so that it is not added twice.
  reply.header('vary', [...fields, 'accept-encoding'].join(', '));
}

/**
 * A compressed answer is another representation than the identity one its ETag was computed on
 * (content codings are part of the representation: RFC 9110 §8.8.3.3), so it may not carry the same
 * strong tag. It carries the weak form of it instead, which may be shared by semantically
 * equivalent representations; If-None-Match compares weakly, so the identity tag, the weak tag
 * or either of them sent with another Accept-Encoding all revalidate to a 304.
 */
const weakenEtagOfEncoded: onSendHookHandler = (_request, reply, payload, done) => {
  const encoding = reply.getHeader('content-encoding');
  const etag = reply.getHeader('etag');
  if (encoding !== undefined && encoding !== 'identity' && typeof etag === 'string' && !etag.startsWith('W/')) {
    reply.header('etag', `W/${etag}`);
  }
  done(null, payload);
};

async function compressPlugin(app: FastifyInstance) {
  // Every answer of a compressible type depends on Accept-Encoding, also when it goes out
  // uncompressed (too small, not asked for, or a 304), so that a shared cache keeps one copy per
  // coding. This hook runs before the ETag plugin's (registered after this one) turns an answer
  // into a 304 and drops its Content-Type.
  app.addHook('onSend', (_request, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && isCompressible(type)) varyOnAcceptEncoding(reply);
    done(null, payload);
  });

  await app.register(compress, {
    global: true,
    // The API takes no request bodies.
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    customTypes: COMPRESSIBLE,
  });

  // @fastify/compress compresses in a hook of each route; this one is added after it on every route.
  app.addHook('onRoute', (route) => {
    const own = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
    route.onSend = [...own, weakenEtagOfEncoded];
  });
}

export default fp(compressPlugin, { name: 'compress' });
