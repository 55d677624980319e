import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startServer, type ServerProcess } from '../helpers.js';

describe('the real server over HTTP', () => {
  const scratch = makeTempDir();
  let server: ServerProcess;
  let base: string;
  const log = () => server.output();

  beforeAll(async () => {
    server = await startServer({ DATABASE_PATH: join(scratch.dir, 'e2e.db'), LOG_LEVEL: 'info' });
    base = server.base;
  });

  afterAll(async () => {
    await server?.stop();
    scratch.remove();
  });

  it('creates the database, ingests the seeds and serves them', async () => {
    const response = await fetch(`${base}/v1/articles`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { items: unknown[] };
    expect(body.items).toHaveLength(5);
    expect(log()).toContain('5 added, 0 updated, 0 unchanged, 0 failed');
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
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log()).toContain('shutting down');
  });
});
