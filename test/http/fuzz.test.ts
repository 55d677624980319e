// Property-based fuzzing of the whole HTTP surface against the OpenAPI document the app serves:
// requests derived from every operation's parameters, body and security, and requests at random.
// Whatever comes in: never a 5xx; every failure an RFC 9457 problem whose `status` is the HTTP
// status; every status documented; every success valid against its documented schema.
// FUZZ_RUNS sets about how many requests are generated (FUZZ_SEED replays a failing run).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import fc from 'fast-check';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, DEFAULT_LIMITS } from '../../src/app.js';
import { openDb } from '../../src/db/client.js';
import { PROBLEM_BOUNDS } from '../../src/http/problem.js';
import { startIngestor } from '../../src/ingest/ingestor.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { createSeededDb, FIXTURES_DIR } from '../helpers.js';
import {
  deref,
  findOperation,
  isJsonMediaType,
  listOperations,
  operationRequest,
  randomRequest,
  safeDecode,
  type FuzzContext,
  type FuzzRequest,
  type JsonSchema,
  type OpenApiDocument,
  type Operation,
  type RealCursor,
} from '../support/openapi-arbitraries.js';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const RUNS_PER_OPERATION_SHARE = 0.75;

const TOKEN = 'fuzz-0123456789abcdefghijklmnopqrstuv';
const ALLOWED_ORIGIN = 'https://example.org';
// Small, so that an oversized body costs little to send.
const BODY_LIMIT_BYTES = 64 * 1024;

const PROBLEM = 'application/problem+json';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const FORMAT_TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' };
/** Names a recipient should take for the coding they alias (RFC 9110 §8.4.1.3). */
const CODING_ALIASES: Record<string, string> = { 'x-gzip': 'gzip', 'x-compress': 'compress' };
/** Served beside the API and not described by its document: Swagger UI and the document itself. */
const OUTSIDE_CONTRACT = /^\/(?:docs(?:\/|$)|openapi\.json\/?$)/;
/**
 * Whether a request that reaches no operation may be answered with `status`. These come from the
 * router and the hooks before it, so no operation can document them: 404 for no such endpoint, a
 * 400 only for a path the router cannot decode, 414 and 429 for the limits every request meets.
 */
function fitsNoOperation(status: number, path: string, method: string, allow: string | undefined): boolean {
  if (status === 400) return safeDecode(path) === null;
  // RFC 9110 §15.5.6: a method the endpoint does not take, with the methods it does in `Allow`.
  if (status === 405) {
    const others = METHODS.filter((m) => m !== method && findOperation(operations, m, path) !== undefined);
    return others.length > 0 && allow !== undefined && others.every((m) => allow.split(', ').includes(m));
  }
  return status === 404 || status === 414 || status === 429;
}

// ---------------------------------------------------------------------------------------------
// The apps: one that takes ingestion (token, small body limit) and keeps answers in its response
// cache, one behind CORS and a rate limit with ingestion off and no cache. Both read through a
// read-only connection to one real SQLite file, as the server does.

const seeded = await createSeededDb();
await runIngest(seeded.handle.db, [join(FIXTURES_DIR, 'articles', 'an-giang.jsonl')]);
const reader = openDb(seeded.path, { readonly: true });
const ingestor = startIngestor(seeded.path);

interface Server {
  app: FastifyInstance;
  token?: string;
  cors: boolean;
}

const SERVERS: Record<string, Server> = {
  main: {
    app: await buildApp({
      db: reader.db,
      ingest: { ingestor, token: TOKEN },
      limits: { ...DEFAULT_LIMITS, bodyLimitBytes: BODY_LIMIT_BYTES },
      responseCacheBytes: 4 * 1024 * 1024,
    }),
    token: TOKEN,
    cors: false,
  },
  edge: {
    app: await buildApp({
      db: reader.db,
      corsOrigins: [ALLOWED_ORIGIN],
      limits: { ...DEFAULT_LIMITS, rateLimit: { max: 60, windowMs: 1000, allowList: [] } },
    }),
    cors: true,
  },
};
await Promise.all(Object.values(SERVERS).map((s) => s.app.ready()));

const doc = SERVERS.main!.app.swagger() as unknown as OpenApiDocument;
const operations = listOperations(doc);

// ---------------------------------------------------------------------------------------------
// Validation against the document (JSON Schema 2020-12, as OpenAPI 3.1 uses it)

const DOC_ID = 'https://tinfacts.test/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
// A CommonJS module: its default export is the module object, the plugin its `default`.
formats.default(ajv);
ajv.addSchema({ $id: DOC_ID, components: doc.components }, DOC_ID);

/** The schema with its local references made absolute, so that it compiles outside the document. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? DOC_ID + v : anchored(v)]));
}

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(key: string, schema: unknown) {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(anchored(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

function schemaErrors(key: string, schema: unknown, value: unknown): string | null {
  const validate = validatorFor(key, schema);
  return validate(value) ? null : ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 1500);
}

const PROBLEM_SCHEMA = doc.components?.schemas?.Problem;

/** A list's item schema, for checking each line of an NDJSON export. */
function itemSchemaOf(op: Operation): JsonSchema | undefined {
  const page = op.responses['200']?.content?.['application/json']?.schema;
  if (!page) return undefined;
  const items = (deref(doc, page).properties as Record<string, JsonSchema> | undefined)?.items;
  return items ? (deref(doc, items).items as JsonSchema | undefined) : undefined;
}

// ---------------------------------------------------------------------------------------------
// What the running API tells the generators

const stats = { generated: 0, harvested: 0, byStatus: new Map<number, number>() };
/** Successful answers by operation, status and media type, with a request that got each. */
const answered = new Map<string, { op: Operation; status: number; media: string; example: string }>();
const outcomes = new Map<string, { success: number; refusal: number }>();
/** Operations whose property failed: they stopped early, so their tallies say nothing. */
const failedOperations = new Set<string>();

/** Signed as the API signs cursors, so that forged payloads reach its type checks and queries. */
function signCursor(payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload) ?? 'null').toString('base64url');
  return `${body}.${createHash('sha256').update(`tinfacts-cursor:${body}`).digest('base64url').slice(0, 8)}`;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length > 0 && value.length <= 300) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectStrings(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collectStrings(v, into);
  }
}

const queryString = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');

/** Real ids, strings, cursors and entity tags, read from the lists and the items they name. */
async function harvest(): Promise<FuzzContext> {
  const ids = new Map<string, number[]>();
  const corpus = new Set<string>();
  const cursors: RealCursor[] = [];
  const etags = new Set<string>();
  const read = async (url: string): Promise<Record<string, unknown> | null> => {
    const response = await SERVERS.main!.app.inject({ method: 'GET', url });
    stats.harvested++;
    if (response.statusCode !== 200 || !String(response.headers['content-type']).startsWith('application/json')) return null;
    if (typeof response.headers.etag === 'string') etags.add(response.headers.etag);
    const body = response.json() as Record<string, unknown>;
    collectStrings(body, corpus);
    return body;
  };

  for (const op of operations.filter((o) => o.method === 'GET' && !o.path.includes('{'))) {
    const query = op.parameters.filter((p) => p.in === 'query');
    const limit = query.find((p) => p.name === 'limit');
    const starts: Array<Array<[string, string]>> = [[]];
    const whole = limit ? `${Math.min(100, Number(deref(doc, limit.schema ?? {}).maximum ?? 100))}` : undefined;
    if (whole) {
      starts.push([['limit', whole]], [['limit', '1']], [['limit', '2']], [['limit', '3']]);
      for (const p of query) {
        const values = deref(doc, p.schema ?? {}).enum;
        if (Array.isArray(values)) for (const value of values) starts.push([[p.name, String(value)], ['limit', '2']]);
      }
    }
    const seen = ids.get(op.path) ?? [];
    ids.set(op.path, seen);
    for (const start of starts) {
      let url: string | null = start.length > 0 ? `${op.path}?${queryString(start)}` : op.path;
      // Whole lists at the largest page size (for every real id); a few pages otherwise.
      const pages = start.length === 1 && start[0]![1] === whole ? 50 : 3;
      for (let page = 0; url && page < pages; page++) {
        const body = await read(url);
        if (!body) break;
        if (Array.isArray(body.items)) for (const item of body.items as Array<{ id?: unknown }>) if (typeof item.id === 'number' && !seen.includes(item.id)) seen.push(item.id);
        if (typeof body.next === 'string') cursors.push({ path: op.path, query: start, cursor: body.next });
        url = typeof body.nextUrl === 'string' ? body.nextUrl : null;
      }
    }
  }
  for (const op of operations.filter((o) => o.method === 'GET' && o.path.includes('{'))) {
    const collection = op.path.slice(0, op.path.lastIndexOf('/{'));
    for (const id of (ids.get(collection) ?? []).slice(0, 10)) await read(op.path.replace(/\{[^}]+\}/, String(id)));
  }
  return {
    doc,
    operations,
    ids,
    corpus: [...corpus].slice(0, 4000),
    cursors,
    etags: [...etags],
    signCursor,
    tokens: Object.fromEntries(Object.entries(doc.components?.securitySchemes ?? {}).map(([name]) => [name, TOKEN])),
    servers: [
      { name: 'main', weight: 4 },
      { name: 'edge', weight: 1 },
    ],
    bodyLimitBytes: BODY_LIMIT_BYTES,
  };
}

const ctx = await harvest();

// ---------------------------------------------------------------------------------------------
// Sending

interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The body after undoing its Content-Encoding. */
  body: Buffer;
  text: string;
  /** The URL as the server saw it (the client library normalises it as a browser would). */
  seenUrl: string;
  decodeError?: string;
}

function decodeBody(raw: Buffer, encoding: string | undefined): Buffer {
  switch (encoding) {
    case undefined:
    case 'identity':
      return raw;
    case 'br':
      return brotliDecompressSync(raw);
    case 'gzip':
      return gunzipSync(raw);
    case 'deflate':
      return inflateSync(raw);
    default:
      throw new Error(`unknown Content-Encoding ${encoding}`);
  }
}

async function send(request: FuzzRequest): Promise<Answer> {
  const server = SERVERS[request.server];
  if (!server) throw new Error(`no server ${request.server}`);
  const response = await server.app.inject({
    method: request.method as HTTPMethods,
    url: request.url,
    headers: request.headers,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
  stats.generated++;
  stats.byStatus.set(response.statusCode, (stats.byStatus.get(response.statusCode) ?? 0) + 1);
  const encoding = response.headers['content-encoding'];
  let body = response.rawPayload;
  let decodeError: string | undefined;
  try {
    body = decodeBody(response.rawPayload, typeof encoding === 'string' ? encoding : undefined);
  } catch (error) {
    decodeError = (error as Error).message;
  }
  const seenUrl = (response.raw.req as { url?: string }).url ?? request.url;
  return { status: response.statusCode, headers: response.headers, body, text: body.toString('utf8'), seenUrl, ...(decodeError ? { decodeError } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The properties every answer must have

const headerOf = (answer: Answer, name: string): string | undefined => {
  const value = answer.headers[name];
  return value === undefined ? undefined : String(value);
};

function show(request: FuzzRequest): string {
  const payload = request.payload === undefined ? '' : ` body(${request.payload.length}): ${request.payload.slice(0, 200)}`;
  return `[${request.server}] ${request.method} ${request.url.slice(0, 500)} ${JSON.stringify(request.headers).slice(0, 400)}${payload}`;
}

/**
 * Media ranges of an Accept field (or codings of Accept-Encoding) with their weights. An unreadable
 * q is NaN, so that it neither asks for a type (q > 0) nor refuses a coding (q === 0).
 */
function ranges(field: string | undefined): Array<{ name: string; q: number }> {
  return (field ?? '').split(',').map((range) => {
    const [name = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    return { name, q: q === undefined ? 1 : Number(q.slice(2)) };
  });
}

/** The CSV records of an export (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

function check(request: FuzzRequest, answer: Answer): void {
  const { status } = answer;
  const type = headerOf(answer, 'content-type') ?? '';
  const media = type.split(';')[0]!.trim().toLowerCase();
  const server = SERVERS[request.server]!;
  const op = findOperation(operations, request.method, answer.seenUrl);
  const fail = (why: string): never => {
    throw new Error(`${why}\n  request: ${show(request)}\n  reached: ${answer.seenUrl.slice(0, 300)}\n  answer: ${status} ${type} ${answer.text.slice(0, 400)}`);
  };

  if (status >= 500) fail('a server error');
  if (answer.decodeError) fail(`the body does not decode as its Content-Encoding says: ${answer.decodeError}`);

  const coding = headerOf(answer, 'content-encoding');
  if (coding && coding !== 'identity') {
    const accepted = ranges(request.headers['accept-encoding']);
    const named = accepted.find((r) => (CODING_ALIASES[r.name] ?? r.name) === coding) ?? accepted.find((r) => r.name === '*');
    if (!named || named.q === 0) fail(`compressed with ${coding}, which Accept-Encoding does not allow`);
  }

  const path = answer.seenUrl.split('?')[0]!;
  if (op) {
    if (!(String(status) in op.responses)) fail(`status ${status} is not documented for ${op.id}`);
    const tally = outcomes.get(op.id) ?? { success: 0, refusal: 0 };
    if (status < 300) tally.success++;
    else if (status >= 400) tally.refusal++;
    outcomes.set(op.id, tally);
  } else if (!OUTSIDE_CONTRACT.test(safeDecode(path) ?? path)) {
    // With CORS on, the CORS layer answers every OPTIONS request (a preflight or not) for every path, outside any operation.
    const preflight = request.method === 'OPTIONS' && server.cors;
    if (!fitsNoOperation(status, path, request.method, headerOf(answer, 'allow')) && !(preflight && status === 204)) {
      fail(`status ${status} for a request that reaches no operation`);
    }
  }

  if (op && op.security.length > 0 && server.token && status !== 414 && status !== 429) {
    const authorization = request.headers.authorization;
    const presented = authorization === undefined ? undefined : /^bearer +(\S+) *$/i.exec(authorization)?.[1];
    if (authorization === undefined || authorization.trim() === '') {
      if (status !== 401) fail('no credentials, yet not a 401');
    } else if (presented === server.token) {
      if (status === 401 || status === 403) fail('the right token was refused');
    } else if (status !== 401 && status !== 403) {
      fail('wrong credentials, yet neither 401 nor 403');
    }
  }

  if (status === 304) {
    if (request.headers['if-none-match'] === undefined) fail('a 304 without If-None-Match');
    if (answer.body.length > 0) fail('a 304 with a body');
    // RFC 9110 §15.4.5: the tag a 200 would have carried.
    if (headerOf(answer, 'etag') === undefined) fail('a 304 without ETag');
    return;
  }
  // RFC 9110 §15.5.2: a 401 says how to authenticate.
  if (status === 401 && headerOf(answer, 'www-authenticate') === undefined) fail('a 401 without WWW-Authenticate');

  if (status >= 400) {
    if (media !== PROBLEM) fail(`a ${status} that is not ${PROBLEM}`);
    if (request.method === 'HEAD') return;
    let problem: { status?: unknown; instance?: unknown };
    try {
      problem = JSON.parse(answer.text) as typeof problem;
    } catch {
      return fail('a problem that is not JSON');
    }
    const wrong = schemaErrors('#/components/schemas/Problem', PROBLEM_SCHEMA, problem);
    if (wrong) fail(`a problem that does not fit the Problem schema: ${wrong}`);
    if (problem.status !== status) fail(`a problem whose status ${String(problem.status)} is not the HTTP status`);
    // A long URL is cut ("…" at the end) so that a problem stays small.
    const instance = String(problem.instance);
    const shown = instance.endsWith('…') && instance.length === PROBLEM_BOUNDS.instance ? answer.seenUrl.startsWith(instance.slice(0, -1)) : instance === answer.seenUrl;
    if (!shown) fail(`a problem whose instance is not the request's path: ${instance.slice(0, 200)}`);
    const documented = op?.responses[String(status)]?.content?.[PROBLEM]?.schema;
    if (op && documented) {
      const differs = schemaErrors(`${op.id} ${status} ${PROBLEM}`, documented, problem);
      if (differs) fail(`a problem that does not fit the ${status} schema of ${op.id}: ${differs}`);
    }
    return;
  }

  if (!op || status < 200 || status >= 300) return;
  const key = `${op.id} ${status} ${media}`;
  if (!answered.has(key)) answered.set(key, { op, status, media, example: show(request) });
  checkFormat(request, answer, op, media, fail);

  if (request.method === 'HEAD') {
    if (answer.body.length > 0) fail('an answer to HEAD with a body');
    return;
  }
  const documented = op.responses[String(status)];
  if (isJsonMediaType(media)) {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return fail('JSON that does not parse');
    }
    const schema = documented?.content?.[media]?.schema;
    // An undocumented media type is reported once for all requests, after the properties.
    if (schema) {
      const wrong = schemaErrors(key, schema, body);
      if (wrong) fail(`a body that does not fit the documented ${status} schema: ${wrong}`);
    }
    if (request.method === 'GET' && documented?.headers?.ETag && headerOf(answer, 'etag') === undefined) fail('no ETag, though the document promises one');
  } else if (media === FORMAT_TYPES.ndjson) {
    const lines = answer.text.split('\n');
    if (lines.pop() !== '') fail('NDJSON that does not end with a line feed');
    const itemSchema = itemSchemaOf(op);
    for (const [i, line] of lines.entries()) {
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch {
        return fail(`NDJSON line ${i + 1} does not parse: ${line.slice(0, 200)}`);
      }
      const wrong = itemSchema ? schemaErrors(`${op.id} item`, itemSchema, item) : null;
      if (wrong) fail(`NDJSON line ${i + 1} does not fit the list's item schema: ${wrong}`);
    }
  } else if (media === FORMAT_TYPES.csv) {
    let records: string[][] = [];
    try {
      records = csvRecords(answer.text);
    } catch (error) {
      fail(`CSV that does not parse: ${(error as Error).message}`);
    }
    const width = records[0]?.length ?? 0;
    if (width === 0) fail('CSV without a header');
    const ragged = records.findIndex((r) => r.length !== width);
    if (ragged >= 0) fail(`CSV record ${ragged} has ${records[ragged]!.length} fields, the header ${width}`);
  }
}

/** The format of an answer is the one asked for: by `format`, else by Accept; JSON otherwise. */
function checkFormat(request: FuzzRequest, answer: Answer, op: Operation, media: string, fail: (why: string) => never): void {
  const parameter = op.parameters.find((p) => p.in === 'query' && p.name === 'format');
  const offered = ((parameter ? deref(doc, parameter.schema ?? {}).enum : undefined) ?? []) as string[];
  const asked = new URLSearchParams(answer.seenUrl.split('?')[1] ?? '').getAll('format');
  const byParameter = asked.length === 1 && offered.includes(asked[0]!) ? asked[0]! : undefined;
  if (byParameter) {
    if (FORMAT_TYPES[byParameter] !== media) fail(`format=${byParameter} answered with ${media}`);
    return;
  }
  const accept = ranges(request.headers.accept);
  const export_ = Object.entries(FORMAT_TYPES).find(([format, t]) => t === media && format !== 'json');
  if (export_ && !accept.some((r) => r.name === media && r.q > 0)) fail(`answered with ${media}, which neither format nor Accept asked for`);
  const only = accept.length === 1 && accept[0]!.q > 0 ? Object.entries(FORMAT_TYPES).find(([, t]) => t === accept[0]!.name)?.[0] : undefined;
  if (only && offered.includes(only) && FORMAT_TYPES[only] !== media) fail(`Accept: ${request.headers.accept} answered with ${media}`);
}

/** Sends a request, checks the answer and, when asked, revalidates it with its own entity tag. */
/**
 * Sends a request and checks the answer; then follows the page's `nextUrl`, which must lead to the
 * next page whatever the filters were, and, when asked, revalidates with the answer's own entity tag.
 */
async function exercise(request: FuzzRequest): Promise<void> {
  const answer = await send(request);
  check(request, answer);
  const { revalidate: _, ...plain } = request;
  if (answer.status === 200 && request.method === 'GET' && isJsonMediaType(headerOf(answer, 'content-type') ?? '')) {
    const nextUrl = (JSON.parse(answer.text) as { nextUrl?: unknown }).nextUrl;
    if (typeof nextUrl === 'string') {
      const link = headerOf(answer, 'link') ?? '';
      if (!link.includes(`<${nextUrl}>`) || !/rel="?next"?/.test(link)) throw new Error(`Link: ${link} does not point at nextUrl ${nextUrl}\n  request: ${show(request)}`);
      const { 'if-none-match': _condition, ...headers } = request.headers;
      const next: FuzzRequest = { ...plain, url: nextUrl, headers };
      const following = await send(next);
      check(next, following);
      if (following.status !== 200 && following.status !== 429) {
        throw new Error(`following nextUrl gave ${following.status}: ${following.text.slice(0, 300)}\n  first: ${show(request)}\n  then: ${show(next)}`);
      }
    }
  }
  const etag = headerOf(answer, 'etag');
  if (!request.revalidate || answer.status !== 200 || etag === undefined) return;
  const opaque = etag.replace(/^W\//, '');
  const condition = { exact: etag, weak: `W/${opaque}`, list: `"stale", ${etag}`, star: '*' }[request.revalidate];
  const again: FuzzRequest = { ...plain, headers: { ...request.headers, 'if-none-match': condition } };
  const second = await send(again);
  check(again, second);
  if (second.status !== 304 && second.status !== 429) {
    throw new Error(`If-None-Match: ${condition} after ETag ${etag} gave ${second.status}, not 304\n  request: ${show(again)}`);
  }
}

const runsPerOperation = Math.max(25, Math.round((TOTAL * RUNS_PER_OPERATION_SHARE) / Math.max(operations.length, 1)));
const randomRuns = Math.max(50, Math.round(TOTAL * (1 - RUNS_PER_OPERATION_SHARE)));
const timeoutFor = (runs: number) => Math.max(60_000, runs * 40);
const assertOptions = (numRuns: number) => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) });

afterAll(async () => {
  const byStatus = [...stats.byStatus.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
  console.log(`fuzz: ${stats.generated} generated requests (${stats.harvested} more to read ids, cursors and tags); by status: ${byStatus.join(', ')}`);
  await Promise.all(Object.values(SERVERS).map((s) => s.app.close()));
  await ingestor.close();
  reader.close();
  seeded.cleanup();
});

describe('the OpenAPI document the app serves', () => {
  it('lists every operation, the known ones included', () => {
    const ids = operations.map((op) => op.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(
      expect.arrayContaining([
        'GET /healthz',
        'GET /v1/articles',
        'GET /v1/articles/{id}',
        'POST /v1/articles',
        'GET /v1/facts',
        'GET /v1/facts/{id}',
        'GET /v1/entities',
        'GET /v1/entities/{id}',
      ]),
    );
    expect(PROBLEM_SCHEMA, 'components.schemas.Problem').toBeDefined();
  });

  it('gave the generators real ids, cursors and entity tags, and cursors are forged as the API signs them', () => {
    expect(ctx.cursors.length).toBeGreaterThan(0);
    expect(ctx.etags.length).toBeGreaterThan(0);
    expect([...ctx.ids.values()].flat().length).toBeGreaterThan(0);
    for (const { cursor } of ctx.cursors) {
      const payload = JSON.parse(Buffer.from(cursor.split('.')[0]!, 'base64url').toString('utf8')) as unknown;
      expect(signCursor(payload)).toBe(cursor);
    }
  });

  it('validates against schemas that refuse wrong shapes', () => {
    expect(schemaErrors('#/components/schemas/Problem', PROBLEM_SCHEMA, { type: 'x', title: 'x', status: 400, detail: 'x', instance: '/' })).toMatch(/code/);
    for (const op of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content?.['application/json']?.schema;
        if (schema && Number(status) < 300) expect(schemaErrors(`${op.id} ${status} application/json`, schema, 42), `${op.id} ${status}`).not.toBeNull();
      }
    }
  });
});

describe.each(operations.map((op) => [op.id, op] as const))('%s', (_id, op) => {
  it(
    'answers requests derived from its parameters, body and security as documented',
    async () => {
      try {
        await fc.assert(fc.asyncProperty(operationRequest(op, ctx), exercise), assertOptions(runsPerOperation));
      } catch (error) {
        failedOperations.add(op.id);
        throw error;
      }
    },
    timeoutFor(runsPerOperation),
  );
});

describe('any request', () => {
  it(
    'to any path with any method is never a 5xx and fails with a problem',
    async () => {
      await fc.assert(fc.asyncProperty(randomRequest(ctx), exercise), assertOptions(randomRuns));
    },
    timeoutFor(randomRuns),
  );
});

describe('what the fuzzing saw', () => {
  it('answered only in media types the document lists for the status', () => {
    const undocumented = [...answered.values()]
      .filter(({ op, status, media }) => op.responses[String(status)]?.content?.[media] === undefined)
      .map(({ op, status, media, example }) => `${op.id} ${status} ${media} (documented: ${Object.keys(op.responses[String(status)]?.content ?? {}).join(', ') || 'none'}), e.g. ${example}`);
    expect(undocumented, undocumented.join('\n')).toEqual([]);
  });

  it('reached every operation with both successes and refusals', () => {
    const missed = operations
      .filter((op) => !failedOperations.has(op.id))
      .filter((op) => {
        const tally = outcomes.get(op.id);
        return !tally || tally.success === 0 || tally.refusal === 0;
      })
      .map((op) => `${op.id}: ${JSON.stringify(outcomes.get(op.id) ?? {})}`);
    expect(missed, missed.join('\n')).toEqual([]);
  });
});
