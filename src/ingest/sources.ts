// Reads articles from files and folders: .txt (one article a file), .jsonl and .jsonl.gz (one article
// a line). Every problem becomes an error item naming the file (and line), so one bad input never
// stops the run.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';

export const RawArticleSchema = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]).optional(),
  url: z.url().optional(),
  title: z.string().optional(),
  publishedAt: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  source: z.string().optional(),
  text: z.string().refine((t) => t.trim().length > 0, 'must not be empty'),
});
export type RawArticle = z.infer<typeof RawArticleSchema>;

export interface SourceLocation {
  file: string;
  /** 1-based line number within a JSONL file. */
  line?: number;
}

export type SourceItem =
  | { kind: 'article'; at: SourceLocation; article: RawArticle }
  | { kind: 'error'; at: SourceLocation; message: string };

export type SourceError = Extract<SourceItem, { kind: 'error' }>;

export type FileKind = 'txt' | 'jsonl' | 'jsonl.gz';

export function fileKind(path: string): FileKind | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl.gz')) return 'jsonl.gz';
  if (lower.endsWith('.jsonl')) return 'jsonl';
  if (lower.endsWith('.txt')) return 'txt';
  return null;
}

export function describeLocation(at: SourceLocation): string {
  return at.line === undefined ? at.file : `${at.file}:${at.line}`;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'file not found';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'corrupt or truncated gzip data';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Expands folders (recursively, in name order) into the article files they hold. */
export async function listInputFiles(paths: readonly string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push({ kind: 'error', at: { file: path }, message: `cannot read: ${errorMessage(error)}` });
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const name of names) if (!name.startsWith('.')) await visit(join(path, name), false);
      return;
    }
    if (fileKind(path)) files.push(path);
    else if (explicit) {
      errors.push({ kind: 'error', at: { file: path }, message: `unsupported file type "${extname(path) || basename(path)}" (expected .txt, .jsonl or .jsonl.gz)` });
    }
  };
  for (const path of paths) await visit(path, true);
  return { files, errors };
}

async function* readTxt(file: string): AsyncGenerator<SourceItem> {
  const at = { file };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield { kind: 'error', at, message: `cannot read: ${errorMessage(error)}` };
    return;
  }
  const text = decodeUtf8(bytes);
  if (text === null) yield { kind: 'error', at, message: 'not UTF-8 text' };
  else if (text.includes('\u0000')) yield { kind: 'error', at, message: 'binary data, not text' };
  else if (!text.trim()) yield { kind: 'error', at, message: 'empty file' };
  else yield { kind: 'article', at, article: { id: basename(file, extname(file)), text } };
}

/** Splits a byte stream into lines without decoding first, so a bad byte sequence is pinned to its line. */
async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let nl = data.indexOf(10);
    while (nl >= 0) {
      yield data.subarray(0, nl);
      data = data.subarray(nl + 1);
      nl = data.indexOf(10);
    }
    rest = Buffer.from(data);
  }
  if (rest.length) yield rest;
}

export function parseJsonLine(line: string, at: SourceLocation): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'error', at, message: `malformed JSON: ${errorMessage(error)}` };
  }
  const parsed = RawArticleSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`);
    return { kind: 'error', at, message: `invalid article: ${issues.join('; ')}` };
  }
  return { kind: 'article', at, article: parsed.data };
}

async function* readJsonl(file: string, gzipped: boolean, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  const raw = createReadStream(file);
  raw.on('data', (chunk) => onBytes?.(chunk.length));
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  if (gzipped) raw.on('error', (error) => stream.destroy(error));
  let lineNo = 0;
  let items = 0;
  try {
    for await (const bytes of byteLines(stream)) {
      lineNo++;
      const at = { file, line: lineNo };
      const line = decodeUtf8(bytes);
      const trimmed = line?.replace(/^\ufeff/, '').trim();
      if (trimmed === '') continue;
      items++;
      if (trimmed === undefined) {
        yield { kind: 'error', at, message: 'not UTF-8 text' };
        continue;
      }
      yield parseJsonLine(trimmed, at);
    }
  } catch (error) {
    yield { kind: 'error', at: { file, line: lineNo + 1 }, message: `cannot read: ${errorMessage(error)}` };
  } finally {
    raw.destroy();
  }
  if (items === 0) yield { kind: 'error', at: { file }, message: 'empty file: no articles' };
}

/** Yields every article (or error) from one file. `onBytes` reports bytes read from disk, for progress. */
export function readArticles(file: string, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  const kind = fileKind(file);
  if (kind === 'txt') {
    return (async function* () {
      for await (const item of readTxt(file)) yield item;
      try {
        onBytes?.((await stat(file)).size);
      } catch {
        // already reported by readTxt
      }
    })();
  }
  return readJsonl(file, kind === 'jsonl.gz', onBytes);
}
