import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Origins whose pages may read the API (CORS): `*` for any; none (no CORS headers) when empty. */
export type CorsOrigins = '*' | string[];

/**
 * A comma-separated allow-list of origins, each normalised as browsers send it in `Origin`
 * (lower-case host, no default port, no trailing slash: https://html.spec.whatwg.org/#ascii-serialisation-of-an-origin),
 * so that the exact comparison of the CORS plugin cannot miss because of how an origin was written.
 */
const CorsOriginsSchema = z
  .string()
  .default('')
  .transform((value, ctx): CorsOrigins => {
    const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    if (entries.includes('*')) {
      if (entries.length > 1) ctx.addIssue({ code: 'custom', message: '`*` allows every origin and cannot be listed with others' });
      return '*';
    }
    const origins: string[] = [];
    for (const entry of entries) {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      const isOrigin = url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.pathname === '/' && !/[?#]/.test(entry);
      if (!url || !isOrigin) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry)} is not an origin like https://example.org or http://localhost:5173` });
        continue;
      }
      if (!origins.includes(url.origin)) origins.push(url.origin);
    }
    return origins;
  });

/** A comma-separated list of client addresses (blank entries ignored). */
const AddressListSchema = z
  .string()
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''));

const milliseconds = (fallback: number) => z.coerce.number().int().min(1).max(3_600_000).default(fallback);

export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('./data/tinfacts.db'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Articles ingested into an empty database at start. */
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  /** Origins allowed to read the API from a browser: comma-separated, `*` for any, empty for none. */
  CORS_ORIGINS: CorsOriginsSchema,
  /**
   * Enables `POST /v1/articles`: the bearer token its clients send. Unset, ingestion over HTTP is off.
   * Long enough that guessing it is hopeless (a 32-byte random value in hex or base64 is).
   */
  INGEST_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  /** Largest request body, in bytes (ingestion batches). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(8 * 1024 * 1024),
  /** Requests a client may make per RATE_LIMIT_WINDOW_MS; 0 turns rate limiting off. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WINDOW_MS: milliseconds(60_000),
  /** Client addresses never rate-limited: by default this machine's loopback (health checks, a local proxy). */
  RATE_LIMIT_ALLOW_LIST: AddressListSchema.default(['127.0.0.1', '::1', '::ffff:127.0.0.1']),
  /**
   * Proxies in front of the server whose X-Forwarded-For is believed (addresses or CIDR ranges,
   * comma-separated): client addresses, and so rate limits, are then the real clients'. Empty: none.
   */
  TRUST_PROXY: AddressListSchema.default([]),
  /** Longest time to receive a whole request (headers and body): slow clients cannot hold a connection. */
  REQUEST_TIMEOUT_MS: milliseconds(30_000),
  /** Longest a connection may stay idle. */
  CONNECTION_TIMEOUT_MS: milliseconds(60_000),
  /** Memory for answers kept until the database changes (see plugins/response-cache.ts); 0 turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
  /** How often SQLite's quick_check reads the whole database for /healthz; 0: only at start and after errors. */
  INTEGRITY_CHECK_INTERVAL_MS: z.coerce.number().int().min(0).max(7 * 24 * 3_600_000).default(3_600_000),
});

/** Settings for which an empty value is a value (an empty list), not "use the default". */
const EMPTY_IS_A_VALUE: ReadonlySet<string> = new Set(['RATE_LIMIT_ALLOW_LIST']);

/** Rate limiting per client address; off when `max` is 0. */
export interface RateLimit {
  max: number;
  windowMs: number;
  allowList: string[];
}

/** What protects the server from heavy or slow clients. */
export interface Limits {
  bodyLimitBytes: number;
  /** Proxies whose X-Forwarded-For names the client; none when empty. */
  trustProxy: string[];
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  rateLimit: RateLimit;
}

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  seedsDir: string;
  corsOrigins: CorsOrigins;
  /** The bearer token of `POST /v1/articles`; null when ingestion over HTTP is off. */
  ingestToken: string | null;
  limits: Limits;
  /** Bytes of answers the response cache keeps; 0 when it is off. */
  responseCacheBytes: number;
  /** How often /healthz's integrity check runs, in ms; 0: only at start and after errors. */
  integrityCheckMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment; throws a ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const picked = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' && !EMPTY_IS_A_VALUE.has(key) ? undefined : env[key]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    // A secret is named but never echoed into logs.
    const shown = (key: string) => (key === 'INGEST_TOKEN' ? `${String(picked[key]).length} characters` : JSON.stringify(picked[key]));
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${shown(String(issue.path[0]))})`));
  }
  const c = parsed.data;
  return {
    host: c.HOST,
    port: c.PORT,
    databasePath: c.DATABASE_PATH,
    logLevel: c.LOG_LEVEL,
    seedsDir: c.SEEDS_DIR,
    corsOrigins: c.CORS_ORIGINS,
    ingestToken: c.INGEST_TOKEN ?? null,
    responseCacheBytes: Math.round(c.RESPONSE_CACHE_MB * 1024 * 1024),
    integrityCheckMs: c.INTEGRITY_CHECK_INTERVAL_MS,
    limits: {
      bodyLimitBytes: c.BODY_LIMIT_BYTES,
      trustProxy: c.TRUST_PROXY,
      requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
      connectionTimeoutMs: c.CONNECTION_TIMEOUT_MS,
      rateLimit: { max: c.RATE_LIMIT_MAX, windowMs: c.RATE_LIMIT_WINDOW_MS, allowList: c.RATE_LIMIT_ALLOW_LIST },
    },
  };
}
