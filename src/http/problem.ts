// One error shape everywhere: RFC 9457 problem details (https://www.rfc-editor.org/rfc/rfc9457),
// with a stable machine-readable `code` from the registry below.
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Every error the API can answer with. Codes are stable; titles are for people. */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  INVALID_CURSOR: { status: 400, title: 'The cursor is not valid for this request' },
  UNKNOWN_PROVINCE: { status: 400, title: 'No province has that name or code' },
  UNAUTHENTICATED: { status: 401, title: 'The request needs a bearer token' },
  FORBIDDEN: { status: 403, title: 'The token does not allow this' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such endpoint' },
  INGEST_DISABLED: { status: 404, title: 'Ingestion over HTTP is not enabled on this server' },
  ARTICLE_NOT_FOUND: { status: 404, title: 'No article has that id' },
  FACT_NOT_FOUND: { status: 404, title: 'No fact has that id' },
  ENTITY_NOT_FOUND: { status: 404, title: 'No entity has that id' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'The endpoint does not accept that method' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request is too large' },
  URI_TOO_LONG: { status: 414, title: 'The request URL is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body has an unsupported media type' },
  TOO_MANY_REQUESTS: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  INTERNAL_ERROR: { status: 500, title: 'Something went wrong on our side' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'The service is not ready' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().min(400).max(599),
    detail: z.string().describe('What went wrong with this request.'),
    instance: z.string().describe('The path of the request.'),
    code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]).describe('Stable machine-readable error code.'),
    errors: z
      .array(
        z.object({
          in: z.enum(['query', 'path', 'header', 'body']),
          name: z.string().describe('The parameter (or body field path) that is wrong.'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('Each invalid parameter, for validation problems.'),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details object.',
    examples: [
      {
        type: 'urn:tinfacts:problem:validation-failed',
        title: 'The request is not valid',
        status: 400,
        detail: 'limit: Too big: expected number to be <=100',
        instance: '/v1/facts?limit=1000',
        code: 'VALIDATION_FAILED',
        errors: [{ in: 'query', name: 'limit', message: 'Too big: expected number to be <=100' }],
      },
    ],
  });

export type Problem = z.infer<typeof ProblemSchema>;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: Problem['errors'],
    /** Headers the answer needs (`WWW-Authenticate` of a 401, say). */
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** All a client learns of a failure on our side; the details go to the log. */
export const INTERNAL_ERROR_DETAIL = 'The request could not be completed. It has been logged.';

const NOT_FOUND_CODES = { article: 'ARTICLE_NOT_FOUND', fact: 'FACT_NOT_FOUND', entity: 'ENTITY_NOT_FOUND' } as const;
export type Resource = keyof typeof NOT_FOUND_CODES;

/** The error for an id that names nothing. */
export function notFound(resource: Resource, id: number): ApiError {
  return new ApiError(NOT_FOUND_CODES[resource], `No ${resource} has id ${id}.`);
}

/**
 * Bounds of a problem's parts: a request of 8 KiB of unknown parameters would otherwise be echoed
 * back many times over (its URL in `instance`, each parameter in `errors` and again in `detail`).
 */
export const PROBLEM_BOUNDS = { errors: 20, name: 100, message: 300, detail: 2000, instance: 1000 } as const;

/** `text` cut to `max` characters, "…" marking the cut. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function makeProblem(code: ErrorCode, detail: string, instance: string, errors?: Problem['errors']): Problem {
  const { status, title } = ERRORS[code];
  const listed = errors?.slice(0, PROBLEM_BOUNDS.errors).map((e) => ({ ...e, name: cut(e.name, PROBLEM_BOUNDS.name), message: cut(e.message, PROBLEM_BOUNDS.message) }));
  const more = errors && errors.length > PROBLEM_BOUNDS.errors ? ` (${errors.length} problems; the first ${PROBLEM_BOUNDS.errors} are listed)` : '';
  return {
    type: `urn:tinfacts:problem:${kebab(code)}`,
    title,
    status,
    detail: cut(detail, PROBLEM_BOUNDS.detail - more.length) + more,
    instance: cut(instance, PROBLEM_BOUNDS.instance),
    code,
    ...(listed ? { errors: listed } : {}),
  };
}
