// Reads articles from files and folders: .txt (one article a file), .jsonl and .jsonl.gz (one article
// a line). Input is whatever a crawler or a colleague left behind: any encoding, any size, markup,
// files that vanish or change under the run. Every problem becomes an error item naming the file
// (and line), so one bad input never stops the run; files are streamed, and no line or file is held
// in memory beyond the size limits below.
import { constants } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { MAX_ARTICLE_TEXT_BYTES, cleanArticle, formatSize, tooBig } from './clean-article.js';
import { RawArticleSchema, type RawArticle } from './raw-article.js';

export { MAX_ARTICLE_TEXT_BYTES, RawArticleSchema, type RawArticle };

/** The article, cleaned, or the reason it cannot be stored; `emptyMessage` for a text with nothing in it. */
function toArticleItem(article: RawArticle, at: SourceLocation, emptyMessage: string): SourceItem {
  const cleaned = cleanArticle(article);
  if (!cleaned.ok) return failure(at, cleaned.reason === 'empty' ? emptyMessage : cleaned.message);
  return { kind: 'article', at, article: cleaned.article };
}

/**
 * The longest JSONL line read. Longer than the text limit: escapes make text longer (`\u1ec7` is six
 * bytes for three) and the other fields come on top.
 */
export const MAX_JSONL_LINE_BYTES = 3 * MAX_ARTICLE_TEXT_BYTES;

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

const failure = (at: SourceLocation, message: string): SourceError => ({ kind: 'error', at, message });

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const ENCODING_NAMES: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

const decoders: Record<Encoding, TextDecoder> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

function decode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return decoders[encoding].decode(bytes);
  } catch {
    return null;
  }
}

/** The encoding a byte order mark announces; without one, UTF-8. */
function detectEncoding(head: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

const SNIFF_BYTES = 8192;

function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;
}

/** Why bytes meant to be UTF-8 text are not text at all, or null. Looks at the first few kilobytes. */
function sniffBinary(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip data, not text (only .jsonl.gz files are decompressed)';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let nulAtEven = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) nulAtEven++;
    } else if (isControlByte(b)) control++;
  }
  // UTF-16 without a byte order mark: a NUL beside every ASCII character, all on the same side.
  if (nul > 0 && nul >= n / 8 && (nulAtEven === 0 || nulAtEven === nul)) return 'UTF-16 text without a byte order mark (save it with one, or as UTF-8)';
  if (nul > 0 || control > n / 10) return 'binary data, not text';
  return null;
}

/** An input that cannot be read, with the reason as the run reports it. */
class InputError extends Error {}

function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'file not found';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'Z_DATA_ERROR' && error instanceof Error && /header/i.test(error.message)) return 'not gzip data';
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'corrupt or truncated gzip data';
  }
  return error instanceof Error ? error.message : String(error);
}

const isGzipError = (error: unknown) => error !== null && typeof error === 'object' && 'code' in error && String(error.code).startsWith('Z_');

// Opening a FIFO for reading waits for a writer, maybe forever; non-blocking, the open returns at
// once and the check below turns it away. Regular files ignore the flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file for reading and checks that it is still a regular file: between listing and reading,
 * it may have been deleted, or replaced by a folder or a pipe. Reading through the handle then reads
 * that file even if its name goes away meanwhile.
 */
async function openRegularFile(file: string): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a directory');
    if (!info.isFile()) throw new InputError('not a regular file');
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Expands folders (recursively, in name order) into the article files they hold. */
export async function listInputFiles(paths: readonly string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  // A symbolic link back up the tree would otherwise list the same files again at every depth.
  const seenFolders = new Set<string>();
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const id = `${info.dev}:${info.ino}`;
        if (seenFolders.has(id)) return;
        seenFolders.add(id);
        const names = (await readdir(path)).sort();
        for (const name of names) if (!name.startsWith('.')) await visit(join(path, name), false);
      } else if (!fileKind(path)) {
        if (explicit) errors.push(failure({ file: path }, `unsupported file type "${extname(path) || basename(path)}" (expected .txt, .jsonl or .jsonl.gz)`));
      } else if (!info.isFile()) {
        errors.push(failure({ file: path }, 'cannot read: not a regular file'));
      } else files.push(path);
    } catch (error) {
      errors.push(failure({ file: path }, `cannot read: ${errorMessage(error)}`));
    }
  };
  for (const path of paths) await visit(path, true);
  return { files, errors };
}

async function* readTxt(file: string, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  const at = { file };
  let opened: Awaited<ReturnType<typeof openRegularFile>>;
  try {
    opened = await openRegularFile(file);
  } catch (error) {
    yield failure(at, `cannot read: ${errorMessage(error)}`);
    return;
  }
  const { handle, size } = opened;
  let item: SourceItem;
  try {
    item = await readTxtHandle(handle, size, at);
  } catch (error) {
    item = failure(at, `cannot read: ${errorMessage(error)}`);
  } finally {
    await handle.close();
  }
  onBytes?.(size);
  yield item;
}

async function readTxtHandle(handle: FileHandle, size: number, at: SourceLocation): Promise<SourceItem> {
  const head = Buffer.alloc(4);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  const { encoding, bomLength } = detectEncoding(head.subarray(0, bytesRead));
  // Judged by its size before anything is read: UTF-16 takes at least one byte per UTF-8 byte of
  // ASCII text and two at most, so half its size is a lower bound.
  const leastTextBytes = encoding === 'utf-8' ? size - bomLength : Math.floor((size - bomLength) / 2);
  if (leastTextBytes > MAX_ARTICLE_TEXT_BYTES) return failure(at, tooBig('article text', leastTextBytes, MAX_ARTICLE_TEXT_BYTES, encoding !== 'utf-8'));

  const bytes = (await handle.readFile()).subarray(bomLength);
  if (encoding === 'utf-8') {
    const binary = sniffBinary(bytes);
    if (binary) return failure(at, binary);
  }
  const text = decode(bytes, encoding);
  if (text === null) return failure(at, `not ${ENCODING_NAMES[encoding]} text`);
  return toArticleItem({ id: basename(at.file, extname(at.file)), text }, at, 'empty file');
}

export interface RawLine {
  /** The line without its line end; null when it was longer than the limit and skipped unread. */
  bytes: Buffer | null;
  /** Its length in bytes. */
  size: number;
}

export interface SplitLinesOptions {
  /** Longer lines are counted but not kept. */
  maxLineBytes: number;
  /** 2 for UTF-16: line ends are then whole code units. */
  unitBytes?: 1 | 2;
  bigEndian?: boolean;
}

function findUnit(chunk: Buffer, unit: Buffer, from: number, end: number, unitBytes: number): number {
  let at = chunk.indexOf(unit, from);
  // A UTF-16 line end must start on a code unit boundary; "\n\0" across two characters is none.
  while (at !== -1 && at % unitBytes !== 0) at = chunk.indexOf(unit, at + 1);
  return at === -1 || at >= end ? -1 : at;
}

/**
 * Splits a byte stream into lines before decoding, so that a bad byte sequence is pinned to its line.
 * "\n", "\r\n" and a lone "\r" all end a line (none can occur raw inside a JSON string). A line longer
 * than `maxLineBytes` stops being kept once it passes the limit, and is reported with its length.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, options: SplitLinesOptions): AsyncGenerator<RawLine> {
  const unitBytes = options.unitBytes ?? 1;
  const unitOf = (code: number) => Buffer.from(unitBytes === 1 ? [code] : options.bigEndian ? [0, code] : [code, 0]);
  const lf = unitOf(0x0a);
  const cr = unitOf(0x0d);

  let parts: Buffer[] = [];
  let kept = 0;
  let size = 0;
  let overflow = false;
  // The last line ended with "\r": a "\n" right after it is part of the same line end.
  let afterCr = false;
  // An odd byte at the end of a chunk of UTF-16, completed by the next chunk.
  let carry: Buffer | null = null;

  const take = (piece: Buffer) => {
    size += piece.length;
    if (overflow) return;
    if (kept + piece.length > options.maxLineBytes) {
      overflow = true;
      parts = [];
      kept = 0;
      return;
    }
    parts.push(piece);
    kept += piece.length;
  };
  const finish = (): RawLine => {
    const line = { bytes: overflow ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept), size };
    parts = [];
    kept = 0;
    size = 0;
    overflow = false;
    return line;
  };

  for await (const input of chunks) {
    let chunk = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (carry) {
      chunk = Buffer.concat([carry, chunk]);
      carry = null;
    }
    const end = chunk.length - (chunk.length % unitBytes);
    if (end < chunk.length) carry = Buffer.from(chunk.subarray(end));
    let start = 0;
    // Positions of the next "\n" and "\r" from `start`: -2 not looked for yet, -1 none in this chunk.
    let nextLf = -2;
    let nextCr = -2;
    for (;;) {
      if (nextLf !== -1 && nextLf < start) nextLf = findUnit(chunk, lf, start, end, unitBytes);
      if (nextCr !== -1 && nextCr < start) nextCr = findUnit(chunk, cr, start, end, unitBytes);
      const at = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (at === -1) break;
      if (afterCr && at === start && at === nextLf) {
        afterCr = false;
        start = at + unitBytes;
        continue;
      }
      take(chunk.subarray(start, at));
      afterCr = at === nextCr;
      start = at + unitBytes;
      yield finish();
    }
    if (start < end) {
      take(chunk.subarray(start, end));
      afterCr = false;
    }
  }
  // A dangling odd byte stays in the last line, whose decoding then fails.
  if (carry) take(carry);
  if (size > 0) yield finish();
}

export function parseJsonLine(line: string, at: SourceLocation): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failure(at, `malformed JSON: ${errorMessage(error)}`);
  }
  const parsed = RawArticleSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`);
    return failure(at, `invalid article: ${issues.join('; ')}`);
  }
  return toArticleItem(parsed.data, at, 'invalid article: text: must not be empty');
}

/** The stream's chunks with the first few bytes looked at: a BOM taken off, binary data turned away. */
async function readHead(stream: AsyncIterable<Buffer>): Promise<{ encoding: Encoding; binary: string | null; chunks: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < 4 && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      first.push(next.value);
      length += next.value.length;
    }
  }
  const head = Buffer.concat(first);
  const { encoding, bomLength } = detectEncoding(head);
  const body = head.subarray(bomLength);
  const chunks = (async function* () {
    yield body;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  return { encoding, binary: encoding === 'utf-8' ? sniffBinary(body) : null, chunks };
}

async function* readJsonl(file: string, gzipped: boolean, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  let opened: Awaited<ReturnType<typeof openRegularFile>>;
  try {
    opened = await openRegularFile(file);
  } catch (error) {
    yield failure({ file }, `cannot read: ${errorMessage(error)}`);
    return;
  }
  if (opened.size === 0) {
    // Gzip would call it truncated; it is simply empty.
    await opened.handle.close();
    yield failure({ file }, 'empty file: no articles');
    return;
  }
  // The stream closes the handle when it ends or is destroyed.
  const raw = opened.handle.createReadStream();
  raw.on('data', (chunk) => onBytes?.(chunk.length));
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  if (gzipped) raw.on('error', (error) => stream.destroy(error));
  let lineNo = 0;
  let items = 0;
  try {
    const { encoding, binary, chunks } = await readHead(stream);
    if (binary) {
      yield failure({ file }, binary);
      return;
    }
    const unitBytes = encoding === 'utf-8' ? 1 : 2;
    const lines = splitLines(chunks, { maxLineBytes: MAX_JSONL_LINE_BYTES * unitBytes, unitBytes, bigEndian: encoding === 'utf-16be' });
    for await (const { bytes, size } of lines) {
      lineNo++;
      const at = { file, line: lineNo };
      if (bytes === null) {
        items++;
        yield failure(at, `${tooBig('line', size, MAX_JSONL_LINE_BYTES * unitBytes)}, for at most ${formatSize(MAX_ARTICLE_TEXT_BYTES)} of article text`);
        continue;
      }
      if (bytes.length === 0) continue;
      const line = decode(bytes, encoding);
      if (line === null) {
        items++;
        yield failure(at, `not ${ENCODING_NAMES[encoding]} text`);
        continue;
      }
      // Files joined with `cat` keep each one's byte order mark at the start of a line.
      const trimmed = line.replace(/^\ufeff/, '').trim();
      if (trimmed === '') continue;
      items++;
      yield parseJsonLine(trimmed, at);
    }
  } catch (error) {
    const where = lineNo > 0 ? ` after line ${lineNo}` : '';
    yield failure({ file }, isGzipError(error) ? `${errorMessage(error)}${where}` : `cannot read${where}: ${errorMessage(error)}`);
    return;
  } finally {
    stream.destroy();
    raw.destroy();
  }
  if (items === 0) yield failure({ file }, 'empty file: no articles');
}

/** Yields every article (or error) from one file. `onBytes` reports bytes read from disk, for progress. */
export function readArticles(file: string, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  const kind = fileKind(file);
  if (kind === 'txt') return readTxt(file, onBytes);
  return readJsonl(file, kind === 'jsonl.gz', onBytes);
}
