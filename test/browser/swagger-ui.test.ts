import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createSeededDb, type TestDb } from '../helpers.js';

// Debian's Chromium; CI installs it and sets CI, where a missing browser is a failure, not a skip.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (apt-get install chromium)`);
  console.warn(`\n  NOTICE: Swagger UI browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)\n`);
}

describe.skipIf(!haveChromium)('Swagger UI in Chromium', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let context: BrowserContext;
  const profile = mkdtempSync(join(tmpdir(), 'tinfacts-chromium-'));

  beforeAll(async () => {
    t = await createSeededDb();
    app = await buildApp({ db: t.handle.db });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    t?.cleanup();
    rmSync(profile, { recursive: true, force: true });
  });

  it('lists every operation and runs "Try it out" on GET /v1/facts', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      problems.push(`request off this machine: ${route.request().url()}`);
      return route.abort();
    });

    // Whatever the content security policy blocks is reported here, not only on the console.
    await page.addInitScript({
      content: "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));",
    });

    const docs = await page.goto(`${base}/docs`);
    expect(docs?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.waitForSelector('.opblock', { timeout: 20_000 }).catch((error: unknown) => {
      throw new Error(`Swagger UI did not render: ${problems.join('; ') || 'no error reported'}`, { cause: error });
    });
    const operations = await page.locator('.opblock-summary-path').allInnerTexts();
    for (const path of ['/v1/articles', '/v1/articles/{id}', '/v1/facts', '/v1/facts/{id}', '/v1/entities', '/v1/entities/{id}', '/healthz']) {
      expect(operations.map((o) => o.replace(/\u200b/g, ''))).toContain(path);
    }

    const op = page.locator('#operations-facts-listFacts');
    await op.locator('.opblock-summary').click();
    await op.getByRole('button', { name: 'Try it out' }).click();
    await op.locator('tr[data-param-name="type"] select').selectOption('figure');
    await op.getByRole('button', { name: 'Execute' }).click();
    const status = op.locator('.live-responses-table .response .response-col_status').first();
    await expect.poll(async () => (await status.innerText()).trim(), { timeout: 15_000 }).toBe('200');
    const body = await op.locator('.live-responses-table .response-col_description .microlight').first().innerText();
    expect(JSON.parse(body).items.every((f: { type: string }) => f.type === 'figure')).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
