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

const notAnEndpoint = (request: FastifyRequest) => `${request.method} ${request.url.split('?')[0]} is not an endpoint of this API.`;

/** A route's path as a pattern of paths: `:id` one segment, `*` anything. */
function pathPattern(url: string): RegExp {
  const source = url
    .replace(/\/+$/, '')
    .split('/')
    // The router gives a parameter an empty segment too (`/v1/facts//`).
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  // Routes ignore a trailing slash (the router's ignoreTrailingSlash).
  return new RegExp(`^${source}/?$`);
}

/**
 * The methods the app answers at each path, to tell a wrong method on a real endpoint (405 with
 * `Allow`, RFC 9110 §15.5.6) from a path that names nothing (404).
 */
class MethodsByPath {
  private readonly routes: { pattern: RegExp; methods: string[] }[] = [];

  add(url: string, method: string | string[]): void {
    // A catch-all (the CORS preflight's `OPTIONS *`) says nothing of which paths exist.
    if (url === '*' || url === '/*') return;
    const methods = Array.isArray(method) ? method : [method];
    this.routes.push({ pattern: pathPattern(url), methods });
  }

  allowed(path: string): string[] {
    let decoded = path;
    try {
      decoded = decodeURI(path);
    } catch {
      // a path that is not valid percent-encoding is matched as it is
    }
    const found = new Set<string>();
    for (const route of this.routes) if (route.pattern.test(path) || route.pattern.test(decoded)) for (const m of route.methods) found.add(m);
    return [...found].sort();
  }
}

/** The parts of a zod issue read here (https://zod.dev/packages/core#issue-types). */
interface ZodIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  /** Of a union: each alternative's issues. */
  errors?: ZodIssue[][];
}

/**
 * A value that fits no alternative of a union: "Invalid input" names nothing. The alternative of the
 * value's own shape (an array for an array, an object for an object) names the fields that are wrong.
 */
function unionIssues(path: PropertyKey[], branches: ZodIssue[][]): ZodIssue[] {
  const ofItsShape = branches.filter((branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  const candidates = ofItsShape.length > 0 ? ofItsShape : branches;
  const best = candidates.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((i) => (i.errors ? unionIssues([...path, ...i.path], i.errors) : [{ ...i, path: [...path, ...i.path] }]));
}

/** Router errors, raised before any route or hook (Fastify's `frameworkErrors` option). */
const FRAMEWORK_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_BAD_URL: { code: 'VALIDATION_FAILED', detail: 'The path is not a valid URL: each % must start an escape of two hexadecimal digits.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', detail: 'A path parameter is longer than the server accepts.' },
};

export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = FRAMEWORK_ERRORS[error.code];
  if (!known) request.log.error({ err: error }, 'router error');
  const { code, detail } = known ?? { code: 'INTERNAL_ERROR' as const, detail: INTERNAL_ERROR_DETAIL };
  void send(reply, request, code, detail);
}

async function errorsPlugin(app: FastifyInstance) {
  const methods = new MethodsByPath();
  app.addHook('onRoute', (route) => methods.add(route.url, route.method));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A request for no endpoint is answered as such, whatever Fastify made of its body or media type;
    // our own refusals (rate limit, URL length) stand.
    if (request.is404 && !(error instanceof ApiError) && (error.statusCode ?? 500) < 500) {
      return send(reply, request, 'ROUTE_NOT_FOUND', notAnEndpoint(request));
    }

    if (error instanceof ApiError) {
      if (error.headers) reply.headers(error.headers);
      return send(reply, request, error.code, error.detail, error.errors);
    }

    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = PARAM_LOCATION[(error.validationContext ?? 'querystring') as keyof typeof PARAM_LOCATION] ?? 'query';
      const errors = error.validation.flatMap((issue) => {
        const path = String(issue.instancePath).split('/').filter((part) => part !== '');
        const { keys, errors: branches } = issue.params as Pick<ZodIssue, 'keys' | 'errors'>;
        const issues = branches ? unionIssues(path, branches) : [{ code: issue.keyword, path, message: issue.message, keys }];
        return issues.flatMap((i) => {
          const name = i.path.join('.');
          // One entry per unknown parameter, so that each can be named.
          if (i.keys?.length) return i.keys.map((key) => ({ in: where, name: name ? `${name}.${key}` : key, message: 'unknown parameter' }));
          return [{ in: where, name: name || '(root)', message: i.message }];
        });
      });
      return send(reply, request, 'VALIDATION_FAILED', errors.map((e) => `${e.name}: ${e.message}`).join('; '), errors);
    }

    const status = error.statusCode ?? 500;
    const code = codeForClientError(status);
    if (code) return send(reply, request, code, error.message);

    request.log.error({ err: error }, 'request failed');
    // A damaged database file answers 500s until someone acts: /healthz says so from now on.
    request.server.health?.noteError(error);
    return send(reply, request, 'INTERNAL_ERROR', INTERNAL_ERROR_DETAIL);
  });

  app.setNotFoundHandler((request, reply) => {
    const allowed = methods.allowed(request.url.split('?')[0]!);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return send(reply, request, 'METHOD_NOT_ALLOWED', `${request.url.split('?')[0]} answers ${allowed.join(', ')}, not ${request.method}.`);
    }
    return send(reply, request, 'ROUTE_NOT_FOUND', notAnEndpoint(request));
  });
}

export default fp(errorsPlugin, { name: 'errors' });
