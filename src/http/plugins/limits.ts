// Bounds on what one request may cost, and the problem answers for requests that break them
// before routing (the HTTP parser's own errors) as well as after.
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError, PROBLEM_CONTENT_TYPE, makeProblem, type ErrorCode } from '../problem.js';

/** Longest request target (path and query string), in bytes; beyond it a 414. */
export const MAX_URL_LENGTH = 8 * 1024;
/** Node's own bound on the request line and headers together; beyond it a 431 from the parser. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** Parser errors answered with a problem; anything else the parser rejects is a plain 400. */
const CLIENT_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', detail: 'The request was not received in time.' },
  HPE_HEADER_OVERFLOW: { code: 'HEADERS_TOO_LARGE', detail: `The request line and headers exceed ${MAX_HEADER_BYTES} bytes.` },
};

/**
 * Fastify's `clientErrorHandler`: answers a request the HTTP parser refused (too slow, headers too
 * large, not HTTP) with a problem, then closes the connection, as Node does by default.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { code, detail } = CLIENT_ERRORS[error.code ?? ''] ?? { code: 'VALIDATION_FAILED' as const, detail: 'The request is not valid HTTP.' };
  const problem = makeProblem(code, detail, '');
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

async function limitsPlugin(app: FastifyInstance) {
  // A client that reset its connection right after sending a request has no address and no one to
  // answer: the request is dropped here, before anything (the rate limiter's address lookup, a
  // query) works for it or logs its failure as an error.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.raw.socket?.destroyed || request.ip === undefined) {
      reply.hijack();
      request.raw.destroy();
      return;
    }
    done();
  });
  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) {
      throw new ApiError('URI_TOO_LONG', `The request URL is ${request.url.length} bytes long; the limit is ${MAX_URL_LENGTH}.`);
    }
  });
}

export default fp(limitsPlugin, { name: 'limits' });
