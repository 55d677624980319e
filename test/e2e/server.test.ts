import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, makeTempDir } from '../helpers.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

describe('the real server over HTTP', () => {
  const scratch = makeTempDir();
  let server: ChildProcess;
  let base: string;
  let log = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(ROOT, 'dist', 'server.js')], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: join(scratch.dir, 'e2e.db'), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    await waitForHealth(base, server, () => log);
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    scratch.remove();
  });

  it('creates the database, ingests the seeds and serves them', async () => {
    const response = await fetch(`${base}/v1/articles`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { items: unknown[] };
    expect(body.items).toHaveLength(5);
    expect(log).toContain('5 added, 0 updated, 0 unchanged, 0 failed');
  });

  it('serves facts, the OpenAPI document and Swagger UI', async () => {
    const facts = (await (await fetch(`${base}/v1/facts?type=figure&limit=100`)).json()) as { items: { figure: { value: number } }[] };
    expect(facts.items.map((f) => f.figure.value)).toContain(422);
    const spec = (await (await fetch(`${base}/openapi.json`)).json()) as { openapi: string };
    expect(spec.openapi).toBe('3.1.0');
    const docs = await fetch(`${base}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });

  it('answers errors as problem details over the wire', async () => {
    const response = await fetch(`${base}/v1/facts?limit=1000`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toContain('shutting down');
  });
});
