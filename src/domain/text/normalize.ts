// Turns an article as received (word-segmented or plain, NFC or NFD, any line ends) into the plain
// text that extraction and storage use, with a map back to the original so that every span can be
// shown in either form.

export interface NormalizedText {
  /** NFC, "\n" line ends, underscores of word segmentation undone, tokenizer spaces around punctuation removed. */
  plain: string;
  /** True when the input looked word-segmented (`Bộ_trưởng Ngoại_giao`). */
  segmented: boolean;
  /** starts[i]: offset in the original of the source of plain[i]; starts[plain.length] = original length. */
  starts: Int32Array;
  /** ends[i]: offset in the original just after the source of plain[i]. */
  ends: Int32Array;
}

const JOINED_WORD = /[\p{L}\p{N}]_[\p{L}\p{N}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Segmenters join the syllables of a word with "_". A few underscores occur in plain text (URLs,
 * identifiers), so the text counts as segmented only when joined words are a real share of all words.
 */
export function isSegmented(text: string): boolean {
  const joined = text.match(JOINED_WORD)?.length ?? 0;
  // A short text needs the tokenizer's other mark too: punctuation set apart ("đồng .").
  if (joined < 3 && !(joined >= 1 && SPACED_PUNCTUATION.test(text))) return false;
  const words = text.match(WORD)?.length ?? 1;
  return joined / words >= 0.03;
}

const SPACED_PUNCTUATION = /[\p{L}\p{N}] [,.;:!?](?: |$)/mu;

// Punctuation that a tokenizer set apart with spaces on both sides.
const CLOSING = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '…']);
const OPENING = new Set(['(', '[', '{']);
const QUOTES = new Set(['"', '“', '”']);

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Splits the original into NFC pieces, one per base character with its combining marks. */
function composeClusters(original: string): Piece[] {
  const pieces: Piece[] = [];
  const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
  let previousWasCr = false;
  for (const match of original.matchAll(cluster)) {
    const start = match.index;
    const end = start + match[0].length;
    let text = match[0].normalize('NFC');
    if (text === '\r') {
      text = '\n';
      previousWasCr = true;
    } else {
      if (text === '\n' && previousWasCr) {
        // "\r\n": the "\r" already produced the line end; let it cover both characters.
        const last = pieces[pieces.length - 1];
        if (last) last.end = end;
        previousWasCr = false;
        continue;
      }
      previousWasCr = false;
    }
    if (text === '\u00a0' || text === '\t') text = ' ';
    if (text === '\ufeff' || text === '\u200b') continue;
    pieces.push({ text, start, end });
  }
  return pieces;
}

/** Removes the spaces a tokenizer put around punctuation and turns joining underscores into spaces. */
function detokenize(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let quoteOpen = false;
  const isWordChar = (p: Piece | undefined) => p !== undefined && /[\p{L}\p{N}]/u.test(p.text);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.text === '\n') quoteOpen = false;
    // "Tổng_thống", and "George_W._Bush" where an initial's full stop sits inside the word.
    if (piece.text === '_' && (isWordChar(pieces[i - 1]) || pieces[i - 1]?.text === '.') && isWordChar(pieces[i + 1])) {
      out.push({ ...piece, text: ' ' });
      continue;
    }
    if (piece.text !== ' ') {
      if (QUOTES.has(piece.text)) quoteOpen = !quoteOpen;
      out.push(piece);
      continue;
    }
    const prev = out[out.length - 1];
    const next = pieces[i + 1];
    if (!prev || prev.text === ' ' || prev.text === '\n') continue;
    if (next && CLOSING.has(next.text)) continue;
    if (OPENING.has(prev.text)) continue;
    // A quote that opened a quotation keeps no space after it; one that closes keeps none before.
    if (QUOTES.has(prev.text) && quoteOpen) continue;
    if (next && QUOTES.has(next.text) && quoteOpen) continue;
    out.push(piece);
  }
  return out;
}

/** Trims spaces at line ends and collapses runs of spaces. */
function tidySpaces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (piece.text === ' ' && (!prev || prev.text === ' ' || prev.text === '\n')) continue;
    if (piece.text === '\n') while (out.length && out[out.length - 1]!.text === ' ') out.pop();
    out.push(piece);
  }
  while (out.length && /^\s$/.test(out[out.length - 1]!.text)) out.pop();
  return out;
}

export function normalizeText(original: string): NormalizedText {
  const segmented = isSegmented(original);
  let pieces = composeClusters(original);
  if (segmented) pieces = detokenize(pieces);
  pieces = tidySpaces(pieces);

  let plain = '';
  let length = 0;
  for (const piece of pieces) length += piece.text.length;
  const starts = new Int32Array(length + 1);
  const ends = new Int32Array(length + 1);
  let at = 0;
  for (const piece of pieces) {
    plain += piece.text;
    for (let k = 0; k < piece.text.length; k++) {
      starts[at] = piece.start;
      ends[at] = piece.end;
      at++;
    }
  }
  starts[length] = original.length;
  ends[length] = original.length;
  return { plain, segmented, starts, ends };
}

/** Maps a plain-text span to the span of the original text it came from. */
export function toOriginalSpan(text: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: text.starts[start]!, end: text.starts[start]! };
  return { start: text.starts[start]!, end: text.ends[end - 1]! };
}
