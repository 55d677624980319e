// Ingestion against hostile input files (test/fixtures/hostile/README.md lists them). Each run ingests
// one hostile file and then a good one into a real SQLite file that already holds the seeds: the
// hostile file gets a clear error naming it (and the line), or is stored as its clean version would
// be; the good file is stored all the same; nothing stored before is lost.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../src/db/client.js';
import { normalizeText } from '../../src/domain/text/normalize.js';
import { runIngest, type IngestProgress, type IngestReport } from '../../src/ingest/run-ingest.js';
import { MAX_JSONL_LINE_BYTES, listInputFiles, readArticles, splitLines } from '../../src/ingest/sources.js';
import { FIXTURES_DIR, ROOT, createSeededDb, createTestDb, makeTempDir, tableCounts, type TestDb } from '../helpers.js';

const HOSTILE_DIR = join(FIXTURES_DIR, 'hostile');
const fixture = (name: string) => join(HOSTILE_DIR, name);
const GOOD = fixture('good.txt');
const REFERENCES = {
  'ngoai-vu': readFileSync(fixture('reference/ngoai-vu.txt'), 'utf8'),
  'xuat-khau': readFileSync(fixture('reference/xuat-khau.txt'), 'utf8'),
};
type Reference = keyof typeof REFERENCES;
const BOTH: Record<string, Reference> = { 'ngoai-vu': 'ngoai-vu', 'xuat-khau': 'xuat-khau' };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const jsonl = (...lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

const scratch = makeTempDir('tinfacts-hostile-');
let seededPath: string;
let seedCount: number;
// The references ingested as clean .txt files: what extraction finds in them is what it must find in
// every hostile form of them.
let clean: TestDb;

beforeAll(async () => {
  const seeded = await createSeededDb();
  seedCount = seeded.report.added;
  // Closing the only connection checkpoints the WAL into the file, so a plain copy is the whole database.
  seeded.handle.close();
  seededPath = join(scratch.dir, 'seeded.db');
  copyFileSync(seeded.path, seededPath);
  seeded.cleanup();
  clean = createTestDb();
  const report = await runIngest(clean.handle.db, [fixture('reference')]);
  expect(report).toMatchObject({ added: 2, failed: 0 });
});
afterAll(() => {
  clean?.cleanup();
  scratch.remove();
});

let copies = 0;
/** A fresh copy of the seeded database, in its own folder. */
function seededCopy(): { handle: DbHandle; dir: string; path: string } {
  const dir = join(scratch.dir, `run-${++copies}`);
  mkdirSync(dir);
  const path = join(dir, 'test.db');
  copyFileSync(seededPath, path);
  return { handle: openDb(path), dir, path };
}

interface Findings {
  mentions: unknown[];
  evidence: unknown[];
}

/** What extraction found in one stored article, as spans of its plain text. */
function findings(handle: DbHandle, externalId: string): Findings {
  const row = handle.sqlite.prepare('select id from articles where external_id = ?').get(externalId) as { id: number } | undefined;
  expect(row, `article ${externalId} is stored`).toBeDefined();
  const mentions = handle.sqlite
    .prepare('select e.kind, m.text, m.start, m."end" from mentions m join entities e on e.id = m.entity_id where m.article_id = ? order by m.start, m."end", e.kind')
    .all(row!.id);
  const evidence = handle.sqlite
    .prepare('select f.type, fe.text, fe.start, fe."end", fe.value from fact_evidence fe join facts f on f.id = fe.fact_id where fe.article_id = ? order by fe.start, fe."end", f.type, fe.value')
    .all(row!.id);
  return { mentions, evidence };
}

type Expected = [line: number | null, message: RegExp];

/** The checks every run makes: the errors, the good file stored, nothing lost, the stored texts clean. */
function expectRunGoesOn(
  handle: DbHandle,
  before: Record<string, number>,
  report: IngestReport,
  file: string,
  errors: Expected[],
  stored: Record<string, Reference> = {},
) {
  expect(report.problems.map((p) => [p.at, p.message])).toEqual(
    errors.map(([line, message]) => [line === null ? file : `${file}:${line}`, expect.stringMatching(message)]),
  );
  expect(report.failed).toBe(errors.length);

  const storedIds = (handle.sqlite.prepare('select external_id from articles').all() as { external_id: string }[]).map((r) => r.external_id);
  expect(storedIds, 'the file after the hostile one is stored').toContain('good');

  const after = tableCounts(handle);
  for (const table of Object.keys(before)) expect(after[table], table).toBeGreaterThanOrEqual(before[table]!);
  expect(before.articles).toBe(seedCount);
  expect(after.articles).toBe(before.articles! + report.added);

  for (const [externalId, reference] of Object.entries(stored)) {
    const row = handle.sqlite.prepare('select plain_text, original_text from articles where external_id = ?').get(externalId) as
      | { plain_text: string; original_text: string }
      | undefined;
    expect(row, `article ${externalId} is stored`).toBeDefined();
    expect(row!.plain_text).toBe(normalizeText(REFERENCES[reference]).plain);
    expect(row!.plain_text).toBe(row!.plain_text.normalize('NFC'));
    expect(row!.plain_text).not.toMatch(/[\r\ufeff<>]/);
    expect(row!.original_text).not.toMatch(/[\ufeff<>]|&#/);
    const found = findings(handle, externalId);
    expect(found).toEqual(findings(clean.handle, reference));
    expect(found.mentions.length).toBeGreaterThan(0);
    expect(found.evidence.length).toBeGreaterThan(0);
  }
}

/** Ingests `file` and then the good file into a copy of the seeded database, and checks the run. */
async function ingestHostile(file: string, errors: Expected[], stored: Record<string, Reference> = {}, progress?: (file: string) => IngestProgress) {
  const { handle } = seededCopy();
  try {
    const before = tableCounts(handle);
    const report = await runIngest(handle.db, [file, GOOD], progress?.(file));
    expectRunGoesOn(handle, before, report, file, errors, stored);
    return report;
  } finally {
    handle.close();
  }
}

interface HostileCase {
  file: string;
  errors: Expected[];
  /** External id of each article the file must yield -> the reference text it is a form of. */
  stored?: Record<string, Reference>;
}

const CASES: HostileCase[] = [
  { file: 'empty.txt', errors: [[null, /^empty file$/]] },
  { file: 'empty.jsonl', errors: [[null, /^empty file: no articles$/]] },
  { file: 'empty.jsonl.gz', errors: [[null, /^empty file: no articles$/]] },
  { file: 'whitespace-only.txt', errors: [[null, /^empty file$/]] },
  { file: 'whitespace-only.jsonl', errors: [[null, /^empty file: no articles$/]] },
  { file: 'binary.txt', errors: [[null, /^binary data, not text$/]] },
  { file: 'binary.jsonl', errors: [[null, /^binary data, not text$/]] },
  { file: 'gzip-named-jsonl.jsonl', errors: [[null, /^gzip data, not text \(only \.jsonl\.gz files are decompressed\)$/]] },
  { file: 'not-gzip.jsonl.gz', errors: [[null, /^not gzip data$/]] },
  { file: 'invalid-utf8.txt', errors: [[null, /^not UTF-8 text$/]] },
  { file: 'invalid-utf8.jsonl', errors: [[2, /^not UTF-8 text$/]], stored: BOTH },
  { file: 'utf16le-no-bom.txt', errors: [[null, /^UTF-16 text without a byte order mark/]] },
  { file: 'malformed-line.jsonl', errors: [[2, /^malformed JSON: Unterminated string/]], stored: BOTH },
  { file: 'text-missing.jsonl', errors: [[2, /^invalid article: text: Invalid input: expected string, received undefined$/]], stored: BOTH },
  {
    file: 'text-not-string.jsonl',
    errors: [
      [1, /^invalid article: text: Invalid input: expected string, received number$/],
      [2, /^invalid article: text: Invalid input: expected string, received null$/],
      [3, /^invalid article: text: Invalid input: expected string, received array$/],
      [4, /^invalid article: text: Invalid input: expected string, received object$/],
    ],
    stored: { 'ngoai-vu': 'ngoai-vu' },
  },
  { file: 'control-chars.jsonl', errors: [[1, /^binary data, not text$/], [2, /^binary data, not text$/]], stored: { 'xuat-khau': 'xuat-khau' } },
  { file: 'lone-surrogate.jsonl', errors: [[1, /^article text is not valid Unicode \(an unpaired surrogate\)$/]], stored: { 'xuat-khau': 'xuat-khau' } },
  { file: 'html-without-text.txt', errors: [[null, /^no text left once the HTML markup is removed$/]] },
  { file: 'utf8-bom.txt', errors: [], stored: { 'utf8-bom': 'ngoai-vu' } },
  { file: 'utf8-bom.jsonl', errors: [], stored: BOTH },
  { file: 'utf16le-bom.txt', errors: [], stored: { 'utf16le-bom': 'xuat-khau' } },
  { file: 'utf16be-bom.txt', errors: [], stored: { 'utf16be-bom': 'ngoai-vu' } },
  { file: 'utf16le-bom.jsonl', errors: [], stored: BOTH },
  { file: 'utf16be-bom.jsonl.gz', errors: [], stored: BOTH },
  { file: 'crlf.txt', errors: [], stored: { crlf: 'ngoai-vu' } },
  { file: 'cr.txt', errors: [], stored: { cr: 'xuat-khau' } },
  { file: 'crlf.jsonl', errors: [[3, /^malformed JSON/]], stored: BOTH },
  { file: 'cr.jsonl', errors: [[2, /^malformed JSON/], [5, /^malformed JSON/]], stored: BOTH },
  { file: 'nfd.txt', errors: [], stored: { nfd: 'ngoai-vu' } },
  { file: 'nfd.jsonl', errors: [], stored: BOTH },
  { file: 'html.txt', errors: [], stored: { html: 'ngoai-vu' } },
  { file: 'html.jsonl', errors: [], stored: BOTH },
];

describe('hostile input files', () => {
  it.each(CASES)('$file', async ({ file, errors, stored }) => {
    const report = await ingestHostile(fixture(file), errors, stored);
    expect(report.added).toBe(Object.keys(stored ?? {}).length + 1);
  });

  it('truncated.jsonl.gz: keeps the articles before the damage and names the file once', async () => {
    const report = await ingestHostile(fixture('truncated.jsonl.gz'), [[null, /^corrupt or truncated gzip data after line \d+$/]]);
    const lines = Number(/after line (\d+)/.exec(report.problems[0]!.message)![1]);
    expect(lines).toBeGreaterThan(5);
    expect(report.added).toBe(lines + 1);
  });

  it('stores an NFD text as NFC, found the same as the NFC text, and once', async () => {
    const { handle } = seededCopy();
    try {
      const report = await runIngest(handle.db, [fixture('nfd.txt'), fixture('reference/ngoai-vu.txt')]);
      // Under another id (the file's name) the same text is a duplicate of the stored one, not stored twice.
      expect(report).toMatchObject({ added: 1, unchanged: 0, duplicate: 1, failed: 0 });
      expect(report.warnings).toEqual([{ at: fixture('reference/ngoai-vu.txt'), message: expect.stringMatching(/^its text is identical to stored article \d+ \(nfd\), which is kept$/) }]);
    } finally {
      handle.close();
    }
  });
});

describe('oversized input', () => {
  const MB = 1024 * 1024;
  const sentence = 'Xuất nhập khẩu năm 2023 đạt gần 700 tỷ USD, thu hút FDI tăng 14,8%. ';

  it('turns away a 50 MB .txt file by its size, and goes on', async () => {
    const file = join(scratch.dir, 'fifty-mb.txt');
    writeFileSync(file, Buffer.alloc(50 * MB, sentence));
    await ingestHostile(file, [[null, /^article text is 52\.4 MB; the limit is 1 MB$/]]);
  });

  it('turns away a 5 GB .txt file without reading it', async () => {
    // Sparse: it takes no disk space, and reading it whole would fail differently (or not at all).
    const file = join(scratch.dir, 'five-gb.txt');
    const fd = openSync(file, 'w');
    writeSync(fd, sentence);
    ftruncateSync(fd, 5e9);
    closeSync(fd);
    await ingestHostile(file, [[null, /^article text is 5 GB; the limit is 1 MB$/]]);
  });

  it('turns away a 20 MB JSONL line and reads the lines after it', async () => {
    const file = join(scratch.dir, 'long-line.jsonl');
    const huge = `{"id":"huge","text":"${Buffer.alloc(20 * MB, sentence).toString('utf8').replace(/\uFFFD+$/, '')}"}`;
    writeFileSync(file, `${JSON.stringify({ id: 'ngoai-vu', text: REFERENCES['ngoai-vu'] })}\n${huge}\n${JSON.stringify({ id: 'xuat-khau', text: REFERENCES['xuat-khau'] })}\n`);
    await ingestHostile(file, [[2, /^line is 2[01](\.\d)? MB; the limit is 3 MB, for at most 1 MB of article text$/]], BOTH);
  });

  it('turns away a JSONL article whose text is over the limit though its line is not', async () => {
    const file = join(scratch.dir, 'big-text.jsonl');
    writeFileSync(file, jsonl({ id: 'big', text: sentence.repeat(Math.ceil(2.5e6 / Buffer.byteLength(sentence))) }, { id: 'xuat-khau', text: REFERENCES['xuat-khau'] }));
    await ingestHostile(file, [[1, /^article text is 2\.5 MB; the limit is 1 MB$/]], { 'xuat-khau': 'xuat-khau' });
  });

  it('streams a 50 MB JSONL file of normal articles', async () => {
    const file = join(scratch.dir, 'fifty-mb.jsonl');
    const texts = Object.values(REFERENCES);
    const fd = openSync(file, 'w');
    let lines = 0;
    let size = 0;
    while (size < 50 * MB) {
      const batch: string[] = [];
      for (let i = 0; i < 1000; i++, lines++) batch.push(JSON.stringify({ id: `n-${lines}`, text: `Tin số ${lines}\n\n${texts[lines % texts.length]}` }));
      size += writeSync(fd, batch.join('\n') + '\n');
    }
    closeSync(fd);

    let read = 0;
    let readAtFirstArticle = -1;
    let articles = 0;
    const errors: string[] = [];
    for await (const item of readArticles(file, (n) => (read += n))) {
      if (item.kind === 'error') errors.push(item.message);
      else if (articles++ === 0) readAtFirstArticle = read;
    }
    expect(errors).toEqual([]);
    expect(articles).toBe(lines);
    expect(read).toBe(size);
    // The first article comes after the first chunk, not after the whole file.
    expect(readAtFirstArticle).toBeGreaterThan(0);
    expect(readAtFirstArticle).toBeLessThanOrEqual(MB);
  });

  it('counts a line of several gigabytes without keeping it', async () => {
    const block = Buffer.alloc(8 * MB, 'x');
    const blocks = 540; // 4.5 GB: more than a Buffer can hold
    async function* stream() {
      yield Buffer.from('{"id":1}\n{"text":"');
      for (let i = 0; i < blocks; i++) yield block;
      yield Buffer.from('"}\r\n{"id":3}');
    }
    const lines = [];
    const rssBefore = process.memoryUsage().rss;
    for await (const line of splitLines(stream(), { maxLineBytes: MAX_JSONL_LINE_BYTES })) lines.push({ text: line.bytes?.toString('utf8') ?? null, size: line.size });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * MB);
    expect(lines).toEqual([
      { text: '{"id":1}', size: 8 },
      { text: null, size: blocks * block.length + 11 },
      { text: '{"id":3}', size: 8 },
    ]);
  });
});

describe('line ends', () => {
  const split = async (chunks: (string | number[])[], unitBytes: 1 | 2 = 1, bigEndian = false) => {
    const lines: (string | null)[] = [];
    async function* stream() {
      for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
    }
    for await (const line of splitLines(stream(), { maxLineBytes: 100, unitBytes, bigEndian })) {
      lines.push(line.bytes === null ? null : unitBytes === 1 ? line.bytes.toString('utf8') : new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le').decode(line.bytes));
    }
    return lines;
  };

  it.each([
    ['LF', ['a\nb\n'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['CR', ['a\rb\r'], ['a', 'b']],
    ['mixed, with empty lines kept for numbering', ['a\r\n\r\nb\n\nc\r\rd'], ['a', '', 'b', '', 'c', '', 'd']],
    ['CRLF split across chunks', ['a\r', '\nb\r', '', '\nc'], ['a', 'b', 'c']],
    ['CR then a new line in the next chunk', ['a\r', 'b\n'], ['a', 'b']],
    ['CR, text in a later chunk, then LF', ['a\r', 'b', '\nc'], ['a', 'b', 'c']],
    ['a line over the limit between two others', ['a\n', 'x'.repeat(80), 'x'.repeat(80), '\nb'], ['a', null, 'b']],
  ])('%s', async (_name, chunks, expected) => {
    expect(await split(chunks)).toEqual(expected);
  });

  it('splits UTF-16 on whole code units, across odd chunk boundaries', async () => {
    // In UTF-16LE "\u0a41\u0100" is 41 0a 00 01: the bytes of "\n" (0a 00), but across two characters.
    const le = [...Buffer.from('Hà\r\nNội\u0a41\u0100ả\nx', 'utf16le')];
    expect(await split([le.slice(0, 3), le.slice(3, 8), le.slice(8)], 2)).toEqual(['Hà', 'Nội\u0a41\u0100ả', 'x']);
    const be = [...Buffer.from('Hà\rNội', 'utf16le').swap16()];
    expect(await split([be.slice(0, 5), be.slice(5)], 2, true)).toEqual(['Hà', 'Nội']);
  });
});

describe('files that change under the run', () => {
  const copyOf = (name: string, as: string) => {
    const file = join(scratch.dir, as);
    copyFileSync(fixture(name), file);
    return file;
  };

  it('reports a file deleted after it was listed, and goes on', async () => {
    const file = copyOf('utf8-bom.jsonl', 'vanishing.jsonl');
    await ingestHostile(file, [[null, /^cannot read: file not found$/]], {}, (f) => ({ start: () => rmSync(f) }));
  });

  it('reads a file deleted while it is being read to the end', async () => {
    // Blank lines put the second article a few chunks further, read after the name is gone.
    const file = join(scratch.dir, 'vanishing-midway.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'ngoai-vu', text: REFERENCES['ngoai-vu'] })}\n${'\n'.repeat(300_000)}${JSON.stringify({ id: 'xuat-khau', text: REFERENCES['xuat-khau'] })}\n`);
    let removed = false;
    // Once open, the file is read through its handle: deleting its name changes nothing.
    await ingestHostile(file, [], BOTH, (f) => ({
      update: (read) => {
        if (!removed && read > 0) {
          rmSync(f);
          removed = true;
        }
      },
    }));
    expect(removed).toBe(true);
  });

  it('reports a file replaced by a folder after it was listed', async () => {
    const file = copyOf('nfd.jsonl', 'replaced.jsonl');
    await ingestHostile(file, [[null, /^cannot read: is a directory$/]], {}, (f) => ({
      start: () => {
        rmSync(f);
        mkdirSync(f);
      },
    }));
  });

  it('reports a file replaced by a named pipe after it was listed, without waiting for a writer', async () => {
    const file = copyOf('nfd.txt', 'replaced-by-pipe.txt');
    await ingestHostile(file, [[null, /^cannot read: not a regular file$/]], {}, (f) => ({
      start: () => {
        rmSync(f);
        expect(spawnSync('mkfifo', [f]).status).toBe(0);
      },
    }));
  });

  it('reports a named pipe given as input', async () => {
    const file = join(scratch.dir, 'pipe.jsonl');
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    await ingestHostile(file, [[null, /^cannot read: not a regular file$/]]);
  });
});

describe('hostile folders', () => {
  it('lists each file once through a symbolic link that loops back up the tree', async () => {
    const folder = join(scratch.dir, 'looping');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    copyFileSync(GOOD, join(folder, 'inner', 'good.txt'));
    symlinkSync('..', join(folder, 'inner', 'up'));
    const { files, errors } = await listInputFiles([folder]);
    expect({ files, errors }).toEqual({ files: [join(folder, 'inner', 'good.txt')], errors: [] });
  });
});

describe('tinfacts ingest', () => {
  function ingestWithCli(...files: string[]) {
    const { dir, path, handle } = seededCopy();
    handle.close();
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'tinfacts.js'), 'ingest', '--db', path, ...files], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: '' },
    });
    const after = openDb(path);
    const articles = tableCounts(after).articles;
    after.close();
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, articles };
  }

  it('exits 1 and names each hostile file that failed, storing the rest', () => {
    const files = ['empty.txt', 'binary.txt', 'malformed-line.jsonl', 'truncated.jsonl.gz', 'utf16le-no-bom.txt'].map(fixture);
    const result = ingestWithCli(...files, GOOD);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      `error: ${files[0]}: empty file`,
      `error: ${files[1]}: binary data, not text`,
      `error: ${files[2]}:2: malformed JSON: ${lines[2]!.split('malformed JSON: ')[1]}`,
      expect.stringMatching(new RegExp(`^error: ${escapeRegExp(files[3]!)}: corrupt or truncated gzip data after line \\d+$`)),
      expect.stringMatching(new RegExp(`^error: ${escapeRegExp(files[4]!)}: UTF-16 text without a byte order mark`)),
    ]);
    expect(result.stdout).toMatch(/^\d+ added, 0 updated, 0 unchanged, 5 failed \(6 files\)\n$/);
    const added = Number(result.stdout.split(' ')[0]);
    expect(result.articles).toBe(seedCount + added);
  });

  it('exits 0 when every file is handled', () => {
    const files = ['utf8-bom.jsonl', 'utf16le-bom.txt', 'utf16be-bom.jsonl.gz', 'crlf.txt', 'cr.txt', 'nfd.jsonl', 'html.txt', 'html.jsonl'].map(fixture);
    const result = ingestWithCli(...files, GOOD);
    expect(result.code).toBe(0);
    // The same two texts in eight forms: stored once each; the forms under the same id are found
    // unchanged, those under another id (a .txt file's name) are duplicates, each with a warning.
    const warnings = result.stderr.trim().split('\n');
    expect(warnings).toHaveLength(4);
    for (const line of warnings) expect(line).toMatch(/^warning: .+\.txt: its text is identical to stored article \d+ \(.+\), which is kept$/);
    expect(result.stdout).toBe('3 added, 0 updated, 6 unchanged, 4 duplicate, 0 failed (9 files)\n');
    expect(result.articles).toBe(seedCount + 3);
  });
});
