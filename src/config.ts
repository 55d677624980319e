import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_PATH: z.string().min(1).default('./data/tinfacts.db'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Articles ingested into an empty database at start. */
  SEEDS_DIR: z.string().min(1).default('./seeds'),
});

export interface Config {
  host: string;
  port: number;
  databasePath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  seedsDir: string;
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
  return { host: c.HOST, port: c.PORT, databasePath: c.DATABASE_PATH, logLevel: c.LOG_LEVEL, seedsDir: c.SEEDS_DIR };
}
