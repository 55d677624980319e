import { writeFile } from 'node:fs/promises';
import { buildApp } from '../app.js';
import { openDb } from '../db/client.js';

/** The OpenAPI document as committed in openapi/openapi.json: generated, never edited by hand. */
export async function renderOpenapi(): Promise<string> {
  const handle = openDb(':memory:');
  try {
    const app = await buildApp({ db: handle.db });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    handle.close();
  }
}

export async function runOpenapiCommand(options: { out?: string }): Promise<number> {
  const text = await renderOpenapi();
  if (options.out) {
    await writeFile(options.out, text);
    process.stdout.write(`wrote ${options.out}\n`);
  } else process.stdout.write(text);
  return 0;
}
