// The API as the load harness runs it: the app of src/server.ts (read-only database, buildApp, the
// configuration from the environment) on 127.0.0.1, with what only the server itself can see (its RSS
// and how late its event loop runs) sent to the parent over IPC. Started by src/bench/load.ts, never
// on its own: it needs the IPC channel, and it exits when the channel closes so that it cannot outlive
// the harness.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDb } from '../db/client.js';
import { createLogger } from '../logger.js';

/** What the parent may ask. */
export type LoadServerRequest = { type: 'sample'; id: number; reset?: boolean } | { type: 'close' };

/** What the server answers; delays in milliseconds, memory in bytes. */
export type LoadServerMessage =
  | { type: 'ready'; port: number; pid: number }
  | {
      type: 'sample';
      id: number;
      rss: number;
      heapUsed: number;
      eventLoopDelay: { p50: number; p99: number; max: number; mean: number; count: number };
    };

const RESOLUTION_MS = 10;

async function main(): Promise<void> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('load-server is started by the load harness (it needs an IPC channel)');
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const handle = openDb(config.databasePath, { readonly: true });
  const app = await buildApp({ db: handle.db, logger, corsOrigins: config.corsOrigins, limits: config.limits, responseCacheBytes: config.responseCacheBytes });

  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  // The histogram records the whole interval between two ticks of its timer, the resolution included;
  // what a request waits is the part beyond it.
  const lateMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

  let closing = false;
  const close = async (code: number) => {
    if (closing) return;
    closing = true;
    delay.disable();
    await app.close();
    handle.close();
    process.exit(code);
  };

  process.on('message', (message: LoadServerRequest) => {
    if (message.type === 'close') {
      void close(0);
      return;
    }
    if (message.type !== 'sample') return;
    const memory = process.memoryUsage();
    const count = delay.count;
    const reply: LoadServerMessage = {
      type: 'sample',
      id: message.id,
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      eventLoopDelay: {
        p50: count ? lateMs(delay.percentile(50)) : 0,
        p99: count ? lateMs(delay.percentile(99)) : 0,
        max: count ? lateMs(delay.max) : 0,
        mean: count ? lateMs(delay.mean) : 0,
        count,
      },
    };
    // Reset after reading, so that a phase's figures start with the phase.
    if (message.reset) delay.reset();
    send(reply);
  });
  process.on('disconnect', () => void close(0));
  process.on('SIGTERM', () => void close(0));

  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  send({ type: 'ready', port, pid: process.pid } satisfies LoadServerMessage);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
