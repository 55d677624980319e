// Answers to GET requests of the API kept in memory, for as long as the database has not changed.
// Dashboards and readers ask the same questions again and again; a repeated question is answered
// with the bytes built the first time, skipping validation, queries and serialisation.
//
// Correctness rests on SQLite's `PRAGMA data_version`: it changes on this connection whenever any
// other connection (an ingestion in another process, or this server's own writer for
// `POST /v1/articles`) commits. It is read at most a millisecond before each request is answered,
// so no answer outlives the data it was built from by more than that, and after every write this
// server answers. What comes after the route still runs on every answer: compression as the client asks,
// the ETag's 304 and the headers the plugins before this one add (security, CORS, rate limits).
import type Database from 'better-sqlite3';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { computeEtag } from './etag.js';

export interface ResponseCacheOptions {
  /** Bytes of answers kept (0 turns the cache off); the least recently used go first. */
  maxBytes: number;
}

/** Answers larger than this share of the cache are not kept: one would push out many. */
const MAX_ENTRY_SHARE = 1 / 16;

/** How long one reading of the data version serves, in ms. */
const VERSION_CHECK_MS = 1;

/** The headers a route sets on its answer, which a cached answer must carry again. */
const ROUTE_HEADERS = ['content-type', 'vary', 'link', 'content-disposition'] as const;

interface Entry {
  version: number;
  payload: Buffer;
  etag: string;
  headers: [string, string][];
  bytes: number;
}

/** What makes two requests the same question: the URL and how the answer is to be represented. */
function keyOf(request: FastifyRequest): string {
  return `${request.url}\u0000${request.headers.accept ?? ''}`;
}

/** Reads of the API; a HEAD is answered by its GET route with the body dropped after this plugin, so it stays out. */
function isCacheable(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.url.startsWith('/v1/');
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly dataVersion: Database.Statement;

  constructor(
    client: Database.Database,
    readonly maxBytes: number,
  ) {
    this.dataVersion = client.prepare('pragma data_version').pluck();
  }

  private checkedAt = -Infinity;
  private current = 0;

  /**
   * The database's data version, read at most once a millisecond: reading it takes a lock of the
   * WAL index (about 5 µs, as much as the rest of a cached answer), so under load many requests
   * share one reading. A commit is seen by requests that arrive from 1 ms after it.
   */
  version(): number {
    const now = performance.now();
    if (now - this.checkedAt >= VERSION_CHECK_MS) {
      this.current = this.dataVersion.get() as number;
      this.checkedAt = now;
    }
    return this.current;
  }

  /** Makes the next request read the data version: after this server's own writes, which must show at once. */
  recheck(): void {
    this.checkedAt = -Infinity;
  }

  get(key: string, version: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.version !== version) {
      this.clear();
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes * MAX_ENTRY_SHARE) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, { bytes }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

function replay(reply: FastifyReply, entry: Entry): void {
  for (const [name, value] of entry.headers) reply.header(name, value);
  reply.header('etag', entry.etag);
  void reply.send(entry.payload);
}

async function responseCachePlugin(app: FastifyInstance, options: ResponseCacheOptions) {
  if (options.maxBytes <= 0) return;
  const cache = new ResponseCache(app.db.$client, options.maxBytes);
  /** The requests that missed: their key, and the data version they were answered from. */
  const misses = new WeakMap<FastifyRequest, { key: string; version: number }>();

  app.addHook('onRequest', (request, reply, done) => {
    if (!isCacheable(request)) return done();
    const version = cache.version();
    const key = keyOf(request);
    const entry = cache.get(key, version);
    if (entry !== undefined) return replay(reply, entry);
    misses.set(request, { key, version });
    done();
  });

  // A write through this server (POST /v1/articles) shows in the very next answer, however soon.
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') cache.recheck();
    done();
  });

  // Registered before compression and the ETag plugin: the payload here is the route's own.
  app.addHook('onSend', (request, reply, payload, done) => {
    const miss = misses.get(request);
    if (miss === undefined || reply.statusCode !== 200) return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    const etag = computeEtag(payload);
    reply.header('etag', etag);
    const headers: [string, string][] = [];
    for (const name of ROUTE_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers.push([name, String(value)]);
    }
    // Built from the data as it was when the request came in: a commit since then makes the entry
    // stale at once, so a request that raced an ingestion is never served again.
    // Kept encoded: a string would be encoded to UTF-8 again on every answer.
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    cache.set(miss.key, { version: miss.version, payload: bytes, etag, headers, bytes: bytes.length + miss.key.length });
    done(null, payload);
  });
}

export default fp(responseCachePlugin, { name: 'response-cache' });
