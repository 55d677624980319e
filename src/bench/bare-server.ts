// The ceiling of a comparison: a Fastify 5 server with no logger, no plugin and no work, that answers
// each URL it is given with fixed bytes (status, content type and body recorded from the real API), so
// that what the API costs on top of the framework can be measured (src/bench/ab.ts). Started by
// `startBareServer` with child_process.fork, never on its own: it needs the IPC channel, and it exits
// when the channel closes so that it cannot outlive its parent.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';

/** One answer to serve; `path` is the URL as requested (path and query string), `body` is base64. */
export interface BareResponse {
  path: string;
  status: number;
  contentType: string;
  body: string;
}

/** What the parent may ask: `serve` once, first, then samples; `close` ends the process. */
export type BareServerRequest = { type: 'serve'; responses: BareResponse[] } | { type: 'sample'; id: number } | { type: 'close' };

/** What the server answers; memory in bytes. */
export type BareServerMessage = { type: 'ready'; port: number; pid: number } | { type: 'sample'; id: number; rss: number; heapUsed: number };

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

async function serve(responses: readonly BareResponse[]): Promise<ReturnType<typeof Fastify>> {
  const answers = new Map<string, Answer>();
  for (const r of responses) {
    if (answers.has(r.path)) throw new Error(`the path ${r.path} is given twice`);
    answers.set(r.path, { status: r.status, contentType: r.contentType, body: Buffer.from(r.body, 'base64') });
  }
  const app = Fastify({ logger: false });
  // One catch-all route and a Map lookup on the raw URL (query string included): the least a server
  // can do to tell its answers apart, with no schema, hook or serializer on the way.
  app.get('*', (request, reply) => {
    const answer = answers.get(request.url);
    if (!answer) return reply.code(404).send();
    // An empty content type is left to Fastify (application/octet-stream for a buffer).
    if (answer.contentType) reply.header('content-type', answer.contentType);
    return reply.code(answer.status).send(answer.body);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return app;
}

function main(): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('bare-server is started by startBareServer in src/bench/ab.ts (it needs an IPC channel)');

  let app: Awaited<ReturnType<typeof serve>> | null = null;
  let asked = false;
  let closing = false;
  const close = async (code: number) => {
    if (closing) return;
    closing = true;
    await app?.close();
    process.exit(code);
  };

  process.on('message', (message: BareServerRequest) => {
    if (message.type === 'close') {
      void close(0);
    } else if (message.type === 'sample') {
      const memory = process.memoryUsage();
      send({ type: 'sample', id: message.id, rss: memory.rss, heapUsed: memory.heapUsed } satisfies BareServerMessage);
    } else if (message.type === 'serve') {
      // The answers are fixed for the life of the server, so that every run loads the same thing.
      if (asked) return;
      asked = true;
      serve(message.responses).then(
        (started) => {
          app = started;
          const { port } = started.server.address() as AddressInfo;
          send({ type: 'ready', port, pid: process.pid } satisfies BareServerMessage);
        },
        (error: unknown) => {
          console.error(error);
          void close(1);
        },
      );
    }
  });
  process.on('disconnect', () => void close(0));
  process.on('SIGTERM', () => void close(0));
}

main();
