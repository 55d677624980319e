// `tinfacts stats` on a real database ingested by the CLI: what it counts can be checked by hand
// on four articles (two agreeing, one disagreeing, one about another country).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, ROOT, runCli } from '../helpers.js';

const scratch = makeTempDir();
afterAll(() => scratch.remove());

const tinfacts = (...args: string[]) => runCli(scratch.dir, ...args);

const ARTICLES = [
  { id: 'a', text: 'Thương mại tăng mạnh\n\nTheo Tổng cục Hải quan, năm 2017 tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 425 tỷ USD. Bộ trưởng Trần Tuấn Anh cho biết Đà Nẵng đón 3 triệu lượt khách.' },
  { id: 'b', text: 'Thương mại năm 2017\n\nNăm 2017, tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 425 tỷ USD, Bộ trưởng Trần Tuấn Anh nói.' },
  { id: 'c', text: 'Một con số khác\n\nNăm 2017, tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 480 tỷ USD.' },
  { id: 'd', text: 'Lào và Campuchia\n\nNăm 2017, tổng kim ngạch xuất nhập khẩu của Lào đạt 425 tỷ USD.' },
];

describe('tinfacts stats', () => {
  it('counts figures, their context, multi-article facts and conflicts, and shows each conflict with its sentences', () => {
    const db = join(scratch.dir, 'stats.db');
    const input = join(scratch.dir, 'articles.jsonl');
    writeFileSync(input, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
    expect(tinfacts('ingest', '-q', input, '--db', db).code).toBe(0);

    const { code, stdout, stderr } = tinfacts('stats', '--db', db, '--conflicts', '5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const line = (label: string) => stdout.split('\n').find((l) => l.startsWith(label))?.slice(label.length).trim();
    expect(line('articles')).toBe('4');
    // Four trade figures and the tourists of Đà Nẵng.
    expect(line('figures (statements)')).toBe('5');
    expect(line('figures with a subject')).toBe('100.0 %');
    // Articles a and b state Vietnam's 425 billion and name the same minister.
    expect(line('multi-article figure facts')).toBe('1');
    expect(line('  ... whose articles share no entity')).toBe('0 (0.0 %)');
    // Vietnam's 480 billion disagrees with its 425; Laos's 425 is another country's.
    expect(line('conflicting fact pairs')).toBe('1');
    expect(stdout).toContain('"Năm 2017, tổng kim ngạch xuất nhập khẩu của Việt Nam đạt 480 tỷ USD."');
    expect(stdout).not.toContain('của Lào');
  });

  it('ends quietly when its reader stops reading ("tinfacts stats | head")', async () => {
    const db = join(scratch.dir, 'piped.db');
    const input = join(scratch.dir, 'piped.jsonl');
    writeFileSync(input, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
    expect(tinfacts('ingest', '-q', input, '--db', db).code).toBe(0);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tinfacts.js'), 'stats', '--db', db, '--conflicts', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reading end closes before the command writes a line: every write it makes fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('names a database that is not there', () => {
    const result = tinfacts('stats', '--db', join(scratch.dir, 'nowhere.db'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: --db .*nowhere\.db: /);
  });
});
