import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderOpenapi } from '../../src/cli/openapi.js';
import { ROOT, makeTempDir } from '../helpers.js';

// Generated files are committed; these tests fail when the code they come from has moved on.
describe('generated files', () => {
  const scratch = makeTempDir();
  afterAll(() => scratch.remove());

  it('openapi/openapi.json is what `npm run openapi` writes', async () => {
    const committed = readFileSync(join(ROOT, 'openapi', 'openapi.json'), 'utf8');
    expect(committed, 'run `npm run openapi` and commit the result').toBe(await renderOpenapi());
  });

  it('migrations/ holds every change of src/db/schema.ts', () => {
    const out = join(scratch.dir, 'migrations');
    cpSync(join(ROOT, 'migrations'), out, { recursive: true });
    execFileSync(join(ROOT, 'node_modules', '.bin', 'drizzle-kit'), ['generate'], {
      cwd: ROOT,
      env: { ...process.env, DRIZZLE_OUT: out },
      stdio: 'pipe',
    });
    expect(readdirSync(out).sort(), 'run `npm run db:generate` and commit the new migration').toEqual(readdirSync(join(ROOT, 'migrations')).sort());
  });
});
