// Turns every failure into an RFC 9457 problem (see ../problem.ts). 5xx details go to the log only.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, ERRORS, INTERNAL_ERROR_DETAIL, PROBLEM_CONTENT_TYPE, makeProblem, type ErrorCode, type Problem } from '../problem.js';

const PARAM_LOCATION = { querystring: 'query', params: 'path', headers: 'header', body: 'body' } as const;

function send(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, detail: string, errors?: Problem['errors']) {
  return reply
    .code(ERRORS[code].status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(makeProblem(code, detail, request.url, errors));
}

/** Maps a client error raised by Fastify itself (bad body, size limits, media types...) to our codes. */
function codeForClientError(status: number): ErrorCode | null {
  if (status < 400 || status >= 500) return null;
  const match = Object.entries(ERRORS).find(([, e]) => e.status === status);
  return match ? (match[0] as ErrorCode) : 'VALIDATION_FAILED';
}

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return send(reply, request, error.code, error.detail, error.errors);

    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = PARAM_LOCATION[(error.validationContext ?? 'querystring') as keyof typeof PARAM_LOCATION] ?? 'query';
      const errors = error.validation.flatMap((issue) => {
        // One entry per unknown parameter, so that each can be named.
        const unknownKeys = (issue.params as { keys?: string[] }).keys;
        if (unknownKeys?.length) return unknownKeys.map((name) => ({ in: where, name, message: 'unknown parameter' }));
        const name = issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)';
        return [{ in: where, name, message: issue.message }];
      });
      return send(reply, request, 'VALIDATION_FAILED', errors.map((e) => `${e.name}: ${e.message}`).join('; '), errors);
    }

    const status = error.statusCode ?? 500;
    const code = codeForClientError(status);
    if (code) return send(reply, request, code, error.message);

    request.log.error({ err: error }, 'request failed');
    return send(reply, request, 'INTERNAL_ERROR', INTERNAL_ERROR_DETAIL);
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 'ROUTE_NOT_FOUND', `${request.method} ${request.url.split('?')[0]} is not an endpoint of this API.`));
}

export default fp(errorsPlugin, { name: 'errors' });
