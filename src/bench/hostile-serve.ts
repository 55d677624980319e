// A served database for a phase: the real server with /healthz polled the whole time it is up, and
// reads that restart it when one killed it or left it stuck, so that every read of a phase gets its
// own answer instead of the refusal of a dead server.
import { setTimeout as sleep } from 'node:timers/promises';
import { pollHealth, send, type Answer, type HealthPoller, type RequestOptions } from './hostile-http.js';
import type { ProcessGroup } from './hostile-process.js';
import { formatMb, formatMs, type PhaseRecorder } from './hostile-report.js';
import { startServerOrThrow, type ServerOptions, type StartedServer } from './hostile-server.js';

export class ServedDb {
  private server: StartedServer | null = null;
  private poller: HealthPoller | null = null;
  private restarts = 0;

  constructor(
    private readonly group: ProcessGroup,
    private readonly rec: PhaseRecorder,
    private readonly options: ServerOptions & { during?: string; pollHealth?: boolean },
  ) {}

  get base(): string {
    if (!this.server) throw new Error('the server is not running');
    return this.server.base;
  }

  get pid(): number {
    return this.server?.pid ?? -1;
  }

  /** The running server's current and peak RSS. */
  memory(): { peak: number; now: number } {
    return this.server?.process.memory() ?? { peak: 0, now: 0 };
  }

  async start(): Promise<void> {
    this.server = await startServerOrThrow(this.group, this.options);
    if (this.options.pollHealth ?? true) this.poller = pollHealth(this.server.base);
  }

  /** Sends a request (counted by the phase); restarts the server afterwards when it died or got stuck. */
  async request(path: string, options: RequestOptions & { label?: string } = {}): Promise<Answer> {
    if (!this.server) await this.start();
    const a = this.rec.count(await send(this.server!.base, path, options));
    const size = a.capped ? `over ${formatMb(a.bytes)} (stopped reading)` : formatMb(a.bytes);
    this.rec.note(`${options.method ?? 'GET'} ${options.label ?? path}: ${a.status ?? 'no answer'} in ${formatMs(a.ms)}, ${size}${a.error ? ` (${a.error})` : ''}`);
    // A server that is dying resets its connections a moment before it is gone: give it that moment.
    if (a.status === null && this.server!.alive()) await Promise.race([this.server!.process.done, sleep(5000)]);
    const stuck = a.status === null && a.error !== null && a.error.startsWith('no whole answer');
    if (!this.server!.alive() || stuck) {
      if (stuck && this.server!.alive()) this.rec.note(`the server was still busy with ${path}: restarted for the next request`);
      await this.stopServer();
      this.restarts++;
    }
    return a;
  }

  /** Stops polling and the server, and records both. */
  async stopServer(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    this.server = null;
    if (this.poller) this.rec.health(await this.poller.stop(), this.options.during);
    this.poller = null;
    this.rec.serverPeak(server.process.memory().peak);
    const log = server.log;
    if (log.errors > 0) this.rec.note(`server logged ${log.errors} errors: ${log.errorExamples.join(' | ')}`);
    const wasAlive = server.alive();
    const run = await server.stop();
    // A server found dead here crashed (or was killed by the kernel); one the harness stopped did not.
    this.rec.serverRun('the server', wasAlive ? run : { ...run, stopped: false });
  }

  async end(): Promise<void> {
    await this.stopServer();
    if (this.restarts > 0) this.rec.note(`the server was started ${this.restarts + 1} times`);
  }
}
