import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, makeTempDir, runCli } from '../helpers.js';

const scratch = makeTempDir();
afterAll(() => scratch.remove());

const tinfacts = (...args: string[]) => runCli(scratch.dir, ...args);

describe('tinfacts', () => {
  it('explains itself', () => {
    const help = tinfacts('--help');
    expect(help.code).toBe(0);
    for (const command of ['ingest', 'migrate', 'openapi', 'extract']) expect(help.stdout).toContain(command);
  });

  it('ingests, reports a one-line summary, and is idempotent', () => {
    const db = join(scratch.dir, 'cli.db');
    const first = tinfacts('ingest', SEEDS_DIR, '--db', db);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('5 added, 0 updated, 0 unchanged, 0 failed (5 files)\n');
    const second = tinfacts('ingest', SEEDS_DIR, '--db', db);
    expect(second.stdout).toBe('0 added, 0 updated, 5 unchanged, 0 failed (5 files)\n');
  });

  it('names each bad input, goes on, and exits non-zero', () => {
    const db = join(scratch.dir, 'bad.db');
    const bad = join(scratch.dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"ok","text":"Năm 2023, Việt Nam đón 12,6 triệu lượt khách quốc tế."}\nnot json\n');
    const result = tinfacts('ingest', bad, join(scratch.dir, 'nowhere.txt'), '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: ${join(scratch.dir, 'nowhere.txt')}: cannot read: file not found`);
    expect(result.stderr).toContain(`error: ${bad}:2: malformed JSON`);
    expect(result.stdout).toBe('1 added, 0 updated, 0 unchanged, 2 failed (1 files)\n');
  });

  it('writes one extraction per article in the gold shape', () => {
    const out = join(scratch.dir, 'gold');
    const result = tinfacts('extract', '--format', 'gold', '--out', out, join(SEEDS_DIR, '000_6000dc133c52adaf.txt'));
    expect(result.code).toBe(0);
    expect(readdirSync(out)).toEqual(['000_6000dc133c52adaf.json']);
    const gold = JSON.parse(readFileSync(join(out, '000_6000dc133c52adaf.json'), 'utf8'));
    expect(gold).toMatchObject({ id: '000_6000dc133c52adaf', persons: expect.any(Array), provinces: expect.any(Array), figures: expect.any(Array) });
  });
});
