// The OpenAPI 3.1 document, generated from the zod route schemas, and Swagger UI to explore it.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { INTERNAL_ERROR_DETAIL, PROBLEM_CONTENT_TYPE, makeProblem, notFound, type Problem, type Resource } from '../problem.js';
import { HEALTH_PATH } from '../routes/health.js';

export const API_VERSION = '1.0.0';

const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  400: 'The request is not valid: an unknown or malformed parameter, or a cursor that does not fit.',
  401: 'No credentials: send `Authorization: Bearer <token>`. `WWW-Authenticate` says so too.',
  403: 'The token is not the one this server accepts.',
  404: 'Nothing has that id.',
  413: 'The body is larger than the server accepts (BODY_LIMIT_BYTES).',
  414: 'The request URL (path and query string) is longer than the server accepts.',
  415: 'The body is not `application/json`.',
  429: 'Too many requests from this address in the current window (when the server limits rates); `Retry-After` says when to try again.',
  500: 'Something went wrong on our side; details are logged, not shown.',
};

type Transform = typeof jsonSchemaTransform;

/** The resource behind each collection path segment. */
const RESOURCES: Record<string, Resource> = { articles: 'article', facts: 'fact', entities: 'entity' };

/** A realistic problem for each error status of the operation at `url` ("/v1/facts/:id"). */
function problemExample(status: string, url: string, paginated: boolean): Problem | undefined {
  const byId = url.endsWith('/:id');
  const path = url.replace(':id', '999');
  if (status === '400') {
    if (byId) {
      const message = 'Invalid input: expected number, received string';
      return makeProblem('VALIDATION_FAILED', `id: ${message}`, url.replace(':id', 'abc'), [{ in: 'path', name: 'id', message }]);
    }
    if (paginated) {
      const message = 'Too big: expected number to be <=100';
      return makeProblem('VALIDATION_FAILED', `limit: ${message}`, `${path}?limit=1000`, [{ in: 'query', name: 'limit', message }]);
    }
    return makeProblem('VALIDATION_FAILED', 'verbose: unknown parameter', `${path}?verbose=1`, [{ in: 'query', name: 'verbose', message: 'unknown parameter' }]);
  }
  const resource = RESOURCES[url.split('/')[2] ?? ''];
  if (status === '404' && byId && resource) {
    const error = notFound(resource, 999);
    return makeProblem(error.code, error.detail, path);
  }
  if (status === '500') return makeProblem('INTERNAL_ERROR', INTERNAL_ERROR_DETAIL, path);
  if (status === '429') return makeProblem('TOO_MANY_REQUESTS', 'This address made more than 600 requests in 60 s: retry in 1 minute.', path);
  return undefined;
}

/** What the ETag plugin (./etag.ts) adds to every GET operation: RFC 9110 §13.1.2 conditional requests. */
const IF_NONE_MATCH_HEADER = {
  type: 'string',
  description:
    'Entity tags (from `ETag`) of copies the client holds, or `*`. They are compared weakly (RFC 9110 §13.1.2), so `W/"…"` and `"…"` match alike; when one matches, the answer is 304 Not Modified without a body.',
};
const ETAG_HEADER = {
  type: 'string',
  description:
    'Entity tag of this answer, to send back in `If-None-Match`: strong for the uncompressed bytes, its weak form `W/"…"` when the answer is compressed.',
};
const NOT_MODIFIED_RESPONSE = {
  type: 'null',
  description: 'Not Modified: a tag of `If-None-Match` matches, so the copy the client holds is current. No body; `ETag`, `Cache-Control` and `Vary` as in a 200.',
};

/** What a list with a `format` parameter streams instead of JSON pages (see ../negotiate.ts). */
const EXPORT_CONTENT = {
  'text/csv': { schema: { type: 'string', description: 'RFC 4180 CSV with a header row (`format=csv` or `Accept: text/csv`).' } },
  'application/x-ndjson': { schema: { type: 'string', description: 'One JSON object a line (`format=ndjson` or `Accept: application/x-ndjson`).' } },
};

/** A problem answer, as the zod transform writes a response of ProblemSchema. */
const ProblemResponse = { $ref: '#/components/schemas/Problem' };

type JsonObject = { type?: string; properties?: Record<string, unknown>; [key: string]: unknown };

function isGet(method: string | string[]): boolean {
  return Array.isArray(method) ? method.includes('GET') : method === 'GET';
}

/**
 * The zod transform gives bare schemas; this adds what the document needs beyond them: a description
 * for every response, `application/problem+json` with a fitting example for errors, the `Link`
 * header of paginated lists, and for GET the `If-None-Match`, `ETag` and 304 of conditional requests.
 */
const transform: Transform = (input) => {
  const out = jsonSchemaTransform(input);
  // A route declared without a schema (or hidden) is listed as it is.
  const operation = out.schema as { hide?: boolean; headers?: JsonObject; response?: Record<string, Record<string, unknown>> } | undefined;
  if (!operation || operation.hide) return out;
  // Health is read live and never tagged (see ../routes/health.ts).
  const conditional = isGet(input.route.method) && input.url !== HEALTH_PATH;
  if (conditional) {
    const headers = operation.headers ?? { type: 'object' };
    operation.headers = { ...headers, properties: { ...headers.properties, 'If-None-Match': IF_NONE_MATCH_HEADER } };
  }
  const response = operation.response;
  if (!response) return out;
  // Any operation can meet the bounds of ./limits.ts and ./rate-limit.ts.
  response['414'] ??= ProblemResponse;
  response['429'] ??= ProblemResponse;
  const query = (input.schema?.querystring as { shape?: object } | undefined)?.shape ?? {};
  const paginated = 'cursor' in query;
  const exportable = 'format' in query;
  for (const [status, schema] of Object.entries(response)) {
    const { description, ...bare } = schema as { description?: string };
    const example = problemExample(status, input.url, paginated);
    const headers = {
      ...(conditional && status === '200' ? { ETag: ETAG_HEADER } : {}),
      ...(paginated && status === '200' ? { Link: { type: 'string', description: 'RFC 8288 link to the next page (rel="next"), when there is one.' } } : {}),
    };
    response[status] = {
      description: description ?? RESPONSE_DESCRIPTIONS[status] ?? 'Response',
      content:
        Number(status) >= 400
          ? { [PROBLEM_CONTENT_TYPE]: { schema: bare, ...(example ? { example } : {}) } }
          : { 'application/json': { schema: bare }, ...(exportable && status === '200' ? EXPORT_CONTENT : {}) },
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    };
  }
  if (conditional && response['200']) response['304'] = { ...NOT_MODIFIED_RESPONSE };
  return out;
};

type TransformObject = typeof jsonSchemaTransformObject;
type Schemas = Record<string, Record<string, unknown>>;

/**
 * Component schemas as OpenAPI 3.1 wants them: without the `$id`/`$schema` that the registry adds
 * (linters reject a fragment `$id`, and it breaks `$ref` resolution in examples), and only those the
 * operations reach (the registry also emits an unused "Input" twin of every response schema).
 */
const transformObject: TransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as ReturnType<TransformObject> & { paths?: unknown; components?: { schemas?: Schemas } };
  const schemas: Schemas = document.components?.schemas ?? {};
  const reached = new Set<string>();
  const visit = (node: unknown) => {
    for (const [, name] of JSON.stringify(node).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (name && !reached.has(name)) {
        reached.add(name);
        visit(schemas[name]);
      }
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => reached.has(name))
      .map(([name, { $id: _id, $schema: _schema, ...schema }]) => [name, schema]),
  );
  return { ...document, components: { ...document.components, schemas: kept } } as ReturnType<TransformObject>;
};

async function swaggerPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'tinfacts',
        version: API_VERSION,
        description:
          'Facts from Vietnamese news: the people, provinces, conferences, organisations and countries an article names, and the figures it states, each with the sentence and character span that says so. Lists are keyset-paginated: follow `next` (or the `Link` header). Errors are RFC 9457 problem details with a stable `code`. Within /v1, changes are additive only: clients should ignore keys they do not recognise.',
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'tinfacts maintainers' },
      },
      servers: [{ url: '/', description: 'This server' }],
      // Reading is public; only ingestion needs a token (see its operation).
      security: [],
      components: {
        securitySchemes: {
          ingestToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The token the server was started with (INGEST_TOKEN). Without one configured, ingestion over HTTP is off.',
          },
        },
      },
      tags: [
        { name: 'articles', description: 'The articles as ingested, with both forms of their text.' },
        { name: 'facts', description: 'Figures and roles stated by the articles, with evidence.' },
        { name: 'entities', description: 'People, provinces, conferences, organisations and countries named by the articles.' },
        { name: 'service', description: 'Health of the service.' },
      ],
    },
    transform,
    transformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // No validator badge: it would fetch from another origin, which the content security policy forbids.
    uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false, validatorUrl: null },
    staticCSP: false,
  });
  // The document at a stable, well-known path as well as under /docs.
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(swaggerPlugin, { name: 'swagger' });
