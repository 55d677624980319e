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

export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('./data/tinfacts.db'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Articles ingested into an empty database at start. */
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  /** Origins allowed to read the API from a browser: comma-separated, `*` for any, empty for none. */
  CORS_ORIGINS: CorsOriginsSchema,
});

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  seedsDir: string;
  corsOrigins: CorsOrigins;
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
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(picked[String(issue.path[0])])})`));
  }
  const c = parsed.data;
  return { host: c.HOST, port: c.PORT, databasePath: c.DATABASE_PATH, logLevel: c.LOG_LEVEL, seedsDir: c.SEEDS_DIR, corsOrigins: c.CORS_ORIGINS };
}
