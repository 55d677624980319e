import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** JSON logs for machines; readable lines when a person watches a terminal. */
export function createLogger(level: Config['logLevel']): Logger {
  if (process.stdout.isTTY) {
    return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return pino({ level });
}
